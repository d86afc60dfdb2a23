package org.contour.core.teach;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;

import org.contour.model.DecisionTreeModel;
import org.contour.model.TreeNode;

/**
 * Evaluates a {@link DecisionTreeModel}: from the root, go left while {@code x[feature] <=
 * threshold}, else right, until a leaf; predict the leaf's class. The probabilities are the
 * leaf's class shares ({@code classCounts} normalised), as Tribuo's CART leaves report them, so
 * the confidence of a leaf whose class was edited by hand is the share of the class it now
 * predicts. A leaf without counts is certain of its class.
 * <p>
 * The tree is flattened into arrays when made: an immutable snapshot that later edits do not
 * reach, walked without allocating.
 */
public final class TreePredictor implements Predictor {

    private final int[] feature;
    private final double[] threshold;
    private final int[] left;
    private final int[] right;
    private final int[] leafClass;
    // per node, classCount probabilities (only leaves are read)
    private final double[] distribution;
    private final int classCount;
    private final int featureCount;
    private final List<String> classNames;
    private final List<String> featureNames;

    /**
     * @throws IllegalArgumentException when the tree is missing, a split names a feature the
     *                                  model does not have, a split lacks a child, or a leaf
     *                                  predicts a class the model does not have
     */
    public TreePredictor(DecisionTreeModel model) {
        classNames = List.copyOf(model.getClassNames());
        featureNames = List.copyOf(model.getFeatureNames());
        classCount = classNames.size();
        featureCount = featureNames.size();
        if (classCount < 1 || featureCount < 1) {
            throw new IllegalArgumentException("a tree needs classes and features, got " + classCount + " and " + featureCount);
        }
        if (model.getRoot() == null) {
            throw new IllegalArgumentException("the tree has no root node");
        }
        List<TreeNode> nodes = new ArrayList<>();
        Map<TreeNode, Integer> index = new IdentityHashMap<>();
        // breadth first: the root gets 0
        nodes.add(model.getRoot());
        index.put(model.getRoot(), 0);
        for (int i = 0; i < nodes.size(); i++) {
            TreeNode node = nodes.get(i);
            if (node.getFeature() >= 0) {
                for (TreeNode child : new TreeNode[] { node.getLeft(), node.getRight() }) {
                    if (child == null) {
                        throw new IllegalArgumentException("a split on " + describeFeature(node.getFeature())
                                + " at " + node.getThreshold() + " lacks a branch");
                    }
                    if (index.putIfAbsent(child, nodes.size()) != null) {
                        throw new IllegalArgumentException("a node appears twice in the tree");
                    }
                    nodes.add(child);
                }
            }
        }
        int n = nodes.size();
        feature = new int[n];
        threshold = new double[n];
        left = new int[n];
        right = new int[n];
        leafClass = new int[n];
        distribution = new double[n * classCount];
        for (int i = 0; i < n; i++) {
            TreeNode node = nodes.get(i);
            int f = node.getFeature();
            if (f >= featureCount || f < -1) {
                throw new IllegalArgumentException("a split uses feature " + f + ", the model has " + featureCount);
            }
            feature[i] = f;
            if (f >= 0) {
                if (Double.isNaN(node.getThreshold())) {
                    throw new IllegalArgumentException("the split on " + featureNames.get(f) + " has no threshold (NaN)");
                }
                threshold[i] = node.getThreshold();
                left[i] = index.get(node.getLeft());
                right[i] = index.get(node.getRight());
            } else {
                int c = node.getPredictedClass();
                if (c < 0 || c >= classCount) {
                    throw new IllegalArgumentException("a leaf predicts class " + c + ", the model has " + classCount);
                }
                leafClass[i] = c;
                fillDistribution(node, i * classCount, c);
            }
        }
    }

    private String describeFeature(int f) {
        return f >= 0 && f < featureCount ? featureNames.get(f) : "feature " + f;
    }

    private void fillDistribution(TreeNode leaf, int offset, int predicted) {
        double[] counts = leaf.getClassCounts();
        double sum = 0;
        if (counts != null && counts.length == classCount) {
            for (double v : counts) {
                if (!(v >= 0) || Double.isInfinite(v)) {
                    sum = Double.NaN;
                    break;
                }
                sum += v;
            }
        }
        if (counts == null || counts.length != classCount || !(sum > 0)) {
            Arrays.fill(distribution, offset, offset + classCount, 0);
            distribution[offset + predicted] = 1;
            return;
        }
        for (int c = 0; c < classCount; c++) {
            distribution[offset + c] = counts[c] / sum;
        }
    }

    @Override
    public List<String> classNames() {
        return classNames;
    }

    @Override
    public List<String> featureNames() {
        return featureNames;
    }

    @Override
    public int classCount() {
        return classCount;
    }

    @Override
    public int featureCount() {
        return featureCount;
    }

    /** Index of the leaf {@code features} ends in; leaves are numbered breadth first with the inner nodes. */
    public int leafOf(double[] features) {
        if (features.length != featureCount) {
            throw new IllegalArgumentException("expected " + featureCount + " features, got " + features.length);
        }
        int node = 0;
        while (feature[node] >= 0) {
            // tested as "> threshold goes right", like Tribuo's SplitNode, so a NaN goes left in both
            node = features[feature[node]] > threshold[node] ? right[node] : left[node];
        }
        return node;
    }

    @Override
    public int predict(double[] features, double[] probabilitiesOut) {
        return answer(leafOf(features), probabilitiesOut);
    }

    @Override
    public int predict(double x, double y, double[] probabilitiesOut) {
        if (featureCount != 2) {
            throw new IllegalStateException("the model takes " + featureCount + " features, not a 2-D point");
        }
        int node = 0;
        while (feature[node] >= 0) {
            double v = feature[node] == 0 ? x : y;
            node = v > threshold[node] ? right[node] : left[node];
        }
        return answer(node, probabilitiesOut);
    }

    private int answer(int leaf, double[] probabilitiesOut) {
        if (probabilitiesOut != null) {
            if (probabilitiesOut.length < classCount) {
                throw new IllegalArgumentException("output array holds " + probabilitiesOut.length + " values, need " + classCount);
            }
            System.arraycopy(distribution, leaf * classCount, probabilitiesOut, 0, classCount);
        }
        return leafClass[leaf];
    }
}
