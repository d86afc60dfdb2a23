package org.contour.ui.canvas.commands;

import java.util.ArrayList;
import java.util.List;

import org.eclipse.emf.common.command.CompoundCommand;
import org.eclipse.gef.commands.Command;
import org.eclipse.gef.commands.CommandStack;

/**
 * The GEF edit domain's command stack for the canvas: it executes what the tools hand it and
 * keeps no history, because the history is the project's EMF command stack. Several
 * {@link SessionCommand}s that a tool executes together (dragging three selected regions,
 * deleting them) become one EMF command, so one gesture is one undo step.
 */
public final class SessionCommandStack extends CommandStack {

    @Override
    public void execute(Command command) {
        if (command == null || !command.canExecute()) {
            return;
        }
        List<SessionCommand> parts = new ArrayList<>();
        if (flatten(command, parts) && parts.size() > 1) {
            combine(parts).execute();
        } else {
            command.execute();
        }
        // tools reset themselves on a stack change; nothing is kept to undo here
        flush();
    }

    private static boolean flatten(Command command, List<SessionCommand> out) {
        if (command instanceof SessionCommand s) {
            out.add(s);
            return true;
        }
        if (command instanceof org.eclipse.gef.commands.CompoundCommand compound) {
            for (Object child : compound.getCommands()) {
                if (!flatten((Command) child, out)) {
                    return false;
                }
            }
            return true;
        }
        return false;
    }

    private static SessionCommand combine(List<SessionCommand> parts) {
        SessionCommand first = parts.get(0);
        String label = parts.stream().allMatch(p -> p.getLabel().equals(first.getLabel())) && first.getLabel().endsWith("region")
                ? first.getLabel() + "s" : first.getLabel();
        CompoundCommand all = new CompoundCommand(label);
        boolean sketches = false;
        for (SessionCommand p : parts) {
            all.append(p.change());
            sketches |= p.isSketchChange();
        }
        SessionCommand sketchPart = parts.stream().filter(SessionCommand::isSketchChange).findFirst().orElse(null);
        return new SessionCommand(first.session(), all, sketches ? sketchPart.afterSketchChange() : null);
    }
}
