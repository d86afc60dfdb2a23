package org.contour.ui.tests;

import static org.contour.ui.tests.TeachSupport.insideAwayFromPoints;
import static org.contour.ui.tests.TeachSupport.label;
import static org.contour.ui.tests.TeachSupport.paint;
import static org.contour.ui.tests.TeachSupport.tool;
import static org.contour.ui.tests.TeachSupport.waitNewModel;
import static org.contour.ui.tests.TeachSupport.waitTrained;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNotSame;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;

import org.contour.core.interpret.LinearBoundary;
import org.contour.core.session.ProjectSession;
import org.contour.core.session.TeachingEdits;
import org.contour.model.DecisionTreeModel;
import org.contour.model.LinearModel;
import org.contour.model.Sketch;
import org.contour.model.SketchKind;
import org.contour.model.TaughtModel;
import org.contour.model.TreeNode;
import org.contour.ui.canvas.EmbeddingCanvas;
import org.contour.ui.canvas.parts.BoundaryEditPart;
import org.contour.ui.canvas.parts.SplitEditPart;
import org.contour.ui.canvas.parts.SplitFigure;
import org.contour.ui.canvas.tools.CanvasTools;
import org.contour.ui.editor.ContourEditor;
import org.eclipse.draw2d.geometry.Point;
import org.eclipse.swt.graphics.ImageData;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Scale;
import org.eclipse.ui.IWorkbenchPage;
import org.eclipse.ui.PlatformUI;
import org.eclipse.ui.actions.ActionFactory;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Drawing and editing regions on the real digits map with the mouse (xdotool through the X
 * server): the brush, the polygon region and the eraser; moving, reshaping, deleting and
 * recolouring regions with the Edit tool; dragging a linear model's boundary and a tree's split.
 * Every change is one undo step that also brings back the model from before it, and the model is
 * trained again after every change of the drawing.
 */
class SketchEditingUiTest {

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

    private org.eclipse.swt.graphics.Point centre(String label) {
        return DigitsTeachLoopUiTest.centreOf(canvas, session, label);
    }

    private void undo() {
        page.activate(editor);
        editor.getEditorSite().getActionBars().getGlobalActionHandler(ActionFactory.UNDO.getId()).run();
        UiTestSupport.settle(300);
    }

    private void redo() {
        page.activate(editor);
        editor.getEditorSite().getActionBars().getGlobalActionHandler(ActionFactory.REDO.getId()).run();
        UiTestSupport.settle(300);
    }

    private String undoLabel() {
        return session.commandStack().getUndoCommand().getLabel();
    }

    // ---------------------------------------------------------------- drawing

