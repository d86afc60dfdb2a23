package org.contour.ui.canvas.parts;

import org.contour.model.Sketch;
import org.contour.ui.canvas.EmbeddingCanvas;
import org.eclipse.draw2d.IFigure;
import org.eclipse.gef.EditPolicy;
import org.eclipse.gef.editparts.AbstractGraphicalEditPart;

/**
 * A drawn region is a GEF edit part: selected with the Edit tool, moved by dragging it,
 * reshaped by its corner handles (polygons), deleted, recoloured. The edit policies turn each
 * of these requests into one command on the project's stack, after which the model is trained
 * again from the changed drawing.
 */
public final class SketchEditPart extends AbstractGraphicalEditPart {

    private final EmbeddingCanvas canvas;

    SketchEditPart(EmbeddingCanvas canvas, Sketch sketch) {
        this.canvas = canvas;
        setModel(sketch);
    }

    public Sketch getSketch() {
        return (Sketch) getModel();
    }

    EmbeddingCanvas canvas() {
        return canvas;
    }

    @Override
    protected IFigure createFigure() {
        return new SketchFigure(canvas.transform(), canvas.hatching());
    }

    public SketchFigure sketchFigure() {
        return (SketchFigure) getFigure();
    }

    @Override
    protected void createEditPolicies() {
        installEditPolicy(EditPolicy.COMPONENT_ROLE, new SketchComponentPolicy(canvas));
        installEditPolicy(EditPolicy.PRIMARY_DRAG_ROLE, new SketchSelectionPolicy(canvas));
    }

    @Override
    protected void refreshVisuals() {
        Sketch sketch = getSketch();
        int rgb = sketch.getLabel() == null ? 0x808080 : sketch.getLabel().getColor();
        sketchFigure().setSketch(sketch, rgb);
        // the corner handles follow a reshape or a move
        if (getSelected() != SELECTED_NONE && getEditPolicy(EditPolicy.PRIMARY_DRAG_ROLE) instanceof SketchSelectionPolicy p) {
            p.refreshHandles();
        }
    }
}
