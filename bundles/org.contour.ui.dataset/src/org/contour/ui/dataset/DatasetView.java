package org.contour.ui.dataset;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.BitSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.IntPredicate;

import org.contour.api.data.DataTable;
import org.contour.core.data.RowOrder;
import org.contour.core.session.LabelPalette;
import org.contour.core.session.PopulationCounts;
import org.contour.core.session.ProjectSession;
import org.contour.core.session.SubsetEdits;
import org.contour.model.DatasetKind;
import org.contour.model.LabelClass;
import org.contour.model.Predictions;
import org.contour.model.TaughtModel;
import org.contour.model.Subset;
import org.contour.ui.common.ActiveSessionTracker;
import org.contour.ui.common.RowSelection;
import org.contour.ui.common.RowSelectionProvider;
import org.contour.ui.common.UndoRedoHandlers;
import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.Status;
import org.eclipse.core.runtime.jobs.Job;
import org.eclipse.jface.action.Action;
import org.eclipse.jface.viewers.ISelection;
import org.eclipse.swt.SWT;
import org.eclipse.swt.custom.SashForm;
import org.eclipse.swt.graphics.Color;
import org.eclipse.swt.graphics.GC;
import org.eclipse.swt.graphics.Image;
import org.eclipse.swt.layout.FillLayout;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.layout.GridLayout;
import org.eclipse.swt.layout.RowLayout;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Combo;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Table;
import org.eclipse.swt.widgets.TableColumn;
import org.eclipse.swt.widgets.TableItem;
import org.eclipse.ui.ISelectionListener;
import org.eclipse.ui.IWorkbenchPart;
import org.eclipse.ui.actions.ActionFactory;
import org.eclipse.ui.part.ViewPart;

/**
 * The examples of the active project: a table of id, current label, subset, the file's label,
 * the applied model's prediction and its confidence (sorting by confidence puts the examples
 * the model is least sure of first: the ones to label next) and a preview of the content, that sorts by any column, filters by label, subset or the map's
 * selection, and shares its selection with the map both ways. Beside it, how many examples each
 * label has, per subset (hover's population table).
 *
 * <p>The table only ever holds one page of items ({@link PagedTable}), so a million rows open,
 * scroll, filter and select at once. Sorting and filtering work on an int permutation of the
 * rows (core's {@link RowOrder}); above {@link #BACKGROUND_ABOVE} rows they run in a Job.
 */
public final class DatasetView extends ViewPart {

    public static final String ID = "org.contour.ui.dataset.view";
    /** Column titles, in order. */
    public static final String[] COLUMNS = {"#", "id", "label", "label in file", "subset", "predicted", "confidence",
        "content"};
    public static final String[] COUNT_COLUMNS = {"label", "all", "raw", "train", "dev", "test", "excluded"};
    static final int BACKGROUND_ABOVE = 200_000;
    private static final int PREVIEW_CHARS = 160;
    private static final int ALL = -2;
    private static final int NONE = -1;

    private PagedTable examples;
    private Table counts;
    private Combo labelFilter;
    private Combo subsetFilter;
    private Button onlySelected;
    private Label info;
    private ProjectSession session;
    private ActiveSessionTracker tracker;
    private BitSet mapRows = new BitSet();
    private int sortColumn;
    private boolean ascending = true;
    private int generation;
    private Job ordering;
    private final Map<Integer, Image> swatches = new HashMap<>();
    private Predictions shownPredictions;
    private final RowSelectionProvider provider = new RowSelectionProvider();
    private final ProjectSession.Listener refresher = s -> {
        if (examples != null && !examples.table().isDisposed()) {
            examples.table().getDisplay().asyncExec(this::modelChanged);
        }
    };
    private final ISelectionListener mapSelection = this::mapSelectionChanged;
    private TaughtModel predictedModel;
    private int predictedModelEdits;

