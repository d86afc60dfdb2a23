package org.contour.ui.canvas.parts;

import org.contour.core.interpret.LinearBoundary;
import org.contour.model.LinearModel;
import org.contour.model.TaughtModel;
import org.contour.ui.canvas.EmbeddingCanvas;
import org.eclipse.draw2d.Figure;
import org.eclipse.draw2d.Graphics;
import org.eclipse.draw2d.geometry.Point;
import org.eclipse.swt.SWT;

/**
 * A linear boundary with its handles, shown while the Edit tool is chosen: the line where the
 * two classes are the best (the rest of it is hidden by other classes), a square handle in its
 * middle and a round one near each end. While its handles are dragged it follows the preview
 * model, so the handles stay under the pointer.
 */
public final class BoundaryFigure extends Figure {

    /** Pixels around a handle that grab it. */
    static final int GRAB = 8;
    private static final int SIZE = 11;

    private final EmbeddingCanvas canvas;
    private final int a;
    private final int b;

    BoundaryFigure(EmbeddingCanvas canvas, int a, int b) {
        this.canvas = canvas;
        this.a = a;
        this.b = b;
    }

    /** The visible part of the line of {@code model} in map coordinates {x0, y0, x1, y1}, or null. */
    double[] segmentOf(TaughtModel model) {
        if (!(model instanceof LinearModel linear) || !LinearBoundary.applies(linear)
                || a >= linear.getClassNames().size() || b >= linear.getClassNames().size()) {
            return null;
        }
        double[] box = canvas.viewBox();
        return LinearBoundary.of(linear, a, b).visibleSegment(linear.getWeights(), linear.getBiases(), box[0], box[1],
                box[2], box[3]);
    }

    /**
     * The three handles on screen, {move, turnStart, turnEnd}, of the model shown now, or
     * {@code null} when the line is not on screen or the Edit tool is not chosen.
     */
    public Point[] handles() {
        if (!canvas.isEditing()) {
            return null;
        }
        double[] s = segmentOf(canvas.shownModel());
        if (s == null) {
            return null;
        }
        double x0 = canvas.transform().toScreenX(s[0]);
        double y0 = canvas.transform().toScreenY(s[1]);
        double x1 = canvas.transform().toScreenX(s[2]);
        double y1 = canvas.transform().toScreenY(s[3]);
        if (Math.hypot(x1 - x0, y1 - y0) < 3 * SIZE) {
            return null; // too short a piece to hold three handles
        }
        return new Point[] {at(x0, y0, x1, y1, 0.5), at(x0, y0, x1, y1, 0.15), at(x0, y0, x1, y1, 0.85)};
    }

    private static Point at(double x0, double y0, double x1, double y1, double t) {
        return new Point((int) Math.round(x0 + t * (x1 - x0)), (int) Math.round(y0 + t * (y1 - y0)));
    }

    /** Which handle is under (x, y): {@link BoundaryEditPart#MOVE}, TURN_START, TURN_END, or null. */
    public String handleAt(int x, int y) {
        Point[] h = handles();
        if (h == null) {
            return null;
        }
        String[] names = {BoundaryEditPart.MOVE, BoundaryEditPart.TURN_START, BoundaryEditPart.TURN_END};
        for (int i = 0; i < h.length; i++) {
            if (Math.abs(h[i].x - x) <= GRAB && Math.abs(h[i].y - y) <= GRAB) {
                return names[i];
            }
        }
        return null;
    }

    @Override
    public boolean containsPoint(int x, int y) {
        return handleAt(x, y) != null;
    }

    @Override
    protected void paintFigure(Graphics g) {
        Point[] h = handles();
        if (h == null) {
            return;
        }
        double[] s = segmentOf(canvas.shownModel());
        g.setAntialias(SWT.ON);
        g.setForegroundColor(canvas.colour(0x202020));
        g.setLineWidth(2);
        g.drawLine((int) Math.round(canvas.transform().toScreenX(s[0])), (int) Math.round(canvas.transform().toScreenY(s[1])),
                (int) Math.round(canvas.transform().toScreenX(s[2])), (int) Math.round(canvas.transform().toScreenY(s[3])));
        g.setLineWidth(2);
        g.setBackgroundColor(canvas.colour(0xFFFFFF));
        g.fillRectangle(h[0].x - SIZE / 2, h[0].y - SIZE / 2, SIZE, SIZE);
        g.drawRectangle(h[0].x - SIZE / 2, h[0].y - SIZE / 2, SIZE, SIZE);
        for (int i = 1; i < 3; i++) {
            g.fillOval(h[i].x - SIZE / 2, h[i].y - SIZE / 2, SIZE, SIZE);
            g.drawOval(h[i].x - SIZE / 2, h[i].y - SIZE / 2, SIZE, SIZE);
        }
    }
}
