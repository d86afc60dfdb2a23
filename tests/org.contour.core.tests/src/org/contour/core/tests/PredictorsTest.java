package org.contour.core.tests;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.contour.core.session.ProjectSession;
import org.contour.core.teach.ModelPredictors;
import org.contour.core.teach.Predictor;
import org.contour.core.teach.TreePredictor;
import org.contour.model.DecisionTreeModel;
import org.contour.model.TreeNode;
import org.contour.samples.SampleDatasets;
import org.eclipse.core.runtime.NullProgressMonitor;
import org.junit.jupiter.api.Test;

/** The tree predictor against the tree itself, walked by hand, on every row of digits. */
class PredictorsTest {

    @Test
    void theTreePredictorFollowsTheSplitsAndGivesLeafShares() throws Exception {
        ProjectSession s = ProjectSession.importDataset(SampleDatasets.file(SampleDatasets.DIGITS),
                new NullProgressMonitor());
        DecisionTreeModel tree = TreeFixtures.tree(s, 0, 0, 10);
        Predictor p = ModelPredictors.forModel(tree);
        assertTrue(p instanceof TreePredictor);
        double[] xs = s.project().getEmbedding().getXs();
        double[] ys = s.project().getEmbedding().getYs();
        double[] probabilities = new double[10];
        for (int r = 0; r < xs.length; r++) {
            TreeNode n = tree.getRoot();
            while (n.getFeature() >= 0) {
                n = (n.getFeature() == 0 ? xs[r] : ys[r]) <= n.getThreshold() ? n.getLeft() : n.getRight();
            }
            assertEquals(n.getPredictedClass(), p.predict(xs[r], ys[r], probabilities), "row " + r);
            assertEquals(n.getPredictedClass(), p.predict(new double[] { xs[r], ys[r] }, null));
            double total = 0;
            for (double c : n.getClassCounts()) {
                total += c;
            }
            double[] expected = n.getClassCounts().clone();
            for (int k = 0; k < expected.length; k++) {
                expected[k] /= total;
            }
            assertArrayEquals(expected, probabilities, 1e-12);
        }
        // a threshold exactly on a point sends it left
        tree.getRoot().setThreshold(xs[0]);
        assertEquals(tree.getRoot().getLeft().getPredictedClass(), ModelPredictors.forModel(tree).predict(xs[0], -100, null));
    }

    @Test
    void aBrokenTreeIsRefusedWithAReason() throws Exception {
        ProjectSession s = ProjectSession.importDataset(SampleDatasets.file(SampleDatasets.DIGITS),
                new NullProgressMonitor());
        DecisionTreeModel tree = TreeFixtures.tree(s, 0, 0, 10);
        tree.getRoot().getLeft().setPredictedClass(10);
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> ModelPredictors.forModel(tree));
        assertTrue(e.getMessage().contains("class 10"), e.getMessage());
        tree.getRoot().getLeft().setPredictedClass(0);
        tree.getRoot().getRight().setRight(null);
        e = assertThrows(IllegalArgumentException.class, () -> ModelPredictors.forModel(tree));
        assertTrue(e.getMessage().contains("lacks a branch"), e.getMessage());
    }
}
