package org.contour.core.session;

import org.contour.core.interpret.Equations;
import org.contour.core.interpret.Numbers;
import org.contour.core.interpret.TopFeatures;
import org.contour.core.interpret.TreeRules;
import org.contour.model.ContourFactory;
import org.contour.model.ContourPackage;
import org.contour.model.DecisionTreeModel;
import org.contour.model.LinearModel;
import org.contour.model.TaughtModel;
import org.contour.model.TreeNode;
import org.eclipse.emf.common.command.Command;
import org.eclipse.emf.common.command.CompoundCommand;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EStructuralFeature;
import org.eclipse.emf.ecore.util.EcoreUtil;
import org.eclipse.emf.edit.command.AddCommand;
import org.eclipse.emf.edit.command.SetCommand;

/**
 * The expert's hand edits of the taught model. Each edit is one command on the session's stack
 * (one undo step) that changes the model, marks it {@link TaughtModel#isHandEdited() edited by
 * hand} and appends a line in words to its {@link TaughtModel#getEditHistory() edit history},
 * so a saved project tells what was trained and what a person changed afterwards.
 *
 * <p>Every method checks its input first and throws {@link IllegalArgumentException} with a
 * message for the user (a number that is not finite, a class that does not exist, a node of
 * another model); then nothing is changed. Setting a value to what it already is changes
 * nothing either and returns {@code false}.
 *
 * <p>Deleting a tree rule means (see {@link #deleteRule}): a split with its sub-rules becomes one
 * leaf predicting the majority class of the training points that reached it; a leaf's rule
 * goes by letting its parent split always take the other branch.
 */
public final class ModelEdits {

    private final ProjectSession session;

    public ModelEdits(ProjectSession session) {
        this.session = session;
    }

    // ---------------------------------------------------------------- linear, polynomial and text models

    /**
     * Sets weight {@code feature} (a term of a polynomial model, a word of a text model) of
     * class {@code cls}.
     */
    public boolean setWeight(int cls, int feature, double value) {
        LinearModel model = current(LinearModel.class, "a weight");
        checkFinite(value, "A weight");
        int width = model.getFeatureNames().size();
        checkIndex(cls, model.getClassNames().size(), "class");
        checkIndex(feature, width, "feature");
        double[] weights = model.getWeights().clone();
        double old = weights[cls * width + feature];
        if (old == value) {
            return false;
        }
        weights[cls * width + feature] = value;
        String name = Equations.termNames(model).get(feature);
        String what = "weight of " + (TopFeatures.isWordList(model) ? "'" + name + "'" : name) + " for class "
                + model.getClassNames().get(cls) + ": " + Numbers.format(old) + " -> " + Numbers.format(value);
        edit(model, "Edit weight", what,
                SetCommand.create(session.domain(), model, ContourPackage.Literals.LINEAR_MODEL__WEIGHTS, weights));
        return true;
    }

    /**
     * Sets the weight of the feature named {@code featureName} (a word, for a text model) for
     * the class named {@code className}.
     */
    public boolean setWeight(String className, String featureName, double value) {
        LinearModel model = current(LinearModel.class, "a weight");
        int cls = model.getClassNames().indexOf(className);
        if (cls < 0) {
            throw new IllegalArgumentException("The model has no class '" + className + "'.");
        }
        int feature = model.getFeatureNames().indexOf(featureName);
        if (feature < 0) {
            throw new IllegalArgumentException("The model has no feature '" + featureName + "'.");
        }
        return setWeight(cls, feature, value);
    }

    /** Sets the bias (the constant of the score) of class {@code cls}. */
    public boolean setBias(int cls, double value) {
        LinearModel model = current(LinearModel.class, "a bias");
        checkFinite(value, "A bias");
        checkIndex(cls, model.getClassNames().size(), "class");
        double[] biases = model.getBiases().clone();
        double old = biases[cls];
        if (old == value) {
            return false;
        }
        biases[cls] = value;
        edit(model, "Edit bias", "bias of class " + model.getClassNames().get(cls) + ": " + Numbers.format(old)
                + " -> " + Numbers.format(value),
                SetCommand.create(session.domain(), model, ContourPackage.Literals.LINEAR_MODEL__BIASES, biases));
        return true;
    }

    /**
     * Sets all weights and biases of the linear model at once, as one undo step: what dragging
     * its boundary on the map does (two classes' weights and biases change together).
     *
     * @param what the edit in words, for the model's edit history
     * @return false when nothing changes
     */
    public boolean setWeightsAndBiases(double[] weights, double[] biases, String label, String what) {
        Command command = weightsAndBiasesCommand(weights, biases, label, what);
        if (command == null) {
            return false;
        }
        session.commandStack().execute(command);
        return true;
    }