    @Override
    public void createPartControl(Composite parent) {
        parent.setLayout(new FillLayout());
        SashForm sash = new SashForm(parent, SWT.HORIZONTAL);
        Composite left = new Composite(sash, SWT.NONE);
        GridLayout leftLayout = new GridLayout(1, false);
        leftLayout.marginWidth = 0;
        leftLayout.marginHeight = 0;
        leftLayout.verticalSpacing = 2;
        left.setLayout(leftLayout);

        Composite filters = new Composite(left, SWT.NONE);
        filters.setLayoutData(new GridData(SWT.FILL, SWT.TOP, true, false));
        RowLayout filterLayout = new RowLayout(SWT.HORIZONTAL);
        filterLayout.center = true;
        filterLayout.marginTop = 2;
        filterLayout.marginBottom = 0;
        filters.setLayout(filterLayout);
        new Label(filters, SWT.NONE).setText("Label:");
        labelFilter = new Combo(filters, SWT.READ_ONLY | SWT.DROP_DOWN);
        new Label(filters, SWT.NONE).setText("Subset:");
        subsetFilter = new Combo(filters, SWT.READ_ONLY | SWT.DROP_DOWN);
        subsetFilter.add("all");
        for (Subset s : Subset.VALUES) {
            subsetFilter.add(s.getLiteral().toLowerCase());
        }
        subsetFilter.select(0);
        onlySelected = new Button(filters, SWT.CHECK);
        onlySelected.setText("only selected");
        onlySelected.setToolTipText("Show only the examples selected on the map");
        new Label(filters, SWT.NONE).setText("   ");
        info = new Label(filters, SWT.NONE);
        info.setText("                                                  ");

        examples = new PagedTable(left, this::fill);
        examples.control().setLayoutData(new GridData(SWT.FILL, SWT.FILL, true, true));
        int[] widths = {60, 110, 110, 100, 70, 100, 80, 600};
        for (int c = 0; c < COLUMNS.length; c++) {
            TableColumn column = new TableColumn(examples.table(), SWT.LEFT);
            column.setText(COLUMNS[c]);
            column.setWidth(widths[c]);
            int index = c;
            column.addListener(SWT.Selection, e -> sortBy(index));
        }
        examples.addSelectionListener(rows -> {
            if (session != null) {
                provider.publish(new RowSelection(session, rows));
            }
        });

        counts = new Table(sash, SWT.BORDER | SWT.FULL_SELECTION | SWT.SINGLE);
        counts.setHeaderVisible(true);
        counts.setLinesVisible(true);
        for (int c = 0; c < COUNT_COLUMNS.length; c++) {
            TableColumn column = new TableColumn(counts, c == 0 ? SWT.LEFT : SWT.RIGHT);
            column.setText(COUNT_COLUMNS[c]);
            column.setWidth(c == 0 ? 110 : 58);
        }
        counts.setToolTipText("Examples per label and subset; double-click a label to list its examples");
        counts.addListener(SWT.DefaultSelection, e -> {
            int index = counts.getSelectionIndex();
            if (session != null && index >= 0 && index <= session.project().getLabels().size()) {
                labelFilter.select(index + 1);
                recompute();
            }
        });
        sash.setWeights(72, 28);

        labelFilter.addListener(SWT.Selection, e -> recompute());
        subsetFilter.addListener(SWT.Selection, e -> recompute());
        onlySelected.addListener(SWT.Selection, e -> recompute());
        getSite().setSelectionProvider(provider);
        tracker = new ActiveSessionTracker(getSite().getPage(), this::show);
        UndoRedoHandlers.install(getViewSite().getActionBars(), () -> session);
        // Ctrl+A is the workbench's Select All: it selects every row shown, as a bit set
        getViewSite().getActionBars().setGlobalActionHandler(ActionFactory.SELECT_ALL.getId(), new Action("Select All") {
            @Override
            public void run() {
                examples.selectAll();
            }
        });
        getViewSite().getActionBars().updateActionBars();
        getSite().getPage().addPostSelectionListener(mapSelection);
    }

