package org.contour.ui.canvas.tools;

import org.eclipse.gef.tools.SelectionTool;
import org.eclipse.swt.events.KeyEvent;

/**
 * Edits what is drawn on the map through its GEF edit parts: click a region to select it
 * (Shift or Ctrl adds), drag it to move it, drag a polygon's corner to reshape it; drag the
 * handles of a linear model's boundary or a tree's split lines to change the model. Delete
 * (or the context menu) deletes the selected regions, the context menu recolours them. Every
 * change is one undo step, and the model is trained again after every change of the drawing.
 */
public final class EditTool extends SelectionTool {

    /**
     * Keys go to the canvas (Delete, Esc): GEF's own handling would reload the default tool on
     * Esc behind the tool row's back. A drag in progress still hears them (Esc aborts it).
     */
    @Override
    protected boolean handleKeyDown(KeyEvent e) {
        return false;
    }
}