    @Test
    void brushPolygonAndEraserDrawRegionsThatStandOutOverTheirRegionsAndRetrainEachTime() throws Exception {
        Sketch zero = paint(editor, "0", centre("0"), 30);
        waitTrained(canvas, "the first stroke to be looked at", () -> true);
        assertNull(session.project().getModel(), "one class painted: nothing to learn yet");
        assertTrue(editor.lastStatus().contains("at least two classes"), editor.lastStatus());
        Sketch one = paint(editor, "1", centre("1"), 30);
        TaughtModel first = waitNewModel(canvas, session, null);
        assertEquals(List.of("0", "1"), List.copyOf(first.getClassNames()));
        assertEquals("Draw region", undoLabel(), "the stroke and its model are one step");
        assertEquals(SketchKind.BRUSH, one.getKind());
        assertEquals(1.0, one.getAspect(), 1e-9, "a map of commensurate axes: a round brush is round");

        // a painted stroke reads clearly over the region of its own class: its rim and hatching are far
        // darker than the region's tint around it (they used to be a translucent wash of the same colour)
        org.eclipse.swt.graphics.Point inside = insideAwayFromPoints(canvas, zero, 3);
        ImageData shown = UiTestSupport.pixels(map);
        int dark = 0;
        int all = 0;
        double regionTint = TeachSupport.luminance(session.project().getLabels().get(0).getColor()) * 0.3 + 255 * 0.7;
        for (int dx = -12; dx <= 12; dx++) {
            for (int dy = -12; dy <= 12; dy++) {
                int x = inside.x + dx;
                int y = inside.y + dy;
                if (TeachSupport.sketchPart(canvas, zero).getFigure().containsPoint(x, y)
                        && TeachSupport.noPointWithin(canvas, x, y, 3)) {
                    all++;
                    dark += TeachSupport.luminance(UiTestSupport.rgbAt(shown, x, y)) < regionTint - 50 ? 1 : 0;
                }
            }
        }
        assertTrue(all > 20, "pixels of the stroke to look at: " + all);
        assertTrue(dark >= all / 6, "hatching inside the stroke: " + dark + " of " + all + " pixels clearly darker");

        // a polygon region for "2": click three corners, double-click the fourth
        label(editor, "2");
        tool(editor, "Polygon region");
        org.eclipse.swt.graphics.Point two = centre("2");
        UiTestSupport.click(map, new org.eclipse.swt.graphics.Point(two.x - 25, two.y - 25), 0);
        UiTestSupport.click(map, new org.eclipse.swt.graphics.Point(two.x + 25, two.y - 25), 0);
        UiTestSupport.click(map, new org.eclipse.swt.graphics.Point(two.x + 25, two.y + 25), 0);
        UiTestSupport.doubleClick(map, new org.eclipse.swt.graphics.Point(two.x - 25, two.y + 25));
        UiTestSupport.waitUntil("the polygon region", 10_000, () -> session.project().getSketches().size() == 3);
        Sketch polygon = session.project().getSketches().get(2);
        assertEquals(SketchKind.POLYGON, polygon.getKind());
        assertEquals("2", polygon.getLabel().getName());
        assertEquals(8, polygon.getPoints().length, "four corners");
        TaughtModel second = waitNewModel(canvas, session, first);
        assertEquals(List.of("0", "1", "2"), List.copyOf(second.getClassNames()));
        assertEquals("Draw polygon region", undoLabel());
        // Esc with no polygon open leaves the tool chosen (GEF would load its default tool)
        UiTestSupport.keys(map, "Escape");
        assertEquals(CanvasTools.POLYGON_REGION, canvas.toolId());

        undo();
        assertEquals(2, session.project().getSketches().size());
        assertSame(first, session.project().getModel(), "undoing the polygon brings back the model before it");
        redo();
        assertSame(second, session.project().getModel());

        // the eraser, wider than the brush, over the whole "1" stroke: class 1 has no region left
        Scale size = UiTestSupport.find(map.getParent(), Scale.class).get(0);
        UiTestSupport.clickCentre(size);
        assertTrue(canvas.brushRadiusPixels() > 20, "brush size " + canvas.brushRadiusPixels());
        tool(editor, "Eraser");
        UiTestSupport.drag(map, TeachSupport.stroke(centre("1"), 34), 0);
        UiTestSupport.waitUntil("the eraser stroke", 10_000, () -> session.project().getSketches().size() == 4);
        Sketch eraser = session.project().getSketches().get(3);
        assertEquals(SketchKind.ERASER, eraser.getKind());
        assertNull(eraser.getLabel(), "an eraser belongs to no class");
        TaughtModel third = waitNewModel(canvas, session, second);
        assertEquals(List.of("0", "2"), List.copyOf(third.getClassNames()), "the erased class is gone");
        assertEquals("Erase", undoLabel());
        UiTestSupport.settle(300);
        UiTestSupport.screenshot(map.getShell(), "sketch-tools-brush-polygon-eraser");
        undo();
        assertSame(second, session.project().getModel(), "undoing the eraser brings class 1 back");
    }

    // ---------------------------------------------------------------- editing

