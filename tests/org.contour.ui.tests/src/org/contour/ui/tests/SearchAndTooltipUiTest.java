package org.contour.ui.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.BitSet;
import java.util.List;

import org.contour.core.session.ProjectSession;
import org.contour.ui.ProjectOpener;
import org.contour.ui.canvas.EmbeddingCanvas;
import org.contour.ui.canvas.PointTooltip;
import org.contour.ui.canvas.tools.CanvasTools;
import org.contour.ui.editor.ContourEditor;
import org.eclipse.swt.graphics.ImageData;
import org.eclipse.swt.graphics.Point;
import org.eclipse.swt.graphics.RGB;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Display;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Text;
import org.eclipse.ui.IWorkbenchPage;
import org.eclipse.ui.PlatformUI;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Search on the fortunes (regex include/exclude typed into the real fields, highlight on the
 * map, matches becoming the selection, an invalid pattern refused), and the hover tooltip: the
 * text of a fortune, the picture of a digit drawn from its pixels.
 */
class SearchAndTooltipUiTest {

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

    private void open(String sample) {
        ProjectOpener.openSample(sample);
        UiTestSupport.waitUntil("the " + sample + " map to open", 120_000, () -> page.getActiveEditor() instanceof ContourEditor);
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
    void regexSearchHighlightsMatchesThatBecomeTheSelection() {
        open("fortunes");
        Text include = field("text contains...");
        Text exclude = field("text must not contain...");
        UiTestSupport.clickCentre(include);
        UiTestSupport.type(include, "love");
        BitSet love = expected("love", null);
        UiTestSupport.waitUntil("the highlight of 'love'", 10_000, () -> love.equals(canvas.highlight()));
        assertTrue(love.cardinality() > 20, "matches: " + love.cardinality());
        assertTrue(resultText().contains(love.cardinality() + " of 4679 texts match"), resultText());

        // on screen: a match keeps its colour, a point that does not match is dimmed
        ImageData shown = UiTestSupport.pixels(map);
        int keptChecked = 0;
        int dimmedChecked = 0;
        for (int r = 0; r < session.table().rowCount() && (keptChecked < 3 || dimmedChecked < 3); r++) {
            Point p = canvas.pixelOf(r);
            if (!isolated(r, 9) || p.x < 150 || p.y < 10 || p.x >= shown.width - 5 || p.y >= shown.height - 5) {
                continue;
            }
            int colour = session.labelOf(r).getColor();
            int seen = UiTestSupport.rgbAt(shown, p.x, p.y);
            if (love.get(r)) {
                assertEquals(Integer.toHexString(colour), Integer.toHexString(seen), "match " + r + " keeps its colour");
                keptChecked++;
            } else {
                assertNotEquals(colour, seen, "non-match " + r + " is dimmed");
                assertTrue(brightness(seen) > brightness(colour), "dimmed towards white");
                dimmedChecked++;
            }
        }
        assertTrue(keptChecked >= 1 && dimmedChecked >= 3, keptChecked + " kept, " + dimmedChecked + " dimmed checked");

        UiTestSupport.clickCentre(DigitsTeachLoopUiTest.findButton(map.getParent(), "Select matches"));
        assertEquals(love, canvas.selectionBits(), "the matches are the selection");

        // exclude narrows it
        UiTestSupport.clickCentre(exclude);
        UiTestSupport.type(exclude, "marri");
        BitSet narrowed = expected("love", "marri");
        UiTestSupport.waitUntil("love but not marri", 10_000, () -> narrowed.equals(canvas.highlight()));
        assertTrue(narrowed.cardinality() < love.cardinality());

        // an invalid pattern: red field, a message, and nothing else changes
        BitSet selection = canvas.selectionBits();
        UiTestSupport.type(exclude, "(");
        UiTestSupport.waitUntil("the complaint", 10_000, () -> resultText().contains("not a regular expression"));
        assertEquals(new RGB(255, 200, 200), exclude.getBackground().getRGB(), "the wrong field turns red");
        assertNotEquals(new RGB(255, 200, 200), include.getBackground().getRGB(), "the right one stays as it was");
        assertTrue(resultText().contains("exclude pattern 'marri('"), resultText());
        assertEquals(narrowed, canvas.highlight(), "the highlight stays");
        assertEquals(selection, canvas.selectionBits(), "the selection stays");
        UiTestSupport.key(exclude, "BackSpace");
        UiTestSupport.waitUntil("the red to go", 10_000,
                () -> !new RGB(255, 200, 200).equals(exclude.getBackground().getRGB()));

        // empty patterns: no search, no highlight
        UiTestSupport.key(exclude, "ctrl+a");
        UiTestSupport.key(exclude, "BackSpace");
        UiTestSupport.clickCentre(include);
        UiTestSupport.key(include, "ctrl+a");
        UiTestSupport.key(include, "BackSpace");
        UiTestSupport.waitUntil("the highlight to end", 10_000, () -> canvas.highlight() == null);
    }

    @Test
    void hoveringAFortuneShowsItsTextAndLabel() {
        open("fortunes");
        int row = isolatedRow(10);
        UiTestSupport.hover(map, canvas.pixelOf(row));
        PointTooltip tip = canvas.tooltip();
        UiTestSupport.waitUntil("the tooltip of row " + row, 5_000, () -> tip.row() == row);
        String text = session.table().texts().get(row).strip();
        String firstWords = text.split("\\s+")[0];
        assertTrue(tip.lines().get(0).startsWith(firstWords), tip.lines() + " vs " + text);
        assertTrue(tip.lines().size() <= 6, "first lines only: " + tip.lines().size());
        for (String line : tip.lines()) {
            assertTrue(line.length() <= 60, "wrapped: " + line);
        }
        assertTrue(tip.labelLine().startsWith(session.labelOf(row).getName()), tip.labelLine());
        assertNull(tip.picture());
        assertTrue(tip.shell().isVisible());
        Display display = map.getDisplay();
        assertNotEquals(tip.shell(), display.getActiveShell(), "the tooltip does not take the focus");
        // the tooltip follows the pointer, and goes when the pointer leaves the point
        Point at = tip.shell().getLocation();
        Point p = canvas.pixelOf(row);
        UiTestSupport.hover(map, new Point(p.x + 2, p.y + 2));
        assertEquals(row, tip.row());
        assertNotEquals(at, tip.shell().getLocation(), "it moved with the pointer");
        UiTestSupport.hover(map, new Point(p.x + 40, p.y + 40));
        UiTestSupport.waitUntil("the tooltip to go", 5_000, () -> tip.row() != row);
    }

    @Test
    void hoveringADigitShowsItsPictureDrawnFromItsPixels() throws Exception {
        open("digits");
        // a lasso selection first, for the screenshot of the README
        UiTestSupport.clickCentre(DigitsTeachLoopUiTest.findButton(map.getParent(), "Lasso"));
        assertEquals(CanvasTools.LASSO, canvas.toolId());
        Point zero = DigitsTeachLoopUiTest.centreOf(canvas, session, "0");
        UiTestSupport.drag(map, CanvasToolsUiTest.circle(zero, 45), 0);
        assertTrue(canvas.selectionCount() > 30);

        int row = isolatedRow(10);
        UiTestSupport.hover(map, canvas.pixelOf(row));
        PointTooltip tip = canvas.tooltip();
        UiTestSupport.waitUntil("the tooltip of row " + row, 5_000, () -> tip.row() == row);
        ImageData picture = tip.picture();
        assertNotNull(picture, "an image dataset shows the image");
        assertEquals(8, picture.width);
        assertEquals(8, picture.height);
        double[] pixels = session.table().numeric()[row];
        for (int y = 0; y < 8; y++) {
            for (int x = 0; x < 8; x++) {
                int grey = picture.palette.getRGB(picture.getPixel(x, y)).red;
                int expected = 255 - (int) Math.round(255 * pixels[y * 8 + x] / 16.0);
                assertEquals(expected, grey, "pixel " + x + "," + y + ": ink is dark");
            }
        }
        assertTrue(tip.pictureScale() >= 8, "scaled up: " + tip.pictureScale());
        assertTrue(tip.labelLine().startsWith(session.labelOf(row).getName()), tip.labelLine());
        assertTrue(tip.lines().isEmpty());
        // what the tooltip shows on screen: its picture's darkest pixel is dark
        ImageData shown = UiTestSupport.pixels(tip.shell());
        int darkest = 255;
        for (int y = 0; y < shown.height; y++) {
            for (int x = 0; x < shown.width; x++) {
                darkest = Math.min(darkest, brightness(UiTestSupport.rgbAt(shown, x, y)));
            }
        }
        assertTrue(darkest < 60, "the digit is drawn: darkest pixel " + darkest);
        Path shot = UiTestSupport.screenshot(map.getShell(), "canvas-selection-tooltip");
        assertTrue(Files.size(shot) > 10_000);
    }

    // ---------------------------------------------------------------- helpers

    private Text field(String hint) {
        for (Text t : UiTestSupport.find(editorRoot(), Text.class)) {
            if (hint.equals(t.getMessage())) {
                return t;
            }
        }
        throw new AssertionError("no field '" + hint + "'");
    }

    private String resultText() {
        List<String> texts = new ArrayList<>();
        for (Label l : UiTestSupport.find(editorRoot(), Label.class)) {
            if (l.getText().contains("match") || l.getText().contains("pattern")) {
                texts.add(l.getText());
            }
        }
        return String.join(" | ", texts);
    }

    private org.eclipse.swt.widgets.Composite editorRoot() {
        return map.getParent();
    }

    private BitSet expected(String include, String exclude) {
        BitSet out = new BitSet();
        List<String> texts = session.table().texts();
        for (int r = 0; r < texts.size(); r++) {
            String t = texts.get(r).toLowerCase();
            if (t.contains(include) && (exclude == null || !t.contains(exclude))) {
                out.set(r);
            }
        }
        return out;
    }

    private int isolatedRow(int pixels) {
        for (int r = 0; r < session.table().rowCount(); r++) {
            Point p = canvas.pixelOf(r);
            if (p.x > 200 && p.y > 40 && p.x < map.getSize().x - 200 && p.y < map.getSize().y - 160 && isolated(r, pixels)) {
                return r;
            }
        }
        throw new AssertionError("no isolated point");
    }

    private boolean isolated(int row, int pixels) {
        Point p = canvas.pixelOf(row);
        for (int o = 0; o < session.table().rowCount(); o++) {
            Point q = canvas.pixelOf(o);
            if (o != row && Math.abs(q.x - p.x) < pixels && Math.abs(q.y - p.y) < pixels) {
                return false;
            }
        }
        return true;
    }

    private static int brightness(int rgb) {
        return (((rgb >> 16) & 0xFF) + ((rgb >> 8) & 0xFF) + (rgb & 0xFF)) / 3;
    }
}
