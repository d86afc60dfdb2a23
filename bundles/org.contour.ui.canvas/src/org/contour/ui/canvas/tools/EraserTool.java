package org.contour.ui.canvas.tools;

import java.util.List;

import org.contour.ui.canvas.EmbeddingCanvas;
import org.eclipse.draw2d.Graphics;
import org.eclipse.draw2d.Polyline;
import org.eclipse.draw2d.geometry.Point;

/**
 * Erases painted regions of every label under a stroke as wide as the brush: the stroke is kept
 * as an eraser sketch (paint laid later stays), and the model is trained again without the
 * erased area.
 */
public final class EraserTool extends StrokeTool {

    private final EmbeddingCanvas canvas;

    public EraserTool(EmbeddingCanvas canvas) {
        super(canvas.feedbackLayer());
        this.canvas = canvas;
    }

    @Override
    protected Polyline createFeedback() {
        Polyline line = new Polyline();
        line.setForegroundColor(canvas.colour(0xB0B0B0));
        line.setLineWidth(2 * canvas.brushRadiusPixels());
        line.setLineStyle(Graphics.LINE_SOLID);
        return line;
    }

    @Override
    protected boolean closesPath() {
        return false;
    }

    @Override
    protected void finish(List<Point> path, boolean shift, boolean mod1) {
        canvas.eraserStrokeFinished(path);
    }
}
