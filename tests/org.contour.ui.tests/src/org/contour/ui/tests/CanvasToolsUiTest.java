package org.contour.ui.tests;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.BitSet;
import java.util.List;

import org.contour.core.session.ProjectSession;
import org.contour.ui.canvas.EmbeddingCanvas;
import org.contour.ui.canvas.SelectionMode;
import org.contour.ui.canvas.tools.CanvasTools;
import org.contour.ui.editor.ContourEditor;
import org.eclipse.swt.SWT;
import org.eclipse.swt.graphics.Point;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Control;
import org.eclipse.ui.IWorkbenchPage;
import org.eclipse.ui.PlatformUI;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Every selection tool and every selection mode on the real digits map, driven by the mouse
 * and keyboard through the X server (xdotool): what each selects is checked against a brute
 * force over the points' screen positions, and bad gestures must say so and change nothing.
 */
class CanvasToolsUiTest {

    private IWorkbenchPage page;
    private ContourEditor editor;
    private EmbeddingCanvas canvas;
    private ProjectSession session;
    private Control map;

    @BeforeEach
    void openDigits() {
        page = PlatformUI.getWorkbench().getActiveWorkbenchWindow().getActivePage();
        editor = UiTestSupport.openSample(page, "digits", 60_000);
        canvas = editor.canvas();
        session = editor.session();
        map = canvas.getControl();
    }

    @AfterEach
    void close() {
        page.closeAllEditors(false);
    }

    @Test
    void tapSelectsTheNearestPointAndTheModifierKeysCombine() {
        useTool("Tap", CanvasTools.TAP);
        int[] lonely = isolatedRows(3);
        UiTestSupport.click(map, canvas.pixelOf(lonely[0]), 0);
        assertArrayEquals(new int[] {lonely[0]}, canvas.selection(), "a click selects the point under it");
        // two pixels off still hits it: the nearest point within a few pixels
        Point near = canvas.pixelOf(lonely[1]);
        UiTestSupport.click(map, new Point(near.x + 2, near.y - 2), SWT.SHIFT);
        assertArrayEquals(sorted(lonely[0], lonely[1]), canvas.selection(), "Shift adds");
        UiTestSupport.click(map, canvas.pixelOf(lonely[0]), SWT.CTRL);
        assertArrayEquals(new int[] {lonely[1]}, canvas.selection(), "Ctrl removes");
        Point empty = emptySpot();
        UiTestSupport.click(map, empty, SWT.SHIFT);
        assertArrayEquals(new int[] {lonely[1]}, canvas.selection(), "Shift+click on nothing changes nothing");
        UiTestSupport.click(map, empty, 0);
        assertEquals(0, canvas.selectionCount(), "a plain click on nothing clears the selection");
        assertTrue(editor.lastStatus().contains("No point within"), editor.lastStatus());
    }

    @Test
    void boxSelectsTheRectangleAndAFlatBoxChangesNothing() {
        useTool("Box", CanvasTools.BOX);
        Point a = new Point(map.getSize().x / 2 - 120, map.getSize().y / 2 - 90);
        Point b = new Point(map.getSize().x / 2 + 60, map.getSize().y / 2 + 70);
        UiTestSupport.drag(map, List.of(a, new Point((a.x + b.x) / 2, (a.y + b.y) / 2), b), 0);
        BitSet expected = new BitSet();
        for (int r = 0; r < session.table().rowCount(); r++) {
            double x = canvas.transform().toScreenX(session.project().getEmbedding().getXs()[r]);
            double y = canvas.transform().toScreenY(session.project().getEmbedding().getYs()[r]);
            if (x >= a.x && x <= b.x && y >= a.y && y <= b.y) {
                expected.set(r);
            }
        }
        assertTrue(expected.cardinality() > 100, "the box holds " + expected.cardinality());
        assertEquals(expected, canvas.selectionBits(), "the box selects what lies in it");
        BitSet before = canvas.selectionBits();
        UiTestSupport.drag(map, List.of(new Point(100, 200), new Point(200, 200), new Point(300, 200)), 0);
        assertEquals(before, canvas.selectionBits(), "a box without height changes nothing");
        assertTrue(editor.lastStatus().contains("needs a width and a height"), editor.lastStatus());
    }

