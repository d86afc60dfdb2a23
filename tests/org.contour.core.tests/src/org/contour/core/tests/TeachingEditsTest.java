package org.contour.core.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNotSame;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.Map;

import org.contour.core.session.ProjectSession;
import org.contour.core.session.TeachingChoice;
import org.contour.core.session.TeachingEdits;
import org.contour.model.ContourFactory;
import org.contour.model.LabelClass;
import org.contour.model.LinearModel;
import org.contour.model.Sketch;
import org.contour.model.TaughtModel;
import org.contour.samples.SampleDatasets;
import org.eclipse.core.runtime.CoreException;
import org.eclipse.core.runtime.NullProgressMonitor;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Teaching settings stored through commands, and training with them on a real drawing. */
class TeachingEditsTest {

    private static ProjectSession digitsWithTwoStrokes() throws Exception {
        ProjectSession s = ProjectSession.importDataset(SampleDatasets.file(SampleDatasets.DIGITS),
                new NullProgressMonitor());
        s.addSketchAndModel(sketch(s.project().getLabels().get(0), new double[] { -20, 0, -15, 5, -10, 0 }), null);
        s.addSketchAndModel(sketch(s.project().getLabels().get(1), new double[] { 10, 0, 15, -5, 20, 0 }), null);
        return s;
    }

    private static Sketch sketch(LabelClass label, double[] points) {
        Sketch k = ContourFactory.eINSTANCE.createSketch();
        k.setLabel(label);
        k.setPoints(points);
        k.setRadius(3);
        return k;
    }

    @Test
    void settingsAreCreatedOnTheFirstChangeAsOneUndoStepWithTheRetrainedModel() throws Exception {
        ProjectSession s = digitsWithTwoStrokes();
        TeachingEdits edits = new TeachingEdits(s);
        assertNull(s.project().getTeaching());
        assertEquals(TeachingChoice.defaults(), edits.current());

        TeachingChoice choice = TeachingEdits.resolve(edits.current().withClassifier("org.contour.tribuo.logistic",
                Map.of("epochs", "5")).withSampling(200, 7, false));
        TaughtModel model = TeachingEdits.train(s, choice, null, new NullProgressMonitor());
        assertTrue(model.getProvenance().contains("200"), model.getProvenance());
        assertTrue(edits.apply(choice, model));
        assertNotNull(s.project().getTeaching());
        assertEquals(200, s.project().getTeaching().getPointsPerClass());
        assertEquals(7, s.project().getTeaching().getSeed());
        assertEquals("5", s.project().getTeaching().getClassifierOptions().get("epochs"));
        assertSame(model, s.project().getModel());
        assertFalse(edits.apply(choice, model), "nothing new: no command");

        s.commandStack().undo();
        assertNull(s.project().getTeaching(), "one undo takes the settings and the model back");
        assertNull(s.project().getModel());
        s.commandStack().redo();
        assertEquals(choice, edits.current());

        // a display-only change does not call for retraining and keeps the model
        TeachingChoice shown = choice.withShowPseudoPoints(true);
        assertFalse(shown.trainsDifferentlyFrom(choice));
        assertTrue(edits.apply(shown, null));
        assertTrue(s.project().getTeaching().isShowPseudoPoints());
        assertSame(model, s.project().getModel());
    }

    @Test
    void sameSettingsSameModelAndTheSeedMatters() throws Exception {
        ProjectSession s = digitsWithTwoStrokes();
        TeachingChoice a = TeachingEdits.resolve(TeachingChoice.defaults().withSampling(100, 1, false));
        LinearModel m1 = (LinearModel) TeachingEdits.train(s, a, null, new NullProgressMonitor());
        LinearModel m2 = (LinearModel) TeachingEdits.train(s, a, null, new NullProgressMonitor());
        assertNotSame(m1, m2);
        assertEquals(java.util.Arrays.toString(m1.getWeights()), java.util.Arrays.toString(m2.getWeights()));
        LinearModel m3 = (LinearModel) TeachingEdits.train(s, a.withSampling(100, 2, false), null,
                new NullProgressMonitor());
        assertFalse(java.util.Arrays.equals(m1.getWeights(), m3.getWeights()), "another seed, other pseudo-points");
    }

    @Test
    void labelledExamplesJoinThePseudoPointsWhenChosen() throws Exception {
        ProjectSession s = digitsWithTwoStrokes();
        TeachingChoice with = TeachingEdits.resolve(TeachingChoice.defaults().withSampling(50, 42, true));
        TaughtModel model = TeachingEdits.train(s, with, null, new NullProgressMonitor());
        // digits come labelled: all ten classes join, though only two are drawn
        assertEquals(10, model.getClassNames().size());
        assertEquals("0", model.getClassNames().get(0));
        assertTrue(model.getProvenance().contains("1797 labelled examples"), model.getProvenance());
    }

    @Test
    void badOptionsAndMissingClassifiersAreNamed() throws Exception {
        CoreException range = assertThrows(CoreException.class, () -> TeachingEdits.resolve(
                TeachingChoice.defaults().withClassifier("org.contour.tribuo.logistic", Map.of("epochs", "0"))));
        assertTrue(range.getStatus().getMessage().contains("Epochs must be at least 1"), range.getStatus().getMessage());
        CoreException missing = assertThrows(CoreException.class, () -> TeachingEdits.resolve(
                TeachingChoice.defaults().withClassifier("com.example.none", Map.of())));
        assertTrue(missing.getStatus().getMessage().contains("com.example.none"), missing.getStatus().getMessage());
        assertThrows(IllegalArgumentException.class, () -> TeachingChoice.defaults().withSampling(0, 1, false));
        // a classifier that cannot train on all features is refused for that space (it was once
        // stored, and no later drawing was trained)
        CoreException space = assertThrows(CoreException.class, () -> TeachingEdits.resolve(TeachingChoice.defaults()
                .withClassifier("org.contour.tribuo.knn", Map.of()).withSpace(org.contour.model.TeachingSpace.FEATURES)));
        assertTrue(space.getStatus().getMessage().contains("cannot train on the examples' full features"),
                space.getStatus().getMessage());
        TeachingEdits.resolve(TeachingChoice.defaults().withSpace(org.contour.model.TeachingSpace.FEATURES));
    }

    @Test
    void settingsSurviveSaving(@TempDir Path dir) throws Exception {
        ProjectSession s = digitsWithTwoStrokes();
        TeachingChoice choice = TeachingEdits.resolve(TeachingChoice.defaults().withSampling(123, 9, true)
                .withShowPseudoPoints(true));
        new TeachingEdits(s).apply(choice, null);
        Path file = dir.resolve("t.contour");
        s.save(file);
        ProjectSession back = ProjectSession.open(file, new NullProgressMonitor());
        assertEquals(choice, new TeachingEdits(back).current());
    }
}
