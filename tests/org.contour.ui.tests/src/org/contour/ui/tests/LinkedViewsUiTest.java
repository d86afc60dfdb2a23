package org.contour.ui.tests;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.BitSet;

import org.contour.core.session.PopulationCounts;
import org.contour.core.session.ProjectSession;
import org.contour.model.Subset;
import org.contour.ui.ContourPerspective;
import org.contour.ui.canvas.EmbeddingCanvas;
import org.contour.ui.dataset.DatasetView;
import org.contour.ui.dataset.PagedTable;
import org.contour.ui.editor.ContourEditor;
import org.eclipse.swt.SWT;
import org.eclipse.swt.graphics.Point;
import org.eclipse.swt.graphics.Rectangle;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Table;
import org.eclipse.swt.widgets.TableItem;
import org.eclipse.ui.IWorkbenchPage;
import org.eclipse.ui.PlatformUI;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The map and the examples view share one selection, both ways; the examples view sorts by a
 * column (header click), filters by label and subset (its combos), scrolls with the wheel and
 * shows the label counts per subset. All on the real digits data, through real widgets.
 */
class LinkedViewsUiTest {

    private IWorkbenchPage page;
    private ContourEditor editor;
    private EmbeddingCanvas canvas;
    private ProjectSession session;
    private Control map;
    private DatasetView view;

    @BeforeEach
    void openDigits() {
        page = PlatformUI.getWorkbench().getActiveWorkbenchWindow().getActivePage();
        editor = UiTestSupport.openSample(page, "digits", 60_000);
        canvas = editor.canvas();
        session = editor.session();
        map = canvas.getControl();
        view = (DatasetView) page.findView(ContourPerspective.DATASET_VIEW);
    }

    @AfterEach
    void close() {
        page.closeAllEditors(false);
    }

    @Test
    void selectingOnTheMapSelectsInTheTableAndBack() {
        Point c = new Point(map.getSize().x / 2, map.getSize().y / 2);
        UiTestSupport.drag(map, CanvasToolsUiTest.circle(c, 60), 0);
        BitSet onMap = canvas.selectionBits();
        assertTrue(onMap.cardinality() > 20);
        UiTestSupport.settle(300);
        assertEquals(onMap, view.selectedRows(), "the table follows the map");
        Table table = view.table();
        assertTrue(table.getSelectionCount() > 0, "the page shows selected rows");
        int firstShown = view.examples().rowAt(view.examples().top() + table.getSelectionIndices()[0]);
        assertTrue(onMap.get(firstShown));

        // and back: a click on a row selects it on the map, Shift+click a range
        PagedTable rows = view.examples();
        rows.setTop(100);
        UiTestSupport.settle(200);
        assertTrue(table.getItemCount() >= 3, "a page of at least 3 rows: " + table.getItemCount());
        clickItem(table, 0, 0);
        int first = rows.rowAt(rows.top());
        assertArrayEquals(new int[] {first}, canvas.selection(), "a click in the table selects on the map");
        clickItem(table, 2, SWT.SHIFT);
        int last = rows.rowAt(rows.top() + 2);
        assertEquals(3, canvas.selectionCount(), "Shift+click selects the range");
        assertTrue(canvas.selectionBits().get(first) && canvas.selectionBits().get(last));
        // Ctrl+A selects every example shown, without creating an item per row
        UiTestSupport.key(table, "ctrl+a");
        assertEquals(1797, canvas.selectionCount());
        assertEquals(table.getItemCount(), table.getSelectionCount(), "the page shows them selected");
        assertTrue(table.getItemCount() < 60, "the table holds one page of items: " + table.getItemCount());
    }

