package org.contour.core.session;

import java.util.Arrays;

import org.contour.core.data.Duplicates;
import org.contour.model.ContourPackage;
import org.contour.model.LabellingProject;
import org.contour.model.Subset;
import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.emf.common.command.Command;
import org.eclipse.emf.common.command.CompoundCommand;
import org.eclipse.emf.edit.command.SetCommand;

/**
 * Putting examples into subsets (raw, train, dev, test, excluded), one command per action. The
 * project keeps one int per example (the {@link Subset} value); until the first edit it keeps
 * none and every example is raw. Excluding never deletes a row of the user's data file.
 */
public final class SubsetEdits {

    private final ProjectSession session;

    public SubsetEdits(ProjectSession session) {
        this.session = session;
    }

    /** The subset of {@code row}. */
    public static Subset subsetOf(LabellingProject project, int row) {
        int[] subsets = project.getSubsets();
        if (subsets == null || row >= subsets.length) {
            return Subset.RAW;
        }
        Subset s = Subset.get(subsets[row]);
        return s == null ? Subset.RAW : s;
    }

    /** Moves {@code rows} to {@code subset}, as one undo step. */
    public void moveTo(int[] rows, Subset subset) {
        moveTo(rows, subset, "Move to " + subset.getLiteral().toLowerCase());
    }

    private void moveTo(int[] rows, Subset subset, String label) {
        LabellingProject project = session.project();
        int n = project.getAssignments().length;
        int[] current = project.getSubsets();
        int[] next = new int[n];
        if (current != null) {
            System.arraycopy(current, 0, next, 0, Math.min(n, current.length));
        }
        for (int r : rows) {
            next[r] = subset.getValue();
        }
        CompoundCommand command = new CompoundCommand(label);
        command.append(SetCommand.create(session.domain(), project, ContourPackage.Literals.LABELLING_PROJECT__SUBSETS,
                next));
        run(command);
    }

    /**
     * Rows that exactly repeat an earlier example (same text, or same feature values) and are not
     * excluded yet; the first copy is never among them.
     */
    public int[] findDuplicates(IProgressMonitor monitor) {
        LabellingProject project = session.project();
        return Duplicates.find(session.table(), r -> subsetOf(project, r) != Subset.EXCLUDED, monitor);
    }

    /** Moves the exact duplicates {@code rows} (from {@link #findDuplicates}) to excluded, as one step. */
    public int excludeDuplicates(int[] rows) {
        if (rows.length > 0) {
            moveTo(rows, Subset.EXCLUDED, "Exclude duplicates");
        }
        return rows.length;
    }

    /** Rows in {@code subset}, ascending. */
    public int[] rowsIn(Subset subset) {
        int[] subsets = session.project().getSubsets();
        int n = session.project().getAssignments() == null ? 0 : session.project().getAssignments().length;
        if (subsets == null) {
            return subset == Subset.RAW ? java.util.stream.IntStream.range(0, n).toArray() : new int[0];
        }
        int[] out = new int[subsets.length];
        int count = 0;
        for (int r = 0; r < subsets.length; r++) {
            if (subsets[r] == subset.getValue()) {
                out[count++] = r;
            }
        }
        return Arrays.copyOf(out, count);
    }

    private void run(Command command) {
        if (!command.canExecute()) {
            throw new IllegalStateException(command.getLabel() + " cannot be done on this project");
        }
        session.commandStack().execute(command);
    }
}
