package org.contour.tribuo;

import java.util.ArrayList;
import java.util.List;

import org.contour.model.ContourFactory;
import org.contour.model.DecisionTreeModel;
import org.tribuo.ImmutableFeatureMap;
import org.tribuo.ImmutableOutputInfo;
import org.tribuo.classification.Label;
import org.tribuo.common.tree.TreeModel;

/** Converts Tribuo classification trees that were not trained here (read from a file) into Contour's. */
public final class TribuoTrees {

    private TribuoTrees() {
    }

    /**
     * Contour's editable copy of {@code tree}: features and classes in Tribuo's id order, each
     * leaf's class shares as its class counts (the training points themselves are not in the file).
     */
    public static DecisionTreeModel fromTribuo(TreeModel<Label> tree) {
        ImmutableFeatureMap featureIds = tree.getFeatureIDMap();
        ImmutableOutputInfo<Label> outputIds = tree.getOutputIDInfo();
        List<String> features = new ArrayList<>();
        for (int id = 0; id < featureIds.size(); id++) {
            features.add(featureIds.get(id).getName());
        }
        List<String> classes = new ArrayList<>();
        for (int id = 0; id < outputIds.size(); id++) {
            classes.add(outputIds.getOutput(id).getLabel());
        }
        DecisionTreeModel model = ContourFactory.eINSTANCE.createDecisionTreeModel();
        model.setTrainerId(DecisionTreeClassifier.TRAINER_ID);
        model.getFeatureNames().addAll(features);
        model.getClassNames().addAll(classes);
        model.setMaxDepth(tree.getDepth());
        model.setRoot(DecisionTreeClassifier.convert(tree.getRoot(), featureIds, features.toArray(String[]::new),
                classes.toArray(String[]::new)));
        model.setProvenance("Imported from Tribuo's format (" + tree.getClass().getSimpleName() + ", Tribuo "
                + tree.getProvenance().getTribuoVersion() + ", depth " + tree.getDepth() + ")");
        return model;
    }
}
