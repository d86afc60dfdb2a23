package org.contour.ui.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.BitSet;

import org.contour.core.session.ProjectSession;
import org.contour.core.session.SubsetEdits;
import org.contour.model.Subset;
import org.contour.ui.ProjectOpener;
import org.contour.ui.canvas.EmbeddingCanvas;
import org.contour.ui.editor.ContourEditor;
import org.eclipse.swt.graphics.ImageData;
import org.eclipse.swt.graphics.Point;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Combo;
import org.eclipse.swt.widgets.Control;
import org.eclipse.ui.IWorkbenchPage;
import org.eclipse.ui.PlatformUI;
import org.eclipse.ui.actions.ActionFactory;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Subsets in the workbench: moving the selection into a subset (one undo step), subsets as
 * layers that hide their points from drawing and from selection, and excluding exact
 * duplicates of a real file without touching the file.
 */
class SubsetsUiTest {

    private IWorkbenchPage page;
    private ContourEditor editor;
    private EmbeddingCanvas canvas;
    private ProjectSession session;
    private Control map;

    @BeforeEach
    void setUp() {
        page = PlatformUI.getWorkbench().getActiveWorkbenchWindow().getActivePage();
        page.closeAllEditors(false);
        PlatformUI.getWorkbench().getActiveWorkbenchWindow().getShell().setSize(1400, 900);
    }

    private void opened() {
        UiTestSupport.waitUntil("the map to open", 60_000, () -> page.getActiveEditor() instanceof ContourEditor);
        UiTestSupport.settle(500);
        editor = (ContourEditor) page.getActiveEditor();
        canvas = editor.canvas();
        session = editor.session();
        map = canvas.getControl();
    }

    @AfterEach
    void close() {
        page.closeAllEditors(false);
    }

    @Test
    void theSelectionGoesIntoASubsetThatCanBeHiddenAndUndone() {
        ProjectOpener.openSample("digits");
        opened();
        Point c = new Point(map.getSize().x / 2, map.getSize().y / 2);
        UiTestSupport.drag(map, CanvasToolsUiTest.circle(c, 70), 0);
        BitSet chosen = canvas.selectionBits();
        assertTrue(chosen.cardinality() > 30);
        Combo target = UiTestSupport.find(map.getParent(), Combo.class).get(0);
        UiTestSupport.chooseInCombo(target, Subset.TEST_VALUE);
        assertEquals("test", target.getText());
        UiTestSupport.clickCentre(DigitsTeachLoopUiTest.findButton(map.getParent(), "Move selection"));
        for (int r = 0; r < 1797; r++) {
            assertEquals(chosen.get(r) ? Subset.TEST : Subset.RAW, SubsetEdits.subsetOf(session.project(), r), "row " + r);
        }
        Button testLayer = layer(Subset.TEST);
        assertEquals("test " + chosen.cardinality(), testLayer.getText());

        // hide the test layer: its points are not drawn and cannot be selected
        int probe = chosen.nextSetBit(0);
        UiTestSupport.clickCentre(testLayer);
        assertFalse(canvas.isSubsetVisible(Subset.TEST));
        assertEquals(0, canvas.selectionCount(), "hidden points leave the selection");
        ImageData shown = UiTestSupport.pixels(map);
        int hiddenPainted = 0;
        for (int r = chosen.nextSetBit(0); r >= 0; r = chosen.nextSetBit(r + 1)) {
            Point p = canvas.pixelOf(r);
            if (UiTestSupport.rgbAt(shown, p.x, p.y) == session.labelOf(r).getColor() && !coveredByVisible(r)) {
                hiddenPainted++;
            }
        }
        assertEquals(0, hiddenPainted, "no hidden point is painted");
        UiTestSupport.drag(map, CanvasToolsUiTest.circle(c, 110), 0); // over the hidden ones and beyond
        BitSet now = canvas.selectionBits();
        now.and(chosen);
        assertTrue(now.isEmpty(), "the lasso passes over hidden points");
        assertTrue(canvas.selectionCount() > 0, "but takes the visible ones");
        assertTrue(canvas.pointNear(canvas.pixelOf(probe).x, canvas.pixelOf(probe).y, 0) != probe);

        // undo: back to raw, one step
        editor.getEditorSite().getActionBars().getGlobalActionHandler(ActionFactory.UNDO.getId()).run();
        UiTestSupport.settle(300);
        assertEquals(Subset.RAW, SubsetEdits.subsetOf(session.project(), probe));
        assertEquals("test 0", testLayer.getText());
        UiTestSupport.clickCentre(testLayer);
        assertTrue(canvas.isSubsetVisible(Subset.TEST));
    }

