package org.contour.core.tests;

import static org.contour.core.tests.SketchSamplerTest.label;
import static org.contour.core.tests.SketchSamplerTest.sketch;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.SplittableRandom;

import org.contour.api.Options;
import org.contour.api.data.TrainingSet;
import org.contour.core.teach.LinearPredictor;
import org.contour.core.teach.SketchException;
import org.contour.core.teach.SketchSampler;
import org.contour.model.LabelClass;
import org.contour.model.LinearModel;
import org.contour.model.Sketch;
import org.contour.model.TaughtModel;
import org.contour.tribuo.LogisticRegressionClassifier;
import org.contour.tribuo.TrainedLogisticRegression;
import org.eclipse.core.runtime.CoreException;
import org.eclipse.core.runtime.NullProgressMonitor;
import org.eclipse.core.runtime.OperationCanceledException;
import org.junit.jupiter.api.Test;

class LogisticRegressionTest {

    private final LogisticRegressionClassifier classifier = new LogisticRegressionClassifier();

    @Test
    void twoSketchedRegionsAreEachPredictedAsTheirOwnClass() throws Exception {
        LabelClass left = label("a");
        LabelClass right = label("b");
        List<Sketch> sketches = List.of(sketch(left, 1, -6, -1, -5, 0, -4, 1, -5, 2),
                sketch(right, 1, 4, 1, 5, 0, 6, -1, 5, -2));
        TrainingSet data = new SketchSampler().sample(List.of(left, right), sketches, 42);

        TaughtModel taught = classifier.train(data, Options.NONE, new NullProgressMonitor());

        LinearModel model = assertInstanceOf(LinearModel.class, taught);
        LinearPredictor predictor = new LinearPredictor(model);
        for (Sketch sketch : sketches) {
            int expected = model.getClassNames().indexOf(sketch.getLabel().getName());
            double[] xy = sketch.getPoints();
            for (int k = 0; k < xy.length; k += 2) {
                assertEquals(expected, predictor.predict(xy[k], xy[k + 1], null),
                        "vertex (" + xy[k] + ", " + xy[k + 1] + ") of " + sketch.getLabel().getName());
            }
        }
    }

    @Test
    void convertedModelPredictsExactlyWhatTribuoPredicts() throws Exception {
        // Classes and features deliberately out of alphabetical order, and the map far from the
        // origin, so that Tribuo's own id order and the standardisation must both be undone.
        TrainingSet data = clusters(new String[] { "zebra", "apple", "mango" }, new String[] { "umap-2", "umap-1" },
                1000, 250, 17);

        TrainedLogisticRegression trained = classifier.fit(data, new NullProgressMonitor());
        LinearPredictor predictor = new LinearPredictor(trained.model());

        double[] ours = new double[3];
        double[] tribuo = new double[3];
        for (double[] point : data.features()) {
            assertSamePrediction(trained, predictor, point, ours, tribuo);
        }
        for (int i = 0; i <= 60; i++) {
            for (int j = 0; j <= 60; j++) {
                double[] point = { 980 + i * 40.0 / 60, 980 + j * 40.0 / 60 };
                assertSamePrediction(trained, predictor, point, ours, tribuo);
            }
        }
    }

    @Test
    void convertedModelPredictsExactlyWhatTribuoPredictsOnSketches() throws Exception {
        LabelClass a = label("a");
        LabelClass b = label("b");
        LabelClass c = label("c");
        List<Sketch> sketches = List.of(sketch(a, 1.5, -8, -8, -2, -6, 0, -9), sketch(b, 1, 6, 6, 7, 2),
                sketch(c, 2, -6, 6), sketch(a, 1, 8, -8));
        TrainingSet data = new SketchSampler().sample(List.of(a, b, c), sketches, 5);
        TrainedLogisticRegression trained = classifier.fit(data, null);
        LinearPredictor predictor = new LinearPredictor(trained.model());
        double[] ours = new double[3];
        double[] tribuo = new double[3];
        for (double[] point : data.features()) {
            assertSamePrediction(trained, predictor, point, ours, tribuo);
        }
        for (int i = 0; i <= 50; i++) {
            for (int j = 0; j <= 50; j++) {
                assertSamePrediction(trained, predictor, new double[] { -12 + i * 0.48, -12 + j * 0.48 }, ours, tribuo);
            }
        }
    }

