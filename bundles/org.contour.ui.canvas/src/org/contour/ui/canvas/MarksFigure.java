package org.contour.ui.canvas;

import java.util.Arrays;

import org.eclipse.draw2d.Figure;
import org.eclipse.draw2d.Graphics;
import org.eclipse.draw2d.geometry.Rectangle;
import org.eclipse.swt.graphics.Image;
import org.eclipse.swt.graphics.ImageData;
import org.eclipse.swt.graphics.PaletteData;
import org.eclipse.swt.widgets.Display;

/**
 * Small marks at many map positions, painted by one figure from one raster (no figure per mark):
 * the pseudo-points the model was last trained on, as crosses in their class's colour, or the
 * examples the model is least sure of, as rings. The raster is made again only when the marks
 * or the view change; during a zoom or pan gesture the last one is drawn moved.
 */
final class MarksFigure extends Figure {

    /** What a mark looks like. */
    enum Shape {
        /** a 5-pixel plus in a dark shade of its colour, with a white outline */
        CROSS,
        /** a ring of radius 5 around the position */
        RING
    }

    private static final PaletteData ARGB = new PaletteData(0xFF0000, 0xFF00, 0xFF);

    private final ViewTransform transform;
    private final Shape shape;
    private double[] xs = new double[0];
    private double[] ys = new double[0];
    private int[] colours = new int[0];
    private int version;
    private Image image;
    private String imageKey = "";
    private ViewTransform.Snapshot imageView;
    private int[] buffer = new int[0];

    MarksFigure(ViewTransform transform, Shape shape) {
        this.transform = transform;
        this.shape = shape;
    }

    /** The marks: positions in map coordinates and a 0xRRGGBB colour each; empty arrays for none. */
    void setMarks(double[] x, double[] y, int[] rgb) {
        xs = x == null ? new double[0] : x;
        ys = y == null ? new double[0] : y;
        colours = rgb == null ? new int[0] : rgb;
        version++;
        repaint();
    }

    int count() {
        return xs.length;
    }

    double[] xs() {
        return xs;
    }

    double[] ys() {
        return ys;
    }

    @Override
    public boolean containsPoint(int x, int y) {
        return false; // decoration: clicks go to what is below
    }

    @Override
    protected void paintFigure(Graphics g) {
        Rectangle b = getBounds();
        if (xs.length == 0 || b.width <= 0 || b.height <= 0) {
            return;
        }
        String key = b.width + "x" + b.height + "/" + version;
        ViewTransform.Snapshot view = transform.snapshot();
        if (image != null && key.equals(imageKey) && !view.equals(imageView) && transform.inGesture()) {
            double[] to = transform.moved(imageView, b.width, b.height);
            g.drawImage(image, 0, 0, b.width, b.height, b.x + (int) Math.round(to[0]), b.y + (int) Math.round(to[1]),
                    (int) Math.round(to[2]), (int) Math.round(to[3]));
            return;
        }
        if (image == null || !key.equals(imageKey) || !view.equals(imageView)) {
            if (image != null) {
                image.dispose();
            }
            image = new Image(Display.getCurrent(), render(b));
            imageKey = key;
            imageView = view;
        }
        g.drawImage(image, b.x, b.y);
    }

    private ImageData render(Rectangle b) {
        int w = b.width;
        int h = b.height;
        if (buffer.length != w * h) {
            buffer = new int[w * h];
        }
        Arrays.fill(buffer, 0);
        for (int i = 0; i < xs.length; i++) {
            int cx = (int) Math.round(transform.toScreenX(xs[i]) - b.x);
            int cy = (int) Math.round(transform.toScreenY(ys[i]) - b.y);
            if (cx < -6 || cy < -6 || cx >= w + 6 || cy >= h + 6) {
                continue;
            }
            int rgb = colours.length == 0 ? 0 : colours[Math.min(i, colours.length - 1)];
            if (shape == Shape.CROSS) {
                int dark = 0xFF000000 | CanvasColours.darker(rgb);
                for (int d = -3; d <= 3; d++) {
                    // a white outline first, so the cross reads over its own region's tint
                    for (int o = -1; o <= 1; o += 2) {
                        put(w, h, cx + d, cy + o, 0xFFFFFFFF, true);
                        put(w, h, cx + o, cy + d, 0xFFFFFFFF, true);
                    }
                }
                for (int d = -2; d <= 2; d++) {
                    put(w, h, cx + d, cy, dark, false);
                    put(w, h, cx, cy + d, dark, false);
                }
            } else {
                int colour = 0xFF000000 | rgb;
                for (int dy = -6; dy <= 6; dy++) {
                    for (int dx = -6; dx <= 6; dx++) {
                        int d = dx * dx + dy * dy;
                        if (d >= 20 && d <= 34) {
                            put(w, h, cx + dx, cy + dy, colour, false);
                        }
                    }
                }
            }
        }
        ImageData data = new ImageData(w, h, 32, ARGB);
        byte[] alpha = new byte[w * h];
        for (int y = 0; y < h; y++) {
            data.setPixels(0, y, w, buffer, y * w);
            for (int x = 0; x < w; x++) {
                alpha[y * w + x] = (byte) (buffer[y * w + x] >>> 24);
            }
        }
        data.alphaData = alpha;
        return data;
    }

    /** Sets a pixel; an outline pixel never covers a mark's own pixel. */
    private void put(int w, int h, int x, int y, int argb, boolean outline) {
        if (x < 0 || y < 0 || x >= w || y >= h) {
            return;
        }
        int at = y * w + x;
        if (outline && buffer[at] != 0) {
            return;
        }
        buffer[at] = argb;
    }

    void dispose() {
        if (image != null) {
            image.dispose();
            image = null;
        }
    }
}
