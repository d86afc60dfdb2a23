package org.contour.ui.editor;

import java.util.BitSet;
import java.util.List;
import java.util.function.Consumer;

import org.contour.core.select.TextSearch;
import org.contour.core.session.ProjectSession;
import org.contour.ui.canvas.EmbeddingCanvas;
import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.OperationCanceledException;
import org.eclipse.core.runtime.Status;
import org.eclipse.core.runtime.jobs.Job;
import org.eclipse.swt.SWT;
import org.eclipse.swt.graphics.Color;
import org.eclipse.swt.layout.RowData;
import org.eclipse.swt.layout.RowLayout;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Text;

/**
 * Search for text datasets: a regular expression the text must contain and one it must not.
 * Matches are highlighted on the map (the other points dimmed) as one types; "Select matches"
 * makes them the selection, combined by the chosen selection mode. An invalid pattern turns its
 * field red and says what is wrong; the highlight and the selection stay as they were. Large
 * datasets are searched in a background job that the next keystroke cancels.
 */
final class SearchRow {

    static final String SELECT = "Select matches";
    /** Above this many texts the search runs in a Job rather than on the UI thread. */
    static final int BACKGROUND_ABOVE = 50_000;
    private static final int TYPING_PAUSE_MS = 200;

    private final Composite row;
    private final EmbeddingCanvas canvas;
    private final ProjectSession session;
    private final Consumer<String> status;
    private final Text include;
    private final Text exclude;
    private final Label result;
    private final Color invalid;
    private BitSet matches;
    private int generation;
    private Job running;

    SearchRow(Composite parent, EmbeddingCanvas canvas, ProjectSession session, Consumer<String> status) {
        this.canvas = canvas;
        this.session = session;
        this.status = status;
        row = new Composite(parent, SWT.NONE);
        RowLayout layout = new RowLayout(SWT.HORIZONTAL);
        layout.marginTop = 0;
        layout.marginLeft = 6;
        layout.center = true;
        row.setLayout(layout);
        invalid = new Color(255, 200, 200);
        new Label(row, SWT.NONE).setText("Find (regex):");
        include = new Text(row, SWT.BORDER | SWT.SINGLE);
        include.setLayoutData(new RowData(220, SWT.DEFAULT));
        include.setMessage("text contains...");
        include.setToolTipText("A regular expression the text must contain (case-insensitive; empty: any text)");
        new Label(row, SWT.NONE).setText("but not:");
        exclude = new Text(row, SWT.BORDER | SWT.SINGLE);
        exclude.setLayoutData(new RowData(160, SWT.DEFAULT));
        exclude.setMessage("text must not contain...");
        exclude.setToolTipText("A regular expression the text must not contain (empty: nothing is left out)");
        Button select = new Button(row, SWT.PUSH);
        select.setText(SELECT);
        select.setToolTipText("Make the matches the selection (combined by the selection mode)");
        result = new Label(row, SWT.NONE);
        result.setLayoutData(new RowData(520, SWT.DEFAULT));
        include.addListener(SWT.Modify, e -> typed());
        exclude.addListener(SWT.Modify, e -> typed());
        select.addListener(SWT.Selection, e -> selectMatches());
    }

    Composite control() {
        return row;
    }

    Text includeField() {
        return include;
    }

    Text excludeField() {
        return exclude;
    }

    /** What the row says: the number of matches or what is wrong with a pattern. */
    String resultText() {
        return result.getText();
    }

    BitSet matches() {
        return matches == null ? null : (BitSet) matches.clone();
    }

    private void typed() {
        int token = ++generation;
        row.getDisplay().timerExec(TYPING_PAUSE_MS, () -> {
            if (token == generation && !row.isDisposed()) {
                search(token);
            }
        });
    }

    private void search(int token) {
        TextSearch search;
        try {
            TextSearch.of(include.getText(), "");
            include.setBackground(null);
        } catch (IllegalArgumentException e) {
            include.setBackground(invalid);
        }
        try {
            TextSearch.of("", exclude.getText());
            exclude.setBackground(null);
        } catch (IllegalArgumentException e) {
            exclude.setBackground(invalid);
        }
        try {
            search = TextSearch.of(include.getText(), exclude.getText());
        } catch (IllegalArgumentException e) {
            result.setText(e.getMessage());
            result.setForeground(row.getDisplay().getSystemColor(SWT.COLOR_DARK_RED));
            status.accept(e.getMessage() + " The highlight and the selection are unchanged.");
            return;
        }
        result.setForeground(null);
        if (running != null) {
            running.cancel();
            running = null;
        }
        if (search.isEmpty()) {
            apply(token, null);
            return;
        }
        List<String> texts = session.table().texts();
        if (texts.size() <= BACKGROUND_ABOVE) {
            apply(token, search.matches(texts, null));
            return;
        }
        result.setText("Searching " + texts.size() + " texts...");
        Job job = Job.create("Searching texts", (IProgressMonitor monitor) -> {
            BitSet found;
            try {
                found = search.matches(texts, monitor);
            } catch (OperationCanceledException e) {
                return Status.CANCEL_STATUS;
            }
            row.getDisplay().asyncExec(() -> apply(token, found));
            return Status.OK_STATUS;
        });
        running = job;
        job.schedule();
    }

    private void apply(int token, BitSet found) {
        if (token != generation || row.isDisposed()) {
            return; // a newer search is on its way
        }
        matches = found;
        canvas.setHighlight(found);
        if (found == null) {
            result.setText("");
        } else {
            result.setText(found.cardinality() + " of " + session.table().rowCount() + " texts match");
        }
        row.layout(true);
    }

    private void selectMatches() {
        if (matches == null) {
            status.accept("Type a pattern first: the matches of the search become the selection.");
            return;
        }
        canvas.select(matches, canvas.selectionMode(), "Search matches");
    }

    void dispose() {
        if (running != null) {
            running.cancel();
        }
    }
}
