package org.contour.ui.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import org.contour.core.session.ProjectSession;
import org.contour.core.teach.ModelPredictors;
import org.contour.core.teach.Predictor;
import org.contour.model.LabelClass;
import org.contour.model.LinearModel;
import org.contour.ui.ContourPerspective;
import org.contour.ui.ProjectOpener;
import org.contour.ui.canvas.EmbeddingCanvas;
import org.contour.ui.dataset.DatasetView;
import org.contour.ui.editor.ContourEditor;
import org.contour.ui.interpret.InterpretationView;
import org.eclipse.jface.action.IAction;
import org.eclipse.swt.SWT;
import org.eclipse.swt.graphics.ImageData;
import org.eclipse.swt.graphics.Point;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.ui.IWorkbenchPage;
import org.eclipse.ui.PlatformUI;
import org.eclipse.ui.actions.ActionFactory;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The whole teach loop in the running workbench, on the real digits dataset, driven through
 * real widgets and posted mouse events: open, see the points in their label colours, lasso,
 * label, undo, paint two regions, get a model, edit it in the interpretation view, save, reopen.
 */
class DigitsTeachLoopUiTest {

    private IWorkbenchPage page;

    @BeforeEach
    void openDigits() {
        page = PlatformUI.getWorkbench().getActiveWorkbenchWindow().getActivePage();
        UiTestSupport.openSample(page, "digits", 60_000);
    }

    @AfterEach
    void close() {
        page.closeAllEditors(false);
    }

    private ContourEditor editor() {
        return (ContourEditor) page.getActiveEditor();
    }

    @Test
    void canvasPaintsEveryLabelInItsColour() throws Exception {
        EmbeddingCanvas canvas = editor().canvas();
        ProjectSession session = editor().session();
        assertEquals(1797, session.project().getEmbedding().getXs().length);
        assertEquals(10, session.project().getLabels().size());

        ImageData shown = UiTestSupport.pixels(canvas.getControl());
        // Points far from any other point on screen must show exactly their label's colour
        int checked = 0;
        Set<Integer> coloursSeen = new HashSet<>();
        for (int row = 0; row < 1797; row++) {
            Point p = canvas.pixelOf(row);
            if (!isolated(canvas, row, 8) || p.x < 150 || p.y < 10 || p.x >= shown.width - 5 || p.y >= shown.height - 5) {
                continue; // overlapped, or under the legend
            }
            int expected = session.labelOf(row).getColor();
            assertEquals(Integer.toHexString(expected), Integer.toHexString(UiTestSupport.rgbAt(shown, p.x, p.y)),
                    "centre pixel of isolated point " + row);
            coloursSeen.add(expected);
            checked++;
        }
        assertTrue(checked >= 20, "only " + checked + " isolated points to check");
        assertTrue(coloursSeen.size() >= 5, "colours of isolated points: " + coloursSeen.size());
        // and every label colour is on screen somewhere
        Set<Integer> onScreen = new HashSet<>();
        for (int y = 0; y < shown.height; y += 1) {
            for (int x = 0; x < shown.width; x += 1) {
                onScreen.add(UiTestSupport.rgbAt(shown, x, y));
            }
        }
        for (LabelClass label : session.project().getLabels()) {
            assertTrue(onScreen.contains(label.getColor()), "colour of label " + label.getName() + " is painted");
        }
        UiTestSupport.screenshot(canvas.getControl().getShell(), "digits-workbench");
    }

