package org.contour.core.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.contour.core.apply.Evaluation;
import org.contour.core.apply.ModelApplication;
import org.contour.core.session.ProjectSession;
import org.contour.core.session.Teacher;
import org.contour.core.teach.FeatureMismatchException;
import org.contour.core.teach.ModelPredictors;
import org.contour.core.teach.Predictor;
import org.contour.model.ContourFactory;
import org.contour.model.LinearModel;
import org.contour.model.Predictions;
import org.contour.model.Subset;
import org.contour.model.TaughtModel;
import org.contour.model.TeachingSettings;
import org.contour.model.TeachingSpace;
import org.eclipse.core.runtime.CoreException;
import org.eclipse.core.runtime.NullProgressMonitor;
import org.eclipse.core.runtime.OperationCanceledException;
import org.junit.jupiter.api.Test;

/** Applying a taught model to all examples: predictions as one undo step, accuracy, confusion, mismatches. */
class ApplyTest {

    @Test
    void applyingPredictsEveryExampleAndIsOneUndoStep() throws Exception {
        ProjectSession s = TeachData.digits();
        TaughtModel model = taughtFromLabels(s, "org.contour.tribuo.logistic");
        ModelApplication.Result result = ModelApplication.apply(s, model, new NullProgressMonitor());
        assertEquals(ModelApplication.Inputs.MAP, result.inputs());
        Predictions p = result.predictions();
        assertEquals(1797, p.getPredicted().length);
        assertEquals(model.getClassNames(), p.getClassNames());
        Predictor predictor = ModelPredictors.forModel(model);
        double[] probabilities = new double[predictor.classCount()];
        for (int r = 0; r < 1797; r += 37) {
            int k = predictor.predict(s.project().getEmbedding().getXs()[r], s.project().getEmbedding().getYs()[r],
                    probabilities);
            assertEquals(k, p.getPredicted()[r]);
            assertEquals(probabilities[k], p.getConfidence()[r], 0);
        }
        assertTrue(p.getModelDescription().contains("applied to the map coordinates [PC1, PC2]"), p.getModelDescription());

        assertNull(s.project().getPredictions());
        CoreException noModel = assertThrows(CoreException.class, () -> ModelApplication.apply(s, null));
        assertTrue(noModel.getMessage().contains("no model to apply"), noModel.getMessage());
        ModelApplication.set(s, result);
        assertEquals("Apply model", s.commandStack().getUndoCommand().getLabel());
        assertSame(p, s.project().getPredictions());
        s.commandStack().undo();
        assertNull(s.project().getPredictions());
        s.commandStack().redo();
        assertSame(p, s.project().getPredictions());

        Evaluation e = result.evaluation();
        assertEquals(1797, e.evaluated());
        int sum = 0;
        int diagonal = 0;
        for (int a = 0; a < e.classes().size(); a++) {
            for (int q = 0; q < e.classes().size(); q++) {
                sum += e.confusion()[a][q];
            }
            diagonal += e.confusion()[a][a];
        }
        assertEquals(1797, sum);
        assertEquals(diagonal, e.correct());
        // two principal components separate some digits well, not all: clearly better than chance
        assertTrue(e.accuracy() > 0.4 && e.accuracy() < 0.9, e.describe());
        assertTrue(e.scope().startsWith("all labelled examples"), e.scope());
    }

    @Test
    void theDevSubsetIsWhatIsMeasuredWhenThereIsOne() throws Exception {
        ProjectSession s = TeachData.digits();
        TaughtModel model = taughtFromLabels(s, "org.contour.tribuo.tree");
        int rows = s.project().getAssignments().length;
        int[] subsets = new int[rows];
        int dev = 0;
        for (int r = 0; r < rows; r++) {
            subsets[r] = r % 4 == 0 ? Subset.DEV_VALUE : r % 9 == 0 ? Subset.EXCLUDED_VALUE : Subset.TRAIN_VALUE;
            dev += subsets[r] == Subset.DEV_VALUE ? 1 : 0;
        }
        s.project().setSubsets(subsets);
        Evaluation e = ModelApplication.apply(s, model, null).evaluation();
        assertEquals(dev, e.evaluated());
        assertTrue(e.scope().startsWith("DEV subset"), e.scope());
        // with no DEV rows, every labelled row except the excluded ones
        for (int r = 0; r < rows; r++) {
            subsets[r] = subsets[r] == Subset.DEV_VALUE ? Subset.TEST_VALUE : subsets[r];
        }
        int excluded = (int) java.util.stream.IntStream.of(subsets).filter(v -> v == Subset.EXCLUDED_VALUE).count();
        assertEquals(rows - excluded, ModelApplication.apply(s, model, null).evaluation().evaluated());
    }

