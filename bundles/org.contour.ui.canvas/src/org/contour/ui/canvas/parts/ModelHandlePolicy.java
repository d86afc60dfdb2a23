package org.contour.ui.canvas.parts;

import org.contour.ui.canvas.EmbeddingCanvas;
import org.eclipse.gef.Request;
import org.eclipse.gef.commands.Command;
import org.eclipse.gef.editpolicies.GraphicalEditPolicy;

/**
 * Answers a {@link CanvasRequests.ModelDrag}: while dragging, the canvas paints the decision
 * regions of the model as the drag would leave it (cheaply, at a coarser raster); at the end
 * the part's hand edit of the model is the command.
 */
final class ModelHandlePolicy extends GraphicalEditPolicy {

    static final String ROLE = "contour.modelHandle";

    private final EmbeddingCanvas canvas;

    ModelHandlePolicy(EmbeddingCanvas canvas) {
        this.canvas = canvas;
    }

    private ModelHandlePart host() {
        return (ModelHandlePart) getHost();
    }

    @Override
    public Command getCommand(Request request) {
        if (request instanceof CanvasRequests.ModelDrag drag) {
            return host().commandFor(drag);
        }
        return null;
    }

    @Override
    public void showSourceFeedback(Request request) {
        if (request instanceof CanvasRequests.ModelDrag drag) {
            canvas.previewModel(host().previewFor(drag));
        }
    }

    @Override
    public void eraseSourceFeedback(Request request) {
        if (request instanceof CanvasRequests.ModelDrag) {
            canvas.previewModel(null);
        }
    }

    @Override
    public boolean understandsRequest(Request request) {
        return request instanceof CanvasRequests.ModelDrag;
    }
}
