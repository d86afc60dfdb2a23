package org.contour.tribuo;

import java.util.List;
import java.util.Map;

import org.contour.api.Classifier;
import org.contour.api.Options;
import org.contour.api.data.TrainingSet;
import org.contour.model.ContourFactory;
import org.contour.model.DecisionTreeModel;
import org.contour.model.TaughtModel;
import org.contour.model.TreeNode;
import org.eclipse.core.runtime.CoreException;
import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.SubMonitor;
import org.tribuo.ImmutableFeatureMap;
import org.tribuo.MutableDataset;
import org.tribuo.Prediction;
import org.tribuo.classification.Label;
import org.tribuo.classification.LabelFactory;
import org.tribuo.classification.dtree.CARTClassificationTrainer;
import org.tribuo.classification.dtree.impurity.GiniIndex;
import org.tribuo.common.tree.LeafNode;
import org.tribuo.common.tree.Node;
import org.tribuo.common.tree.SplitNode;
import org.tribuo.common.tree.TreeModel;
import org.tribuo.impl.ArrayExample;

/**
 * A depth-limited CART decision tree trained by Tribuo's {@link CARTClassificationTrainer} (Gini
 * impurity, all features considered at every split), delivered as Contour's editable
 * {@link DecisionTreeModel}. The tree is trained on the inputs as they are, so every split
 * threshold is in the data's own units ("if petal_width &le; 0.8") and is copied unchanged.
 * Each node records how many training points of each class reached it; a leaf's confidence is
 * its predicted class's share, as in Tribuo.
 */
public final class DecisionTreeClassifier implements Classifier {

    public static final String TRAINER_ID = "org.contour.tribuo.tree";
    public static final int DEFAULT_MAX_DEPTH = 4;
    public static final int DEFAULT_MIN_CHILD = 5;

    /** A trained tree beside the Tribuo model it was converted from. */
    public record Trained(DecisionTreeModel model, TreeModel<Label> tribuoModel) {

        /**
         * Asks Tribuo's tree about a point.
         *
         * @param probabilitiesOut receives the leaf's class shares in the model's class order when not null
         * @throws IllegalArgumentException from Tribuo when every input is 0 (it sees no features)
         */
        public int predictWithTribuo(double[] inputs, double[] probabilitiesOut) {
            Prediction<Label> prediction = tribuoModel.predict(new ArrayExample<>(LabelFactory.UNKNOWN_LABEL,
                    model.getFeatureNames().toArray(String[]::new), inputs));
            return TribuoPredictions.read(prediction, model.getClassNames(), probabilitiesOut);
        }
    }

    @Override
    public TaughtModel train(TrainingSet data, Options options, IProgressMonitor monitor) throws CoreException {
        return fit(data, options.getInt("maxDepth", DEFAULT_MAX_DEPTH), options.getInt("minChild", DEFAULT_MIN_CHILD),
                monitor).model();
    }

    /**
     * @throws CoreException for untrainable data or a depth below 1
     * @throws org.eclipse.core.runtime.OperationCanceledException when {@code monitor} is cancelled
     */
    public Trained fit(TrainingSet data, int maxDepth, int minChild, IProgressMonitor monitor) throws CoreException {
        SubMonitor progress = SubMonitor.convert(monitor, "Training decision tree", 10);
        TribuoSupport.checkShape(data);
        TribuoSupport.checkTrainable(data, "A decision tree");
        if (maxDepth < 1) {
            throw TribuoSupport.error("The tree's depth must be at least 1, not " + maxDepth + ".");
        }
        if (minChild < 1) {
            throw TribuoSupport.error("The smallest leaf must hold at least 1 point, not " + minChild + ".");
        }
        MutableDataset<Label> dataset = TribuoSupport.dataset(data, data.featureNames(), row -> row);
        progress.split(1);
        CARTClassificationTrainer trainer = new CARTClassificationTrainer(maxDepth, minChild, 0.0f, 1.0f, false,
                new GiniIndex(), data.seed());
        long start = System.nanoTime();
        TreeModel<Label> tribuoModel;
        try {
            tribuoModel = trainer.train(dataset);
        } catch (RuntimeException e) {
            throw TribuoSupport.failure("decision tree", e);
        }
        long nanos = System.nanoTime() - start;
        progress.split(8);

        String[] featureNames = data.featureNames();
        String[] classNames = data.classNames();
        TreeNode root = convert(tribuoModel.getRoot(), tribuoModel.getFeatureIDMap(), featureNames, classNames);
        countTrainingPoints(root, data);
        DecisionTreeModel model = ContourFactory.eINSTANCE.createDecisionTreeModel();
        model.setTrainerId(TRAINER_ID);
        model.getClassNames().addAll(List.of(classNames));
        model.getFeatureNames().addAll(List.of(featureNames));
        model.setMaxDepth(maxDepth);
        model.setRoot(root);
        model.setProvenance(TribuoSupport.summary("Decision tree (CART, depth " + tribuoModel.getDepth() + " of at most "
                + maxDepth + ", thresholds in the inputs' own units)", tribuoModel.getProvenance(), data, nanos));
        TribuoModels.keep(model, tribuoModel);
        progress.split(1);
        return new Trained(model, tribuoModel);
    }

