package org.contour.ui.canvas;

import java.util.ArrayList;
import java.util.List;

import org.contour.api.data.DataTable;
import org.contour.core.session.LabelPalette;
import org.contour.core.session.ProjectSession;
import org.contour.model.DatasetKind;
import org.contour.model.LabelClass;
import org.eclipse.swt.SWT;
import org.eclipse.swt.graphics.GC;
import org.eclipse.swt.graphics.Image;
import org.eclipse.swt.graphics.ImageData;
import org.eclipse.swt.graphics.PaletteData;
import org.eclipse.swt.graphics.Point;
import org.eclipse.swt.graphics.RGB;
import org.eclipse.swt.graphics.Rectangle;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Display;
import org.eclipse.swt.widgets.Event;
import org.eclipse.swt.widgets.Shell;

/**
 * What the point under the pointer is: its image (for pixel datasets, drawn from its pixels and
 * scaled up) or the first lines of its text, and its label. A small undecorated shell that
 * never takes the focus and follows the pointer; it appears after the pointer rests on a point
 * for a moment and goes away when the pointer leaves it, a button is pressed or the map moves.
 * The point is found with the same spatial index as the tap tool.
 */
public final class PointTooltip {

    /** How close (pixels) the pointer must be to a point. */
    public static final int HOVER_PIXELS = 6;
    static final int DELAY_MS = 200;
    private static final int TEXT_COLUMNS = 60;
    private static final int TEXT_LINES = 6;
    private static final int PICTURE_PIXELS = 112;
    private static final int PAD = 6;

    private final EmbeddingCanvas canvas;
    private final Control control;
    private Shell shell;
    private int row = -1;
    private int pending;
    private String labelLine = "";
    private int labelColour;
    private List<String> lines = List.of();
    private ImageData pictureData;
    private Image picture;
    private int pictureScale;
    private DataTable normalisedFor;
    private double pixelMax = 1;

    PointTooltip(EmbeddingCanvas canvas) {
        this.canvas = canvas;
        this.control = canvas.getControl();
        control.addListener(SWT.MouseMove, this::moved);
        control.addListener(SWT.MouseExit, e -> hide());
        control.addListener(SWT.MouseDown, e -> hide());
        control.addListener(SWT.MouseVerticalWheel, e -> hide());
        control.addListener(SWT.KeyDown, e -> hide());
        control.addListener(SWT.Dispose, e -> dispose());
    }

    private void moved(Event e) {
        if ((e.stateMask & SWT.BUTTON_MASK) != 0) {
            hide();
            return;
        }
        int x = e.x;
        int y = e.y;
        int token = ++pending;
        if (isShowing()) {
            int now = canvas.pointNear(x, y, HOVER_PIXELS);
            if (now == row) {
                place(x, y);
                return;
            }
            if (now >= 0) {
                show(now, x, y);
                return;
            }
            hide();
        }
        control.getDisplay().timerExec(DELAY_MS, () -> {
            if (token != pending || control.isDisposed()) {
                return;
            }
            int found = canvas.pointNear(x, y, HOVER_PIXELS);
            if (found >= 0) {
                show(found, x, y);
            }
        });
    }

    /** Shows the tooltip of {@code point} next to the pointer at (x, y) (canvas coordinates). */
    void show(int point, int x, int y) {
        ProjectSession session = canvas.session();
        if (session == null || control.isDisposed()) {
            return;
        }
        row = point;
        describe(session, point);
        if (shell == null || shell.isDisposed()) {
            shell = new Shell(control.getShell(), SWT.TOOL | SWT.NO_FOCUS | SWT.ON_TOP | SWT.NO_TRIM);
            shell.setBackground(control.getDisplay().getSystemColor(SWT.COLOR_INFO_BACKGROUND));
            shell.addListener(SWT.Paint, this::paint);
            // the pointer can slip onto the tooltip itself: hide rather than cover the map
            shell.addListener(SWT.MouseEnter, e -> hide());
        }
        Point size = size();
        shell.setSize(size);
        place(x, y);
        shell.setVisible(true);
        shell.redraw();
    }

    private void describe(ProjectSession session, int point) {
        LabelClass label = session.labelOf(point);
        DataTable table = session.table();
        String id = table == null ? Integer.toString(point) : table.ids().get(point);
        labelLine = (label == null ? "no label" : label.getName()) + "   (#" + point + ", id " + id + ")";
        labelColour = label == null ? LabelPalette.UNLABELLED : label.getColor();
        lines = List.of();
        if (picture != null) {
            picture.dispose();
            picture = null;
        }
        pictureData = null;
        if (table == null) {
            return;
        }
        if (table.kind() == DatasetKind.IMAGE && table.imageWidth() > 0 && table.numeric() != null) {
            pictureData = pixels(table, point);
            picture = new Image(control.getDisplay(), pictureData);
            pictureScale = Math.max(1, PICTURE_PIXELS / Math.max(pictureData.width, pictureData.height));
        } else if (table.hasText()) {
            lines = wrap(table.texts().get(point), TEXT_COLUMNS, TEXT_LINES);
        }
    }