    @Test
    void exactDuplicatesAreExcludedWithACountAndTheFileIsUntouched(@TempDir Path dir) throws Exception {
        Path csv = dir.resolve("with-duplicates.csv");
        StringBuilder sb = new StringBuilder("id,text,label\n");
        for (int i = 0; i < 60; i++) {
            sb.append("a").append(i).append(",\"text number ").append(i % 50).append(" about ")
                    .append(i % 2 == 0 ? "cats" : "dogs and birds").append("\",").append(i % 2 == 0 ? "cat" : "dog")
                    .append('\n');
        }
        Files.writeString(csv, sb.toString(), StandardCharsets.UTF_8);
        byte[] original = Files.readAllBytes(csv);
        ProjectOpener.open(csv);
        opened();
        UiTestSupport.clickCentre(DigitsTeachLoopUiTest.findButton(map.getParent(), "Exclude duplicates"));
        UiTestSupport.waitUntil("the duplicates to be excluded", 20_000,
                () -> editor.lastStatus().contains("exact duplicates moved to excluded"));
        // rows 50..59 repeat rows 0..9 (same number, same parity: identical text)
        assertTrue(editor.lastStatus().startsWith("10 exact duplicates"), editor.lastStatus());
        for (int r = 0; r < 60; r++) {
            assertEquals(r >= 50 ? Subset.EXCLUDED : Subset.RAW, SubsetEdits.subsetOf(session.project(), r), "row " + r);
        }
        assertEquals("excluded 10", layer(Subset.EXCLUDED).getText());
        assertFalse(canvas.isSubsetVisible(Subset.EXCLUDED), "excluded examples are off the map");
        assertEquals(60, session.table().rowCount());
        assertNotEquals(0, original.length);
        assertEquals(new String(original, StandardCharsets.UTF_8), Files.readString(csv), "the data file is unchanged");
        UiTestSupport.clickCentre(DigitsTeachLoopUiTest.findButton(map.getParent(), "Exclude duplicates"));
        UiTestSupport.waitUntil("nothing more to exclude", 20_000,
                () -> editor.lastStatus().contains("No exact duplicates"));
        editor.getEditorSite().getActionBars().getGlobalActionHandler(ActionFactory.UNDO.getId()).run();
        UiTestSupport.settle(300);
        assertEquals(Subset.RAW, SubsetEdits.subsetOf(session.project(), 55), "undo brings the duplicates back");
    }

    private Button layer(Subset subset) {
        for (Button b : UiTestSupport.find(map.getParent(), Button.class)) {
            if (b.getData() == subset) {
                return b;
            }
        }
        throw new AssertionError("no layer check box for " + subset);
    }

    /** Whether a visible point is drawn over the pixel of {@code row}. */
    private boolean coveredByVisible(int row) {
        Point p = canvas.pixelOf(row);
        for (int o = 0; o < session.table().rowCount(); o++) {
            if (SubsetEdits.subsetOf(session.project(), o) != Subset.TEST) {
                Point q = canvas.pixelOf(o);
                if (Math.abs(q.x - p.x) <= 4 && Math.abs(q.y - p.y) <= 4) {
                    return true;
                }
            }
        }
        return false;
    }
}
