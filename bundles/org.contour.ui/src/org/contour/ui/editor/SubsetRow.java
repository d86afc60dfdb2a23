package org.contour.ui.editor;

import java.util.EnumMap;
import java.util.Map;
import java.util.function.Consumer;

import org.contour.core.session.ProjectSession;
import org.contour.core.session.SubsetEdits;
import org.contour.model.Subset;
import org.contour.ui.canvas.EmbeddingCanvas;
import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.OperationCanceledException;
import org.eclipse.core.runtime.Status;
import org.eclipse.core.runtime.jobs.Job;
import org.eclipse.swt.SWT;
import org.eclipse.swt.layout.RowLayout;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Combo;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Label;

/**
 * The subsets row: which subsets the map shows (a hidden subset's points are neither drawn nor
 * selectable), moving the selection into a subset, and excluding exact duplicates. Each edit
 * is one command ({@link SubsetEdits}); excluding never deletes a row of the data file.
 */
final class SubsetRow {

    static final String MOVE = "Move selection";
    static final String DUPLICATES = "Exclude duplicates";

    private final Composite row;
    private final EmbeddingCanvas canvas;
    private final ProjectSession session;
    private final SubsetEdits edits;
    private final Consumer<String> status;
    private final Map<Subset, Button> layers = new EnumMap<>(Subset.class);
    private final Combo target;

    SubsetRow(Composite parent, EmbeddingCanvas canvas, ProjectSession session, Consumer<String> status) {
        this.canvas = canvas;
        this.session = session;
        this.edits = new SubsetEdits(session);
        this.status = status;
        row = new Composite(parent, SWT.NONE);
        RowLayout layout = new RowLayout(SWT.HORIZONTAL);
        layout.wrap = true;
        layout.marginTop = 0;
        layout.marginLeft = 6;
        layout.center = true;
        row.setLayout(layout);
        new Label(row, SWT.NONE).setText("Show:");
        for (Subset s : Subset.VALUES) {
            Button b = new Button(row, SWT.CHECK);
            b.setSelection(canvas.isSubsetVisible(s));
            b.setData(s);
            b.setToolTipText("Show the " + name(s) + " examples on the map (hidden ones cannot be selected)");
            b.addListener(SWT.Selection, e -> {
                canvas.setSubsetVisible(s, b.getSelection());
                status.accept((b.getSelection() ? "Showing " : "Hiding ") + "the " + name(s) + " examples");
            });
            layers.put(s, b);
        }
        new Label(row, SWT.NONE).setText("   Put selection in:");
        target = new Combo(row, SWT.READ_ONLY | SWT.DROP_DOWN);
        for (Subset s : Subset.VALUES) {
            target.add(name(s));
        }
        target.select(Subset.TRAIN_VALUE);
        Button move = new Button(row, SWT.PUSH);
        move.setText(MOVE);
        move.setToolTipText("Move the selected examples to the subset chosen on the left (undoable)");
        move.addListener(SWT.Selection, e -> moveSelection(Subset.get(target.getSelectionIndex())));
        Button duplicates = new Button(row, SWT.PUSH);
        duplicates.setText(DUPLICATES);
        duplicates.setToolTipText("Find examples identical to an earlier one (same text or same values) and move"
                + " them to 'excluded'; the first copy stays, the data file is not changed");
        duplicates.addListener(SWT.Selection, e -> excludeDuplicates());
        refresh();
    }

    static String name(Subset s) {
        return s.getLiteral().toLowerCase();
    }

    Composite control() {
        return row;
    }

    /** Counts per subset in the check boxes. */
    void refresh() {
        int[] counts = new int[Subset.VALUES.size()];
        int n = session.project().getAssignments() == null ? 0 : session.project().getAssignments().length;
        int[] subsets = session.project().getSubsets();
        if (subsets == null) {
            counts[Subset.RAW_VALUE] = n;
        } else {
            for (int s : subsets) {
                if (s >= 0 && s < counts.length) {
                    counts[s]++;
                }
            }
        }
        for (Subset s : Subset.VALUES) {
            Button b = layers.get(s);
            b.setText(name(s) + " " + counts[s.getValue()]);
        }
        row.layout(true);
    }

    /** The check box of {@code subset} (for tests). */
    Button layerButton(Subset subset) {
        return layers.get(subset);
    }

    Combo target() {
        return target;
    }

    void moveSelection(Subset subset) {
        int[] rows = canvas.selection();
        if (rows.length == 0) {
            status.accept("Select examples first, then move them to a subset.");
            return;
        }
        edits.moveTo(rows, subset);
        status.accept(rows.length + " examples moved to " + name(subset)
                + (canvas.isSubsetVisible(subset) ? "" : " (hidden on the map: tick '" + name(subset) + "' to see them)"));
    }

    private void excludeDuplicates() {
        status.accept("Looking for exact duplicates...");
        Job job = Job.create("Finding exact duplicates", (IProgressMonitor monitor) -> {
            int[] rows;
            try {
                rows = edits.findDuplicates(monitor);
            } catch (OperationCanceledException e) {
                return Status.CANCEL_STATUS;
            }
            row.getDisplay().asyncExec(() -> {
                if (row.isDisposed()) {
                    return;
                }
                if (rows.length == 0) {
                    status.accept("No exact duplicates among the examples.");
                    return;
                }
                edits.excludeDuplicates(rows);
                status.accept(rows.length + " exact duplicates moved to excluded (the first copies stay;"
                        + " Edit > Undo brings them back).");
            });
            return Status.OK_STATUS;
        });
        job.setUser(true);
        job.schedule();
    }
}
