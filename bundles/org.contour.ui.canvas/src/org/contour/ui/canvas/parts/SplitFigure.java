package org.contour.ui.canvas.parts;

import org.contour.core.interpret.TreeSplits;
import org.contour.ui.canvas.EmbeddingCanvas;
import org.eclipse.draw2d.Figure;
import org.eclipse.draw2d.Graphics;
import org.eclipse.swt.SWT;

/**
 * A tree's split on the map: a thin dashed segment inside its cell; with the Edit tool a solid,
 * thicker one with a grip in its middle, which can be dragged. It follows the preview model
 * while any split is dragged (a split's cell moves with the splits above it).
 */
public final class SplitFigure extends Figure {

    /** Pixels either side of the segment that grab it. */
    static final int GRAB = 5;

    private final EmbeddingCanvas canvas;
    private final SplitEditPart part;

    SplitFigure(EmbeddingCanvas canvas, SplitEditPart part) {
        this.canvas = canvas;
        this.part = part;
    }

    /** The segment on screen {x0, y0, x1, y1}, clipped to the view, or null when it is not in view. */
    public int[] segment() {
        TreeSplits.Split s = part.placeIn(canvas.shownModel());
        if (s == null) {
            return null;
        }
        double[] box = canvas.viewBox();
        double from = Math.max(s.from(), s.feature() == 0 ? box[2] : box[0]);
        double to = Math.min(s.to(), s.feature() == 0 ? box[3] : box[1]);
        double t = s.threshold();
        boolean inView = s.feature() == 0 ? t >= box[0] && t <= box[1] : t >= box[2] && t <= box[3];
        if (!(to > from) || !inView) {
            return null;
        }
        if (s.feature() == 0) {
            int x = (int) Math.round(canvas.transform().toScreenX(t));
            return new int[] {x, (int) Math.round(canvas.transform().toScreenY(to)), x,
                (int) Math.round(canvas.transform().toScreenY(from))};
        }
        int y = (int) Math.round(canvas.transform().toScreenY(t));
        return new int[] {(int) Math.round(canvas.transform().toScreenX(from)), y,
            (int) Math.round(canvas.transform().toScreenX(to)), y};
    }

    @Override
    public boolean containsPoint(int x, int y) {
        if (!canvas.isEditing()) {
            return false;
        }
        int[] s = segment();
        if (s == null) {
            return false;
        }
        return x >= Math.min(s[0], s[2]) - GRAB && x <= Math.max(s[0], s[2]) + GRAB
                && y >= Math.min(s[1], s[3]) - GRAB && y <= Math.max(s[1], s[3]) + GRAB;
    }

    @Override
    protected void paintFigure(Graphics g) {
        int[] s = segment();
        if (s == null) {
            return;
        }
        g.setAntialias(SWT.ON);
        g.setForegroundColor(canvas.colour(0x202020));
        if (canvas.isEditing()) {
            g.setLineWidth(3);
            g.drawLine(s[0], s[1], s[2], s[3]);
            int mx = (s[0] + s[2]) / 2;
            int my = (s[1] + s[3]) / 2;
            boolean vertical = s[0] == s[2];
            g.setBackgroundColor(canvas.colour(0xFFFFFF));
            g.setLineWidth(2);
            int w = vertical ? 7 : 17;
            int h = vertical ? 17 : 7;
            g.fillRectangle(mx - w / 2, my - h / 2, w, h);
            g.drawRectangle(mx - w / 2, my - h / 2, w, h);
        } else {
            g.setLineWidth(1);
            g.setLineDash(new int[] {4, 3});
            g.drawLine(s[0], s[1], s[2], s[3]);
            g.setLineStyle(Graphics.LINE_SOLID);
        }
    }
}