    @Test
    void lassoSelectionModesReplaceAddIntersectSubtract() {
        useTool("Lasso", CanvasTools.LASSO);
        Point c = new Point(map.getSize().x / 2, map.getSize().y / 2);
        List<Point> left = circle(new Point(c.x - 40, c.y), 70);
        List<Point> right = circle(new Point(c.x + 40, c.y), 70);

        BitSet l = lasso(left, 0);
        assertSelection(l, "replace");
        BitSet r = lasso(right, SWT.SHIFT);
        BitSet both = and(l, r);
        assertTrue(both.cardinality() > 20 && l.cardinality() > both.cardinality(), "overlapping lassos");
        assertSelection(or(l, r), "Shift: union");
        l = lasso(left, 0);
        r = lasso(right, SWT.CTRL);
        assertSelection(andNot(l, r), "Ctrl: difference");
        l = lasso(left, 0);
        r = lasso(right, SWT.SHIFT | SWT.CTRL);
        assertSelection(and(l, r), "Shift+Ctrl: intersection");

        // the visible mode choice does the same without keys
        l = lasso(left, 0);
        clickMode("Add", SelectionMode.UNION);
        r = lasso(right, 0);
        BitSet union = or(l, r);
        assertSelection(union, "mode 'Add'");
        clickMode("Intersect", SelectionMode.INTERSECTION);
        BitSet l2 = lasso(left, 0);
        assertSelection(and(union, l2), "mode 'Intersect'");
        clickMode("Subtract", SelectionMode.DIFFERENCE);
        BitSet r2 = lasso(right, 0);
        assertSelection(andNot(and(union, l2), r2), "mode 'Subtract'");
        clickMode("Replace", SelectionMode.REPLACE);

        // a click is a lasso of one point: it says so and leaves the selection alone
        BitSet before = canvas.selectionBits();
        UiTestSupport.click(map, c, 0);
        assertEquals(before, canvas.selectionBits());
        assertTrue(editor.lastStatus().contains("at least 3 points"), editor.lastStatus());
    }

    /**
     * Drags a lasso along {@code path}; returns what brute force finds inside the outline the
     * tool received (GTK may merge pointer motions, so that can cut a corner of the drawn path:
     * each received point must lie on the drawn path).
     */
    private BitSet lasso(List<Point> path, int modifiers) {
        UiTestSupport.drag(map, path, modifiers);
        List<Point> received = canvas.lastOutline().stream().map(p -> new Point(p.x, p.y)).toList();
        assertTrue(received.size() >= path.size() / 2, "the tool received " + received.size() + " of " + path.size());
        for (Point p : received) {
            double off = Double.MAX_VALUE;
            for (int i = 0, j = path.size() - 1; i < path.size(); j = i++) {
                off = Math.min(off, distance(p.x, p.y, path.get(i), path.get(j)));
            }
            assertTrue(off <= 1.5, "received " + p + " is off the drawn path by " + off);
        }
        outlines.add(received);
        return inside(received);
    }

    private final List<List<Point>> outlines = new ArrayList<>();

    /** The selection is {@code expected}, up to points within a pixel of an outline drawn. */
    private void assertSelection(BitSet expected, String what) {
        BitSet actual = canvas.selectionBits();
        BitSet differ = (BitSet) expected.clone();
        differ.xor(actual);
        for (int r = differ.nextSetBit(0); r >= 0; r = differ.nextSetBit(r + 1)) {
            double px = canvas.transform().toScreenX(session.project().getEmbedding().getXs()[r]);
            double py = canvas.transform().toScreenY(session.project().getEmbedding().getYs()[r]);
            double nearest = Double.MAX_VALUE;
            for (List<Point> outline : outlines) {
                for (int i = 0, j = outline.size() - 1; i < outline.size(); j = i++) {
                    nearest = Math.min(nearest, distance(px, py, outline.get(i), outline.get(j)));
                }
            }
            assertTrue(nearest <= 1, what + ": point " + r + " is " + (actual.get(r) ? "" : "not ") + "selected, "
                    + String.format("%.1f", nearest) + " px from an outline (expected " + expected.cardinality()
                    + ", got " + actual.cardinality() + ")");
        }
    }

