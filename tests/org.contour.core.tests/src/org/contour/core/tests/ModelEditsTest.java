package org.contour.core.tests;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotSame;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.file.Path;
import java.util.List;

import org.contour.core.interpret.TreeRules;
import org.contour.core.session.ModelEdits;
import org.contour.core.session.ProjectSession;
import org.contour.core.teach.ModelPredictors;
import org.contour.core.teach.Predictor;
import org.contour.model.ContourFactory;
import org.contour.model.DecisionTreeModel;
import org.contour.model.LinearModel;
import org.contour.model.PolynomialModel;
import org.contour.model.TreeNode;
import org.contour.samples.SampleDatasets;
import org.eclipse.core.runtime.NullProgressMonitor;
import org.eclipse.emf.ecore.util.EcoreUtil;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Hand edits of every kind of model on real projects: each is one undo step, marks the model
 * edited by hand, says what it did in the edit history, changes what the model predicts, and
 * refuses bad input without touching the model.
 */
class ModelEditsTest {

    private static Path digits;

    @BeforeAll
    static void locate() throws Exception {
        digits = SampleDatasets.file(SampleDatasets.DIGITS);
    }

    // ---------------------------------------------------------------- linear

    private static LinearModel linear(ProjectSession s) {
        LinearModel m = ContourFactory.eINSTANCE.createLinearModel();
        m.setTrainerId("hand-built");
        m.getClassNames().addAll(List.of("0", "3"));
        m.getFeatureNames().addAll(s.project().getEmbedding().getAxisNames());
        m.setWeights(new double[] { -0.2, 0.1, 0.41, -1.2 });
        m.setBiases(new double[] { 0, 0.33 });
        return m;
    }

    @Test
    void aWeightEditIsOneUndoStepThatSaysWhatChanged() throws Exception {
        ProjectSession s = ProjectSession.importDataset(digits, new NullProgressMonitor());
        s.setModel(linear(s));
        LinearModel m = (LinearModel) s.project().getModel();
        assertFalse(m.isHandEdited());

        s.setLinearWeight(1, 0, 0.8); // the old API still works, through ModelEdits
        assertEquals(0.8, m.getWeights()[2]);
        assertTrue(m.isHandEdited());
        assertEquals(List.of("weight of PC1 for class 3: 0.41 -> 0.8"), m.getEditHistory());

        s.setLinearBias(0, -1.5);
        assertEquals(List.of("weight of PC1 for class 3: 0.41 -> 0.8", "bias of class 0: 0 -> -1.5"), m.getEditHistory());

        s.commandStack().undo();
        assertEquals(0, m.getBiases()[0]);
        assertEquals(1, m.getEditHistory().size());
        assertTrue(m.isHandEdited());
        s.commandStack().undo();
        assertEquals(0.41, m.getWeights()[2]);
        assertFalse(m.isHandEdited(), "undoing the only edit makes the model as trained again");
        assertTrue(m.getEditHistory().isEmpty());
        s.commandStack().redo();
        assertEquals(0.8, m.getWeights()[2]);
        assertEquals(List.of("weight of PC1 for class 3: 0.41 -> 0.8"), m.getEditHistory());
    }

    @Test
    void badNumbersAndIndicesAreRefusedAndChangeNothing() throws Exception {
        ProjectSession s = ProjectSession.importDataset(digits, new NullProgressMonitor());
        ModelEdits edits = s.modelEdits();
        IllegalStateException none = assertThrows(IllegalStateException.class, () -> edits.setBias(0, 1));
        assertTrue(none.getMessage().contains("no model yet"), none.getMessage());
        s.setModel(linear(s));
        LinearModel m = (LinearModel) s.project().getModel();
        double[] before = m.getWeights().clone();
        IllegalArgumentException nan = assertThrows(IllegalArgumentException.class, () -> edits.setWeight(0, 0, Double.NaN));
        assertTrue(nan.getMessage().contains("finite"), nan.getMessage());
        assertThrows(IllegalArgumentException.class, () -> edits.setWeight(0, 2, 1.0));
        assertThrows(IllegalArgumentException.class, () -> edits.setBias(5, 1.0));
        IllegalArgumentException unknown = assertThrows(IllegalArgumentException.class,
                () -> edits.setWeight("3", "PC7", 1.0));
        assertTrue(unknown.getMessage().contains("'PC7'"), unknown.getMessage());
        IllegalStateException notATree = assertThrows(IllegalStateException.class,
                () -> edits.setThreshold(TreeFixtures.split(0, 1), 2));
        assertTrue(notATree.getMessage().contains("linear model"), notATree.getMessage());
        assertArrayEquals(before, m.getWeights());
        assertFalse(m.isHandEdited());
        assertTrue(m.getEditHistory().isEmpty());
        s.commandStack().undo(); // the only step on the stack is still "Train model"
        assertEquals(null, s.project().getModel());
        // the same value again is no edit at all
        s.commandStack().redo();
        assertFalse(edits.setWeight(0, 0, -0.2));
        assertFalse(((LinearModel) s.project().getModel()).isHandEdited());
    }

