package org.contour.ui.tests;

import static org.contour.ui.tests.TeachSupport.paint;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNotSame;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.contour.core.session.ModelEdits;
import org.contour.core.session.ProjectSession;
import org.contour.model.LinearModel;
import org.contour.model.Predictions;
import org.contour.model.TeachingSpace;
import org.contour.ui.ContourPerspective;
import org.contour.ui.canvas.EmbeddingCanvas;
import org.contour.ui.editor.ContourEditor;
import org.contour.ui.interpret.InterpretationView;
import org.eclipse.swt.widgets.Table;
import org.eclipse.ui.IWorkbenchPage;
import org.eclipse.ui.PlatformUI;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Teaching in the full feature space on the fortunes sample: the user chooses "the examples'
 * full features", paints a region for each of two topics with the mouse; the texts inside label
 * themselves, a linear model over their words is trained, the points take the predicted topics'
 * colours and the interpretation view lists each topic's strongest words. Zeroing the strongest
 * word changes the predictions the canvas shows.
 */
class FortunesFeatureTeachingUiTest {

    private IWorkbenchPage page;
    private ContourEditor editor;
    private EmbeddingCanvas canvas;
    private ProjectSession session;

    @BeforeEach
    void openFortunes() {
        page = PlatformUI.getWorkbench().getActiveWorkbenchWindow().getActivePage();
        editor = UiTestSupport.openSample(page, "fortunes", 90_000);
        canvas = editor.canvas();
        session = editor.session();
    }

    @AfterEach
    void close() {
        page.closeAllEditors(false);
    }

    @Test
    void paintedRegionsLabelTheTextsInsideAndTrainAWordModelWhoseEditsRecolourTheMap() throws Exception {
        InterpretationView view = (InterpretationView) page.showView(ContourPerspective.INTERPRETATION_VIEW);
        view.showTeaching();
        UiTestSupport.settle(300);
        UiTestSupport.clickCentre(view.trainOnFeaturesButton());
        UiTestSupport.waitUntil("training on features chosen", 5_000,
                () -> session.project().getTeaching().getSpace() == TeachingSpace.FEATURES);
        page.activate(editor);

        List<String> topics = List.of(session.project().getLabels().get(0).getName(),
                session.project().getLabels().get(1).getName());
        for (String topic : topics) {
            paint(editor, topic, DigitsTeachLoopUiTest.centreOf(canvas, session, topic), 40);
        }
        UiTestSupport.waitUntil("a word model", 60_000, () -> !canvas.isTraining()
                && session.project().getModel() instanceof LinearModel m && m.getFeatureNames().size() > 100);
        LinearModel words = (LinearModel) session.project().getModel();
        assertEquals(topics, List.copyOf(words.getClassNames()));

        // the points show the predicted topics (there are no regions for a model over words)
        UiTestSupport.waitUntil("the predictions on the map", 30_000, () -> canvas.shownPredictions() != null
                && canvas.predictedModel() == words);
        assertSame(EmbeddingCanvas.Colouring.PREDICTIONS, canvas.colouring());
        Predictions first = canvas.shownPredictions();
        // rings for the least sure only: thousands once covered the map in black
        assertTrue(canvas.unsureShown() > 0 && canvas.unsureShown() <= EmbeddingCanvas.MOST_RINGS,
                "rings: " + canvas.unsureShown());
        assertEquals(session.table().rowCount(), first.getPredicted().length);

        // the words view lists each topic's strongest words
        view.showModel();
        UiTestSupport.settle(300);
        Table table = view.wordsTable();
        assertTrue(table.getItemCount() >= 2, "words listed: " + table.getItemCount());
        TeachSupport.screenshotForDocs(canvas.getControl().getShell(), "fortunes-feature-teaching");

        // zero the first topic's strongest words until some text changes its predicted topic
        int width = words.getFeatureNames().size();
        ModelEdits edits = new ModelEdits(session);
        Predictions shown = first;
        for (int attempt = 0; attempt < 20 && shown == first; attempt++) {
            int strongest = -1;
            for (int f = 0; f < width; f++) {
                if (strongest < 0 || words.getWeights()[f] > words.getWeights()[strongest]) {
                    strongest = f;
                }
            }
            assertTrue(edits.setWeight(0, strongest, 0));
            Predictions before = canvas.shownPredictions();
            UiTestSupport.waitUntil("the predictions computed again", 30_000,
                    () -> canvas.shownPredictions() != null && canvas.shownPredictions() != before);
            if (changed(first, canvas.shownPredictions())) {
                shown = canvas.shownPredictions();
            }
        }
        assertNotSame(first, shown, "zeroing the strongest words moved some texts to the other topic");
        assertTrue(words.isHandEdited());
        assertNotNull(view.handEditedText());
        assertNotEquals("", view.handEditedText());
    }

    private static boolean changed(Predictions a, Predictions b) {
        for (int r = 0; r < a.getPredicted().length; r++) {
            if (a.getPredicted()[r] != b.getPredicted()[r]) {
                return true;
            }
        }
        return false;
    }
}