    /** The example's pixels as a grey image, ink dark on white, scaled to the dataset's largest value. */
    private ImageData pixels(DataTable table, int point) {
        if (normalisedFor != table) {
            double max = 0;
            for (double[] r : table.numeric()) {
                for (double v : r) {
                    max = Math.max(max, v);
                }
            }
            pixelMax = max > 0 ? max : 1;
            normalisedFor = table;
        }
        double[] values = table.numeric()[point];
        int w = table.imageWidth();
        int h = values.length / w;
        RGB[] greys = new RGB[256];
        for (int i = 0; i < 256; i++) {
            greys[i] = new RGB(i, i, i);
        }
        ImageData data = new ImageData(w, h, 8, new PaletteData(greys));
        for (int y = 0; y < h; y++) {
            for (int x = 0; x < w; x++) {
                double v = Math.max(0, Math.min(1, values[y * w + x] / pixelMax));
                data.setPixel(x, y, 255 - (int) Math.round(255 * v));
            }
        }
        return data;
    }

    private Point size() {
        GC gc = new GC(control);
        try {
            int width = gc.textExtent(labelLine).x + 18;
            int height = gc.getFontMetrics().getHeight();
            int lineHeight = gc.getFontMetrics().getHeight();
            for (String l : lines) {
                width = Math.max(width, gc.textExtent(l).x);
            }
            height += lines.size() * lineHeight;
            if (pictureData != null) {
                width = Math.max(width, pictureData.width * pictureScale);
                height += pictureData.height * pictureScale + PAD;
            }
            return new Point(width + 2 * PAD, height + 2 * PAD);
        } finally {
            gc.dispose();
        }
    }

    /** Next to the pointer, kept on the monitor. */
    private void place(int x, int y) {
        if (shell == null || shell.isDisposed()) {
            return;
        }
        Point at = control.toDisplay(x + 16, y + 18);
        Rectangle screen = control.getMonitor().getClientArea();
        Point size = shell.getSize();
        if (at.x + size.x > screen.x + screen.width) {
            at.x = Math.max(screen.x, control.toDisplay(x, y).x - 16 - size.x);
        }
        if (at.y + size.y > screen.y + screen.height) {
            at.y = Math.max(screen.y, control.toDisplay(x, y).y - 18 - size.y);
        }
        shell.setLocation(at);
    }

    private void paint(Event e) {
        GC gc = e.gc;
        Display display = control.getDisplay();
        Rectangle area = shell.getClientArea();
        gc.setForeground(display.getSystemColor(SWT.COLOR_WIDGET_DARK_SHADOW));
        gc.drawRectangle(0, 0, area.width - 1, area.height - 1);
        int y = PAD;
        if (picture != null) {
            gc.setInterpolation(SWT.NONE);
            gc.drawImage(picture, 0, 0, pictureData.width, pictureData.height, PAD, y, pictureData.width * pictureScale,
                    pictureData.height * pictureScale);
            y += pictureData.height * pictureScale + PAD;
        }
        int lineHeight = gc.getFontMetrics().getHeight();
        gc.setBackground(canvas.colour(labelColour));
        gc.fillOval(PAD, y + lineHeight / 2 - 5, 10, 10);
        gc.setForeground(display.getSystemColor(SWT.COLOR_INFO_FOREGROUND));
        gc.drawText(labelLine, PAD + 16, y, true);
        y += lineHeight;
        for (String l : lines) {
            gc.drawText(l, PAD, y, true);
            y += lineHeight;
        }
    }

    /**
     * The first {@code maxLines} lines of {@code text} wrapped at {@code columns} characters
     * (at spaces where possible), keeping the text's own line breaks; "..." marks a cut.
     */
    static List<String> wrap(String text, int columns, int maxLines) {
        List<String> out = new ArrayList<>();
        if (text == null) {
            return out;
        }
        boolean cut = false;
        for (String paragraph : text.strip().split("\\R")) {
            String rest = paragraph.replace('\t', ' ').stripTrailing();
            do {
                if (out.size() == maxLines) {
                    cut = true;
                    break;
                }
                if (rest.length() <= columns) {
                    out.add(rest);
                    rest = "";
                } else {
                    int at = rest.lastIndexOf(' ', columns);
                    if (at <= columns / 3) {
                        at = columns;
                    }
                    out.add(rest.substring(0, at).stripTrailing());
                    rest = rest.substring(at).stripLeading();
                }
            } while (!rest.isEmpty());
            if (cut) {
                break;
            }
        }
        if (cut && !out.isEmpty()) {
            String last = out.get(out.size() - 1);
            out.set(out.size() - 1, (last.length() > columns - 3 ? last.substring(0, columns - 3) : last) + "...");
        }
        return out;
    }

    public void hide() {
        pending++;
        row = -1;
        if (shell != null && !shell.isDisposed() && shell.isVisible()) {
            shell.setVisible(false);
        }
    }

    public boolean isShowing() {
        return shell != null && !shell.isDisposed() && shell.isVisible() && row >= 0;
    }

    /** The row shown, or -1. */
    public int row() {
        return isShowing() ? row : -1;
    }

    /** The label line shown: label name, row and id. */
    public String labelLine() {
        return labelLine;
    }

    /** The text lines shown (empty for pixel datasets). */
    public List<String> lines() {
        return lines;
    }

    /** The picture shown before scaling (one pixel per image pixel), or {@code null}. */
    public ImageData picture() {
        return pictureData;
    }

    /** How many screen pixels one image pixel takes. */
    public int pictureScale() {
        return pictureScale;
    }

    public Shell shell() {
        return shell;
    }

    private void dispose() {
        if (picture != null) {
            picture.dispose();
        }
        if (shell != null && !shell.isDisposed()) {
            shell.dispose();
        }
    }
}