    // ---------------------------------------------------------------- polynomial

    @Test
    void aPolynomialTermIsEditedByItsNameAndTheCurvedBoundaryMoves() throws Exception {
        ProjectSession s = ProjectSession.importDataset(digits, new NullProgressMonitor());
        PolynomialModel ring = TreeFixtures.ring(List.of("PC1", "PC2"), List.of("0", "1"), new double[] { 0.3, -1 },
                new double[] { 2.1, 4 });
        s.setModel(ring);
        Predictor before = ModelPredictors.forModel(ring);
        // (3, -1) is at z1 = 1.29, outside the unit circle
        assertEquals(1, before.predict(3, -1, null));
        assertEquals(0, before.predict(0.3, -1, null));
        s.modelEdits().setWeight(0, 2, -0.25); // weight of z1^2 for class 0: the ellipse stretches along PC1
        assertEquals(List.of("weight of z1^2 for class 0: -1 -> -0.25"), ring.getEditHistory());
        assertEquals(0, ModelPredictors.forModel(ring).predict(3, -1, null));
        s.commandStack().undo();
        assertEquals(1, ModelPredictors.forModel(ring).predict(3, -1, null));
    }

    // ---------------------------------------------------------------- trees

    /** On digits' PCA map (bundled, never skipped): the generic tree of {@link TreeFixtures#tree}. */
    private static ProjectSession digitsWithTree() throws Exception {
        ProjectSession s = ProjectSession.importDataset(digits, new NullProgressMonitor());
        s.setModel(TreeFixtures.tree(s, 0, 0, 10));
        return s;
    }

    @Test
    void aThresholdEditMovesTheSplitAndUndoes() throws Exception {
        ProjectSession s = digitsWithTree();
        DecisionTreeModel tree = (DecisionTreeModel) s.project().getModel();
        TreeNode root = tree.getRoot();
        Predictor before = ModelPredictors.forModel(tree);
        int leftClass = root.getLeft().getPredictedClass();
        assertEquals(leftClass, before.predict(-0.5, 5, null));
        assertTrue(before.predict(5, 5, null) != leftClass, "the fixture's two sides differ");

        s.modelEdits().setThreshold(root, -1);
        assertEquals(-1, root.getThreshold());
        assertTrue(tree.isHandEdited());
        assertEquals(List.of("split 'PC1 <= 0' threshold -> -1"), tree.getEditHistory());
        Predictor after = ModelPredictors.forModel(tree);
        assertEquals(after.predict(5, 5, null), after.predict(-0.5, 5, null), "(-0.5, 5) now goes right");
        assertEquals(leftClass, after.predict(-1.5, 5, null));
        s.commandStack().undo();
        assertEquals(0, root.getThreshold());
        assertFalse(tree.isHandEdited());
        assertTrue(tree.getEditHistory().isEmpty());
        IllegalArgumentException inf = assertThrows(IllegalArgumentException.class,
                () -> s.modelEdits().setThreshold(root, Double.POSITIVE_INFINITY));
        assertTrue(inf.getMessage().contains("finite"), inf.getMessage());
        assertThrows(IllegalArgumentException.class, () -> s.modelEdits().setThreshold(root.getLeft(), 1));
        assertThrows(IllegalArgumentException.class, () -> s.modelEdits().setThreshold(TreeFixtures.split(0, 1), 1),
                "a node of another tree");
        assertEquals(0, root.getThreshold());
    }

