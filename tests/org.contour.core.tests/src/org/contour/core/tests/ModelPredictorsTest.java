package org.contour.core.tests;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.SplittableRandom;

import org.contour.core.teach.ModelPredictors;
import org.contour.core.teach.NearestNeighbourPredictor;
import org.contour.core.teach.PolynomialPredictor;
import org.contour.core.teach.PolynomialTerms;
import org.contour.core.teach.Predictor;
import org.contour.core.teach.TreePredictor;
import org.contour.model.ContourFactory;
import org.contour.model.DecisionTreeModel;
import org.contour.model.NearestNeighbourModel;
import org.contour.model.PolynomialModel;
import org.contour.model.TreeNode;
import org.junit.jupiter.api.Test;

/** The predictors of each model kind, on models written by hand, and what an edit does to them. */
class ModelPredictorsTest {

    @Test
    void treeFollowsItsSplitsAndReportsLeafShares() {
        DecisionTreeModel tree = tree();
        Predictor p = ModelPredictors.forModel(tree);
        assertInstanceOf(TreePredictor.class, p);
        double[] probabilities = new double[2];
        // x <= 2.5 -> leaf a (counts 8, 2)
        assertEquals(0, p.predict(2.5, 100, probabilities));
        assertArrayEquals(new double[] { 0.8, 0.2 }, probabilities, 0);
        // x > 2.5, y <= 1 -> b (1, 3); y > 1 -> a (5, 0)
        assertEquals(1, p.predict(2.6, 1, probabilities));
        assertEquals(0.75, probabilities[1]);
        assertEquals(0, p.predict(new double[] { 3, 1.5 }, probabilities));
        assertEquals(1.0, probabilities[0]);
        // NaN goes left, as in Tribuo
        assertEquals(0, p.predict(Double.NaN, 0, null));
    }

    @Test
    void editingTheTreeChangesOnlyNewPredictors() {
        DecisionTreeModel tree = tree();
        Predictor before = ModelPredictors.forModel(tree);
        tree.getRoot().setThreshold(4); // drag the split line
        tree.getRoot().getLeft().setPredictedClass(1); // relabel a leaf
        Predictor after = ModelPredictors.forModel(tree);
        assertEquals(0, before.predict(3, 1.5, null));
        double[] probabilities = new double[2];
        assertEquals(1, after.predict(3, 1.5, probabilities));
        // the edited leaf's confidence is the share of the class it now predicts
        assertEquals(0.2, probabilities[1], 0);
    }

    @Test
    void brokenTreesAreRefusedWithTheReason() {
        DecisionTreeModel noRoot = tree();
        noRoot.setRoot(null);
        assertTrue(assertThrows(IllegalArgumentException.class, () -> ModelPredictors.forModel(noRoot)).getMessage()
                .contains("no root"));
        DecisionTreeModel badFeature = tree();
        badFeature.getRoot().setFeature(7);
        assertTrue(assertThrows(IllegalArgumentException.class, () -> ModelPredictors.forModel(badFeature))
                .getMessage().contains("feature 7"));
        DecisionTreeModel missingBranch = tree();
        missingBranch.getRoot().setRight(null);
        assertTrue(assertThrows(IllegalArgumentException.class, () -> ModelPredictors.forModel(missingBranch))
                .getMessage().contains("lacks a branch"));
        DecisionTreeModel badClass = tree();
        badClass.getRoot().getLeft().setPredictedClass(5);
        assertTrue(assertThrows(IllegalArgumentException.class, () -> ModelPredictors.forModel(badClass))
                .getMessage().contains("class 5"));
    }

    @Test
    void polynomialTermsAreListedLowestDegreeFirst() {
        int[] e = PolynomialTerms.exponents(2, 3);
        assertEquals(List.of("x", "y", "x^2", "x*y", "y^2", "x^3", "x^2*y", "x*y^2", "y^3"),
                PolynomialTerms.names(List.of("x", "y"), e));
        assertEquals(List.of("a", "b", "c", "a^2", "a*b", "a*c", "b^2", "b*c", "c^2"),
                PolynomialTerms.names(List.of("a", "b", "c"), PolynomialTerms.exponents(3, 2)));
        assertThrows(IllegalArgumentException.class, () -> PolynomialTerms.exponents(2, 4));
    }

    @Test
    void polynomialModelDrawsACircle() {
        // score(inside) = 1 - x^2 - y^2, score(outside) = 0: the boundary is the unit circle
        PolynomialModel circle = ContourFactory.eINSTANCE.createPolynomialModel();
        circle.getClassNames().addAll(List.of("inside", "outside"));
        circle.getInputNames().addAll(List.of("x", "y"));
        int[] e = PolynomialTerms.exponents(2, 2);
        circle.setExponents(e);
        circle.setDegree(2);
        circle.getFeatureNames().addAll(PolynomialTerms.names(List.of("x", "y"), e));
        circle.setWeights(new double[] { 0, 0, -1, 0, -1, 0, 0, 0, 0, 0 });
        circle.setBiases(new double[] { 1, 0 });
        Predictor p = ModelPredictors.forModel(circle);
        assertInstanceOf(PolynomialPredictor.class, p);
        assertEquals(List.of("x", "y"), p.featureNames());
        assertEquals(0, p.predict(0.5, -0.5, null));
        assertEquals(1, p.predict(0.8, 0.8, null));
        double[] pr = new double[2];
        p.predict(0, 0, pr);
        assertEquals(Math.exp(1) / (Math.exp(1) + 1), pr[0], 1e-15);
        // standardisation: centre (10, 10), scale 2 moves the circle to radius 2 around (10, 10)
        circle.setInputMeans(new double[] { 10, 10 });
        circle.setInputScales(new double[] { 2, 2 });
        Predictor moved = ModelPredictors.forModel(circle);
        assertEquals(0, moved.predict(11.9, 10, null));
        assertEquals(1, moved.predict(12.1, 10, null));
        assertEquals(moved.predict(new double[] { 11, 11 }, null), moved.predict(11, 11, null));
        circle.setExponents(new int[] { 1 });
        assertThrows(IllegalArgumentException.class, () -> ModelPredictors.forModel(circle));
    }