    /**
     * The command {@link #setWeightsAndBiases} executes, not executed (for an editor that runs
     * its own command framework over the session's stack), or {@code null} when nothing changes.
     */
    public Command weightsAndBiasesCommand(double[] weights, double[] biases, String label, String what) {
        LinearModel model = current(LinearModel.class, "weights");
        if (weights == null || biases == null || weights.length != model.getWeights().length
                || biases.length != model.getBiases().length) {
            throw new IllegalArgumentException("The model has " + model.getWeights().length + " weights and "
                    + model.getBiases().length + " biases; the edit gives " + (weights == null ? 0 : weights.length)
                    + " and " + (biases == null ? 0 : biases.length) + ".");
        }
        for (double w : weights) {
            checkFinite(w, "A weight");
        }
        for (double b : biases) {
            checkFinite(b, "A bias");
        }
        if (java.util.Arrays.equals(weights, model.getWeights()) && java.util.Arrays.equals(biases, model.getBiases())) {
            return null;
        }
        CompoundCommand change = new CompoundCommand(label);
        change.append(SetCommand.create(session.domain(), model, ContourPackage.Literals.LINEAR_MODEL__WEIGHTS,
                weights.clone()));
        change.append(SetCommand.create(session.domain(), model, ContourPackage.Literals.LINEAR_MODEL__BIASES,
                biases.clone()));
        return command(model, label, what, change);
    }

    // ---------------------------------------------------------------- decision trees

    /** Moves the threshold of split {@code split}: points with {@code x[feature] <= value} now go left. */
    public boolean setThreshold(TreeNode split, double value) {
        Command command = thresholdCommand(split, value);
        if (command == null) {
            return false;
        }
        session.commandStack().execute(command);
        return true;
    }

    /**
     * The command {@link #setThreshold} executes, not executed, or {@code null} when the
     * threshold is {@code value} already.
     */
    public Command thresholdCommand(TreeNode split, double value) {
        DecisionTreeModel model = current(DecisionTreeModel.class, "a split threshold");
        checkNode(model, split);
        if (TreeRules.isLeaf(split)) {
            throw new IllegalArgumentException("A leaf has no threshold; only splits do.");
        }
        checkFinite(value, "A threshold");
        if (split.getThreshold() == value) {
            return null;
        }
        return command(model, "Edit split threshold", "split '" + TreeRules.condition(model, split, true)
                + "' threshold -> " + Numbers.format(value),
                SetCommand.create(session.domain(), split, ContourPackage.Literals.TREE_NODE__THRESHOLD, value));
    }

    /** Makes leaf {@code leaf} predict class {@code cls} (an index into the model's class names). */
    public boolean setLeafClass(TreeNode leaf, int cls) {
        DecisionTreeModel model = current(DecisionTreeModel.class, "a leaf's class");
        checkNode(model, leaf);
        if (!TreeRules.isLeaf(leaf)) {
            throw new IllegalArgumentException("Only a leaf predicts a class; this node is the split '"
                    + TreeRules.condition(model, leaf, true) + "'.");
        }
        checkIndex(cls, model.getClassNames().size(), "class");
        int old = leaf.getPredictedClass();
        if (old == cls) {
            return false;
        }
        edit(model, "Change leaf class", leafName(model, leaf) + " now predicts '" + model.getClassNames().get(cls)
                + "' (was '" + TreeRules.className(model, old) + "')",
                SetCommand.create(session.domain(), leaf, ContourPackage.Literals.TREE_NODE__PREDICTED_CLASS, cls));
        return true;
    }

    /**
     * Deletes the rule at {@code node}.
     * <ul>
     * <li>A split: it and all rules below it become one leaf that predicts the majority class of
     * the training points that reached the split (its class counts, or the sum of its leaves'),
     * and keeps those counts.</li>
     * <li>A leaf: its parent split is replaced by the leaf's sibling, so the points the leaf
     * took now follow the other branch. The root, when it is the only leaf, cannot be deleted.</li>
     * </ul>
     */
    public void deleteRule(TreeNode node) {
        DecisionTreeModel model = current(DecisionTreeModel.class, "a rule");
        checkNode(model, node);
        if (!TreeRules.isLeaf(node)) {
            TreeNode leaf = ContourFactory.eINSTANCE.createTreeNode();
            leaf.setFeature(-1);
            double[] counts = TreeRules.counts(model, node);
            int majority = TreeRules.majorityClass(model, node);
            leaf.setPredictedClass(majority);
            leaf.setClassCounts(counts);
            double total = 0;
            for (double c : counts) {
                total += c;
            }
            String points = total > 0 ? "its " + Numbers.format(total) + " training points" : "its points";
            replace(model, node, leaf, "Delete rule", "rule '" + TreeRules.condition(model, node, true)
                    + "' deleted: " + points + " now all predict '" + TreeRules.className(model, majority) + "'");
            return;
        }
        TreeNode parent = TreeRules.parent(node);
        if (parent == null) {
            throw new IllegalArgumentException(
                    "The tree's only rule cannot be deleted; change the class it predicts instead.");
        }
        TreeNode sibling = parent.getLeft() == node ? parent.getRight() : parent.getLeft();
        if (sibling == null) {
            throw new IllegalArgumentException("The split '" + TreeRules.condition(model, parent, true)
                    + "' has no other branch to take the leaf's points.");
        }
        replace(model, parent, EcoreUtil.copy(sibling), "Delete rule", "rule '" + TreeRules.ruleName(model, node)
                + "' deleted: split '" + TreeRules.condition(model, parent, true) + "' now always takes its other branch");
    }

