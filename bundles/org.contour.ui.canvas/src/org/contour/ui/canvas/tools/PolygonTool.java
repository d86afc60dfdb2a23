package org.contour.ui.canvas.tools;

import java.util.List;

import org.contour.ui.canvas.EmbeddingCanvas;
import org.contour.ui.canvas.SelectionMode;
import org.eclipse.draw2d.ColorConstants;
import org.eclipse.draw2d.Graphics;
import org.eclipse.draw2d.Polyline;
import org.eclipse.draw2d.geometry.Point;

/**
 * Selects the points inside a polygon drawn corner by corner: each click adds a corner, a line
 * follows the pointer, a double-click or Enter closes the polygon and selects, Esc cancels.
 */
public final class PolygonTool extends CornerTool {

    public PolygonTool(EmbeddingCanvas canvas) {
        super(canvas);
    }

    @Override
    protected String getCommandName() {
        return "polygon";
    }

    @Override
    protected Polyline createFeedback() {
        Polyline line = new Polyline();
        line.setForegroundColor(ColorConstants.black);
        line.setLineStyle(Graphics.LINE_DASH);
        return line;
    }

    @Override
    protected String startMessage() {
        return "Polygon: click the next corner; double-click or Enter closes it, Esc cancels.";
    }

    @Override
    protected String cancelMessage() {
        return "Polygon cancelled; the selection is unchanged.";
    }

    @Override
    protected void finish(List<Point> outline, boolean shift, boolean mod1) {
        if (outline.size() < 3) {
            canvas.showMessage("A polygon needs at least 3 corners: click each corner, then double-click or press"
                    + " Enter. The selection is unchanged.");
            return;
        }
        canvas.selectInsideOutline(outline, SelectionMode.forModifiers(shift, mod1, canvas.selectionMode()), "Polygon");
    }
}
