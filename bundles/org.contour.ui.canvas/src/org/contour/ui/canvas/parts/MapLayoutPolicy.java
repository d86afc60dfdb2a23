package org.contour.ui.canvas.parts;

import java.util.ArrayList;
import java.util.List;

import org.contour.core.session.SketchEdits;
import org.contour.model.Sketch;
import org.contour.ui.canvas.EmbeddingCanvas;
import org.contour.ui.canvas.commands.SessionCommand;
import org.eclipse.draw2d.geometry.Point;
import org.eclipse.gef.EditPart;
import org.eclipse.gef.EditPolicy;
import org.eclipse.gef.Request;
import org.eclipse.gef.commands.Command;
import org.eclipse.gef.editpolicies.LayoutEditPolicy;
import org.eclipse.gef.requests.ChangeBoundsRequest;
import org.eclipse.gef.requests.CreateRequest;

/**
 * The map as the container of the sketches: a new sketch (from the brush, polygon-region and
 * eraser tools) is created here, and dragged sketches are moved here, by the drag's distance
 * converted to map units on each axis.
 */
final class MapLayoutPolicy extends LayoutEditPolicy {

    private final EmbeddingCanvas canvas;

    MapLayoutPolicy(EmbeddingCanvas canvas) {
        this.canvas = canvas;
    }

    @Override
    protected EditPolicy createChildEditPolicy(EditPart child) {
        if (child instanceof SketchEditPart) {
            return new SketchSelectionPolicy(canvas);
        }
        return null;
    }

    @Override
    protected void decorateChild(EditPart child) {
        // the model's pieces bring their own policies and are not dragged as children
        if (child instanceof SketchEditPart) {
            super.decorateChild(child);
        }
    }

    @Override
    protected Command getCreateCommand(CreateRequest request) {
        if (request.getNewObject() instanceof Sketch sketch) {
            return new SessionCommand(canvas.session(), new SketchEdits(canvas.session()).add(sketch),
                    canvas::sketchesChanged);
        }
        return null;
    }

    @Override
    protected Command getMoveChildrenCommand(Request request) {
        if (!(request instanceof ChangeBoundsRequest move)) {
            return null;
        }
        Point delta = move.getMoveDelta();
        if (delta == null || (delta.x == 0 && delta.y == 0)) {
            return null;
        }
        List<Sketch> sketches = new ArrayList<>();
        for (Object part : move.getEditParts()) {
            if (part instanceof SketchEditPart s) {
                sketches.add(s.getSketch());
            }
        }
        if (sketches.isEmpty()) {
            return null;
        }
        double dx = delta.x / canvas.transform().scaleX();
        double dy = -delta.y / canvas.transform().scaleY();
        return new SessionCommand(canvas.session(), new SketchEdits(canvas.session()).move(sketches, dx, dy),
                canvas::sketchesChanged);
    }
}
