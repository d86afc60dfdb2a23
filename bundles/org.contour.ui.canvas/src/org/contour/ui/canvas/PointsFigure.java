package org.contour.ui.canvas;

import java.util.BitSet;

import org.contour.core.session.LabelPalette;
import org.contour.model.LabelClass;
import org.contour.model.LabellingProject;
import org.eclipse.draw2d.Figure;
import org.eclipse.draw2d.Graphics;
import org.eclipse.draw2d.geometry.Rectangle;
import org.eclipse.emf.common.util.EList;
import org.eclipse.swt.graphics.Image;
import org.eclipse.swt.graphics.ImageData;
import org.eclipse.swt.graphics.PaletteData;
import org.eclipse.swt.widgets.Display;

/**
 * All points of the map, painted by one figure into one image: a figure or edit part per point
 * would cost far too much for tens of thousands of points. The image is rebuilt only when the
 * transform, the labels or the selection changed; plain repaints just blit it.
 */
final class PointsFigure extends Figure {

    private static final int RADIUS = 3;

    private final ViewTransform transform;
    private LabellingProject project;
    private BitSet selection = new BitSet();
    private Image image;
    private String imageKey = "";
    private int contentVersion;

    PointsFigure(ViewTransform transform) {
        this.transform = transform;
    }

    void setProject(LabellingProject project) {
        this.project = project;
        contentChanged();
    }

    void setSelection(BitSet selection) {
        this.selection = selection;
        contentChanged();
    }

    /** Labels or points changed: the cached image is stale. */
    void contentChanged() {
        contentVersion++;
        repaint();
    }

    @Override
    protected void paintFigure(Graphics g) {
        if (project == null || project.getEmbedding() == null) {
            return;
        }
        Rectangle b = getBounds();
        if (b.width <= 0 || b.height <= 0) {
            return;
        }
        String key = b.width + "x" + b.height + "/" + transform.version() + "/" + contentVersion;
        if (image == null || !key.equals(imageKey)) {
            if (image != null) {
                image.dispose();
            }
            image = new Image(Display.getCurrent(), render(b.width, b.height, b.x, b.y));
            imageKey = key;
        }
        g.drawImage(image, b.x, b.y);
    }

    /** Rasterizes every point as a small disc with a darker rim; selected points get a black ring. */
    private ImageData render(int width, int height, int offsetX, int offsetY) {
        ImageData data = new ImageData(width, height, 24, new PaletteData(0xFF0000, 0x00FF00, 0x0000FF));
        byte[] alpha = new byte[width * height];
        double[] xs = project.getEmbedding().getXs();
        double[] ys = project.getEmbedding().getYs();
        int[] assignments = project.getAssignments();
        EList<LabelClass> labels = project.getLabels();
        int[] colours = new int[labels.size()];
        for (int i = 0; i < colours.length; i++) {
            colours[i] = labels.get(i).getColor();
        }
        int n = xs.length;
        // unlabelled first, selected last: what the user acts on stays on top
        for (int pass = 0; pass < 3; pass++) {
            for (int i = 0; i < n; i++) {
                boolean selected = selection.get(i);
                int label = assignments == null || i >= assignments.length ? -1 : assignments[i];
                int p = selected ? 2 : label < 0 ? 0 : 1;
                if (p != pass) {
                    continue;
                }
                int cx = (int) Math.round(transform.toScreenX(xs[i])) - offsetX;
                int cy = (int) Math.round(transform.toScreenY(ys[i])) - offsetY;
                int fill = label < 0 || label >= colours.length ? LabelPalette.UNLABELLED : colours[label];
                if (selected) {
                    disc(data, alpha, cx, cy, RADIUS + 2, 0x000000);
                    disc(data, alpha, cx, cy, RADIUS, fill);
                } else {
                    disc(data, alpha, cx, cy, RADIUS, CanvasColours.darker(fill));
                    disc(data, alpha, cx, cy, RADIUS - 1, fill);
                }
            }
        }
        data.alphaData = alpha;
        return data;
    }

    private static void disc(ImageData data, byte[] alpha, int cx, int cy, int r, int rgb) {
        int w = data.width;
        int h = data.height;
        if (cx + r < 0 || cy + r < 0 || cx - r >= w || cy - r >= h) {
            return;
        }
        byte red = (byte) (rgb >> 16);
        byte green = (byte) (rgb >> 8);
        byte blue = (byte) rgb;
        int r2 = r * r + r; // slightly rounder discs than r*r at these small radii
        for (int dy = -r; dy <= r; dy++) {
            int y = cy + dy;
            if (y < 0 || y >= h) {
                continue;
            }
            int row = y * data.bytesPerLine;
            for (int dx = -r; dx <= r; dx++) {
                int x = cx + dx;
                if (x < 0 || x >= w || dx * dx + dy * dy > r2) {
                    continue;
                }
                int at = row + 3 * x;
                data.data[at] = red;
                data.data[at + 1] = green;
                data.data[at + 2] = blue;
                alpha[y * w + x] = (byte) 0xFF;
            }
        }
    }

    void dispose() {
        if (image != null) {
            image.dispose();
            image = null;
        }
    }
}
