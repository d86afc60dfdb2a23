package org.contour.core.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.contour.api.data.TrainingSet;
import org.contour.core.session.ProjectSession;
import org.contour.core.teach.ModelPredictors;
import org.contour.core.teach.Predictor;
import org.contour.model.DecisionTreeModel;
import org.contour.model.TreeNode;
import org.contour.tribuo.DecisionTreeClassifier;
import org.contour.tribuo.LogisticRegressionClassifier;
import org.contour.tribuo.NearestNeighbourClassifier;
import org.contour.tribuo.PolynomialLogisticClassifier;
import org.contour.tribuo.TrainedLogisticRegression;
import org.junit.jupiter.api.Test;

/**
 * Before any edit, Contour's converted model predicts exactly what Tribuo's model predicts: the
 * same class on every training point and on a dense grid, probabilities equal to 1e-12, for every
 * kind of model, on sketches, on iris's petals (original units) and on the digits map.
 */
class ConversionAgreementTest {

    private static final double TOLERANCE = 1e-12;

    /** Tribuo's side of a comparison. */
    @FunctionalInterface
    interface Oracle {
        int predict(double[] x, double[] probabilities);
    }

    @Test
    void logisticRegressionAgrees() throws Exception {
        for (TrainingSet data : datasets()) {
            TrainedLogisticRegression trained = new LogisticRegressionClassifier().fit(data, null);
            assertAgree(ModelPredictors.forModel(trained.model()), trained::predictWithTribuo, data, "logistic on "
                    + data.origin());
        }
    }

    @Test
    void polynomialOfDegreeTwoAndThreeAgrees() throws Exception {
        for (TrainingSet data : datasets()) {
            for (int degree = 2; degree <= 3; degree++) {
                PolynomialLogisticClassifier.Trained trained = new PolynomialLogisticClassifier().fit(data, degree, 30,
                        null);
                assertEquals(degree == 2 ? List.of("x", "y", "x^2", "x*y", "y^2").size() : 9,
                        trained.model().getFeatureNames().size());
                assertAgree(ModelPredictors.forModel(trained.model()), trained::predictWithTribuo, data,
                        "degree " + degree + " on " + data.origin());
            }
        }
    }

    @Test
    void decisionTreeAgreesAndKeepsThresholdsInOriginalUnits() throws Exception {
        for (TrainingSet data : datasets()) {
            DecisionTreeClassifier.Trained trained = new DecisionTreeClassifier().fit(data, 4, 5, null);
            assertAgree(ModelPredictors.forModel(trained.model()), (x, p) -> {
                try {
                    return trained.predictWithTribuo(x, p);
                } catch (IllegalArgumentException allZero) {
                    return -2; // Tribuo sees no features at (0, 0): no comparison there
                }
            }, data, "tree on " + data.origin());
            assertTrue(depth(trained.model().getRoot()) <= 4, "depth limit");
        }
        // iris: the first split separates setosa (petals shorter than ~2.5 cm) by a threshold
        // between setosa's longest petal (1.9) and the others' shortest (3.0), in centimetres
        TrainingSet iris = TeachData.irisPetals();
        DecisionTreeModel tree = new DecisionTreeClassifier().fit(iris, 3, 5, null).model();
        TreeNode root = tree.getRoot();
        double threshold = root.getThreshold();
        assertTrue(root.getFeature() >= 0);
        assertTrue(root.getFeature() == 0 ? threshold > 1.9 && threshold < 3.0 : threshold > 0.6 && threshold < 1.0,
                "setosa split at " + tree.getFeatureNames().get(root.getFeature()) + " <= " + threshold);
        // counts: the root saw all 150 flowers, 50 per species
        assertEquals(150, java.util.Arrays.stream(root.getClassCounts()).sum());
        TreeNode setosaSide = root.getLeft();
        assertEquals(50, setosaSide.getClassCounts()[tree.getClassNames().indexOf("setosa")]);
    }

    @Test
    void nearestNeighboursAgree() throws Exception {
        for (TrainingSet data : datasets()) {
            for (int k : new int[] { 1, 4, 5 }) {
                NearestNeighbourClassifier.Trained trained = new NearestNeighbourClassifier().fit(data, k, null);
                assertAgree(ModelPredictors.forModel(trained.model()), trained::predictWithTribuo, data,
                        "kNN k=" + k + " on " + data.origin());
            }
        }
    }

    private static int depth(TreeNode node) {
        return node.getFeature() < 0 ? 0 : 1 + Math.max(depth(node.getLeft()), depth(node.getRight()));
    }

    private static List<TrainingSet> datasets() throws Exception {
        ProjectSession digits = TeachData.digits();
        List<TrainingSet> sets = new java.util.ArrayList<>(List.of(TeachData.sketched(5), TeachData.digitsMap(digits)));
        if (java.nio.file.Files.exists(TeachData.IRIS)) { // the shared datasets are optional
            sets.add(TeachData.irisPetals());
        }
        return sets;
    }

    static void assertAgree(Predictor ours, Oracle tribuo, TrainingSet data, String what) {
        int classes = ours.classCount();
        double[] p = new double[classes];
        double[] q = new double[classes];
        double[] r = new double[classes];
        int compared = 0;
        for (double[][] points : new double[][][] { data.features(), TeachData.grid(data, 60) }) {
            for (double[] x : points) {
                int theirs = tribuo.predict(x, q);
                if (theirs == -2) {
                    continue;
                }
                String where = what + " at (" + x[0] + ", " + x[1] + ")";
                assertEquals(theirs, ours.predict(x, p), where);
                assertEquals(theirs, ours.predict(x[0], x[1], r), where + " (2-D path)");
                for (int c = 0; c < classes; c++) {
                    assertEquals(q[c], p[c], TOLERANCE, where + ", probability of " + ours.classNames().get(c));
                    assertEquals(p[c], r[c], 0.0, where + ", 2-D path probability");
                }
                compared++;
            }
        }
        assertTrue(compared > data.size(), what + ": compared " + compared);
    }
}
