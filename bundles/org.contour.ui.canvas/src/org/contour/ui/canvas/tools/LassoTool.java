package org.contour.ui.canvas.tools;

import java.util.List;

import org.contour.ui.canvas.EmbeddingCanvas;
import org.contour.ui.canvas.SelectionMode;
import org.eclipse.draw2d.ColorConstants;
import org.eclipse.draw2d.Graphics;
import org.eclipse.draw2d.Polyline;
import org.eclipse.draw2d.geometry.Point;

/**
 * Selects the points inside a freehand outline, combined with the selection by the chosen mode
 * or the modifier keys. A click or a stroke too short to enclose anything says so and leaves
 * the selection as it was.
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
        SelectionMode mode = SelectionMode.forModifiers(shift, mod1, canvas.selectionMode());
        if (path.size() < 3) {
            canvas.showMessage("A lasso needs at least 3 points: drag around the points you want."
                    + " The selection is unchanged.");
            return;
        }
        canvas.selectInsideOutline(path, mode);
    }
}