    @Test
    void theEditToolMovesReshapesDeletesAndRecoloursRegionsEachOneUndoStepWithItsModel() throws Exception {
        Sketch zero = paint(editor, "0", centre("0"), 30);
        Sketch one = paint(editor, "1", centre("1"), 30);
        label(editor, "2");
        tool(editor, "Polygon region");
        org.eclipse.swt.graphics.Point two = centre("2");
        UiTestSupport.click(map, new org.eclipse.swt.graphics.Point(two.x - 25, two.y - 20), 0);
        UiTestSupport.click(map, new org.eclipse.swt.graphics.Point(two.x + 25, two.y - 20), 0);
        UiTestSupport.doubleClick(map, new org.eclipse.swt.graphics.Point(two.x, two.y + 25));
        UiTestSupport.waitUntil("the polygon", 10_000, () -> session.project().getSketches().size() == 3);
        Sketch polygon = session.project().getSketches().get(2);
        TaughtModel trained = waitNewModel(canvas, session, null);
        waitTrained(canvas, "three classes", () -> session.project().getModel().getClassNames().size() == 3);
        trained = session.project().getModel();

        tool(editor, "Edit");
        // move: drag the "0" stroke by (40, 25) pixels
        double[] before = zero.getPoints();
        org.eclipse.swt.graphics.Point grab = insideAwayFromPoints(canvas, zero, 0);
        UiTestSupport.click(map, grab, 0);
        assertEquals(List.of(zero), canvas.selectedSketches(), "a click selects the region");
        UiTestSupport.drag(map, TeachSupport.line(grab, new org.eclipse.swt.graphics.Point(grab.x + 40, grab.y + 25)), 0);
        UiTestSupport.waitUntil("the region to move", 10_000, () -> zero.getPoints() != before);
        double dx = 40 / canvas.transform().scaleX();
        double dy = -25 / canvas.transform().scaleY();
        for (int i = 0; i < before.length; i += 2) {
            assertEquals(before[i] + dx, zero.getPoints()[i], 1e-9, "x of point " + i / 2);
            assertEquals(before[i + 1] + dy, zero.getPoints()[i + 1], 1e-9, "y of point " + i / 2);
        }
        TaughtModel moved = waitNewModel(canvas, session, trained);
        assertEquals("Move region", undoLabel());
        undo();
        assertSame(before, zero.getPoints(), "undo puts the region back");
        assertSame(trained, session.project().getModel(), "and the model it had there");
        redo();
        assertSame(moved, session.project().getModel());

        // reshape: select the polygon and drag its first corner
        double[] corners = polygon.getPoints();
        UiTestSupport.click(map, insideAwayFromPoints(canvas, polygon, 0), 0);
        assertEquals(List.of(polygon), canvas.selectedSketches());
        org.eclipse.swt.graphics.Point corner = new org.eclipse.swt.graphics.Point(
                (int) Math.round(canvas.transform().toScreenX(corners[0])),
                (int) Math.round(canvas.transform().toScreenY(corners[1])));
        org.eclipse.swt.graphics.Point to = new org.eclipse.swt.graphics.Point(corner.x - 30, corner.y - 20);
        UiTestSupport.drag(map, TeachSupport.line(corner, to), 0);
        UiTestSupport.waitUntil("the corner to move", 10_000, () -> polygon.getPoints() != corners);
        assertEquals(canvas.transform().toDataX(to.x), polygon.getPoints()[0], 1e-9);
        assertEquals(canvas.transform().toDataY(to.y), polygon.getPoints()[1], 1e-9);
        assertArrayEquals(java.util.Arrays.copyOfRange(corners, 2, 6), java.util.Arrays.copyOfRange(polygon.getPoints(), 2, 6),
                "the other corners stay");
        TaughtModel reshaped = waitNewModel(canvas, session, moved);
        assertEquals("Reshape region", undoLabel());
        undo();
        assertSame(corners, polygon.getPoints());
        assertSame(moved, session.project().getModel());
        redo();

        // delete: select the "1" stroke and press Delete
        UiTestSupport.click(map, insideAwayFromPoints(canvas, one, 0), 0);
        assertEquals(List.of(one), canvas.selectedSketches());
        UiTestSupport.keys(map, "Delete");
        UiTestSupport.waitUntil("the region to go", 10_000, () -> !session.project().getSketches().contains(one));
        TaughtModel deleted = waitNewModel(canvas, session, reshaped);
        assertEquals(List.of("0", "2"), List.copyOf(deleted.getClassNames()));
        assertEquals("Delete region", undoLabel());
        undo();
        assertTrue(session.project().getSketches().contains(one));
        assertSame(reshaped, session.project().getModel());

        // recolour: choose "3" in the palette, right-click the polygon, "Recolour to the chosen label (3)"
        label(editor, "3");
        tool(editor, "Edit");
        UiTestSupport.rightClick(map, insideAwayFromPoints(canvas, polygon, 0));
        UiTestSupport.keys(map, "Down", "Down", "Return");
        UiTestSupport.waitUntil("the polygon to be recoloured", 10_000, () -> "3".equals(polygon.getLabel().getName()));
        TaughtModel recoloured = waitNewModel(canvas, session, reshaped);
        assertEquals(List.of("0", "1", "3"), List.copyOf(recoloured.getClassNames()));
        assertEquals("Recolour region to 3", undoLabel());
        // after the menu, a bare pointer moving over the map leaves the view where it is (the
        // right press once started a pan that the menu's release never ended)
        var view = canvas.transform().snapshot();
        UiTestSupport.hover(map, new org.eclipse.swt.graphics.Point(map.getSize().x / 3, map.getSize().y / 3));
        UiTestSupport.hover(map, new org.eclipse.swt.graphics.Point(map.getSize().x / 2, map.getSize().y / 2));
        UiTestSupport.settle(300);
        assertEquals(view, canvas.transform().snapshot(), "the map does not follow the pointer");
        assertFalse(canvas.transform().inGesture());
        UiTestSupport.screenshot(map.getShell(), "sketch-edit-recoloured");
        undo();
        assertEquals("2", polygon.getLabel().getName());
        assertSame(reshaped, session.project().getModel());
    }

