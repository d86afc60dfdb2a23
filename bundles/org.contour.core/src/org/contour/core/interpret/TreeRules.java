package org.contour.core.interpret;

import java.util.ArrayList;
import java.util.List;

import org.contour.model.DecisionTreeModel;
import org.contour.model.TreeNode;

/**
 * A decision tree as rules in the data's terms: {@code if petal_width <= 0.8 then setosa}.
 * A node is a split when its feature is 0 or more (points with {@code x[feature] <= threshold}
 * go left, the others right) and a leaf otherwise.
 */
public final class TreeRules {

    private TreeRules() {
    }

    public static boolean isLeaf(TreeNode node) {
        return node.getFeature() < 0;
    }

    /** The name of input {@code feature}, or {@code x[feature]} when the model names fewer inputs. */
    public static String featureName(DecisionTreeModel model, int feature) {
        List<String> names = model.getFeatureNames();
        return feature >= 0 && feature < names.size() ? names.get(feature) : "x[" + feature + "]";
    }

    public static String className(DecisionTreeModel model, int cls) {
        List<String> names = model.getClassNames();
        return cls >= 0 && cls < names.size() ? names.get(cls) : "class " + cls;
    }

    /** {@code petal_width <= 0.8} for a split; with {@code holds} false, its negation {@code petal_width > 0.8}. */
    public static String condition(DecisionTreeModel model, TreeNode split, boolean holds) {
        return featureName(model, split.getFeature()) + (holds ? " <= " : " > ") + Numbers.format(split.getThreshold());
    }

    /** The parent split of {@code node}, or {@code null} for the root. */
    public static TreeNode parent(TreeNode node) {
        return node.eContainer() instanceof TreeNode parent ? parent : null;
    }

    /**
     * The conditions a point meets on its way from the root to {@code node}, joined by "and",
     * e.g. {@code petal_length > 2.45 and petal_width <= 1.75}; empty for the root.
     */
    public static String path(DecisionTreeModel model, TreeNode node) {
        List<String> conditions = new ArrayList<>();
        for (TreeNode child = node, parent = parent(node); parent != null; child = parent, parent = parent(parent)) {
            conditions.add(0, condition(model, parent, parent.getLeft() == child));
        }
        return String.join(" and ", conditions);
    }

    /** How a rule is named in the edit history: its split's condition, or for a leaf the path that leads there. */
    public static String ruleName(DecisionTreeModel model, TreeNode node) {
        if (!isLeaf(node)) {
            return condition(model, node, true);
        }
        String path = path(model, node);
        return (path.isEmpty() ? "" : "if " + path + " then ") + className(model, node.getPredictedClass());
    }

    /**
     * Training points of each class that reached {@code node}: its own counts when it has them,
     * else the sum over its children; an array of the model's class count (zeros when unknown).
     */
    public static double[] counts(DecisionTreeModel model, TreeNode node) {
        int classes = model.getClassNames().size();
        double[] own = node.getClassCounts();
        if (own != null && own.length == classes) {
            return own.clone();
        }
        double[] sum = new double[classes];
        if (!isLeaf(node)) {
            for (TreeNode child : new TreeNode[] { node.getLeft(), node.getRight() }) {
                if (child != null) {
                    double[] c = counts(model, child);
                    for (int k = 0; k < classes; k++) {
                        sum[k] += c[k];
                    }
                }
            }
        }
        return sum;
    }

    /**
     * The class most training points under {@code node} had; on a tie the first such class.
     * Without any counts, the class of the first leaf below.
     */
    public static int majorityClass(DecisionTreeModel model, TreeNode node) {
        double[] c = counts(model, node);
        int best = -1;
        double most = 0;
        for (int k = 0; k < c.length; k++) {
            if (c[k] > most) {
                most = c[k];
                best = k;
            }
        }
        if (best >= 0) {
            return best;
        }
        TreeNode n = node;
        while (!isLeaf(n) && n.getLeft() != null) {
            n = n.getLeft();
        }
        return n.getPredictedClass();
    }