    /** Shows the rows of {@code newSession} ({@code null}: nothing open). */
    public void show(ProjectSession newSession) {
        if (session != null) {
            session.removeListener(refresher);
        }
        session = newSession;
        // before anything below repaints the table: its rows, order and selection belong to the
        // project shown until now (10,000 selected rows of another map once indexed past a
        // 7-row project's labels and showed the old project's rows under the new one)
        examples.setRows(null, 0);
        examples.setSelection(new BitSet());
        shownPredictions = session == null ? null : session.project().getPredictions();
        rememberPredictedModel();
        markStalePredictions();
        mapRows = new BitSet();
        sortColumn = 0;
        ascending = true;
        examples.table().setSortColumn(null);
        if (session != null) {
            session.addListener(refresher);
            setContentDescription(session.table().rowCount() + " examples from " + session.table().name());
        } else {
            setContentDescription("Open a dataset (File > Open Dataset) to see its examples.");
        }
        examples.setSelection(new BitSet());
        examples.setTop(0);
        fillLabelFilter();
        labelFilter.select(0);
        subsetFilter.select(0);
        onlySelected.setSelection(false);
        refreshCounts();
        recompute();
    }

    private void fillLabelFilter() {
        int chosen = labelFilter.getSelectionIndex();
        labelFilter.removeAll();
        labelFilter.add("all");
        if (session != null) {
            for (LabelClass l : session.project().getLabels()) {
                labelFilter.add(l.getName());
            }
        }
        labelFilter.add("no label");
        labelFilter.select(Math.max(0, Math.min(chosen, labelFilter.getItemCount() - 1)));
        labelFilter.getParent().layout(true);
    }

    private void modelChanged() {
        if (examples.table().isDisposed() || session == null) {
            return;
        }
        List<String> shown = new ArrayList<>(Arrays.asList(labelFilter.getItems()));
        List<String> names = new ArrayList<>();
        names.add("all");
        session.project().getLabels().forEach(l -> names.add(l.getName()));
        names.add("no label");
        if (!shown.equals(names)) {
            fillLabelFilter(); // a label was added, renamed or deleted
        }
        refreshCounts();
        if (dependsOnModel()) {
            recompute();
        } else {
            examples.refresh();
        }
    }

    private boolean dependsOnModel() {
        String column = COLUMNS[sortColumn];
        boolean predictionsChanged = session.project().getPredictions() != shownPredictions;
        shownPredictions = session.project().getPredictions();
        if (predictionsChanged) {
            rememberPredictedModel();
        }
        markStalePredictions();
        return labelFilter.getSelectionIndex() > 0 || subsetFilter.getSelectionIndex() > 0
                || column.equals("label") || column.equals("subset")
                || (predictionsChanged && (column.equals("predicted") || column.equals("confidence")));
    }

    /** What the model was when the shown predictions were made: its identity and how often it was edited. */
    private void rememberPredictedModel() {
        TaughtModel model = session == null ? null : session.project().getModel();
        predictedModel = model;
        predictedModelEdits = model == null ? 0 : model.getEditHistory().size();
    }

    /**
     * The predicted and confidence columns belong to the model that was applied; once the model
     * is retrained or edited their headers say so (the map shows the live predictions; these
     * columns once looked current while they were not).
     */
    private void markStalePredictions() {
        TaughtModel model = session == null ? null : session.project().getModel();
        boolean stale = shownPredictions != null && (model != predictedModel
                || model != null && model.getEditHistory().size() != predictedModelEdits);
        String predicted = stale ? STALE_PREDICTED : "predicted";
        TableColumn column = examples.table().getColumn(Arrays.asList(COLUMNS).indexOf("predicted"));
        if (!column.getText().equals(predicted)) {
            column.setText(predicted);
            column.setToolTipText(stale ? "Predicted by the model as it was applied; the model has changed since:"
                    + " apply it again (Model > Apply to All Examples)" : "Predicted by the applied model");
        }
    }

