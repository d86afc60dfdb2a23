package org.contour.ui.canvas.tools;

import java.util.List;

import org.contour.ui.canvas.EmbeddingCanvas;
import org.eclipse.draw2d.Polyline;
import org.eclipse.draw2d.geometry.Point;

/**
 * Paints a region for the active label: the stroke, as wide as the brush, is what the expert
 * believes belongs to that class. The canvas hands the finished stroke on for training.
 */
public final class BrushTool extends StrokeTool {

    private final EmbeddingCanvas canvas;

    public BrushTool(EmbeddingCanvas canvas) {
        super(canvas.feedbackLayer());
        this.canvas = canvas;
    }

    @Override
    protected Polyline createFeedback() {
        Polyline line = new Polyline();
        line.setForegroundColor(canvas.colour(canvas.activeLabelColour()));
        line.setLineWidth(2 * canvas.brushRadiusPixels());
        return line;
    }

    @Override
    protected boolean closesPath() {
        return false;
    }

    @Override
    protected void finish(List<Point> path, boolean shift, boolean mod1) {
        canvas.strokeFinished(path);
    }
}
