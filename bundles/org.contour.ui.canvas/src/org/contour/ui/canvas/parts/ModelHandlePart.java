package org.contour.ui.canvas.parts;

import org.contour.model.TaughtModel;
import org.eclipse.gef.commands.Command;

/** An edit part that stands for a draggable piece of the model on the map (a boundary, a split). */
interface ModelHandlePart {

    /** The model as it would be if the drag ended now (a detached copy), for the live preview. */
    TaughtModel previewFor(CanvasRequests.ModelDrag drag);

    /** The hand edit the drag makes, or {@code null} when it changes nothing. */
    Command commandFor(CanvasRequests.ModelDrag drag);
}
