package org.contour.ui.canvas.tools;

import java.util.List;

import org.contour.ui.canvas.EmbeddingCanvas;
import org.eclipse.draw2d.Polyline;
import org.eclipse.draw2d.geometry.Point;

/**
 * Draws a region for the chosen label as a polygon: click its corners, double-click or press
 * Enter to close it (Esc cancels). The closed polygon is a sketch like a brush stroke: the model
 * is trained again with it.
 */
public final class PolygonRegionTool extends CornerTool {

    public PolygonRegionTool(EmbeddingCanvas canvas) {
        super(canvas);
    }

    @Override
    protected String getCommandName() {
        return "polygon region";
    }

    @Override
    protected Polyline createFeedback() {
        Polyline line = new Polyline();
        line.setForegroundColor(canvas.colour(canvas.activeLabelColour()));
        line.setLineWidth(3);
        return line;
    }

    @Override
    protected String startMessage() {
        return "Polygon region: click the next corner; double-click or Enter closes it, Esc cancels.";
    }

    @Override
    protected String cancelMessage() {
        return "Polygon region cancelled; nothing was drawn.";
    }

    @Override
    protected void finish(List<Point> outline, boolean shift, boolean mod1) {
        canvas.polygonRegionFinished(outline);
    }
}