    // ---------------------------------------------------------------- the model's handles

    @Test
    void draggingALinearBoundaryPreviewsTheRegionsAndIsOneHandEdit() throws Exception {
        paint(editor, "0", centre("0"), 30);
        paint(editor, "1", centre("1"), 30);
        LinearModel model = (LinearModel) waitNewModel(canvas, session, null);
        double[] weights = model.getWeights().clone();
        double[] biases = model.getBiases().clone();
        tool(editor, "Edit");
        BoundaryEditPart boundary = TeachSupport.boundaryPart(canvas, 0, 1);
        assertNotNull(boundary, "the boundary between 0 and 1 is an edit part");
        Point[] handles = boundary.boundaryFigure().handles();
        assertNotNull(handles, "its handles show with the Edit tool");
        org.eclipse.swt.graphics.Point start = TeachSupport.swt(handles[0]);
        org.eclipse.swt.graphics.Point end = new org.eclipse.swt.graphics.Point(start.x + 35, start.y + 30);

        UiTestSupport.mouseDown(map, start);
        UiTestSupport.mouseMoves(map, TeachSupport.line(start, end));
        TaughtModel preview = canvas.shownModel();
        assertNotSame(model, preview, "while dragging, the regions show the model as the drop would leave it");
        assertArrayEquals(weights, model.getWeights(), "the model itself changes only at the drop");
        UiTestSupport.mouseUp(map);
        UiTestSupport.waitUntil("the boundary to move", 10_000, model::isHandEdited);
        assertSame(model, session.project().getModel(), "a hand edit of the same model");
        assertEquals("Move boundary", undoLabel());
        String last = model.getEditHistory().get(model.getEditHistory().size() - 1);
        assertTrue(last.startsWith("boundary between 0 and 1 moved on the map: "), last);
        LinearBoundary line = LinearBoundary.of(model, 0, 1);
        double x = canvas.transform().toDataX(end.x);
        double y = canvas.transform().toDataY(end.y);
        double pixel = Math.hypot(line.nx() / canvas.transform().scaleX(), line.ny() / canvas.transform().scaleY());
        assertEquals(0, line.nx() * x + line.ny() * y + line.c(), 2 * pixel, "the line passes where it was dropped");
        assertSame(model, canvas.shownModel(), "the preview ended");

        // turn it by its end handle
        handles = boundary.boundaryFigure().handles();
        org.eclipse.swt.graphics.Point knob = TeachSupport.swt(handles[1]);
        UiTestSupport.drag(map, TeachSupport.line(knob, new org.eclipse.swt.graphics.Point(knob.x + 30, knob.y - 40)), 0);
        UiTestSupport.waitUntil("the boundary to turn", 10_000, () -> model.getEditHistory().size() == 2);
        assertTrue(model.getEditHistory().get(1).contains(" turned on the map"), model.getEditHistory().get(1));
        assertEquals("Turn boundary", undoLabel());
        UiTestSupport.screenshot(map.getShell(), "boundary-dragged");
        undo();
        undo();
        assertArrayEquals(weights, model.getWeights(), "two undo steps, and the model is as trained");
        assertArrayEquals(biases, model.getBiases());
        assertFalse(model.isHandEdited());
    }

