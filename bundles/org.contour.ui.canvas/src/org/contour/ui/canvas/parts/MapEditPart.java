package org.contour.ui.canvas.parts;

import java.util.List;

import org.contour.core.session.ProjectSession;
import org.contour.ui.canvas.EmbeddingCanvas;
import org.eclipse.draw2d.IFigure;
import org.eclipse.gef.EditPart;
import org.eclipse.gef.editparts.AbstractGraphicalEditPart;

/**
 * The contents of the canvas: the project's map. Its children are the sketches; the points,
 * regions and legend are layers of its figure, not edit parts (see {@link MapFigure}).
 */
public final class MapEditPart extends AbstractGraphicalEditPart {

    private final EmbeddingCanvas canvas;

    MapEditPart(EmbeddingCanvas canvas, ProjectSession session) {
        this.canvas = canvas;
        setModel(session);
    }

    @Override
    protected IFigure createFigure() {
        return canvas.createMapFigure();
    }

    @Override
    public IFigure getContentPane() {
        return canvas.sketchLayer();
    }

    @Override
    protected List<?> getModelChildren() {
        return ((ProjectSession) getModel()).project().getSketches();
    }

    @Override
    protected void createEditPolicies() {
        // the map itself is not edited through GEF requests; tools act on the session directly
    }

    /** Re-syncs sketch edit parts with the model after a command (add, undo, redo). */
    public void refreshAll() {
        refreshChildren();
        for (Object child : getChildren()) {
            ((EditPart) child).refresh();
        }
    }

    /** Creates the edit parts of this canvas. */
    public static org.eclipse.gef.EditPartFactory factory(EmbeddingCanvas canvas) {
        return (context, model) -> {
            if (model instanceof ProjectSession s) {
                return new MapEditPart(canvas, s);
            }
            if (model instanceof org.contour.model.Sketch sketch) {
                return new SketchEditPart(canvas, sketch);
            }
            throw new IllegalArgumentException("No edit part for " + model);
        };
    }
}
