package org.contour.ui.canvas.tools;

import org.contour.ui.canvas.parts.CanvasRequests;
import org.eclipse.draw2d.geometry.Point;
import org.eclipse.gef.GraphicalEditPart;
import org.eclipse.gef.Request;

/**
 * Drags a handle of the model on the map (a linear boundary's move or turn handle, a tree's
 * split line): a {@link CanvasRequests.ModelDrag} request goes to the handle's edit part, which
 * repaints the regions as they would be while dragging and answers with the hand edit of the
 * model when the button is released: one undo step per drag.
 */
public final class ModelHandleTracker extends OwnerDragTracker {

    private final String handle;
    private final Point pressed;

    public ModelHandleTracker(GraphicalEditPart owner, String handle, Point pressed) {
        super(owner);
        this.handle = handle;
        this.pressed = pressed.getCopy();
    }

    @Override
    protected String getCommandName() {
        return CanvasRequests.REQ_DRAG_MODEL;
    }

    @Override
    protected Request createSourceRequest() {
        return new CanvasRequests.ModelDrag(handle, pressed);
    }

    @Override
    protected void updateSourceRequest() {
        ((CanvasRequests.ModelDrag) getSourceRequest()).setLocation(getLocation());
    }
}
