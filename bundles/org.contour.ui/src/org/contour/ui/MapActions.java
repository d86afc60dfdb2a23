package org.contour.ui;

import org.contour.ui.editor.ContourEditor;
import org.contour.ui.pipeline.MapChanger;
import org.eclipse.jface.dialogs.MessageDialog;
import org.eclipse.ui.IWorkbenchWindow;

/** The Map menu's actions, on the map editor that is active. */
public final class MapActions {

    private MapActions() {
    }

    /** Map &gt; Change map... for the active map editor. */
    public static void changeMap(IWorkbenchWindow window) {
        if (!(window.getActivePage().getActiveEditor() instanceof ContourEditor editor)) {
            MessageDialog.openInformation(window.getShell(), "Change map", "Open a dataset or project first: the "
                    + "map that changes is the one of the active map editor.");
            return;
        }
        MapChanger.changeMap(window.getShell(), editor.session(), editor.mapProgress(),
                message -> editor.getEditorSite().getActionBars().getStatusLineManager().setMessage(message));
    }
}