    /**
     * Tribuo's nodes as Contour's: a split's "less than or equal" branch is our left, "greater
     * than" our right; a leaf keeps Tribuo's class and (for now) its distribution, replaced by
     * counts in {@link #countTrainingPoints}.
     */
    static TreeNode convert(Node<Label> node, ImmutableFeatureMap featureIds, String[] featureNames,
            String[] classNames) {
        TreeNode out = ContourFactory.eINSTANCE.createTreeNode();
        if (node instanceof SplitNode<Label> split) {
            String name = featureIds.get(split.getFeatureID()).getName();
            int feature = TribuoSupport.indexOf(featureNames, name);
            if (feature < 0) {
                throw new IllegalStateException("Tribuo's tree splits on unknown feature '" + name + "'");
            }
            out.setFeature(feature);
            out.setThreshold(split.splitValue());
            out.setLeft(convert(split.getLessThanOrEqual(), featureIds, featureNames, classNames));
            out.setRight(convert(split.getGreaterThan(), featureIds, featureNames, classNames));
            return out;
        }
        LeafNode<Label> leaf = (LeafNode<Label>) node;
        out.setFeature(-1);
        int predicted = TribuoSupport.indexOf(classNames, leaf.getOutput().getLabel());
        if (predicted < 0) {
            throw new IllegalStateException("Tribuo's tree predicts unknown class '" + leaf.getOutput().getLabel() + "'");
        }
        out.setPredictedClass(predicted);
        out.setClassCounts(distribution(leaf, classNames));
        return out;
    }

    private static double[] distribution(LeafNode<Label> leaf, String[] classNames) {
        Map<String, Label> scores = leaf.getDistribution();
        double[] shares = new double[classNames.length];
        for (int c = 0; c < classNames.length; c++) {
            Label score = scores.get(classNames[c]);
            shares[c] = score == null ? 0 : score.getScore();
        }
        return shares;
    }

    /**
     * Replaces every node's class counts by the number of training points of each class that
     * reach it, routed with Contour's rule. A leaf keeps Tribuo's distribution instead should
     * the routed counts give different shares (a training value exactly on a threshold that
     * Tribuo's training sent the other way); the shares, which are what predictions report, then
     * still equal Tribuo's.
     */
    static void countTrainingPoints(TreeNode root, TrainingSet data) {
        int classes = data.classNames().length;
        java.util.Map<TreeNode, double[]> counts = new java.util.IdentityHashMap<>();
        for (int i = 0; i < data.size(); i++) {
            double[] x = data.features()[i];
            TreeNode node = root;
            while (true) {
                counts.computeIfAbsent(node, n -> new double[classes])[data.labels()[i]]++;
                if (node.getFeature() < 0) {
                    break;
                }
                node = x[node.getFeature()] > node.getThreshold() ? node.getRight() : node.getLeft();
            }
        }
        apply(root, counts, classes);
    }

    private static void apply(TreeNode node, java.util.Map<TreeNode, double[]> counts, int classes) {
        double[] routed = counts.getOrDefault(node, new double[classes]);
        if (node.getFeature() >= 0) {
            node.setClassCounts(routed);
            apply(node.getLeft(), counts, classes);
            apply(node.getRight(), counts, classes);
            return;
        }
        double[] tribuoShares = node.getClassCounts();
        double sum = 0;
        for (double v : routed) {
            sum += v;
        }
        boolean same = sum > 0;
        for (int c = 0; same && c < classes; c++) {
            same = Math.abs(routed[c] / sum - tribuoShares[c]) <= 1e-12;
        }
        if (same) {
            node.setClassCounts(routed);
        }
    }
}