    @Test
    void nearestNeighboursVoteAndBreakTiesByClassOrderThenPointOrder() {
        NearestNeighbourModel m = ContourFactory.eINSTANCE.createNearestNeighbourModel();
        m.getClassNames().addAll(List.of("b", "a"));
        m.getFeatureNames().addAll(List.of("x", "y"));
        m.setPoints(new double[] { 0, 0, 1, 0, 0, 1, 5, 5 });
        m.setPointClasses(new int[] { 1, 0, 1, 0 });
        m.setK(3);
        Predictor p = ModelPredictors.forModel(m);
        double[] share = new double[2];
        assertEquals(1, p.predict(0.1, 0.1, share)); // neighbours 0 (a), 1 (b), 2 (a)
        assertEquals(2.0 / 3, share[1], 1e-15);
        m.setK(2);
        // two neighbours at (0,0)-distance ties: one vote each, the first class in model order wins
        assertEquals(0, ModelPredictors.forModel(m).predict(0.1, 0.1, share));
        assertEquals(0.5, share[0]);
        // k larger than the points: all vote
        m.setK(50);
        assertEquals(4, ((NearestNeighbourPredictor) ModelPredictors.forModel(m)).k());
    }

    @Test
    void gridSearchFindsTheSameNeighboursAsBruteForce() {
        // the 2-D grid path against the general path (3-D with a constant third feature)
        SplittableRandom random = new SplittableRandom(3);
        int n = 3000;
        double[] xy = new double[2 * n];
        double[] xyz = new double[3 * n];
        int[] classes = new int[n];
        for (int i = 0; i < n; i++) {
            // clumped, with exact duplicates, so ties happen
            double x = Math.floor(random.nextGaussian() * 20) / 4;
            double y = Math.floor(random.nextGaussian() * 5) / 4;
            xy[2 * i] = x;
            xy[2 * i + 1] = y;
            xyz[3 * i] = x;
            xyz[3 * i + 1] = y;
            classes[i] = random.nextInt(3);
        }
        NearestNeighbourModel flat = knn(List.of("x", "y"), xy, classes, 7);
        NearestNeighbourModel deep = knn(List.of("x", "y", "z"), xyz, classes, 7);
        Predictor grid = ModelPredictors.forModel(flat);
        Predictor brute = ModelPredictors.forModel(deep);
        double[] p = new double[3];
        double[] q = new double[3];
        for (int i = 0; i < 4000; i++) {
            double x = random.nextDouble(-30, 30);
            double y = i % 2 == 0 ? random.nextDouble(-10, 10) : Math.floor(random.nextDouble(-40, 40)) / 4;
            assertEquals(brute.predict(new double[] { x, y, 0 }, q), grid.predict(x, y, p), "at " + x + ", " + y);
            assertArrayEquals(q, p, 0, "at " + x + ", " + y);
        }
    }

    private static NearestNeighbourModel knn(List<String> features, double[] points, int[] classes, int k) {
        NearestNeighbourModel m = ContourFactory.eINSTANCE.createNearestNeighbourModel();
        m.getClassNames().addAll(List.of("p", "q", "r"));
        m.getFeatureNames().addAll(features);
        m.setPoints(points);
        m.setPointClasses(classes);
        m.setK(k);
        return m;
    }

    /** x <= 2.5 ? a : (y <= 1 ? b : a), with counts. */
    static DecisionTreeModel tree() {
        DecisionTreeModel tree = ContourFactory.eINSTANCE.createDecisionTreeModel();
        tree.getClassNames().addAll(List.of("a", "b"));
        tree.getFeatureNames().addAll(List.of("x", "y"));
        TreeNode root = split(0, 2.5);
        root.setLeft(leaf(0, 8, 2));
        TreeNode right = split(1, 1);
        right.setLeft(leaf(1, 1, 3));
        right.setRight(leaf(0, 5, 0));
        root.setRight(right);
        tree.setRoot(root);
        return tree;
    }

    static TreeNode split(int feature, double threshold) {
        TreeNode n = ContourFactory.eINSTANCE.createTreeNode();
        n.setFeature(feature);
        n.setThreshold(threshold);
        return n;
    }

    static TreeNode leaf(int predicted, double... counts) {
        TreeNode n = ContourFactory.eINSTANCE.createTreeNode();
        n.setFeature(-1);
        n.setPredictedClass(predicted);
        n.setClassCounts(counts);
        return n;
    }
}
