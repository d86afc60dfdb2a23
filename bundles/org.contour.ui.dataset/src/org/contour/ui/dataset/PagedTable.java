package org.contour.ui.dataset;

import java.util.BitSet;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Consumer;

import org.contour.core.data.RowOrder;
import org.eclipse.swt.SWT;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.layout.GridLayout;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Event;
import org.eclipse.swt.widgets.Slider;
import org.eclipse.swt.widgets.Table;
import org.eclipse.swt.widgets.TableItem;

/**
 * A table over any number of rows that only ever holds one screenful of items: an SWT Table
 * with as many items as fit, refilled from the visible window of rows, plus a slider that
 * scrolls the window. The selection is a bit set of rows kept here, not in the widget.
 *
 * <p>Why not {@code SWT.VIRTUAL} with {@code setItemCount}: on GTK 3 (SWT 3.135, measured under
 * Xvfb) {@code setItemCount(1_000_000)} takes 1.9 s, shrinking it back for a filter took 38 s,
 * and selecting 1,000,000 rows with {@code select(int[])} 5.1 s: GTK's list store keeps a native
 * row per item. Here scrolling, filtering, sorting and selecting all rows cost one page of items.
 *
 * <p>Mouse: click selects a row, Ctrl+click toggles, Shift+click selects the range from the
 * last clicked row (across pages). Keys: arrows, Page Up/Down, Home/End (Shift extends),
 * Ctrl+A selects every row shown. The wheel scrolls.
 */
public final class PagedTable {

    /** Fills the item showing {@code row}. */
    @FunctionalInterface
    public interface RowFiller {
        void fill(TableItem item, int row);
    }

    private final Composite root;
    private final Table table;
    private final Slider slider;
    private final RowFiller filler;
    private final List<Consumer<BitSet>> listeners = new CopyOnWriteArrayList<>();
    /** The rows shown, in order; {@code null} means 0..count-1. */
    private int[] order;
    private int count;
    private int[] positions;
    private int top;
    private int anchor = -1;
    private int caret = -1;
    private BitSet selected = new BitSet();

    public PagedTable(Composite parent, RowFiller filler) {
        this.filler = filler;
        root = new Composite(parent, SWT.NONE);
        GridLayout layout = new GridLayout(2, false);
        layout.marginWidth = 0;
        layout.marginHeight = 0;
        layout.horizontalSpacing = 0;
        root.setLayout(layout);
        table = new Table(root, SWT.MULTI | SWT.FULL_SELECTION | SWT.BORDER);
        table.setLayoutData(new GridData(SWT.FILL, SWT.FILL, true, true));
        table.setHeaderVisible(true);
        table.setLinesVisible(true);
        slider = new Slider(root, SWT.VERTICAL);
        slider.setLayoutData(new GridData(SWT.FILL, SWT.FILL, false, true));
        slider.addListener(SWT.Selection, e -> setTop(slider.getSelection()));
        table.addListener(SWT.Resize, e -> refresh());
        table.addListener(SWT.MouseVerticalWheel, e -> {
            e.doit = false;
            setTop(top - (e.count > 0 ? 3 : -3));
        });
        table.addListener(SWT.Selection, this::clicked);
        table.addListener(SWT.KeyDown, this::key);
    }

    public Composite control() {
        return root;
    }

    /** The widget with the visible page of rows. */
    public Table table() {
        return table;
    }

    public Slider slider() {
        return slider;
    }

    /** Shows {@code rows} in this order ({@code null}: rows 0..count-1); keeps the selection. */
    public void setRows(int[] rows, int count) {
        order = rows;
        this.count = rows == null ? count : rows.length;
        positions = null;
        anchor = -1;
        caret = -1;
        refresh();
    }

    /** How many rows are shown (after filtering). */
    public int rowCount() {
        return count;
    }

    /** The row at {@code position} in the shown order. */
    public int rowAt(int position) {
        return order == null ? position : order[position];
    }

    /** Where {@code row} is in the shown order, or -1 when it is filtered out. */
    public int positionOf(int row) {
        if (order == null) {
            return row < count ? row : -1;
        }
        if (positions == null) {
            int n = 0;
            for (int r : order) {
                n = Math.max(n, r + 1);
            }
            positions = RowOrder.positions(order, n);
        }
        return row < positions.length ? positions[row] : -1;
    }

    /** Rows that fit on one page. */
    public int pageSize() {
        int itemHeight = Math.max(1, table.getItemHeight());
        int height = table.getClientArea().height - table.getHeaderHeight();
        return Math.max(1, height / itemHeight);
    }

    public int top() {
        return top;
    }

    /** Scrolls so that position {@code position} is the first one shown. */
    public void setTop(int position) {
        int max = Math.max(0, count - pageSize());
        int t = Math.max(0, Math.min(position, max));
        if (t != top) {
            top = t;
            refresh();
        }
    }

    /** Scrolls {@code position} into view if it is not. */
    public void reveal(int position) {
        if (position < top) {
            setTop(position);
        } else if (position >= top + pageSize()) {
            setTop(position - pageSize() + 1);
        }
    }

