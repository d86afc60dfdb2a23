package org.contour.core.session;

import java.util.List;

import org.contour.model.ContourPackage;
import org.contour.model.LabelClass;
import org.contour.model.LabellingProject;
import org.contour.model.Sketch;
import org.contour.model.SketchKind;
import org.eclipse.emf.common.command.Command;
import org.eclipse.emf.common.command.CompoundCommand;
import org.eclipse.emf.edit.command.AddCommand;
import org.eclipse.emf.edit.command.RemoveCommand;
import org.eclipse.emf.edit.command.SetCommand;

/**
 * The expert's edits of the drawing, as EMF commands on the session's editing domain: add a
 * sketch, move it, move one corner of a polygon, delete, recolour. Each method returns a
 * {@link CompoundCommand} (not yet executed) labelled for Edit &gt; Undo, so that the caller can
 * execute it as one undo step and append the retrained model to the same step
 * ({@link ProjectSession#appendToLastCommand}). Points are always replaced by a new array, never
 * changed in place: undo puts the old array back, and caches keyed by the array (the sampler's
 * buffered regions) stay right.
 *
 * <p>Every method checks its input and throws {@link IllegalArgumentException} with a message
 * for the user (a sketch of another project, a corner that does not exist, a non-finite
 * offset); then nothing is made.
 */
public final class SketchEdits {

    private final ProjectSession session;

    public SketchEdits(ProjectSession session) {
        this.session = session;
    }

    /** Adds {@code sketch} (a new, detached sketch) as the newest one. */
    public CompoundCommand add(Sketch sketch) {
        if (sketch == null || sketch.eContainer() != null) {
            throw new IllegalArgumentException("Only a new sketch can be added.");
        }
        CompoundCommand command = new CompoundCommand(switch (kindOf(sketch)) {
            case POLYGON -> "Draw polygon region";
            case ERASER -> "Erase";
            default -> "Draw region";
        });
        command.append(AddCommand.create(session.domain(), project(), ContourPackage.Literals.LABELLING_PROJECT__SKETCHES,
                sketch));
        return command;
    }

    /** Moves every one of {@code sketches} by (dx, dy) in map units. */
    public CompoundCommand move(List<Sketch> sketches, double dx, double dy) {
        if (!Double.isFinite(dx) || !Double.isFinite(dy)) {
            throw new IllegalArgumentException("A region can only move by a finite distance, not (" + dx + ", " + dy + ").");
        }
        CompoundCommand command = new CompoundCommand(sketches.size() == 1 ? "Move region" : "Move regions");
        for (Sketch sketch : sketches) {
            check(sketch);
            double[] moved = sketch.getPoints().clone();
            for (int i = 0; i + 1 < moved.length; i += 2) {
                moved[i] += dx;
                moved[i + 1] += dy;
            }
            command.append(SetCommand.create(session.domain(), sketch, ContourPackage.Literals.SKETCH__POINTS, moved));
        }
        return command;
    }

    /** Moves corner {@code vertex} (0-based) of polygon {@code sketch} to (x, y). */
    public CompoundCommand moveVertex(Sketch sketch, int vertex, double x, double y) {
        check(sketch);
        if (kindOf(sketch) != SketchKind.POLYGON) {
            throw new IllegalArgumentException("Only a polygon region has corners to move; move a painted stroke whole.");
        }
        int corners = sketch.getPoints().length / 2;
        if (vertex < 0 || vertex >= corners) {
            throw new IllegalArgumentException("The polygon has no corner " + (vertex + 1) + " (it has " + corners + ").");
        }
        if (!Double.isFinite(x) || !Double.isFinite(y)) {
            throw new IllegalArgumentException("A corner must be at a finite position, not (" + x + ", " + y + ").");
        }
        double[] reshaped = sketch.getPoints().clone();
        reshaped[2 * vertex] = x;
        reshaped[2 * vertex + 1] = y;
        CompoundCommand command = new CompoundCommand("Reshape region");
        command.append(SetCommand.create(session.domain(), sketch, ContourPackage.Literals.SKETCH__POINTS, reshaped));
        return command;
    }

    /** Deletes {@code sketches}. */
    public CompoundCommand delete(List<Sketch> sketches) {
        sketches.forEach(this::check);
        CompoundCommand command = new CompoundCommand(sketches.size() == 1 ? "Delete region" : "Delete regions");
        command.append(RemoveCommand.create(session.domain(), project(), ContourPackage.Literals.LABELLING_PROJECT__SKETCHES,
                List.copyOf(sketches)));
        return command;
    }

    /**
     * Gives {@code sketches} to class {@code label}. Eraser strokes have no class and are left
     * out; the command is empty (cannot execute) when nothing would change.
     */
    public CompoundCommand recolour(List<Sketch> sketches, LabelClass label) {
        if (label == null || !project().getLabels().contains(label)) {
            throw new IllegalArgumentException("Regions can only be given to a label of the project.");
        }
        CompoundCommand command = new CompoundCommand("Recolour region to " + label.getName());
        for (Sketch sketch : sketches) {
            check(sketch);
            if (kindOf(sketch) != SketchKind.ERASER && sketch.getLabel() != label) {
                command.append(SetCommand.create(session.domain(), sketch, ContourPackage.Literals.SKETCH__LABEL, label));
            }
        }
        return command;
    }

    /** Executes {@code command} on the session's stack: one undo step. */
    public void execute(Command command) {
        if (!command.canExecute()) {
            throw new IllegalStateException(command.getLabel() + " cannot be done on this project");
        }
        session.commandStack().execute(command);
    }

    private LabellingProject project() {
        return session.project();
    }

    private void check(Sketch sketch) {
        if (sketch == null || !project().getSketches().contains(sketch)) {
            throw new IllegalArgumentException("That region is not part of the project (was it deleted?).");
        }
        if (sketch.getPoints() == null) {
            throw new IllegalArgumentException("That region has no points.");
        }
    }

    private static SketchKind kindOf(Sketch sketch) {
        return sketch.getKind() == null ? SketchKind.BRUSH : sketch.getKind();
    }
}