    /** The header of the predicted column once the model changed after it was applied. */
    public static final String STALE_PREDICTED = "predicted (earlier model)";

    // ---------------------------------------------------------------- filtering and sorting

    private void sortBy(int column) {
        if (column == sortColumn) {
            ascending = !ascending;
        } else {
            sortColumn = column;
            ascending = true;
        }
        examples.table().setSortColumn(examples.table().getColumn(column));
        examples.table().setSortDirection(ascending ? SWT.UP : SWT.DOWN);
        recompute();
    }

    /** What the table shows: a snapshot taken on the UI thread, computed anywhere. */
    private record Query(int rows, int label, int subset, BitSet only, int sortColumn, boolean ascending,
            int[] assignments, int[] subsets, DataTable data, List<String> labelNames, int[] predicted,
            double[] confidence, List<String> predictedNames) {

        boolean identity() {
            return label == ALL && subset < 0 && only == null && sortColumn == 0 && ascending;
        }

        int[] compute(IProgressMonitor monitor) {
            IntPredicate keep = null;
            if (label != ALL || subset >= 0 || only != null) {
                keep = r -> {
                    if (only != null && !only.get(r)) {
                        return false;
                    }
                    if (label != ALL) {
                        int a = assignments == null || r >= assignments.length ? -1 : assignments[r];
                        if ((label == NONE) ? a >= 0 : a != label) {
                            return false;
                        }
                    }
                    return subset < 0 || subsetOf(r) == subset;
                };
            }
            int[] rows = RowOrder.filter(this.rows, keep);
            int[] key = smallKey();
            if (key != null) {
                // labels and subsets are small numbers: a counting sort, linear even for a million rows
                int keys = Arrays.stream(key).max().orElse(0) + 1;
                RowOrder.sortByKey(rows, key, keys);
                if (!ascending) {
                    reverseKeepingTies(rows, key);
                }
                return rows;
            }
            RowOrder.RowComparator order = comparator();
            if (order != null) {
                RowOrder.sort(rows, ascending ? order : (a, b) -> order.compare(b, a));
            } else if (!ascending) {
                for (int i = 0, j = rows.length - 1; i < j; i++, j--) {
                    int t = rows[i];
                    rows[i] = rows[j];
                    rows[j] = t;
                }
            }
            return rows;
        }

        /** For the label and subset columns: a rank per row (labels in natural order of their names, unlabelled last). */
        private int[] smallKey() {
            String column = COLUMNS[sortColumn];
            if (column.equals("label") && assignments != null) {
                Integer[] order = new Integer[labelNames.size()];
                for (int i = 0; i < order.length; i++) {
                    order[i] = i;
                }
                Arrays.sort(order, (a, b) -> natural(labelNames.get(a), labelNames.get(b)));
                int[] rankOf = new int[order.length];
                for (int i = 0; i < order.length; i++) {
                    rankOf[order[i]] = i;
                }
                int[] key = new int[this.rows];
                for (int r = 0; r < key.length; r++) {
                    int a = r < assignments.length ? assignments[r] : -1;
                    key[r] = a >= 0 && a < rankOf.length ? rankOf[a] : rankOf.length;
                }
                return key;
            }
            if (column.equals("subset")) {
                int[] key = new int[this.rows];
                for (int r = 0; r < key.length; r++) {
                    key[r] = Math.max(0, subsetOf(r));
                }
                return key;
            }
            return null;
        }

        /** Descending by key, rows of one key still ascending (as the comparator sort does). */
        private static void reverseKeepingTies(int[] rows, int[] key) {
            int[] out = new int[rows.length];
            int end = rows.length;
            int k = 0;
            while (end > 0) {
                int begin = end - 1;
                while (begin > 0 && key[rows[begin - 1]] == key[rows[end - 1]]) {
                    begin--;
                }
                System.arraycopy(rows, begin, out, k, end - begin);
                k += end - begin;
                end = begin;
            }
            System.arraycopy(out, 0, rows, 0, rows.length);
        }

        private int subsetOf(int r) {
            return subsets == null || r >= subsets.length ? Subset.RAW_VALUE : subsets[r];
        }

        private RowOrder.RowComparator comparator() {
            switch (COLUMNS[sortColumn]) {
                case "id":
                    return (a, b) -> natural(data.ids().get(a), data.ids().get(b));
                case "label":
                    // by label name, unlabelled last
                    return (a, b) -> {
                        int la = assignments[a];
                        int lb = assignments[b];
                        if (la < 0 || lb < 0) {
                            return Boolean.compare(la < 0, lb < 0);
                        }
                        return natural(labelNames.get(la), labelNames.get(lb));
                    };
                case "label in file":
                    return (a, b) -> natural(String.valueOf(data.labels().get(a)), String.valueOf(data.labels().get(b)));
                case "subset":
                    return (a, b) -> Integer.compare(subsetOf(a), subsetOf(b));
                case "predicted":
                    // by the predicted class's name, examples without a prediction last
                    return predicted == null ? null : (a, b) -> {
                        int pa = a < predicted.length ? predicted[a] : -1;
                        int pb = b < predicted.length ? predicted[b] : -1;
                        if (pa < 0 || pb < 0) {
                            return Boolean.compare(pa < 0, pb < 0);
                        }
                        return natural(predictedNames.get(pa), predictedNames.get(pb));
                    };
                case "confidence":
                    // ascending: the least confident first (what to label next); no prediction last
                    return predicted == null ? null : (a, b) -> {
                        boolean na = a >= predicted.length || predicted[a] < 0;
                        boolean nb = b >= predicted.length || predicted[b] < 0;
                        if (na || nb) {
                            return Boolean.compare(na, nb);
                        }
                        return Double.compare(confidence[a], confidence[b]);
                    };
                case "content":
                    if (data.hasText()) {
                        return (a, b) -> data.texts().get(a).compareTo(data.texts().get(b));
                    }
                    if (data.numeric() != null && data.kind() != DatasetKind.IMAGE) {
                        return (a, b) -> Double.compare(data.numeric()[a][0], data.numeric()[b][0]);
                    }
                    return null;
                default:
                    return null; // "#": row order
            }
        }

        /** Numbers by value ("2" before "10"), otherwise alphabetically. */
        private static int natural(String a, String b) {
            boolean na = isNumber(a);
            boolean nb = isNumber(b);
            if (na && nb) {
                return Double.compare(Double.parseDouble(a), Double.parseDouble(b));
            }
            return a.compareTo(b);
        }

        private static boolean isNumber(String s) {
            if (s.isEmpty() || s.length() > 15) {
                return false;
            }
            for (int i = 0; i < s.length(); i++) {
                char c = s.charAt(i);
                if ((c < '0' || c > '9') && !(i == 0 && c == '-') && c != '.') {
                    return false;
                }
            }
            return true;
        }
    }