    @Test
    void lassoSelectsThePointsInsideAndAssignedLabelsUndo() {
        ContourEditor editor = editor();
        EmbeddingCanvas canvas = editor.canvas();
        ProjectSession session = editor.session();
        // a lasso around the on-screen centre of the points labelled "0"
        List<Point> lasso = circleAround(centreOf(canvas, session, "0"), 45, 24);
        UiTestSupport.drag(canvas.getControl(), lasso, 0);

        int[] selected = canvas.selection();
        Set<Integer> expected = insideByBruteForce(canvas, lasso);
        assertTrue(selected.length >= 30, "lasso selected " + selected.length);
        Set<Integer> got = new HashSet<>();
        for (int r : selected) {
            got.add(r);
        }
        Set<Integer> differ = new HashSet<>(got);
        differ.addAll(expected);
        Set<Integer> both = new HashSet<>(got);
        both.retainAll(expected);
        differ.removeAll(both);
        // points exactly on the drawn outline may go either way after rounding to pixels
        assertTrue(differ.size() <= 2, "selection differs from brute force on " + differ.size() + " points");

        DatasetView examples = (DatasetView) page.findView(ContourPerspective.DATASET_VIEW);
        UiTestSupport.settle(200);
        assertEquals(selected.length, examples.selectionCount(), "the examples table follows the map");

        // choose label "7" in the palette and press "Assign label"
        LabelClass seven = session.project().getLabels().stream().filter(l -> l.getName().equals("7")).findFirst().get();
        choose(canvas.getControl(), "7");
        UiTestSupport.clickCentre(findButton(canvas.getControl().getParent(), "Assign label"));
        UiTestSupport.settle(200);
        for (int r : selected) {
            assertEquals(seven, session.labelOf(r));
        }
        assertEquals("7", examples.cellText(selected[0], "label"));
        assertTrue(editor.isDirty());

        IAction undo = editor.getEditorSite().getActionBars().getGlobalActionHandler(ActionFactory.UNDO.getId());
        undo.run();
        UiTestSupport.settle(200);
        for (int r : selected) {
            assertEquals(session.table().labels().get(r), session.labelOf(r).getName(), "undo restores row " + r);
        }
        assertEquals(session.table().labels().get(selected[0]), examples.cellText(selected[0], "label"));
    }

    @Test
    void paintedRegionsTrainAModelThatTheExpertEditsAndThatSurvivesSaving(@TempDir Path dir) throws Exception {
        ContourEditor editor = editor();
        EmbeddingCanvas canvas = editor.canvas();
        ProjectSession session = editor.session();
        Control map = canvas.getControl();
        Button brush = findButton(map.getParent(), "Paint region");
        UiTestSupport.clickCentre(brush);
        assertTrue(brush.getSelection());
        assertFalse(findButton(map.getParent(), "Lasso").getSelection(), "one tool at a time");

        Point zero = centreOf(canvas, session, "0");
        Point one = centreOf(canvas, session, "1");
        choose(map, "0");
        UiTestSupport.drag(map, line(zero, 30), 0);
        UiTestSupport.waitUntil("the first stroke to be added", 10_000, () -> session.project().getSketches().size() == 1);
        assertEquals(null, session.project().getModel(), "one class painted: no model yet");
        choose(map, "1");
        UiTestSupport.drag(map, line(one, 30), 0);
        UiTestSupport.waitUntil("a model trained from two painted classes", 20_000,
                () -> session.project().getModel() != null);
        UiTestSupport.settle(300);

        LinearModel model = (LinearModel) session.project().getModel();
        assertEquals(List.of("0", "1"), List.copyOf(model.getClassNames()));
        Predictor predictor = ModelPredictors.forModel(model);
        assertEquals(0, predictor.predict(canvas.transform().toDataX(zero.x), canvas.transform().toDataY(zero.y), null));
        assertEquals(1, predictor.predict(canvas.transform().toDataX(one.x), canvas.transform().toDataY(one.y), null));

        // the map paints the regions: the pixel between the strokes' ends differs on the two sides
        // (probes 30 px off the strokes, so the translucent stroke paint does not tint them)
        Point besideZero = new Point(zero.x, zero.y + 30);
        Point besideOne = new Point(one.x, one.y + 30);
        ImageData shown = UiTestSupport.pixels(map);
        int regionZero = regionColourNear(shown, canvas, session, besideZero);
        int regionOne = regionColourNear(shown, canvas, session, besideOne);
        assertNotEquals(0xFFFFFF, regionZero, "region of class 0 is tinted");
        assertNotEquals(regionZero, regionOne);
        UiTestSupport.screenshot(map.getShell(), "digits-taught");

        // the interpretation view shows one equation per class and edits a bias
        InterpretationView view = (InterpretationView) page.showView(ContourPerspective.INTERPRETATION_VIEW);
        UiTestSupport.settle(200);
        assertEquals(2, view.coefficientTable().getItemCount());
        assertTrue(view.equationText().contains("score(0) ="), view.equationText());
        view.setCoefficient(0, 3, "1000");
        UiTestSupport.settle(200);
        LinearModel edited = (LinearModel) session.project().getModel();
        assertTrue(edited.isHandEdited());
        assertEquals(1000.0, edited.getBiases()[0]);
        assertEquals(0, ModelPredictors.forModel(edited).predict(canvas.transform().toDataX(one.x),
                canvas.transform().toDataY(one.y), null), "a huge bias for 0 claims the 1 region");
        ImageData afterEdit = UiTestSupport.pixels(map);
        assertEquals(regionZero, regionColourNear(afterEdit, canvas, session, besideOne), "regions repainted after the edit");

        page.activate(editor);
        editor.getEditorSite().getActionBars().getGlobalActionHandler(ActionFactory.UNDO.getId()).run();
        UiTestSupport.settle(200);
        assertFalse(((LinearModel) session.project().getModel()).isHandEdited(), "undo reverts the hand edit");

        // save, close, reopen: labels, sketches and the model come back
        Path file = dir.resolve("digits.contour");
        assertTrue(editor.saveTo(file));
        assertTrue(Files.size(file) > 1000);
        double bias = ((LinearModel) session.project().getModel()).getBiases()[0];
        page.closeAllEditors(false);
        ProjectOpener.open(file);
        UiTestSupport.waitUntil("the saved project to reopen", 60_000, () -> page.getActiveEditor() instanceof ContourEditor);
        ProjectSession reopened = ((ContourEditor) page.getActiveEditor()).session();
        assertEquals(2, reopened.project().getSketches().size());
        assertEquals(bias, ((LinearModel) reopened.project().getModel()).getBiases()[0]);
        assertEquals(1797, reopened.project().getAssignments().length);
        assertEquals("0", reopened.project().getSketches().get(0).getLabel().getName());
    }

