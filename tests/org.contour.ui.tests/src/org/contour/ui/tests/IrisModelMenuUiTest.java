package org.contour.ui.tests;

import static org.contour.ui.tests.TeachSupport.paint;
import static org.contour.ui.tests.TeachSupport.waitNewModel;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNotSame;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.contour.core.io.ModelFiles;
import org.contour.core.session.ProjectSession;
import org.contour.core.teach.ModelPredictors;
import org.contour.model.ContourFactory;
import org.contour.model.LinearModel;
import org.contour.model.Predictions;
import org.contour.model.TaughtModel;
import org.contour.ui.ContourPerspective;
import org.contour.ui.canvas.EmbeddingCanvas;
import org.contour.ui.dataset.DatasetView;
import org.contour.ui.editor.ContourEditor;
import org.contour.ui.interpret.InterpretationView;
import org.contour.ui.model.EvaluationDialog;
import org.contour.ui.model.ModelActions;
import org.eclipse.core.runtime.jobs.Job;
import org.eclipse.ui.IWorkbenchPage;
import org.eclipse.ui.PlatformUI;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The whole teaching job on iris, the bundled table whose map is two of its columns (petal
 * length and width): paint a region per species with the mouse, read the equations in the
 * columns' names, edit the model by hand, apply it to every flower (evaluation dialog,
 * predictions on the map and in the examples view), export and re-import the model in each
 * format and the predictions, and refuse a model that reads other features.
 */
class IrisModelMenuUiTest {

    private IWorkbenchPage page;
    private ContourEditor editor;
    private EmbeddingCanvas canvas;
    private ProjectSession session;
    private final List<String> messages = new ArrayList<>();

    @BeforeEach
    void openIris() {
        page = PlatformUI.getWorkbench().getActiveWorkbenchWindow().getActivePage();
        editor = UiTestSupport.openSample(page, "iris", 60_000);
        canvas = editor.canvas();
        session = editor.session();
        ModelActions.setMessageSink(messages::add);
    }

    @AfterEach
    void close() {
        ModelActions.setMessageSink(null);
        page.closeAllEditors(false);
    }

