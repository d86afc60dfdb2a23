package org.contour.ui.tests;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicReference;

import org.contour.core.session.ProjectSession;
import org.contour.model.ContourFactory;
import org.contour.model.Embedding;
import org.contour.model.Sketch;
import org.contour.ui.MapActions;
import org.contour.ui.canvas.EmbeddingCanvas;
import org.contour.ui.editor.ContourEditor;
import org.contour.ui.pipeline.ChangeMapDialog;
import org.contour.ui.pipeline.MapChanger;
import org.contour.ui.pipeline.MapProgressStrip;
import org.eclipse.jface.dialogs.TitleAreaDialog;
import org.eclipse.swt.graphics.Point;
import org.eclipse.swt.widgets.Combo;
import org.eclipse.swt.widgets.Display;
import org.eclipse.ui.IWorkbenchPage;
import org.eclipse.ui.IWorkbenchWindow;
import org.eclipse.ui.PlatformUI;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Map > Change map... on the digits map: the dialog warns about the painted region, a long run
 * shows progress above the map while the map stays usable, Cancel leaves everything as it was,
 * a finished run is one undo step, and a misbehaving plug-in is named in a dialog.
 */
class ChangeMapUiTest {

    private IWorkbenchPage page;
    private IWorkbenchWindow window;

    @BeforeEach
    void openDigits() {
        window = PlatformUI.getWorkbench().getActiveWorkbenchWindow();
        page = window.getActivePage();
        UiTestSupport.openSample(page, "digits", 60_000);
    }

    @AfterEach
    void close() {
        MapChanger.setErrorSink(null);
        page.closeAllEditors(false);
    }

    private ContourEditor editor() {
        return (ContourEditor) page.getActiveEditor();
    }

    @Test
    void aLongRunCanBeCancelledWhileTheMapStaysUsableAndLeavesEverythingAsItWas() throws Exception {
        ProjectSession session = editor().session();
        Sketch region = paintedRegion(session);
        Embedding before = session.project().getEmbedding();
        double[] xs = before.getXs().clone();
        Object lastCommand = session.commandStack().getUndoCommand();
        org.eclipse.swt.widgets.Button delete = DigitsTeachLoopUiTest.findButton(editor().canvas().getControl().getParent(),
                "Delete...");
        Point deleteAt = delete.toDisplay(0, 0);

        WidgetSupport.Pending steps = WidgetSupport.whenShellOpens(ChangeMapDialog.TITLE, dialog -> {
            String message = ((TitleAreaDialog) dialog.getData()).getMessage();
            assertEquals("1 painted region is drawn in the current map's coordinates and will be removed with it. "
                    + "Undo brings it back.", message);
            WidgetSupport.choose(WidgetSupport.methodCombo(WidgetSupport.group(dialog, "Map (2-D reduction)")),
                    "Slow (test plug-in)");
            UiTestSupport.clickCentre(WidgetSupport.button(dialog, "Change map"));
        });
        openChangeMap();
        UiTestSupport.waitUntil("the dialog to close", 30_000, () -> steps.done);
        steps.rethrow();

        MapProgressStrip strip = editor().mapProgress();
        UiTestSupport.waitUntil("the progress strip", 10_000, strip::isShowing);
        UiTestSupport.waitUntil("progress to advance", 10_000, () -> strip.progressBar().getSelection() > 0);
        // the strip shows below the map: the buttons above stay where they were (it once pushed
        // them down, and a click on Cancel as the map arrived hit the palette's Delete...)
        assertEquals(deleteAt, delete.toDisplay(0, 0));
        assertTrue(strip.control().getBounds().y > editor().canvas().getControl().getBounds().y, "below the map");
        // the map is still usable while the new one is computed: lasso some points
        EmbeddingCanvas canvas = editor().canvas();
        Point centre = canvas.pixelOf(0);
        List<Point> lasso = new ArrayList<>();
        for (int i = 0; i <= 24; i++) {
            double a = 2 * Math.PI * i / 24;
            lasso.add(new Point(centre.x + (int) (60 * Math.cos(a)), centre.y + (int) (60 * Math.sin(a))));
        }
        UiTestSupport.drag(canvas.getControl(), lasso, 0);
        assertTrue(canvas.selection().length > 0, "the lasso works during the run");
        assertTrue(strip.isShowing(), "still running");
        UiTestSupport.screenshot(window.getShell(), "change-map-running");

        UiTestSupport.clickCentre(strip.cancelButton());
        UiTestSupport.waitUntil("the run to stop", 10_000, () -> !strip.isShowing());

        assertSame(before, session.project().getEmbedding());
        assertArrayEquals(xs, session.project().getEmbedding().getXs());
        assertEquals(List.of(region), session.project().getSketches());
        assertSame(lastCommand, session.commandStack().getUndoCommand(), "nothing was added to the undo history");
        assertNull(MapChanger.running(session));
    }