    private Query query() {
        int n = session.table().rowCount();
        int labelIndex = labelFilter.getSelectionIndex();
        int labels = session.project().getLabels().size();
        int label = labelIndex <= 0 ? ALL : labelIndex == labels + 1 ? NONE : labelIndex - 1;
        int subset = subsetFilter.getSelectionIndex() - 1;
        List<String> names = new ArrayList<>();
        session.project().getLabels().forEach(l -> names.add(l.getName()));
        Predictions p = session.project().getPredictions();
        boolean fits = p != null && p.getPredicted() != null && p.getPredicted().length == n;
        return new Query(n, label, subset, onlySelected.getSelection() ? (BitSet) mapRows.clone() : null, sortColumn,
                ascending, session.project().getAssignments(), session.project().getSubsets(), session.table(), names,
                fits ? p.getPredicted() : null, fits ? p.getConfidence() : null,
                fits ? List.copyOf(p.getClassNames()) : List.of());
    }

    /** Filters and sorts again; on the UI thread for small tables, in a Job for large ones. */
    private void recompute() {
        if (examples.table().isDisposed()) {
            return;
        }
        int token = ++generation;
        if (ordering != null) {
            ordering.cancel();
            ordering = null;
        }
        if (session == null) {
            examples.setRows(null, 0);
            info.setText("");
            return;
        }
        Query q = query();
        if (q.identity()) {
            apply(token, null, q.rows());
            return;
        }
        if (q.rows() <= BACKGROUND_ABOVE) {
            apply(token, q.compute(null), q.rows());
            return;
        }
        info.setText("sorting " + q.rows() + " rows...");
        Job job = Job.create("Sorting and filtering examples", (IProgressMonitor monitor) -> {
            int[] rows = q.compute(monitor);
            examples.table().getDisplay().asyncExec(() -> apply(token, rows, q.rows()));
            return Status.OK_STATUS;
        });
        ordering = job;
        job.setSystem(true);
        job.schedule();
    }