    @Test
    void paintReadEditApplyExportAndImportOnIrisPetals(@TempDir Path dir) throws Exception {
        assertEquals(150, session.table().rowCount());
        assertEquals(List.of("petal_length_cm", "petal_width_cm"), session.project().getEmbedding().getAxisNames());

        // one painted stroke per species, each where its flowers are
        for (String species : List.of("setosa", "versicolor", "virginica")) {
            paint(editor, species, DigitsTeachLoopUiTest.centreOf(canvas, session, species), 12);
        }
        waitNewModel(canvas, session, null);
        UiTestSupport.waitUntil("all three regions in the model", 30_000,
                () -> session.project().getModel() instanceof LinearModel m && m.getClassNames().size() == 3
                        && !canvas.isTraining());
        LinearModel model = (LinearModel) session.project().getModel();
        assertEquals(List.of("petal_length_cm", "petal_width_cm"), model.getFeatureNames());

        // the equations read in the columns' names
        InterpretationView view = (InterpretationView) page.findView(ContourPerspective.INTERPRETATION_VIEW);
        assertNotNull(view);
        UiTestSupport.waitUntil("the equations", 10_000, () -> view.equationText().contains("petal_length_cm"));

        // a hand edit (the bias of the first class), then the predictions follow it
        double before = model.getBiases()[0];
        assertTrue(new org.contour.core.session.ModelEdits(session).setBias(0, before + 0.5));
        assertTrue(model.isHandEdited());

        // Model > Apply to All Examples: a Job, then the evaluation dialog
        String[] accuracy = new String[1];
        int[] diagonal = {-1};
        WidgetSupport.Pending dialog = WidgetSupport.whenShellOpens(EvaluationDialog.TITLE, shell -> {
            accuracy[0] = String.join("\n", UiTestSupport.texts(shell));
            org.eclipse.swt.widgets.Table confusion = UiTestSupport.find(shell, org.eclipse.swt.widgets.Table.class).get(0);
            assertEquals("label \\ predicted", confusion.getColumn(0).getText());
            assertEquals(3, confusion.getItemCount(), "a row per species");
            diagonal[0] = 0;
            for (int i = 0; i < 3; i++) {
                diagonal[0] += Integer.parseInt(confusion.getItem(i).getText(i + 1));
            }
            UiTestSupport.clickCentre(UiTestSupport.find(shell, org.eclipse.swt.widgets.Button.class).stream()
                    .filter(b -> "Close".equals(b.getText().replace("&", ""))).findFirst().orElseThrow());
        });
        Job apply = ModelActions.apply(editor);
        assertNotNull(apply);
        UiTestSupport.waitUntil("the model applied and the evaluation shown", 30_000,
                () -> dialog.done && session.project().getPredictions() != null);
        dialog.rethrow();
        Predictions predictions = session.project().getPredictions();
        assertEquals(150, predictions.getPredicted().length);
        int right = 0;
        for (int r = 0; r < 150; r++) {
            String predicted = predictions.getClassNames().get(predictions.getPredicted()[r]);
            right += predicted.equals(session.table().labels().get(r)) ? 1 : 0;
            assertEquals(ModelPredictors.forModel(model).predict(session.project().getEmbedding().getXs()[r],
                    session.project().getEmbedding().getYs()[r], null), predictions.getPredicted()[r],
                    "the applied prediction is the edited model's, row " + r);
        }
        assertTrue(right >= 120, "three strokes on petal size get most flowers right: " + right);
        assertTrue(accuracy[0].contains("Accuracy " + String.format("%.1f%%", 100.0 * right / 150)), accuracy[0]);
        assertEquals(right, diagonal[0], "the confusion matrix's diagonal counts the right predictions");
        assertSame(EmbeddingCanvas.Colouring.PREDICTIONS, canvas.colouring(), "the map shows the predictions");
        assertTrue(editor.lastStatus().startsWith("Applied to 150 examples: accuracy"), editor.lastStatus());
        DatasetView examples = (DatasetView) page.findView(ContourPerspective.DATASET_VIEW);
        UiTestSupport.waitUntil("the predicted column", 5_000,
                () -> predictionName(0).equals(examples.cellText(0, "predicted")));
        assertFalse(examples.cellText(0, "confidence").isBlank());
        org.eclipse.swt.widgets.TableColumn predictedColumn = examples.table().getColumn(5);
        assertEquals("predicted", predictedColumn.getText());
        // the model changes after it was applied: the columns say they are of the earlier model
        assertTrue(new org.contour.core.session.ModelEdits(session).setBias(1, model.getBiases()[1] + 0.1));
        UiTestSupport.settle(200);
        assertEquals(DatasetView.STALE_PREDICTED, predictedColumn.getText());
        session.commandStack().undo();
        UiTestSupport.settle(200);
        assertEquals("predicted", predictedColumn.getText(), "undone: the applied model again");

        // the predictions as CSV and JSON lines
        Path csv = dir.resolve("iris-predictions.csv");
        assertTrue(ModelActions.exportPredictions(editor, csv), messages.toString());
        List<String> lines = Files.readAllLines(csv);
        assertEquals(151, lines.size(), "a header and one line per flower");
        assertTrue(lines.get(1).contains(predictionName(0)), lines.get(1));
        Path jsonl = dir.resolve("iris-predictions.jsonl");
        assertTrue(ModelActions.exportPredictions(editor, jsonl), messages.toString());
        assertEquals(150, Files.readAllLines(jsonl).size());
        assertTrue(Files.readAllLines(jsonl).get(0).startsWith("{"));

        // the model in each format, re-imported: the same predictions; one undo step each
        for (String format : List.of(ModelFiles.EXTENSION, "tribuo", "onnx")) {
            Path file = dir.resolve("iris." + format);
            assertTrue(ModelActions.exportModel(editor, file), format + ": " + messages);
            TaughtModel current = session.project().getModel();
            assertTrue(ModelActions.importModel(editor, file), format + ": " + messages);
            TaughtModel imported = session.project().getModel();
            assertNotSame(current, imported);
            var a = ModelPredictors.forModel(current);
            var b = ModelPredictors.forModel(imported);
            for (int r = 0; r < 150; r++) {
                double x = session.project().getEmbedding().getXs()[r];
                double y = session.project().getEmbedding().getYs()[r];
                assertEquals(current.getClassNames().get(a.predict(x, y, null)),
                        imported.getClassNames().get(b.predict(x, y, null)), format + ", row " + r);
            }
            session.commandStack().undo();
            assertSame(current, session.project().getModel(), format + ": undo brings the previous model back");
        }

        // a model that reads other features is refused, naming them; nothing changes
        LinearModel digitsModel = ContourFactory.eINSTANCE.createLinearModel();
        digitsModel.getClassNames().addAll(List.of("0", "1"));
        digitsModel.getFeatureNames().addAll(List.of("PC1", "PC2"));
        digitsModel.setWeights(new double[] {1, 0, 0, 1});
        digitsModel.setBiases(new double[] {0, 0});
        digitsModel.setTrainerId("org.contour.tribuo.logistic");
        Path foreign = dir.resolve("digits." + ModelFiles.EXTENSION);
        ModelFiles.write(digitsModel, foreign);
        TaughtModel kept = session.project().getModel();
        messages.clear();
        assertFalse(ModelActions.importModel(editor, foreign));
        assertEquals(1, messages.size(), messages.toString());
        assertTrue(messages.get(0).contains("PC1"), messages.get(0));
        assertSame(kept, session.project().getModel());

        TeachSupport.screenshotForDocs(canvas.getControl().getShell(), "iris-applied");
    }