    @Test
    void everyKindOfModelApplies() throws Exception {
        ProjectSession s = TeachData.digits();
        for (String id : List.of("org.contour.tribuo.polynomial", "org.contour.tribuo.tree", "org.contour.tribuo.knn")) {
            Evaluation e = ModelApplication.apply(s, taughtFromLabels(s, id), null).evaluation();
            assertTrue(e.accuracy() > 0.4, id + ": " + e.describe());
        }
    }

    @Test
    void aModelOfOtherDataNamesWhatIsMissing() throws Exception {
        ProjectSession s = TeachData.digits();
        LinearModel iris = ContourFactory.eINSTANCE.createLinearModel();
        iris.getClassNames().addAll(List.of("setosa", "versicolor"));
        iris.getFeatureNames().addAll(List.of("petal_length", "petal_width"));
        iris.setWeights(new double[4]);
        iris.setBiases(new double[2]);
        CoreException e = assertThrows(CoreException.class, () -> ModelApplication.apply(s, iris, null));
        assertTrue(e.getMessage().contains("'petal_length', 'petal_width'"), e.getMessage());
        assertTrue(e.getMessage().contains("2 missing"), e.getMessage());
        assertTrue(e.getMessage().contains("[PC1, PC2]"), e.getMessage());
        assertTrue(e.getMessage().contains("64 features"), e.getMessage());
        // a pixel model missing one column of this dataset
        LinearModel pixels = ContourFactory.eINSTANCE.createLinearModel();
        pixels.getClassNames().addAll(List.of("0", "1"));
        pixels.getFeatureNames().addAll(List.of(s.features().featureNames()[3], "p99"));
        pixels.setWeights(new double[4]);
        pixels.setBiases(new double[2]);
        FeatureMismatchException m = assertThrows(FeatureMismatchException.class,
                () -> ModelApplication.inputsFor(pixels, s.project().getEmbedding(), s.features()));
        assertEquals(List.of("p99"), m.missing());
        assertNull(s.project().getPredictions());
    }

    @Test
    void cancellingLeavesTheProjectAsItWas() throws Exception {
        ProjectSession s = TeachData.digits();
        TaughtModel model = taughtFromLabels(s, "org.contour.tribuo.logistic");
        NullProgressMonitor cancelled = new NullProgressMonitor();
        cancelled.setCanceled(true);
        assertThrows(OperationCanceledException.class, () -> ModelApplication.apply(s, model, cancelled));
        assertNull(s.project().getPredictions());
        assertTrue(!s.commandStack().canUndo());
    }

    @Test
    void anExampleAtNonFiniteCoordinatesGetsNoPrediction() throws Exception {
        LinearModel m = ContourFactory.eINSTANCE.createLinearModel();
        m.getClassNames().addAll(List.of("a", "b"));
        m.getFeatureNames().addAll(List.of("x", "y"));
        m.setWeights(new double[] { 1, 0, -1, 0 });
        m.setBiases(new double[2]);
        int[] predicted = new int[3];
        double[] confidence = new double[3];
        ModelApplication.predictMap(ModelPredictors.forModel(m), new double[] { 1, Double.NaN, -1 },
                new double[] { 0, 0, Double.POSITIVE_INFINITY }, predicted, confidence, null);
        assertEquals(0, predicted[0]);
        assertEquals(-1, predicted[1]);
        assertEquals(-1, predicted[2]);
        assertEquals(0, confidence[1]);
    }

    @Test
    void aFeatureSpaceModelIsAppliedToTheFeatureVectors() throws Exception {
        ProjectSession s = TeachData.fortunes();
        s.project().getSketches().addAll(List.of(TeachData.strokeOverClass(s, 0, 0.05), TeachData.strokeOverClass(s, 1, 0.05)));
        TeachingSettings t = ContourFactory.eINSTANCE.createTeachingSettings();
        t.setSpace(TeachingSpace.FEATURES);
        s.project().setTeaching(t);
        TaughtModel model = Teacher.teach(s, null, null).model();
        ModelApplication.Result result = ModelApplication.apply(s, model, null);
        assertEquals(ModelApplication.Inputs.FEATURES, result.inputs());
        assertEquals(s.features().rows(), result.predictions().getPredicted().length);
        // the two classes taught split the texts between them
        long first = java.util.stream.IntStream.of(result.predictions().getPredicted()).filter(k -> k == 0).count();
        assertTrue(first > 0 && first < s.features().rows(), first + " texts predicted as the first class");
    }

    /** A model of {@code classifierId} trained on every labelled example of the map (no sketches). */
    static TaughtModel taughtFromLabels(ProjectSession s, String classifierId) throws Exception {
        TeachingSettings t = ContourFactory.eINSTANCE.createTeachingSettings();
        t.setClassifierId(classifierId);
        t.setIncludeLabelledExamples(true);
        return Teacher.teach(s, null, t, null).model();
    }
}
