package org.contour.ui.common;

import java.util.function.Supplier;

import org.contour.core.session.ProjectSession;
import org.eclipse.jface.action.Action;
import org.eclipse.ui.IActionBars;
import org.eclipse.ui.actions.ActionFactory;

/**
 * Binds Edit > Undo and Redo of a part to the project's command stack, so undo works the same
 * whether the map, the examples or the model view has the focus.
 */
public final class UndoRedoHandlers {

    private UndoRedoHandlers() {
    }

    public static void install(IActionBars bars, Supplier<ProjectSession> session) {
        bars.setGlobalActionHandler(ActionFactory.UNDO.getId(), new Action("Undo") {
            @Override
            public void run() {
                ProjectSession s = session.get();
                if (s != null && s.commandStack().canUndo()) {
                    String what = s.commandStack().getUndoCommand().getLabel();
                    s.commandStack().undo();
                    // the status line told of what was just undone ("Applied to 150 examples: ...")
                    bars.getStatusLineManager().setMessage("Undone: " + what);
                }
            }
        });
        bars.setGlobalActionHandler(ActionFactory.REDO.getId(), new Action("Redo") {
            @Override
            public void run() {
                ProjectSession s = session.get();
                if (s != null && s.commandStack().canRedo()) {
                    String what = s.commandStack().getRedoCommand().getLabel();
                    s.commandStack().redo();
                    bars.getStatusLineManager().setMessage("Redone: " + what);
                }
            }
        });
        bars.updateActionBars();
    }
}
