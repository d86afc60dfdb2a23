package org.contour.ui.canvas.parts;

import org.contour.model.Sketch;
import org.contour.ui.canvas.EmbeddingCanvas;
import org.eclipse.draw2d.IFigure;
import org.eclipse.gef.editparts.AbstractGraphicalEditPart;

/** A drawn region is a GEF edit part: it is one of the few editable things on the map. */
public final class SketchEditPart extends AbstractGraphicalEditPart {

    private final EmbeddingCanvas canvas;

    SketchEditPart(EmbeddingCanvas canvas, Sketch sketch) {
        this.canvas = canvas;
        setModel(sketch);
    }

    public Sketch getSketch() {
        return (Sketch) getModel();
    }

    @Override
    protected IFigure createFigure() {
        return new SketchFigure(canvas.transform());
    }

    @Override
    protected void createEditPolicies() {
        // moving, reshaping and deleting sketches come with the sketch-editing tools
    }

    @Override
    protected void refreshVisuals() {
        Sketch sketch = getSketch();
        int rgb = sketch.getLabel() == null ? 0x808080 : sketch.getLabel().getColor();
        ((SketchFigure) getFigure()).setStroke(sketch.getPoints(), sketch.getRadius(), canvas.colour(rgb));
    }
}
