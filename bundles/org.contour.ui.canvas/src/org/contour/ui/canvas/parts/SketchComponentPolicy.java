package org.contour.ui.canvas.parts;

import java.util.List;

import org.contour.core.session.SketchEdits;
import org.contour.ui.canvas.EmbeddingCanvas;
import org.contour.ui.canvas.commands.SessionCommand;
import org.eclipse.gef.Request;
import org.eclipse.gef.commands.Command;
import org.eclipse.gef.editpolicies.ComponentEditPolicy;
import org.eclipse.gef.requests.GroupRequest;

/** Deleting a sketch, and giving it to another label ({@link CanvasRequests.Recolour}). */
final class SketchComponentPolicy extends ComponentEditPolicy {

    private final EmbeddingCanvas canvas;

    SketchComponentPolicy(EmbeddingCanvas canvas) {
        this.canvas = canvas;
    }

    private SketchEditPart host() {
        return (SketchEditPart) getHost();
    }

    @Override
    protected Command createDeleteCommand(GroupRequest deleteRequest) {
        return new SessionCommand(canvas.session(),
                new SketchEdits(canvas.session()).delete(List.of(host().getSketch())), canvas::sketchesChanged);
    }

    @Override
    public Command getCommand(Request request) {
        if (request instanceof CanvasRequests.Recolour recolour) {
            return new SessionCommand(canvas.session(),
                    new SketchEdits(canvas.session()).recolour(List.of(host().getSketch()), recolour.label()),
                    canvas::sketchesChanged);
        }
        return super.getCommand(request);
    }

    @Override
    public boolean understandsRequest(Request request) {
        return request instanceof CanvasRequests.Recolour || super.understandsRequest(request);
    }
}