    private void apply(int token, int[] rows, int all) {
        if (token != generation || examples.table().isDisposed()) {
            return;
        }
        examples.setRows(rows, all);
        info.setText(rows == null ? all + " rows" : rows.length + " of " + all + " rows");
        info.getParent().layout(true);
    }

    // ---------------------------------------------------------------- cells

    private void fill(TableItem item, int row) {
        if (session == null) {
            return; // a paint that was queued before the project closed
        }
        item.setText(cells(row));
        LabelClass label = session.labelOf(row);
        item.setImage(2, swatch(label == null ? LabelPalette.UNLABELLED : label.getColor()));
    }

    private String[] cells(int row) {
        DataTable data = session.table();
        LabelClass label = session.labelOf(row);
        String fileLabel = data.labels().get(row);
        Predictions p = session.project().getPredictions();
        boolean predicted = p != null && p.getPredicted() != null && row < p.getPredicted().length
                && p.getPredicted()[row] >= 0 && p.getPredicted()[row] < p.getClassNames().size();
        return new String[] {
            Integer.toString(row),
            data.ids().get(row),
            label == null ? "" : label.getName(),
            fileLabel == null ? "" : fileLabel,
            SubsetEdits.subsetOf(session.project(), row).getLiteral().toLowerCase(),
            predicted ? p.getClassNames().get(p.getPredicted()[row]) : "",
            predicted ? String.format("%.3f", p.getConfidence()[row]) : "",
            preview(data, row)};
    }

    private static String preview(DataTable data, int row) {
        if (data.hasText()) {
            String text = data.texts().get(row).replaceAll("\\s+", " ").strip();
            return text.length() > PREVIEW_CHARS ? text.substring(0, PREVIEW_CHARS) + "..." : text;
        }
        if (data.kind() == DatasetKind.IMAGE && data.imageWidth() > 0) {
            int h = data.numeric()[row].length / data.imageWidth();
            return data.imageWidth() + "x" + h + " image";
        }
        List<String> names = data.columnNames();
        StringBuilder sb = new StringBuilder();
        double[] values = data.hasNumeric() ? data.numeric()[row] : new double[0];
        for (int c = 0; c < values.length && sb.length() < PREVIEW_CHARS; c++) {
            // a missing value (NaN) shows as NA, as the file may have written it
            String value = Double.isNaN(values[c]) ? "NA" : String.format("%.3g", values[c]);
            sb.append(names.get(c)).append('=').append(value).append("  ");
        }
        if (data.hasNominal()) {
            String[] categories = data.nominal()[row];
            for (int c = 0; c < categories.length && sb.length() < PREVIEW_CHARS; c++) {
                String value = categories[c] == null ? "NA" : categories[c];
                sb.append(data.nominalColumnNames().get(c)).append('=').append(value).append("  ");
            }
        }
        return sb.toString();
    }