    @Test
    void cancellingTheSaveDialogOfANewProjectKeepsItOpenAndUnsaved(@TempDir Path dir) {
        ContourEditor editor = (ContourEditor) page.getActiveEditor();
        ProjectSession session = editor.session();
        session.assignLabel(new int[] {0}, session.project().getLabels().get(1));
        assertTrue(editor.isDirty());
        assertTrue(editor.getEditorInput().getToolTipText().startsWith("not saved yet"),
                editor.getEditorInput().getToolTipText());
        try {
            // what File > Exit's "Save" does for a project never saved: the file dialog, here cancelled.
            // The exit went on and the work was lost; now the save reports the cancel and nothing closes.
            ContourEditor.setFileChooser(dialog -> null);
            assertFalse(page.saveAllEditors(false), "the save did not happen");
            assertTrue(editor.isDirty());
            // answered, it saves
            Path file = dir.resolve("kept.contour");
            ContourEditor.setFileChooser(dialog -> file.toString());
            assertTrue(page.saveAllEditors(false));
            assertFalse(editor.isDirty());
            assertTrue(Files.exists(file));
        } finally {
            ContourEditor.setFileChooser(null);
        }
    }

    // ---------------------------------------------------------------- helpers

    /** Clicks the palette's radio button of {@code label}, with the mouse. */
    private static void choose(Control map, String label) {
        Button b = findButton(map.getParent(), label);
        UiTestSupport.clickCentre(b);
        assertTrue(b.getSelection(), "radio button " + label + " is chosen");
    }

    static Button findButton(Composite root, String text) {
        Composite top = root;
        while (top.getParent() != null && !(top.getParent() instanceof org.eclipse.swt.widgets.Shell)) {
            top = top.getParent();
        }
        Button found = find(top, text);
        assertNotNull(found, "button '" + text + "'");
        return found;
    }