    @Test
    void draggingATreeSplitMovesItsThresholdAsOneHandEdit() throws Exception {
        TeachingEdits settings = new TeachingEdits(session);
        settings.apply(settings.current().withClassifier("org.contour.tribuo.tree", Map.of()), null);
        paint(editor, "0", centre("0"), 30);
        paint(editor, "1", centre("1"), 30);
        DecisionTreeModel tree = (DecisionTreeModel) waitNewModel(canvas, session, null);
        tool(editor, "Edit");
        List<SplitEditPart> splits = TeachSupport.splitParts(canvas);
        assertFalse(splits.isEmpty(), "the tree's splits are edit parts");
        SplitEditPart root = splits.stream().filter(p -> p.split().node() == tree.getRoot()).findFirst().orElseThrow();
        int[] segment = ((SplitFigure) root.getFigure()).segment();
        assertNotNull(segment, "the root split is drawn on the map");
        boolean vertical = segment[0] == segment[2];
        org.eclipse.swt.graphics.Point grab = new org.eclipse.swt.graphics.Point((segment[0] + segment[2]) / 2,
                (segment[1] + segment[3]) / 2);
        org.eclipse.swt.graphics.Point drop = vertical ? new org.eclipse.swt.graphics.Point(grab.x + 30, grab.y)
                : new org.eclipse.swt.graphics.Point(grab.x, grab.y + 30);
        TreeNode node = tree.getRoot();
        double threshold = node.getThreshold();
        double expected = vertical ? canvas.transform().toDataX(drop.x) : canvas.transform().toDataY(drop.y);
        double grabbed = vertical ? canvas.transform().toDataX(grab.x) : canvas.transform().toDataY(grab.y);
        double pixel = 1 / (vertical ? canvas.transform().scaleX() : canvas.transform().scaleY());
        UiTestSupport.drag(map, TeachSupport.line(grab, drop), 0);
        UiTestSupport.waitUntil("the threshold to move", 10_000, () -> node.getThreshold() != threshold);
        UiTestSupport.settle(300);
        // where it was dropped, to the pixel
        assertEquals(expected, node.getThreshold(), pixel, "the split is where it was dropped");
        assertTrue(Math.abs(node.getThreshold() - grabbed) > 15 * pixel, "it moved most of the 30 pixels");
        assertTrue(tree.isHandEdited());
        assertEquals("Edit split threshold", undoLabel());
        UiTestSupport.screenshot(map.getShell(), "tree-split-dragged");
        undo();
        assertEquals(threshold, node.getThreshold());
        assertFalse(tree.isHandEdited());
    }

    @Test
    void thePseudoPointsAreALayerThatTheToolRowTurnsOnAndOff() throws Exception {
        paint(editor, "0", centre("0"), 30);
        paint(editor, "1", centre("1"), 30);
        waitNewModel(canvas, session, null);
        assertEquals(0, canvas.pseudoPointsShown());
        UiTestSupport.clickCentre(editor.pseudoPointsButton());
        UiTestSupport.waitUntil("the pseudo-points to show", 10_000, () -> canvas.pseudoPointsShown() == 1000);
        assertTrue(new TeachingEdits(session).current().showPseudoPoints(), "stored in the teaching settings");
        assertEquals("Teaching settings", undoLabel());
        // they lie inside the painted strokes
        int[] pixels = canvas.pseudoPointPixels();
        int inside = 0;
        for (int i = 0; i < pixels.length; i += 2) {
            for (Sketch s : session.project().getSketches()) {
                if (TeachSupport.sketchPart(canvas, s).getFigure().containsPoint(pixels[i], pixels[i + 1])) {
                    inside++;
                    break;
                }
            }
        }
        // (a point on the very edge of a stroke may round to the pixel beside it)
        assertTrue(inside >= pixels.length / 2 * 95 / 100, inside + " of " + pixels.length / 2 + " inside the strokes");
        UiTestSupport.screenshot(map.getShell(), "pseudo-points");
        // a new stroke: the layer shows the points of the new training
        paint(editor, "2", centre("2"), 30);
        waitTrained(canvas, "three classes", () -> session.project().getModel().getClassNames().size() == 3);
        UiTestSupport.waitUntil("1500 pseudo-points", 10_000, () -> canvas.pseudoPointsShown() == 1500);
        UiTestSupport.clickCentre(editor.pseudoPointsButton());
        UiTestSupport.waitUntil("the layer to go", 10_000, () -> canvas.pseudoPointsShown() == 0);
        assertNotEquals(Boolean.TRUE, new TeachingEdits(session).current().showPseudoPoints());
    }
}
