package org.contour.ui.dataset;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.contour.ui.common.ActiveSessionTracker;
import org.contour.ui.common.UndoRedoHandlers;

import org.contour.api.data.DataTable;
import org.contour.core.session.LabelPalette;
import org.contour.core.session.ProjectSession;
import org.contour.model.DatasetKind;
import org.contour.model.LabelClass;
import org.eclipse.jface.viewers.ISelection;
import org.eclipse.jface.viewers.IStructuredSelection;
import org.eclipse.swt.SWT;
import org.eclipse.swt.graphics.Color;
import org.eclipse.swt.graphics.GC;
import org.eclipse.swt.graphics.Image;
import org.eclipse.swt.layout.FillLayout;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Table;
import org.eclipse.swt.widgets.TableColumn;
import org.eclipse.swt.widgets.TableItem;
import org.eclipse.ui.ISelectionListener;
import org.eclipse.ui.IWorkbenchPart;
import org.eclipse.ui.part.ViewPart;

/**
 * The examples of the active project as a table: id, current label, the file's label and a
 * preview of the content. The table is virtual (rows are filled when scrolled into view), so it
 * opens instantly however many rows there are. Follows the map's selection.
 */
public final class DatasetView extends ViewPart {

    public static final String ID = "org.contour.ui.dataset.view";
    private static final int PREVIEW_CHARS = 160;

    private Table table;
    private ProjectSession session;
    private ActiveSessionTracker tracker;
    private final Map<Integer, Image> swatches = new HashMap<>();
    private final ProjectSession.Listener refresher = s -> {
        if (table != null && !table.isDisposed()) {
            table.getDisplay().asyncExec(this::refresh);
        }
    };
    private final ISelectionListener mapSelection = this::mapSelectionChanged;

    @Override
    public void createPartControl(Composite parent) {
        parent.setLayout(new FillLayout());
        table = new Table(parent, SWT.VIRTUAL | SWT.MULTI | SWT.FULL_SELECTION | SWT.BORDER);
        table.setHeaderVisible(true);
        table.setLinesVisible(true);
        column("#", 60);
        column("id", 110);
        column("label", 110);
        column("label in file", 100);
        column("content", 600);
        table.addListener(SWT.SetData, e -> fill((TableItem) e.item, table.indexOf((TableItem) e.item)));
        tracker = new ActiveSessionTracker(getSite().getPage(), this::show);
        UndoRedoHandlers.install(getViewSite().getActionBars(), () -> session);
        getSite().getPage().addPostSelectionListener(mapSelection);
    }

    private void column(String title, int width) {
        TableColumn c = new TableColumn(table, SWT.LEFT);
        c.setText(title);
        c.setWidth(width);
    }

    /** Shows the rows of {@code newSession} ({@code null}: nothing open). */
    public void show(ProjectSession newSession) {
        if (session != null) {
            session.removeListener(refresher);
        }
        session = newSession;
        if (session != null) {
            session.addListener(refresher);
            setContentDescription(session.table().rowCount() + " examples from " + session.table().name());
        } else {
            setContentDescription("Open a dataset (File > Open Dataset) to see its examples.");
        }
        refresh();
    }

    private void refresh() {
        if (table.isDisposed()) {
            return;
        }
        table.clearAll();
        table.setItemCount(session == null ? 0 : session.table().rowCount());
    }

    private void fill(TableItem item, int row) {
        DataTable data = session.table();
        LabelClass label = session.labelOf(row);
        String fileLabel = data.labels().get(row);
        item.setText(new String[] {
            Integer.toString(row),
            data.ids().get(row),
            label == null ? "" : label.getName(),
            fileLabel == null ? "" : fileLabel,
            preview(data, row)});
        item.setImage(2, swatch(label == null ? LabelPalette.UNLABELLED : label.getColor()));
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
            Image image = new Image(table.getDisplay(), 10, 10);
            GC gc = new GC(image);
            gc.setBackground(new Color((c >> 16) & 0xFF, (c >> 8) & 0xFF, c & 0xFF));
            gc.fillRectangle(0, 0, 10, 10);
            gc.dispose();
            return image;
        });
    }

    /** The map selected rows (a selection of Integer row indices): select and reveal them. */
    private void mapSelectionChanged(IWorkbenchPart part, ISelection selection) {
        if (part == this || session == null || !(selection instanceof IStructuredSelection s)
                || part.getAdapter(ProjectSession.class) != session) {
            return;
        }
        int[] rows = s.toList().stream().filter(Integer.class::isInstance).mapToInt(o -> (Integer) o).toArray();
        table.deselectAll();
        table.select(rows);
        if (rows.length > 0) {
            table.showItem(table.getItem(rows[0]));
        }
    }

    /** The table widget, for tests and for views that decorate it. */
    public Table table() {
        return table;
    }

    @Override
    public void setFocus() {
        table.setFocus();
    }

    @Override
    public void dispose() {
        getSite().getPage().removePostSelectionListener(mapSelection);
        tracker.dispose();
        if (session != null) {
            session.removeListener(refresher);
        }
        swatches.values().forEach(Image::dispose);
        super.dispose();
    }
}