    private static BitSet and(BitSet a, BitSet b) {
        BitSet out = (BitSet) a.clone();
        out.and(b);
        return out;
    }

    private static BitSet or(BitSet a, BitSet b) {
        BitSet out = (BitSet) a.clone();
        out.or(b);
        return out;
    }

    private static BitSet andNot(BitSet a, BitSet b) {
        BitSet out = (BitSet) a.clone();
        out.andNot(b);
        return out;
    }

    @Test
    void polygonClosesByDoubleClickOrEnterAndEscapeCancels() {
        useTool("Polygon", CanvasTools.POLYGON);
        Point c = new Point(map.getSize().x / 2, map.getSize().y / 2);
        List<Point> square = List.of(new Point(c.x - 90, c.y - 80), new Point(c.x + 70, c.y - 80),
                new Point(c.x + 70, c.y + 60), new Point(c.x - 90, c.y + 60));
        BitSet expected = inside(square);
        assertTrue(expected.cardinality() > 100, "the polygon holds " + expected.cardinality());
        for (int i = 0; i < 3; i++) {
            UiTestSupport.click(map, square.get(i), 0);
        }
        UiTestSupport.doubleClick(map, square.get(3));
        assertEquals(square, canvas.lastOutline().stream().map(p -> new Point(p.x, p.y)).toList(), "the corners clicked");
        outlines.add(square);
        assertSelection(expected, "double-click closes the polygon");

        // Esc cancels an open polygon and keeps the selection
        BitSet before = canvas.selectionBits();
        List<Point> small = List.of(new Point(c.x - 20, c.y - 20), new Point(c.x + 20, c.y - 20),
                new Point(c.x + 20, c.y + 20));
        for (Point p : small) {
            UiTestSupport.click(map, p, 0);
        }
        UiTestSupport.key(map, "Escape");
        assertEquals(before, canvas.selectionBits(), "Esc cancels the polygon");
        assertTrue(editor.lastStatus().contains("cancelled"), editor.lastStatus());

        // Enter closes it, and is not also taken as "assign the label"
        int[] labels = session.project().getAssignments().clone();
        for (Point p : small) {
            UiTestSupport.click(map, p, 0);
        }
        UiTestSupport.click(map, new Point(c.x - 20, c.y + 20), 0);
        UiTestSupport.key(map, "Return");
        List<Point> smallSquare = new ArrayList<>(small);
        smallSquare.add(new Point(c.x - 20, c.y + 20));
        outlines.add(smallSquare);
        assertSelection(inside(smallSquare), "Enter closes the polygon");
        assertArrayEquals(labels, session.project().getAssignments(), "closing with Enter assigns nothing");

        // two corners are no polygon: said, nothing changed
        before = canvas.selectionBits();
        UiTestSupport.click(map, new Point(c.x - 50, c.y), 0);
        UiTestSupport.doubleClick(map, new Point(c.x + 50, c.y));
        assertEquals(before, canvas.selectionBits());
        assertTrue(editor.lastStatus().contains("at least 3 corners"), editor.lastStatus());
    }

