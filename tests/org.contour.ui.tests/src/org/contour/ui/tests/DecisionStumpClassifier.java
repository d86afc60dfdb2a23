package org.contour.ui.tests;

import java.util.Arrays;
import java.util.List;

import org.contour.api.Classifier;
import org.contour.api.Options;
import org.contour.api.data.TrainingSet;
import org.contour.model.ContourFactory;
import org.contour.model.DecisionTreeModel;
import org.contour.model.TaughtModel;
import org.contour.model.TreeNode;
import org.eclipse.core.runtime.CoreException;
import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.Status;

/**
 * A real, if tiny, classifier contributed by the test plug-in through the classifiers extension
 * point: the single split (one axis, one threshold) that misclassifies the fewest training
 * points. It lets the UI tests choose a tree-making classifier before Contour ships its own.
 */
public final class DecisionStumpClassifier implements Classifier {

    @Override
    public TaughtModel train(TrainingSet data, Options options, IProgressMonitor monitor) throws CoreException {
        int classes = data.classNames().length;
        int n = data.size();
        String axis = options.get("axis", "best");
        int minLeaf = options.getInt("minLeaf", 1);
        if (n < 2 * minLeaf) {
            throw new CoreException(Status.error("Too few points for leaves of " + minLeaf));
        }
        int bestFeature = -1;
        double bestThreshold = 0;
        int bestErrors = Integer.MAX_VALUE;
        for (int f = 0; f < 2; f++) {
            if (axis.equals("x") && f != 0 || axis.equals("y") && f != 1) {
                continue;
            }
            Integer[] order = new Integer[n];
            for (int i = 0; i < n; i++) {
                order[i] = i;
            }
            int feature = f;
            Arrays.sort(order, (a, b) -> Double.compare(data.features()[a][feature], data.features()[b][feature]));
            int[] left = new int[classes];
            int[] right = new int[classes];
            for (int l : data.labels()) {
                right[l]++;
            }
            for (int k = 0; k < n - 1; k++) {
                int row = order[k];
                left[data.labels()[row]]++;
                right[data.labels()[row]]--;
                double here = data.features()[row][f];
                double next = data.features()[order[k + 1]][f];
                if (here == next || k + 1 < minLeaf || n - k - 1 < minLeaf) {
                    continue;
                }
                int errors = (k + 1 - max(left)) + (n - k - 1 - max(right));
                if (errors < bestErrors) {
                    bestErrors = errors;
                    bestFeature = f;
                    bestThreshold = (here + next) / 2;
                }
            }
        }
        if (bestFeature < 0) {
            throw new CoreException(Status.error("No split leaves " + minLeaf + " points on each side"));
        }
        bestThreshold += options.getDouble("margin", 0);
        boolean counts = options.getBoolean("counts", true);
        DecisionTreeModel model = ContourFactory.eINSTANCE.createDecisionTreeModel();
        model.setTrainerId("org.contour.ui.tests.stump");
        model.setMaxDepth(1);
        model.getClassNames().addAll(List.of(data.classNames()));
        model.getFeatureNames().addAll(List.of(data.featureNames()));
        TreeNode root = ContourFactory.eINSTANCE.createTreeNode();
        root.setFeature(bestFeature);
        root.setThreshold(bestThreshold);
        double[] leftCounts = new double[classes];
        double[] rightCounts = new double[classes];
        for (int i = 0; i < n; i++) {
            (data.features()[i][bestFeature] <= bestThreshold ? leftCounts : rightCounts)[data.labels()[i]]++;
        }
        root.setLeft(leaf(leftCounts, counts));
        root.setRight(leaf(rightCounts, counts));
        if (counts) {
            double[] all = new double[classes];
            for (int c = 0; c < classes; c++) {
                all[c] = leftCounts[c] + rightCounts[c];
            }
            root.setClassCounts(all);
        }
        model.setRoot(root);
        model.setProvenance("Decision stump (test plug-in) on " + n + " points: " + data.origin());
        return model;
    }

    private static TreeNode leaf(double[] counts, boolean keep) {
        TreeNode leaf = ContourFactory.eINSTANCE.createTreeNode();
        leaf.setFeature(-1);
        int best = 0;
        for (int c = 1; c < counts.length; c++) {
            if (counts[c] > counts[best]) {
                best = c;
            }
        }
        leaf.setPredictedClass(best);
        if (keep) {
            leaf.setClassCounts(counts);
        }
        return leaf;
    }

    private static int max(int[] values) {
        int m = 0;
        for (int v : values) {
            m = Math.max(m, v);
        }
        return m;
    }
}