    @Test
    void irisTreeReadsAsRulesAndEveryKindOfTreeEditWorks() throws Exception {
        assumeTrue(TreeFixtures.irisAvailable(), "the shared iris dataset is not here");
        ProjectSession s = TreeFixtures.irisOnPetals();
        DecisionTreeModel tree = TreeFixtures.tree(s, 2.45, 1.75, 4.95);
        s.setModel(tree);
        assertEquals(List.of("setosa", "versicolor", "virginica"), tree.getClassNames());
        assertEquals("""
                if petal_length_cm <= 2.45 then setosa  (50 of 50 points (100%))
                else
                  if petal_width_cm <= 1.75 then
                    if petal_length_cm <= 4.95 then versicolor  (47 of 48 points (98%))
                    else virginica  (4 of 6 points (67%))
                  else virginica  (45 of 46 points (98%))""", TreeRules.rules(tree));
        // the hand-built tree classifies iris as the textbook tree does: 146 of 150 right
        Predictor p = ModelPredictors.forModel(tree);
        int right = 0;
        for (int r = 0; r < 150; r++) {
            double[] xy = { s.project().getEmbedding().getXs()[r], s.project().getEmbedding().getYs()[r] };
            right += tree.getClassNames().get(p.predict(xy, null)).equals(s.table().labels().get(r)) ? 1 : 0;
        }
        assertEquals(146, right);

        TreeNode root = tree.getRoot();
        TreeNode widthSplit = root.getRight();
        TreeNode lengthSplit = widthSplit.getLeft();
        // a threshold, in the words of the brief
        s.modelEdits().setThreshold(widthSplit, 1.6);
        assertEquals("split 'petal_width_cm <= 1.75' threshold -> 1.6", last(tree));
        assertEquals(2, ModelPredictors.forModel(tree).predict(4.5, 1.7, null), "a wide petal is now virginica");
        // a leaf's class
        s.modelEdits().setLeafClass(root.getLeft(), 1);
        assertEquals("leaf under 'petal_length_cm <= 2.45' now predicts 'versicolor' (was 'setosa')", last(tree));
        assertEquals(1, ModelPredictors.forModel(tree).predict(1.4, 0.2, null));
        assertThrows(IllegalArgumentException.class, () -> s.modelEdits().setLeafClass(root.getLeft(), 3));
        assertThrows(IllegalArgumentException.class, () -> s.modelEdits().setLeafClass(root, 0), "a split");

        // delete a split: it and what is below become one leaf of its majority class
        DecisionTreeModel snapshot = EcoreUtil.copy(tree);
        s.modelEdits().deleteRule(lengthSplit);
        TreeNode merged = widthSplit.getLeft();
        assertTrue(TreeRules.isLeaf(merged));
        assertEquals(1, merged.getPredictedClass(), "49 versicolor against 5 virginica");
        assertArrayEquals(new double[] { 0, 49, 5 }, merged.getClassCounts());
        assertEquals("rule 'petal_length_cm <= 4.95' deleted: its 54 training points now all predict 'versicolor'",
                last(tree));
        assertEquals(1, ModelPredictors.forModel(tree).predict(5.5, 1.0, null));
        s.commandStack().undo();
        assertTrue(TreeFixtures.equal(snapshot, tree), "undo puts the whole subtree back");
        assertSame(lengthSplit, widthSplit.getLeft());

        // delete a leaf's rule: its parent takes the other branch everywhere
        s.modelEdits().deleteRule(widthSplit.getRight());
        assertEquals("rule 'if petal_length_cm > 2.45 and petal_width_cm > 1.6 then virginica' deleted: "
                + "split 'petal_width_cm <= 1.6' now always takes its other branch", last(tree));
        TreeNode promoted = root.getRight();
        assertNotSame(widthSplit, promoted);
        assertEquals(0, promoted.getFeature(), "the length split moved up");
        assertEquals(4.95, promoted.getThreshold());
        s.commandStack().undo();
        assertSame(widthSplit, root.getRight());

        // keep one branch of a split
        s.modelEdits().keepBranch(widthSplit, false);
        assertEquals("split 'petal_width_cm <= 1.6' removed, keeping only its 'petal_width_cm > 1.6' branch", last(tree));
        assertTrue(TreeRules.isLeaf(root.getRight()));
        assertEquals(2, ModelPredictors.forModel(tree).predict(4.0, 1.0, null));
        s.commandStack().undo();

        // the tree's only leaf stays
        s.modelEdits().deleteRule(root);
        assertTrue(TreeRules.isLeaf(tree.getRoot()));
        IllegalArgumentException only = assertThrows(IllegalArgumentException.class,
                () -> s.modelEdits().deleteRule(tree.getRoot()));
        assertTrue(only.getMessage().contains("only rule"), only.getMessage());
        assertEquals(3, tree.getEditHistory().size(), String.join("\n", tree.getEditHistory()));

        // every step undoes back to the tree as built
        while (!tree.getEditHistory().isEmpty()) {
            s.commandStack().undo();
        }
        DecisionTreeModel fresh = TreeFixtures.tree(s, 2.45, 1.75, 4.95);
        assertTrue(TreeFixtures.equal(fresh, tree));
    }

    @Test
    void editsAndTheirHistorySurviveSaving(@TempDir Path dir) throws Exception {
        ProjectSession s = digitsWithTree();
        DecisionTreeModel tree = (DecisionTreeModel) s.project().getModel();
        s.modelEdits().setThreshold(tree.getRoot(), 1.5);
        s.modelEdits().deleteRule(tree.getRoot().getRight().getLeft());
        Path file = dir.resolve("tree.contour");
        s.save(file);
        ProjectSession back = ProjectSession.open(file, new NullProgressMonitor());
        DecisionTreeModel reopened = (DecisionTreeModel) back.project().getModel();
        assertTrue(reopened.isHandEdited());
        assertEquals(tree.getEditHistory(), reopened.getEditHistory());
        assertTrue(TreeFixtures.equal(tree, reopened));
    }

    private static String last(DecisionTreeModel tree) {
        return tree.getEditHistory().get(tree.getEditHistory().size() - 1);
    }
}