    /** Share of the training points at {@code leaf} that belong to the class it predicts, or NaN when unknown. */
    public static double confidence(DecisionTreeModel model, TreeNode leaf) {
        double[] c = counts(model, leaf);
        double total = 0;
        for (double v : c) {
            total += v;
        }
        int k = leaf.getPredictedClass();
        return total > 0 && k >= 0 && k < c.length ? c[k] / total : Double.NaN;
    }

    /** {@code 49 of 54 points (91%)}, or an empty string when the leaf has no counts. */
    public static String support(DecisionTreeModel model, TreeNode leaf) {
        return support(model, leaf, " points");
    }

    /** {@code 49 of 54 (91%)}: {@link #support} where the column says what is counted. */
    public static String shortSupport(DecisionTreeModel model, TreeNode leaf) {
        return support(model, leaf, "");
    }

    private static String support(DecisionTreeModel model, TreeNode leaf, String unit) {
        double[] c = counts(model, leaf);
        double total = 0;
        for (double v : c) {
            total += v;
        }
        int k = leaf.getPredictedClass();
        if (total <= 0 || k < 0 || k >= c.length) {
            return "";
        }
        return Numbers.format(c[k]) + " of " + Numbers.format(total) + unit + " ("
                + Math.round(100 * c[k] / total) + "%)";
    }

    /** Edges from {@code node} to its deepest leaf: 0 for a leaf. */
    public static int depth(TreeNode node) {
        if (node == null || isLeaf(node)) {
            return 0;
        }
        return 1 + Math.max(depth(node.getLeft()), depth(node.getRight()));
    }

    /** The leaves under {@code node}, left to right. */
    public static List<TreeNode> leaves(TreeNode node) {
        List<TreeNode> out = new ArrayList<>();
        collectLeaves(node, out);
        return out;
    }

    private static void collectLeaves(TreeNode node, List<TreeNode> out) {
        if (node == null) {
            return;
        }
        if (isLeaf(node)) {
            out.add(node);
        } else {
            collectLeaves(node.getLeft(), out);
            collectLeaves(node.getRight(), out);
        }
    }

    /**
     * The whole tree as nested rules, two spaces per level:
     *
     * <pre>
     * if petal_length <= 2.45 then setosa  (50 of 50 points (100%))
     * else
     *   if petal_width <= 1.75 then versicolor  (49 of 54 points (91%))
     *   else virginica  (45 of 46 points (98%))
     * </pre>
     */
    public static String rules(DecisionTreeModel model) {
        StringBuilder sb = new StringBuilder();
        if (model.getRoot() == null) {
            return "(the tree is empty)";
        }
        appendRules(model, model.getRoot(), "", sb);
        return sb.toString().stripTrailing();
    }

    private static void appendRules(DecisionTreeModel model, TreeNode node, String indent, StringBuilder sb) {
        if (isLeaf(node)) {
            sb.append(indent).append("predict ").append(leafText(model, node)).append('\n');
            return;
        }
        sb.append(indent).append("if ").append(condition(model, node, true)).append(" then");
        appendBranch(model, node.getLeft(), indent, sb);
        sb.append(indent).append("else");
        appendBranch(model, node.getRight(), indent, sb);
    }

    private static void appendBranch(DecisionTreeModel model, TreeNode child, String indent, StringBuilder sb) {
        if (child == null) {
            sb.append(" (nothing)\n");
        } else if (isLeaf(child)) {
            sb.append(' ').append(leafText(model, child)).append('\n');
        } else {
            sb.append('\n');
            appendRules(model, child, indent + "  ", sb);
        }
    }

    private static String leafText(DecisionTreeModel model, TreeNode leaf) {
        String support = support(model, leaf);
        return className(model, leaf.getPredictedClass()) + (support.isEmpty() ? "" : "  (" + support + ")");
    }
}