    @Test
    void theTableSortsFiltersScrollsAndCounts() {
        PagedTable rows = view.examples();
        Table table = view.table();
        assertEquals(1797, view.rowCount());
        // sort by label (header click), then the other way round
        UiTestSupport.clickHeader(table, 2);
        UiTestSupport.waitUntil("sorted by label", 5_000, () -> "0".equals(view.cellText(rows.rowAt(0), "label")));
        assertEquals("9", view.cellText(rows.rowAt(1796), "label"));
        for (int p = 1; p < 1797; p++) {
            assertTrue(label(rows.rowAt(p - 1)) <= label(rows.rowAt(p)), "ascending at " + p);
        }
        UiTestSupport.settle(700); // not a double-click
        UiTestSupport.clickHeader(table, 2);
        UiTestSupport.waitUntil("sorted the other way", 5_000, () -> "9".equals(view.cellText(rows.rowAt(0), "label")));
        assertEquals("9", table.getItem(0).getText(2), "the page shows the new order");

        // the wheel scrolls
        int top = rows.top();
        Point inside = new Point(table.getSize().x / 2, table.getSize().y / 2);
        UiTestSupport.wheel(table, inside, 2);
        UiTestSupport.waitUntil("the wheel to scroll", 5_000, () -> rows.top() > top);

        // filter by label "3" (its combo, with the mouse wheel), then by subset
        UiTestSupport.chooseInCombo(view.labelFilter(), 4);
        assertEquals("3", view.labelFilter().getText());
        UiTestSupport.waitUntil("only the 3s", 5_000, () -> view.rowCount() == 183);
        for (int p = 0; p < 183; p++) {
            assertEquals("3", view.cellText(rows.rowAt(p), "label"));
        }
        UiTestSupport.chooseInCombo(view.subsetFilter(), 1 + Subset.TEST_VALUE);
        UiTestSupport.waitUntil("no test examples yet", 5_000, () -> view.rowCount() == 0);
        UiTestSupport.chooseInCombo(view.subsetFilter(), 1 + Subset.RAW_VALUE);
        UiTestSupport.waitUntil("the raw 3s", 5_000, () -> view.rowCount() == 183);

        // the population table: per label, all and per subset
        PopulationCounts counts = PopulationCounts.of(session.project());
        Table population = view.countsTable();
        assertEquals(session.project().getLabels().size() + 2, population.getItemCount(), "labels, no label, total");
        TableItem three = population.getItem(3);
        assertEquals("3", three.getText(0));
        assertEquals(Integer.toString(counts.total(3)), three.getText(1));
        assertEquals("183", three.getText(2 + Subset.RAW_VALUE));
        assertEquals("0", three.getText(2 + Subset.TRAIN_VALUE));
        assertEquals("1797", population.getItem(population.getItemCount() - 1).getText(1));
    }

    @Test
    void filteringWhileScrolledToTheEndKeepsThePageFull() {
        PagedTable rows = view.examples();
        rows.setTop(1797);
        UiTestSupport.settle(200);
        assertEquals(1797 - rows.pageSize(), rows.top(), "scrolled to the last page");
        UiTestSupport.chooseInCombo(view.labelFilter(), 4); // only the 183 threes
        UiTestSupport.waitUntil("only the 3s", 5_000, () -> view.rowCount() == 183);
        // it once kept the top at 182 of 183, so the table showed one row and looked empty
        assertTrue(rows.pageSize() > 1, "a page of several rows: " + rows.pageSize());
        assertTrue(rows.top() + rows.pageSize() <= 183, rows.top() + " + " + rows.pageSize());
        assertEquals(rows.pageSize(), view.table().getItemCount(), "the page is full");
        assertEquals("3", view.table().getItem(rows.pageSize() - 1).getText(2), "the last item of the page is filled");
        assertEquals("3", view.table().getItem(0).getText(2));
    }

    @Test
    void closingTheMapEmptiesTheTableWithoutAnError() {
        view.examples().setTop(1797);
        UiTestSupport.chooseInCombo(view.labelFilter(), 4);
        UiTestSupport.waitUntil("only the 3s", 5_000, () -> view.rowCount() == 183);
        List<String> errors = UiTestSupport.collectErrors(() -> {
            page.closeAllEditors(false);
            UiTestSupport.settle(500);
        });
        // closing it once painted the old rows and failed on the closed project (session null)
        assertEquals(List.of(), errors);
        assertEquals(0, view.rowCount());
    }

    @Test
    void anotherProjectWithFewerRowsReplacesTheRowsAndTheSelection() {
        // every digit selected, scrolled to the end: then a smaller project comes to the front
        BitSet all = new BitSet();
        all.set(0, 1797);
        canvas.select(all, org.contour.ui.canvas.SelectionMode.REPLACE, "all");
        UiTestSupport.waitUntil("all selected in the table", 5_000, () -> view.selectionCount() == 1797);
        view.examples().setTop(1797);
        List<String> errors = UiTestSupport.collectErrors(() -> {
            UiTestSupport.openIris(page);
        });
        // the old selection once indexed past iris's 150 labels and the table showed digits' rows
        assertEquals(List.of(), errors);
        assertEquals(150, view.rowCount());
        assertEquals(0, view.selectionCount());
        assertEquals("setosa", view.table().getItem(0).getText(2));
    }

    private int label(int row) {
        return session.project().getAssignments()[row];
    }

    private static void clickItem(Table table, int index, int modifiers) {
        Rectangle bounds = table.getItem(index).getBounds(1);
        UiTestSupport.click(table, new Point(bounds.x + bounds.width / 2, bounds.y + bounds.height / 2), modifiers);
    }
}