    @Test
    void everySelectionIsUndoneWithTheLabelItLed() {
        useTool("Lasso", CanvasTools.LASSO);
        Point c = new Point(map.getSize().x / 2, map.getSize().y / 2);
        UiTestSupport.drag(map, circle(c, 60), 0);
        int[] selected = canvas.selection();
        assertTrue(selected.length > 10);
        int[] before = session.project().getAssignments().clone();
        UiTestSupport.key(map, "4"); // label "3" is the fourth
        UiTestSupport.key(map, "Return");
        for (int r : selected) {
            assertEquals("3", session.labelOf(r).getName());
        }
        UiTestSupport.key(map, "ctrl+z");
        UiTestSupport.settle(200);
        assertArrayEquals(before, session.project().getAssignments(), "Ctrl+Z undoes the assignment in one step");
        UiTestSupport.key(map, "ctrl+a");
        assertEquals(session.table().rowCount(), canvas.selectionCount(), "Ctrl+A selects every point");
    }

    // ---------------------------------------------------------------- helpers

    private void useTool(String label, String id) {
        Button b = DigitsTeachLoopUiTest.findButton(map.getParent(), label);
        UiTestSupport.clickCentre(b);
        assertTrue(b.getSelection());
        assertEquals(id, canvas.toolId());
    }

    private void clickMode(String label, SelectionMode mode) {
        Button b = DigitsTeachLoopUiTest.findButton(map.getParent(), label);
        UiTestSupport.clickCentre(b);
        assertEquals(mode, canvas.selectionMode());
    }

    private int[] isolatedRows(int count) {
        List<Integer> out = new ArrayList<>();
        for (int r = 0; r < session.table().rowCount() && out.size() < count; r++) {
            Point p = canvas.pixelOf(r);
            if (p.x < 150 || p.y < 20 || p.x > map.getSize().x - 20 || p.y > map.getSize().y - 20) {
                continue;
            }
            boolean alone = true;
            for (int o = 0; o < session.table().rowCount() && alone; o++) {
                Point q = canvas.pixelOf(o);
                alone = o == r || Math.abs(q.x - p.x) > 12 || Math.abs(q.y - p.y) > 12;
            }
            if (alone) {
                out.add(r);
            }
        }
        assertEquals(count, out.size(), "isolated points to click");
        return out.stream().mapToInt(Integer::intValue).toArray();
    }

    private Point emptySpot() {
        for (int y = 30; y < map.getSize().y - 30; y += 10) {
            for (int x = 200; x < map.getSize().x - 30; x += 10) {
                if (canvas.pointNear(x, y, 20) < 0) {
                    return new Point(x, y);
                }
            }
        }
        throw new AssertionError("no empty spot on the map");
    }

    private static int[] sorted(int a, int b) {
        return new int[] {Math.min(a, b), Math.max(a, b)};
    }

    static List<Point> circle(Point c, int radius) {
        List<Point> path = new ArrayList<>();
        for (int i = 0; i <= 28; i++) {
            double a = 2 * Math.PI * i / 28;
            path.add(new Point(c.x + (int) Math.round(radius * Math.cos(a)), c.y + (int) Math.round(radius * Math.sin(a))));
        }
        return path;
    }

    /** Brute force: even-odd ray casting over the points' screen positions. */
    private BitSet inside(List<Point> polygon) {
        BitSet in = new BitSet();
        int n = polygon.size();
        for (int r = 0; r < session.table().rowCount(); r++) {
            double px = canvas.transform().toScreenX(session.project().getEmbedding().getXs()[r]);
            double py = canvas.transform().toScreenY(session.project().getEmbedding().getYs()[r]);
            boolean inside = false;
            for (int i = 0, j = n - 1; i < n; j = i++) {
                Point a = polygon.get(i);
                Point b = polygon.get(j);
                if ((a.y > py) != (b.y > py) && px < (double) (b.x - a.x) * (py - a.y) / (b.y - a.y) + a.x) {
                    inside = !inside;
                }
            }
            if (inside) {
                in.set(r);
            }
        }
        return in;
    }

    private static double distance(double px, double py, Point a, Point b) {
        double dx = b.x - a.x;
        double dy = b.y - a.y;
        double len = dx * dx + dy * dy;
        double t = len == 0 ? 0 : Math.max(0, Math.min(1, ((px - a.x) * dx + (py - a.y) * dy) / len));
        return Math.hypot(px - a.x - t * dx, py - a.y - t * dy);
    }
}
