package org.contour.ui.canvas.tools;

import org.contour.ui.canvas.parts.CanvasRequests;
import org.eclipse.gef.GraphicalEditPart;
import org.eclipse.gef.Request;

/**
 * Drags one corner of a polygon region: a {@link CanvasRequests.Reshape} request goes to the
 * region's edit part, which shows the new outline while dragging and answers with the command
 * that moves the corner when the button is released.
 */
public final class VertexDragTracker extends OwnerDragTracker {

    private final int vertex;

    public VertexDragTracker(GraphicalEditPart owner, int vertex) {
        super(owner);
        this.vertex = vertex;
    }

    @Override
    protected String getCommandName() {
        return CanvasRequests.REQ_RESHAPE;
    }

    @Override
    protected Request createSourceRequest() {
        return new CanvasRequests.Reshape(vertex);
    }

    @Override
    protected void updateSourceRequest() {
        ((CanvasRequests.Reshape) getSourceRequest()).setLocation(getLocation());
    }
}