    /** Refills the page from the rows (after scrolling, resizing, or a change of the rows' content). */
    public void refresh() {
        if (table.isDisposed()) {
            return;
        }
        int page = pageSize();
        // keep the page full: after a filter left fewer rows (or the table grew), a top near the
        // old end showed a single row and the table looked empty
        top = Math.max(0, Math.min(top, count - page));
        int shown = Math.max(0, Math.min(page, count - top));
        table.setRedraw(false);
        try {
            if (table.getItemCount() != shown) {
                table.setItemCount(shown);
            }
            for (int i = 0; i < shown; i++) {
                filler.fill(table.getItem(i), rowAt(top + i));
            }
            showSelectionOnPage();
        } finally {
            table.setRedraw(true);
        }
        slider.setValues(top, 0, Math.max(count, 1), Math.max(1, Math.min(page, Math.max(count, 1))), 1,
                Math.max(1, page - 1));
        slider.setEnabled(count > page);
    }

    private void showSelectionOnPage() {
        int shown = table.getItemCount();
        int[] indices = new int[shown];
        int k = 0;
        for (int i = 0; i < shown; i++) {
            if (selected.get(rowAt(top + i))) {
                indices[k++] = i;
            }
        }
        table.deselectAll();
        if (k > 0) {
            table.select(java.util.Arrays.copyOf(indices, k));
        }
    }

    // ---------------------------------------------------------------- selection

    /** The selected rows (a copy). */
    public BitSet selection() {
        return (BitSet) selected.clone();
    }

    public int selectionCount() {
        return selected.cardinality();
    }

    /**
     * Selects {@code rows} (without telling the listeners: this is how the map's selection
     * arrives) and, if none of them is on the page, scrolls to the first one shown.
     */
    public void setSelection(BitSet rows) {
        selected = (BitSet) rows.clone();
        int first = firstSelectedPosition();
        if (first >= 0 && !anySelectedOnPage()) {
            int page = pageSize();
            top = Math.max(0, Math.min(first, count - page));
        }
        refresh();
    }

    private boolean anySelectedOnPage() {
        int end = Math.min(count, top + pageSize());
        for (int p = top; p < end; p++) {
            if (selected.get(rowAt(p))) {
                return true;
            }
        }
        return false;
    }

    private int firstSelectedPosition() {
        if (selected.isEmpty()) {
            return -1;
        }
        if (order == null) {
            int r = selected.nextSetBit(0);
            return r < count ? r : -1;
        }
        for (int p = 0; p < count; p++) {
            if (selected.get(order[p])) {
                return p;
            }
        }
        return -1;
    }

    public void addSelectionListener(Consumer<BitSet> listener) {
        listeners.add(listener);
    }

    private void changed() {
        showSelectionOnPage();
        BitSet copy = selection();
        listeners.forEach(l -> l.accept(copy));
    }

    private void clicked(Event e) {
        if (!(e.item instanceof TableItem item)) {
            return;
        }
        int position = top + table.indexOf(item);
        if (position < 0 || position >= count) {
            return;
        }
        boolean shift = (e.stateMask & SWT.SHIFT) != 0;
        boolean ctrl = (e.stateMask & SWT.MOD1) != 0;
        if (shift) {
            BitSet range = range(anchor < 0 ? position : anchor, position);
            if (ctrl) {
                selected.or(range);
            } else {
                selected = range;
            }
        } else if (ctrl) {
            selected.flip(rowAt(position));
            anchor = position;
        } else {
            selected = new BitSet();
            selected.set(rowAt(position));
            anchor = position;
        }
        caret = position;
        changed();
    }

    private BitSet range(int from, int to) {
        BitSet out = new BitSet();
        int lo = Math.min(from, to);
        int hi = Math.max(from, to);
        if (order == null) {
            out.set(lo, hi + 1);
        } else {
            for (int p = lo; p <= hi; p++) {
                out.set(order[p]);
            }
        }
        return out;
    }

    /** Selects every row shown (Ctrl+A): a bit set, however many rows. */
    public void selectAll() {
        selected = range(0, count - 1);
        if (count == 0) {
            selected = new BitSet();
        }
        changed();
    }

    private void key(Event e) {
        if (count == 0) {
            return;
        }
        boolean shift = (e.stateMask & SWT.SHIFT) != 0;
        if ((e.stateMask & SWT.MOD1) != 0 && (e.keyCode == 'a' || e.character == 1)) {
            e.doit = false;
            selectAll();
            return;
        }
        int page = pageSize();
        int from = caret < 0 ? top : caret;
        int to;
        switch (e.keyCode) {
            case SWT.ARROW_DOWN -> to = from + 1;
            case SWT.ARROW_UP -> to = from - 1;
            case SWT.PAGE_DOWN -> to = from + page - 1;
            case SWT.PAGE_UP -> to = from - page + 1;
            case SWT.HOME -> to = 0;
            case SWT.END -> to = count - 1;
            default -> {
                return;
            }
        }
        e.doit = false;
        to = Math.max(0, Math.min(count - 1, to));
        if (shift) {
            if (anchor < 0) {
                anchor = from;
            }
            selected = range(anchor, to);
        } else {
            selected = new BitSet();
            selected.set(rowAt(to));
            anchor = to;
        }
        caret = to;
        reveal(to);
        changed();
    }
}