    private Image swatch(int rgb) {
        return swatches.computeIfAbsent(rgb, c -> {
            Image image = new Image(examples.table().getDisplay(), 10, 10);
            GC gc = new GC(image);
            gc.setBackground(new Color((c >> 16) & 0xFF, (c >> 8) & 0xFF, c & 0xFF));
            gc.fillRectangle(0, 0, 10, 10);
            gc.dispose();
            return image;
        });
    }

    private void refreshCounts() {
        counts.removeAll();
        if (session == null) {
            return;
        }
        PopulationCounts population = PopulationCounts.of(session.project());
        List<LabelClass> labels = session.project().getLabels();
        int[] totals = new int[COUNT_COLUMNS.length];
        for (int l = 0; l < population.rows(); l++) {
            TableItem item = new TableItem(counts, SWT.NONE);
            String[] text = new String[COUNT_COLUMNS.length];
            text[0] = l < labels.size() ? labels.get(l).getName() : "no label";
            text[1] = Integer.toString(population.total(l));
            totals[1] += population.total(l);
            for (Subset s : Subset.VALUES) {
                int c = population.count(l, s);
                text[2 + s.getValue()] = Integer.toString(c);
                totals[2 + s.getValue()] += c;
            }
            item.setText(text);
            item.setImage(0, swatch(l < labels.size() ? labels.get(l).getColor() : LabelPalette.UNLABELLED));
        }
        TableItem total = new TableItem(counts, SWT.NONE);
        String[] text = new String[COUNT_COLUMNS.length];
        text[0] = "total";
        for (int c = 1; c < text.length; c++) {
            text[c] = Integer.toString(totals[c]);
        }
        total.setText(text);
    }

    // ---------------------------------------------------------------- linked selection

    /** The map selected rows: select them here too, and scroll to them if none is on the page. */
    private void mapSelectionChanged(IWorkbenchPart part, ISelection selection) {
        if (part == this || session == null || !(selection instanceof RowSelection rows)
                || rows.session() != session) {
            return;
        }
        BitSet bits = rows.rows();
        if (bits.equals(examples.selection()) && bits.equals(mapRows)) {
            return;
        }
        mapRows = bits;
        examples.setSelection(bits);
        if (onlySelected.getSelection()) {
            recompute();
        }
    }

    // ---------------------------------------------------------------- for tests and other views

    /** The table of examples (its widget shows one page: see {@link PagedTable}). */
    public PagedTable examples() {
        return examples;
    }

    /** The widget of the visible page. */
    public Table table() {
        return examples.table();
    }

    /** Rows shown after filtering. */
    public int rowCount() {
        return examples.rowCount();
    }

    public int selectionCount() {
        return examples.selectionCount();
    }

    public BitSet selectedRows() {
        return examples.selection();
    }

    /** What column {@code column} (one of {@link #COLUMNS}) says for {@code row}. */
    public String cellText(int row, String column) {
        return cells(row)[java.util.Arrays.asList(COLUMNS).indexOf(column)];
    }

    public Table countsTable() {
        return counts;
    }

    public Combo labelFilter() {
        return labelFilter;
    }

    public Combo subsetFilter() {
        return subsetFilter;
    }

    public Button onlySelectedButton() {
        return onlySelected;
    }

    @Override
    public <T> T getAdapter(Class<T> adapter) {
        if (adapter == ProjectSession.class && session != null) {
            return adapter.cast(session);
        }
        return super.getAdapter(adapter);
    }

    @Override
    public void setFocus() {
        examples.table().setFocus();
    }

    @Override
    public void dispose() {
        getSite().getPage().removePostSelectionListener(mapSelection);
        tracker.dispose();
        if (session != null) {
            session.removeListener(refresher);
        }
        if (ordering != null) {
            ordering.cancel();
        }
        swatches.values().forEach(Image::dispose);
        super.dispose();
    }
}