    /**
     * Replaces split {@code split} by one of its branches ({@code left}: the one where the
     * condition holds), dropping the other with its rules.
     */
    public void keepBranch(TreeNode split, boolean left) {
        DecisionTreeModel model = current(DecisionTreeModel.class, "a rule");
        checkNode(model, split);
        if (TreeRules.isLeaf(split)) {
            throw new IllegalArgumentException("A leaf has no branches.");
        }
        TreeNode kept = left ? split.getLeft() : split.getRight();
        if (kept == null) {
            throw new IllegalArgumentException("The split '" + TreeRules.condition(model, split, true)
                    + "' has no such branch.");
        }
        replace(model, split, EcoreUtil.copy(kept), "Delete branch", "split '" + TreeRules.condition(model, split, true)
                + "' removed, keeping only its '" + TreeRules.condition(model, split, left) + "' branch");
    }

    // ---------------------------------------------------------------- helpers

    private static String leafName(DecisionTreeModel model, TreeNode leaf) {
        TreeNode parent = TreeRules.parent(leaf);
        if (parent == null) {
            return "the tree's only leaf";
        }
        return "leaf under '" + TreeRules.condition(model, parent, parent.getLeft() == leaf) + "'";
    }

    /**
     * Puts {@code replacement} where {@code node} is. The replacement is always a new object (a
     * new leaf or a copy of a branch), never a node moved out of the old subtree, so undo puts
     * the old subtree back whole.
     */
    private void replace(DecisionTreeModel model, TreeNode node, TreeNode replacement, String label, String what) {
        EObject container = node.eContainer();
        EStructuralFeature slot = node.eContainingFeature();
        edit(model, label, what, SetCommand.create(session.domain(), container, slot, replacement));
    }

    private void edit(TaughtModel model, String label, String what, Command change) {
        session.commandStack().execute(command(model, label, what, change));
    }

    private CompoundCommand command(TaughtModel model, String label, String what, Command change) {
        CompoundCommand command = new CompoundCommand(label);
        command.append(change);
        // provenance: the model says it is no longer what the trainer produced, and how
        command.append(SetCommand.create(session.domain(), model, ContourPackage.Literals.TAUGHT_MODEL__HAND_EDITED,
                true));
        command.append(AddCommand.create(session.domain(), model, ContourPackage.Literals.TAUGHT_MODEL__EDIT_HISTORY,
                what));
        if (!command.canExecute()) {
            throw new IllegalStateException(label + " cannot be done on this model");
        }
        return command;
    }

    private <M extends TaughtModel> M current(Class<M> type, String what) {
        TaughtModel model = session.project().getModel();
        if (model == null) {
            throw new IllegalStateException("There is no model yet, so " + what + " cannot be edited.");
        }
        if (!type.isInstance(model)) {
            throw new IllegalStateException("The model is a " + kind(model) + "; it has no " + what.replaceFirst("^an? ", "")
                    + " to edit.");
        }
        return type.cast(model);
    }

    private static String kind(TaughtModel model) {
        return switch (model.eClass().getName()) {
            case "LinearModel" -> "linear model";
            case "PolynomialModel" -> "polynomial model";
            case "DecisionTreeModel" -> "decision tree";
            case "NearestNeighbourModel" -> "nearest-neighbour model";
            default -> model.eClass().getName();
        };
    }

    private static void checkNode(DecisionTreeModel model, TreeNode node) {
        if (node == null || !EcoreUtil.isAncestor(model, node)) {
            throw new IllegalArgumentException("That node is not part of the current tree (was the model retrained?).");
        }
    }

    private static void checkFinite(double value, String what) {
        if (!Double.isFinite(value)) {
            throw new IllegalArgumentException(what + " must be a finite number, not " + value + ".");
        }
    }

    private static void checkIndex(int index, int size, String what) {
        if (index < 0 || index >= size) {
            throw new IllegalArgumentException("There is no " + what + " number " + index + " (the model has " + size
                    + ").");
        }
    }
}