    @Test
    void aFinishedRunIsOneUndoStepThatTakesThePaintedRegionAlong() throws Exception {
        ProjectSession session = editor().session();
        paintedRegion(session);
        Embedding before = session.project().getEmbedding();

        WidgetSupport.Pending steps = WidgetSupport.whenShellOpens(ChangeMapDialog.TITLE, dialog -> {
            WidgetSupport.choose(WidgetSupport.methodCombo(WidgetSupport.group(dialog, "Map (2-D reduction)")),
                    "Two columns as axes");
            WidgetSupport.choose(WidgetSupport.option(dialog, Combo.class, "x"), "p20");
            WidgetSupport.choose(WidgetSupport.option(dialog, Combo.class, "y"), "p28");
            UiTestSupport.clickCentre(WidgetSupport.button(dialog, "Change map"));
        });
        openChangeMap();
        UiTestSupport.waitUntil("the new map", 30_000, () -> steps.done && session.project().getEmbedding() != before);
        steps.rethrow();

        assertEquals(List.of("p20", "p28"), session.project().getEmbedding().getAxisNames());
        assertTrue(session.project().getSketches().isEmpty());
        UiTestSupport.settle(300);
        UiTestSupport.screenshot(window.getShell(), "change-map-columns");

        session.commandStack().undo();
        assertSame(before, session.project().getEmbedding());
        assertEquals(1, session.project().getSketches().size());
    }

    @Test
    void aMisbehavingReducerIsNamedInADialogAndTheMapStays() throws Exception {
        ProjectSession session = editor().session();
        Embedding before = session.project().getEmbedding();
        AtomicReference<String> shown = new AtomicReference<>();
        WidgetSupport.Pending choose = WidgetSupport.whenShellOpens(ChangeMapDialog.TITLE, dialog -> {
            WidgetSupport.choose(WidgetSupport.methodCombo(WidgetSupport.group(dialog, "Map (2-D reduction)")),
                    "Misbehaving: throws");
            UiTestSupport.clickCentre(WidgetSupport.button(dialog, "Change map"));
        });
        WidgetSupport.Pending error = WidgetSupport.whenShellOpens(MapChanger.ERROR_TITLE, dialog -> {
            shown.set(String.join("\n", UiTestSupport.texts(dialog)));
            UiTestSupport.screenshot(dialog, "change-map-plugin-failed");
            UiTestSupport.clickCentre(WidgetSupport.button(dialog, "OK"));
        });
        openChangeMap();
        UiTestSupport.waitUntil("the error dialog", 30_000, () -> error.done);
        choose.rethrow();
        error.rethrow();

        assertTrue(shown.get().contains("'Misbehaving: throws' (misbehaving.reducer.throws) from plug-in "
                + "org.contour.tests.misbehaving failed while mapping digits_8x8.csv to 2-D"), shown.get());
        assertTrue(shown.get().contains("The project is unchanged."), shown.get());
        assertSame(before, session.project().getEmbedding());
        assertFalse(editor().mapProgress().isShowing());
    }

    /** Map > Change map..., as the menu runs it (the dialog is modal, so from the event loop). */
    private void openChangeMap() {
        Display.getCurrent().asyncExec(() -> MapActions.changeMap(window));
    }

    private static Sketch paintedRegion(ProjectSession session) {
        Sketch sketch = ContourFactory.eINSTANCE.createSketch();
        sketch.setLabel(session.project().getLabels().get(0));
        sketch.setPoints(new double[] {-20, 0, -15, 5, -10, 0});
        sketch.setRadius(3);
        session.addSketchAndModel(sketch, null);
        return sketch;
    }
}
