package org.contour.ui.canvas.tools;

import java.util.List;

import org.eclipse.gef.GraphicalEditPart;
import org.eclipse.gef.commands.Command;
import org.eclipse.gef.tools.SimpleDragTracker;

/**
 * A drag that one edit part answers (a polygon's corner, a model's handle): the part gets the
 * request while dragging, shows feedback, and gives the command at the release.
 */
abstract class OwnerDragTracker extends SimpleDragTracker {

    private final GraphicalEditPart owner;

    OwnerDragTracker(GraphicalEditPart owner) {
        this.owner = owner;
    }

    @Override
    protected List<?> createOperationSet() {
        return List.of(owner);
    }

    @Override
    protected Command getCommand() {
        return owner.getCommand(getSourceRequest());
    }

    @Override
    protected boolean handleButtonUp(int button) {
        if (isInState(STATE_DRAG_IN_PROGRESS)) {
            // the release's own position: GEF's tracker drops at the last drag event, which a
            // fast mouse leaves a few pixels short (a split once landed 9 px from the drop)
            updateSourceRequest();
        }
        return super.handleButtonUp(button);
    }
}