    private static Button find(Composite c, String text) {
        for (Control child : c.getChildren()) {
            if (child instanceof Button b && text.equals(b.getText()) && b.isVisible()) {
                return b;
            }
            if (child instanceof Composite inner) {
                Button b = find(inner, text);
                if (b != null) {
                    return b;
                }
            }
        }
        return null;
    }

    /** Screen centre (median) of the points with file label {@code label}. */
    static Point centreOf(EmbeddingCanvas canvas, ProjectSession session, String label) {
        List<Integer> xs = new ArrayList<>();
        List<Integer> ys = new ArrayList<>();
        for (int r = 0; r < session.table().rowCount(); r++) {
            if (label.equals(session.table().labels().get(r))) {
                xs.add(canvas.pixelOf(r).x);
                ys.add(canvas.pixelOf(r).y);
            }
        }
        xs.sort(null);
        ys.sort(null);
        return new Point(xs.get(xs.size() / 2), ys.get(ys.size() / 2));
    }

    private static List<Point> circleAround(Point c, int radius, int steps) {
        List<Point> path = new ArrayList<>();
        for (int i = 0; i <= steps; i++) {
            double a = 2 * Math.PI * i / steps;
            path.add(new Point(c.x + (int) Math.round(radius * Math.cos(a)), c.y + (int) Math.round(radius * Math.sin(a))));
        }
        return path;
    }

    private static List<Point> line(Point c, int half) {
        List<Point> path = new ArrayList<>();
        for (int d = -half; d <= half; d += 5) {
            path.add(new Point(c.x + d, c.y + d / 3));
        }
        return path;
    }

    /** Independent oracle: even-odd ray casting over the on-screen point positions. */
    private static Set<Integer> insideByBruteForce(EmbeddingCanvas canvas, List<Point> polygon) {
        Set<Integer> inside = new HashSet<>();
        int n = polygon.size();
        for (int r = 0; r < 1797; r++) {
            double px = canvas.transform().toScreenX(canvas.session().project().getEmbedding().getXs()[r]);
            double py = canvas.transform().toScreenY(canvas.session().project().getEmbedding().getYs()[r]);
            boolean in = false;
            for (int i = 0, j = n - 1; i < n; j = i++) {
                Point a = polygon.get(i);
                Point b = polygon.get(j);
                if ((a.y > py) != (b.y > py) && px < (double) (b.x - a.x) * (py - a.y) / (b.y - a.y) + a.x) {
                    in = !in;
                }
            }
            if (in) {
                inside.add(r);
            }
        }
        return inside;
    }

    private static boolean isolated(EmbeddingCanvas canvas, int row, int pixels) {
        Point p = canvas.pixelOf(row);
        for (int other = 0; other < 1797; other++) {
            if (other != row) {
                Point q = canvas.pixelOf(other);
                if (Math.abs(q.x - p.x) < pixels && Math.abs(q.y - p.y) < pixels) {
                    return false;
                }
            }
        }
        return true;
    }

    /** The colour of the first pixel near {@code p} that no point covers: the region colour there. */
    private static int regionColourNear(ImageData shown, EmbeddingCanvas canvas, ProjectSession session, Point p) {
        for (int radius = 0; radius < 40; radius++) {
            for (int dx = -radius; dx <= radius; dx++) {
                for (int dy = -radius; dy <= radius; dy++) {
                    int x = p.x + dx;
                    int y = p.y + dy;
                    if (x >= 0 && y >= 0 && x < shown.width && y < shown.height && noPointNear(canvas, x, y)) {
                        return UiTestSupport.rgbAt(shown, x, y);
                    }
                }
            }
        }
        throw new AssertionError("no free pixel near " + p);
    }

    private static boolean noPointNear(EmbeddingCanvas canvas, int x, int y) {
        for (int r = 0; r < 1797; r++) {
            Point q = canvas.pixelOf(r);
            if (Math.abs(q.x - x) <= 5 && Math.abs(q.y - y) <= 5) {
                return false;
            }
        }
        return true;
    }
}