    @Test
    void turningOneOfThreeClassesBoundariesLeavesTheLinesOfTheOtherPairAlone() throws Exception {
        for (String species : List.of("setosa", "versicolor", "virginica")) {
            paint(editor, species, DigitsTeachLoopUiTest.centreOf(canvas, session, species), 12);
        }
        UiTestSupport.waitUntil("all three regions in the model", 30_000,
                () -> session.project().getModel() instanceof LinearModel m && m.getClassNames().size() == 3
                        && !canvas.isTraining());
        LinearModel model = (LinearModel) session.project().getModel();
        int setosa = model.getClassNames().indexOf("setosa");
        int versicolor = model.getClassNames().indexOf("versicolor");
        int virginica = model.getClassNames().indexOf("virginica");
        org.contour.core.interpret.LinearBoundary before = org.contour.core.interpret.LinearBoundary.of(model,
                Math.min(setosa, versicolor), Math.max(setosa, versicolor));
        TeachSupport.tool(editor, "Edit");
        var part = TeachSupport.boundaryPart(canvas, Math.min(versicolor, virginica), Math.max(versicolor, virginica));
        assertNotNull(part, "the versicolor|virginica boundary is an edit part");
        org.eclipse.draw2d.geometry.Point[] handles = part.boundaryFigure().handles();
        assertNotNull(handles, "its handles show");
        org.eclipse.swt.graphics.Point end = TeachSupport.swt(handles[2]);
        UiTestSupport.drag(canvas.getControl(), TeachSupport.line(end,
                new org.eclipse.swt.graphics.Point(end.x, end.y - 60)), 0);
        UiTestSupport.waitUntil("the boundary to turn", 10_000, model::isHandEdited);
        // the user turned versicolor|virginica; setosa|versicolor, also on the map, stays exactly
        // (sharing the change between both classes once moved it by most of a centimetre)
        org.contour.core.interpret.LinearBoundary after = org.contour.core.interpret.LinearBoundary.of(model,
                Math.min(setosa, versicolor), Math.max(setosa, versicolor));
        assertEquals(before.nx(), after.nx(), 1e-12);
        assertEquals(before.ny(), after.ny(), 1e-12);
        assertEquals(before.c(), after.c(), 1e-12);
    }

    @Test
    void theChosenFormatDecidesTheFileExtension() {
        String[] formats = {ModelFiles.EXTENSION, "tribuo", "onnx"};
        // the dialog proposes iris.contourmodel; choosing ONNX once still wrote that name
        assertEquals("/tmp/iris.onnx", ModelActions.withExtension("/tmp/iris." + ModelFiles.EXTENSION, formats, 2));
        assertEquals("/tmp/iris.tribuo", ModelActions.withExtension("/tmp/iris", formats, 1));
        assertEquals("/tmp/iris.onnx", ModelActions.withExtension("/tmp/iris.onnx", formats, 2));
        assertEquals("/tmp/iris.v2", ModelActions.withExtension("/tmp/iris.v2", formats, 0), "a name of the user's own stays");
        assertEquals("/tmp/p.jsonl", ModelActions.withExtension("/tmp/p.csv", new String[] {"csv", "jsonl"}, 1));
    }

    private String predictionName(int row) {
        Predictions p = session.project().getPredictions();
        return p.getClassNames().get(p.getPredicted()[row]);
    }
}