    @Test
    void modelCarriesNamesOrderAndProvenance() throws Exception {
        TrainingSet data = clusters(new String[] { "zebra", "apple" }, new String[] { "x", "y" }, 0, 100, 7);

        LinearModel model = classifier.fit(data, new NullProgressMonitor()).model();

        assertEquals(LogisticRegressionClassifier.TRAINER_ID, model.getTrainerId());
        assertEquals(List.of("zebra", "apple"), model.getClassNames());
        assertEquals(List.of("x", "y"), model.getFeatureNames());
        assertEquals(4, model.getWeights().length);
        assertEquals(2, model.getBiases().length);
        assertFalse(model.isHandEdited());
        String provenance = model.getProvenance();
        assertTrue(provenance.contains("LinearSGDTrainer"), provenance);
        assertTrue(provenance.contains("LogMulticlass"), provenance);
        assertTrue(provenance.contains("AdaGrad"), provenance);
        assertTrue(provenance.contains("epochs " + LogisticRegressionClassifier.DEFAULT_EPOCHS), provenance);
        assertTrue(provenance.contains("seed 7"), provenance);
        assertTrue(provenance.contains("on 200 examples"), provenance);
        assertTrue(provenance.contains("data: test clusters"), provenance);
        assertTrue(provenance.contains("trained at "), provenance);
    }

    @Test
    void sameTrainingSetGivesTheSameModel() throws Exception {
        TrainingSet data = clusters(new String[] { "p", "q", "r" }, new String[] { "x", "y" }, 3, 200, 99);
        LinearModel first = (LinearModel) classifier.train(data, Options.NONE, null);
        LinearModel second = (LinearModel) new LogisticRegressionClassifier().train(data, Options.NONE, null);
        assertArrayEquals(first.getWeights(), second.getWeights());
        assertArrayEquals(first.getBiases(), second.getBiases());
    }

    @Test
    void oneClassCannotBeTrained() {
        TrainingSet data = new TrainingSet(new double[][] { { 0, 0 }, { 1, 1 } }, new int[] { 0, 0 },
                new String[] { "only" }, new String[] { "x", "y" }, 1, "test");
        CoreException e = assertThrows(CoreException.class, () -> classifier.train(data, Options.NONE, null));
        assertTrue(e.getMessage().contains("at least two classes"), e.getMessage());
    }

    @Test
    void aClassWithoutExamplesCannotBeTrained() {
        TrainingSet data = new TrainingSet(new double[][] { { 0, 0 }, { 1, 1 } }, new int[] { 0, 0 },
                new String[] { "seen", "unseen" }, new String[] { "x", "y" }, 1, "test");
        CoreException e = assertThrows(CoreException.class, () -> classifier.train(data, Options.NONE, null));
        assertTrue(e.getMessage().contains("'unseen' has no examples"), e.getMessage());
    }

    @Test
    void sketchesOfOneClassAreRefusedBeforeTraining() {
        LabelClass a = label("a");
        SketchException e = assertThrows(SketchException.class,
                () -> new SketchSampler().sample(List.of(a, label("b")), List.of(sketch(a, 1, 0, 0)), 1));
        assertEquals(SketchException.Reason.SINGLE_CLASS, e.getReason());
    }

    @Test
    void cancellingStopsTraining() {
        TrainingSet data = clusters(new String[] { "a", "b" }, new String[] { "x", "y" }, 0, 50, 1);
        NullProgressMonitor monitor = new NullProgressMonitor();
        monitor.setCanceled(true);
        assertThrows(OperationCanceledException.class, () -> classifier.train(data, Options.NONE, monitor));
    }

    private static void assertSamePrediction(TrainedLogisticRegression trained, LinearPredictor predictor,
            double[] point, double[] ours, double[] tribuo) {
        int tribuoClass = trained.predictWithTribuo(point, tribuo);
        int ourClass = predictor.predict(point, ours);
        String where = "at (" + point[0] + ", " + point[1] + ")";
        assertEquals(tribuoClass, ourClass, where);
        assertEquals(tribuoClass, predictor.predict(point[0], point[1], null), where);
        for (int c = 0; c < ours.length; c++) {
            assertEquals(tribuo[c], ours[c], 1e-9, where + ", class " + c);
        }
    }

    /** Gaussian clusters, one per class, around a ring centred at (centre, centre). */
    private static TrainingSet clusters(String[] classNames, String[] featureNames, double centre, int perClass,
            long seed) {
        SplittableRandom random = new SplittableRandom(seed);
        int n = classNames.length * perClass;
        double[][] features = new double[n][];
        int[] labels = new int[n];
        for (int i = 0; i < n; i++) {
            int c = i % classNames.length;
            double angle = 2 * Math.PI * c / classNames.length;
            features[i] = new double[] { centre + 6 * Math.cos(angle) + 2.5 * random.nextGaussian(),
                    centre + 6 * Math.sin(angle) + 2.5 * random.nextGaussian() };
            labels[i] = c;
        }
        return new TrainingSet(features, labels, classNames, featureNames, seed, "test clusters");
    }
}
