package org.contour.core.teach;

import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;

import org.contour.model.DecisionTreeModel;
import org.contour.model.TreeNode;

/**
 * Evaluates a {@link DecisionTreeModel}: a point goes left at a split when
 * {@code x[feature] <= threshold}, else right, until a leaf, which predicts its class. The
 * probabilities are the leaf's class counts as shares (the training points that reached it);
 * a leaf without counts, or one set by hand to a class its counts do not favour, is certain of
 * its class, so the predicted class always has the highest probability. The tree is copied into flat arrays, so the
 * predictor is an immutable snapshot that is safe to share between threads.
 */
public final class TreePredictor implements Predictor {

    private final List<String> classNames;
    private final List<String> featureNames;
    private final int[] feature;
    private final double[] threshold;
    private final int[] left;
    private final int[] right;
    private final int[] predicted;
    private final double[][] probabilities;

    /**
     * @throws IllegalArgumentException when the tree is empty, a split lacks a branch or tests a
     *                                  feature the model does not have, or a leaf predicts a
     *                                  class the model does not have
     */
    public TreePredictor(DecisionTreeModel model) {
        this.classNames = List.copyOf(model.getClassNames());
        this.featureNames = List.copyOf(model.getFeatureNames());
        if (classNames.isEmpty() || featureNames.isEmpty()) {
            throw new IllegalArgumentException("a tree needs classes and features, got " + classNames.size() + " and "
                    + featureNames.size());
        }
        if (model.getRoot() == null) {
            throw new IllegalArgumentException("the tree has no nodes");
        }
        List<TreeNode> nodes = new ArrayList<>();
        collect(model.getRoot(), nodes);
        int n = nodes.size();
        Map<TreeNode, Integer> index = new IdentityHashMap<>();
        for (int i = 0; i < n; i++) {
            index.put(nodes.get(i), i);
        }
        feature = new int[n];
        threshold = new double[n];
        left = new int[n];
        right = new int[n];
        predicted = new int[n];
        probabilities = new double[n][];
        for (int i = 0; i < n; i++) {
            TreeNode node = nodes.get(i);
            feature[i] = node.getFeature();
            if (node.getFeature() >= 0) {
                if (node.getFeature() >= featureNames.size()) {
                    throw new IllegalArgumentException("a split tests feature " + node.getFeature() + " but the model has "
                            + featureNames.size());
                }
                if (node.getLeft() == null || node.getRight() == null) {
                    throw new IllegalArgumentException("a split on " + featureNames.get(node.getFeature())
                            + " lacks a branch");
                }
                threshold[i] = node.getThreshold();
                left[i] = index.get(node.getLeft());
                right[i] = index.get(node.getRight());
            } else {
                int k = node.getPredictedClass();
                if (k < 0 || k >= classNames.size()) {
                    throw new IllegalArgumentException("a leaf predicts class " + k + " but the model has "
                            + classNames.size());
                }
                predicted[i] = k;
                probabilities[i] = shares(node.getClassCounts(), k, classNames.size());
            }
        }
    }

    /** Pre-order: a node before its left, then its right subtree. */
    private static void collect(TreeNode node, List<TreeNode> out) {
        out.add(node);
        if (node.getFeature() >= 0) {
            if (node.getLeft() != null) {
                collect(node.getLeft(), out);
            }
            if (node.getRight() != null) {
                collect(node.getRight(), out);
            }
        }
    }

    private static double[] shares(double[] counts, int k, int classes) {
        double[] p = new double[classes];
        double total = 0;
        if (counts != null && counts.length == classes) {
            for (double c : counts) {
                total += Math.max(0, c);
            }
        }
        if (total > 0) {
            for (int c = 0; c < classes; c++) {
                p[c] = Math.max(0, counts[c]) / total;
            }
            boolean predictedIsLargest = true;
            for (int c = 0; c < classes; c++) {
                predictedIsLargest &= p[c] <= p[k];
            }
            if (predictedIsLargest) {
                return p;
            }
            // the expert made the leaf predict a class its training points do not favour: the
            // leaf says what the expert said, with the certainty of a rule written by hand
            p = new double[classes];
        }
        p[k] = 1;
        return p;
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
    public int predict(double[] features, double[] probabilitiesOut) {
        if (features.length != featureNames.size()) {
            throw new IllegalArgumentException("expected " + featureNames.size() + " features, got " + features.length);
        }
        int i = 0;
        while (feature[i] >= 0) {
            i = features[feature[i]] <= threshold[i] ? left[i] : right[i];
        }
        return leaf(i, probabilitiesOut);
    }

    @Override
    public int predict(double x, double y, double[] probabilitiesOut) {
        if (featureNames.size() != 2) {
            throw new IllegalStateException("the model takes " + featureNames.size() + " features, not a 2-D point");
        }
        int i = 0;
        while (feature[i] >= 0) {
            double v = feature[i] == 0 ? x : y;
            i = v <= threshold[i] ? left[i] : right[i];
        }
        return leaf(i, probabilitiesOut);
    }

    private int leaf(int i, double[] probabilitiesOut) {
        if (probabilitiesOut != null) {
            System.arraycopy(probabilities[i], 0, probabilitiesOut, 0, classNames.size());
        }
        return predicted[i];
    }
}
