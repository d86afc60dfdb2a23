package org.contour.ui.canvas.tools;

import java.util.List;

import org.contour.ui.canvas.EmbeddingCanvas;
import org.contour.ui.canvas.SelectionMode;
import org.eclipse.draw2d.ColorConstants;
import org.eclipse.draw2d.Graphics;
import org.eclipse.draw2d.Polyline;
import org.eclipse.draw2d.geometry.Point;

/**
 * Selects the points inside a freehand outline. Plain drag replaces the selection, Shift adds
 * to it, Ctrl removes from it. A click without a drag clears the selection.
 */
public final class LassoTool extends StrokeTool {

    private final EmbeddingCanvas canvas;

    public LassoTool(EmbeddingCanvas canvas) {
        super(canvas.feedbackLayer());
        this.canvas = canvas;
    }

    @Override
    protected Polyline createFeedback() {
        Polyline line = new Polyline();
        line.setForegroundColor(ColorConstants.black);
        line.setLineStyle(Graphics.LINE_DASH);
        line.setLineWidth(1);
        return line;
    }

    @Override
    protected boolean closesPath() {
        return true;
    }

    @Override
    protected void finish(List<Point> path, boolean shift, boolean mod1) {
        SelectionMode mode = shift ? SelectionMode.UNION : mod1 ? SelectionMode.DIFFERENCE : SelectionMode.REPLACE;
        if (path.size() < 3) {
            if (mode == SelectionMode.REPLACE) {
                canvas.setSelection(new int[0]);
            }
            canvas.showMessage(path.size() < 2 ? null : "A lasso needs at least 3 points: drag around the points to select.");
            return;
        }
        canvas.selectInsideOutline(path, mode);
    }
}
