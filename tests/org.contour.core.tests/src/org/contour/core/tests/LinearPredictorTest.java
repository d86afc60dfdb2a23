package org.contour.core.tests;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.SplittableRandom;

import org.contour.core.teach.LinearPredictor;
import org.contour.core.teach.ModelPredictors;
import org.contour.core.teach.Predictor;
import org.contour.model.ContourFactory;
import org.contour.model.LinearModel;
import org.junit.jupiter.api.Test;

class LinearPredictorTest {

    @Test
    void scoresAreWeightedSumsAndProbabilitiesTheirSoftmax() {
        // score(a) = 1*x - 2*y + 0.5, score(b) = -1*x + 0*y + 0, score(c) = 0.5*x + 0.5*y - 1
        LinearModel model = linearModel(new double[] { 1, -2, -1, 0, 0.5, 0.5 }, new double[] { 0.5, 0, -1 }, "a", "b",
                "c");
        Predictor predictor = ModelPredictors.forModel(model);
        double[] probabilities = new double[3];

        int predicted = predictor.predict(new double[] { 2, 1 }, probabilities);

        double[] scores = { 0.5, -2, 0.5 };
        double sum = Math.exp(0.5) + Math.exp(-2) + Math.exp(0.5);
        assertEquals(0, predicted, "a tie goes to the first class");
        assertEquals(Math.exp(scores[0]) / sum, probabilities[0], 1e-15);
        assertEquals(Math.exp(scores[1]) / sum, probabilities[1], 1e-15);
        assertEquals(Math.exp(scores[2]) / sum, probabilities[2], 1e-15);
        assertEquals(1, predictor.predict(new double[] { -3, 0 }, null));
    }

    @Test
    void twoDimensionalPathMatchesTheGeneralOneExactly() {
        SplittableRandom random = new SplittableRandom(3);
        double[] weights = random.doubles(8, -5, 5).toArray();
        double[] biases = random.doubles(4, -5, 5).toArray();
        LinearPredictor predictor = new LinearPredictor(weights, biases, List.of("a", "b", "c", "d"), List.of("x", "y"));
        double[] general = new double[4];
        double[] fast = new double[4];
        for (int i = 0; i < 10_000; i++) {
            double x = random.nextDouble(-20, 20);
            double y = random.nextDouble(-20, 20);
            int expected = predictor.predict(new double[] { x, y }, general);
            assertEquals(expected, predictor.predict(x, y, fast));
            assertEquals(expected, predictor.predict(x, y, null));
            assertArrayEquals(general, fast);
        }
    }

    @Test
    void largeScoresDoNotOverflow() {
        LinearPredictor predictor = new LinearPredictor(new double[] { 1e3, 0, -1e3, 0 }, new double[] { 0, 0 },
                List.of("a", "b"), List.of("x", "y"));
        double[] probabilities = new double[2];
        assertEquals(0, predictor.predict(1e3, 0, probabilities));
        assertArrayEquals(new double[] { 1, 0 }, probabilities);
        assertEquals(1, predictor.predict(-1e3, 5, probabilities));
        assertArrayEquals(new double[] { 0, 1 }, probabilities);
    }

    @Test
    void worksForMoreThanTwoFeatures() {
        LinearPredictor predictor = new LinearPredictor(new double[] { 1, 1, 1, -1, -1, -1 }, new double[] { 0, 0 },
                List.of("up", "down"), List.of("f1", "f2", "f3"));
        assertEquals(0, predictor.predict(new double[] { 1, 2, 3 }, null));
        assertEquals(1, predictor.predict(new double[] { -1, -2, 0 }, null));
        assertThrows(IllegalStateException.class, () -> predictor.predict(1, 2, null));
        assertThrows(IllegalArgumentException.class, () -> predictor.predict(new double[] { 1, 2 }, null));
    }

    @Test
    void parametersThatDoNotFitTheNamesAreRejected() {
        assertThrows(IllegalArgumentException.class,
                () -> ModelPredictors.forModel(linearModel(new double[] { 1, 2, 3 }, new double[] { 0, 0 }, "a", "b")));
        assertThrows(IllegalArgumentException.class,
                () -> ModelPredictors.forModel(linearModel(new double[] { 1, 2, 3, 4 }, new double[] { 0 }, "a", "b")));
        assertThrows(IllegalArgumentException.class,
                () -> ModelPredictors.forModel(linearModel(null, new double[] { 0, 0 }, "a", "b")));
    }

    @Test
    void aPredictorIsASnapshotOfTheModel() {
        LinearModel model = linearModel(new double[] { 1, 0, -1, 0 }, new double[] { 0, 0 }, "right", "left");
        Predictor predictor = ModelPredictors.forModel(model);
        assertInstanceOf(LinearPredictor.class, predictor);
        // Not even an in-place change of the model's array reaches a predictor made before it.
        model.getWeights()[0] = -5;
        assertEquals(0, predictor.predict(3, 0, null));
        assertEquals(1, ModelPredictors.forModel(model).predict(3, 0, null));
        assertEquals(List.of("right", "left"), predictor.classNames());
        assertEquals(List.of("x", "y"), predictor.featureNames());
    }

    @Test
    void rasterOfTheCanvasIsFast() {
        LinearPredictor predictor = new LinearPredictor(new double[] { 1, 2, -1, 0.5, 0.3, -2, 0, 1 },
                new double[] { 0.1, 0.2, 0.3, 0.4 }, List.of("a", "b", "c", "d"), List.of("x", "y"));
        double[] probabilities = new double[4];
        long best = Long.MAX_VALUE;
        int checksum = 0;
        for (int run = 0; run < 10; run++) {
            long start = System.nanoTime();
            for (int row = 0; row < 400; row++) {
                for (int column = 0; column < 500; column++) {
                    checksum += predictor.predict(column / 25.0 - 10, row / 20.0 - 10, probabilities);
                }
            }
            best = Math.min(best, System.nanoTime() - start);
        }
        assertTrue(checksum > 0);
        // About 5 ms on a laptop; generous so a loaded build machine does not fail it.
        assertTrue(best < 200_000_000L, "500x400 raster took " + best / 1e6 + " ms");
    }

    static LinearModel linearModel(double[] weights, double[] biases, String... classNames) {
        LinearModel model = ContourFactory.eINSTANCE.createLinearModel();
        model.setWeights(weights);
        model.setBiases(biases);
        model.getClassNames().addAll(List.of(classNames));
        model.getFeatureNames().addAll(List.of("x", "y"));
        return model;
    }
}
