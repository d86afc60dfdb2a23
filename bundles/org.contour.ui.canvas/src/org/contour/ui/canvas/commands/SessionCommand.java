package org.contour.ui.canvas.commands;

import java.util.function.Consumer;

import org.contour.core.session.ProjectSession;
import org.eclipse.emf.common.command.Command;
import org.eclipse.emf.common.command.CompoundCommand;

/**
 * A GEF command that executes one EMF command on the project's command stack. The canvas's edit
 * policies answer GEF requests (move, reshape, delete, recolour a sketch; drag the model's
 * boundary) with these, as in GEF's Shapes example, but the undo history is the session's: Edit
 * &gt; Undo there reverts the step, whatever view made it. So this command cannot be undone
 * through GEF's own stack ({@link SessionCommandStack} keeps none).
 *
 * <p>A sketch change tells {@code afterSketchChange} once it is executed: the canvas retrains the
 * model and adds it to the same undo step.
 */
public final class SessionCommand extends org.eclipse.gef.commands.Command {

    private final ProjectSession session;
    private final CompoundCommand change;
    private final Consumer<CompoundCommand> afterSketchChange;

    /**
     * @param change            the EMF command (not executed yet)
     * @param afterSketchChange told after execution when the command changed the drawing, or
     *                          {@code null} for other edits (a hand edit of the model)
     */
    public SessionCommand(ProjectSession session, CompoundCommand change, Consumer<CompoundCommand> afterSketchChange) {
        super(change.getLabel());
        this.session = session;
        this.change = change;
        this.afterSketchChange = afterSketchChange;
    }

    /** A command for a change that is not a sketch change (no retraining follows). */
    public static SessionCommand of(ProjectSession session, Command change) {
        CompoundCommand wrapped;
        if (change instanceof CompoundCommand compound) {
            wrapped = compound;
        } else {
            wrapped = new CompoundCommand(change.getLabel());
            wrapped.append(change);
        }
        return new SessionCommand(session, wrapped, null);
    }

    public ProjectSession session() {
        return session;
    }

    public CompoundCommand change() {
        return change;
    }

    public boolean isSketchChange() {
        return afterSketchChange != null;
    }

    Consumer<CompoundCommand> afterSketchChange() {
        return afterSketchChange;
    }

    @Override
    public boolean canExecute() {
        return !change.getCommandList().isEmpty() && change.canExecute();
    }

    @Override
    public void execute() {
        session.commandStack().execute(change);
        if (afterSketchChange != null && session.commandStack().getUndoCommand() == change) {
            afterSketchChange.accept(change);
        }
    }

    @Override
    public boolean canUndo() {
        return false;
    }
}
