package org.contour.core.tests;

import static org.contour.core.tests.SketchSamplerTest.label;
import static org.contour.core.tests.SketchSamplerTest.sketch;
import static org.contour.core.tests.TeachData.polygon;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotSame;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.BitSet;
import java.util.List;

import org.contour.api.data.TrainingSet;
import org.contour.core.apply.ActiveLearning;
import org.contour.core.interpret.LinearBoundary;
import org.contour.core.interpret.TreeSplits;
import org.contour.core.session.ProjectSession;
import org.contour.core.session.SketchEdits;
import org.contour.core.session.Teacher;
import org.contour.core.teach.SketchSampler;
import org.contour.model.ContourFactory;
import org.contour.model.ContourPackage;
import org.contour.model.DecisionTreeModel;
import org.contour.model.Embedding;
import org.contour.model.LabelClass;
import org.contour.model.LabellingProject;
import org.contour.model.LinearModel;
import org.contour.model.Predictions;
import org.contour.model.Sketch;
import org.contour.model.TaughtModel;
import org.contour.model.TreeNode;
import org.contour.model.util.ProjectResources;
import org.eclipse.core.runtime.NullProgressMonitor;
import org.eclipse.emf.common.command.CompoundCommand;
import org.eclipse.emf.edit.command.SetCommand;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.locationtech.jts.geom.Geometry;

/**
 * The headless side of editing the drawing and the model on the map: sketch edits as commands
 * (each one undo step, with the retrained model in the same step), the brush's aspect on a view
 * with a scale per axis, the geometry of a linear boundary and of a tree's splits, and picking
 * the least confident examples.
 */
class SketchEditsTest {

    // ---------------------------------------------------------------- sketch edits

    @Test
    void moveReshapeRecolourAndDeleteAreOneUndoStepEachAndReplaceThePointsArray() throws Exception {
        ProjectSession s = session();
        LabelClass a = s.project().getLabels().get(0);
        LabelClass b = s.project().getLabels().get(1);
        SketchEdits edits = new SketchEdits(s);
        Sketch stroke = sketch(a, 1, -10, 0, -8, 1);
        Sketch poly = polygon(b, 5, 5, 9, 5, 9, 9, 5, 9);
        edits.execute(edits.add(stroke));
        edits.execute(edits.add(poly));
        assertEquals("Draw polygon region", s.commandStack().getUndoCommand().getLabel());

        double[] before = stroke.getPoints();
        edits.execute(edits.move(List.of(stroke), 2, -1));
        assertArrayEquals(new double[] {-8, -1, -6, 0}, stroke.getPoints(), 1e-12);
        assertNotSame(before, stroke.getPoints(), "a new array, so undo and the sampler's cache stay right");
        assertEquals("Move region", s.commandStack().getUndoCommand().getLabel());
        s.commandStack().undo();
        assertSame(before, stroke.getPoints());

        edits.execute(edits.moveVertex(poly, 2, 12, 11));
        assertArrayEquals(new double[] {5, 5, 9, 5, 12, 11, 5, 9}, poly.getPoints());
        assertThrows(IllegalArgumentException.class, () -> edits.moveVertex(stroke, 0, 1, 1),
                "a brush stroke moves whole");
        IllegalArgumentException noCorner = assertThrows(IllegalArgumentException.class,
                () -> edits.moveVertex(poly, 4, 1, 1));
        assertEquals("The polygon has no corner 5 (it has 4).", noCorner.getMessage());

        edits.execute(edits.recolour(List.of(poly), a));
        assertSame(a, poly.getLabel());
        assertFalse(edits.recolour(List.of(poly), a).canExecute(), "nothing to change: nothing to execute");
        s.commandStack().undo();
        assertSame(b, poly.getLabel());

        edits.execute(edits.delete(List.of(stroke, poly)));
        assertTrue(s.project().getSketches().isEmpty());
        assertEquals("Delete regions", s.commandStack().getUndoCommand().getLabel());
        s.commandStack().undo();
        assertEquals(List.of(stroke, poly), List.copyOf(s.project().getSketches()), "undo puts them back in order");
        assertThrows(IllegalArgumentException.class, () -> edits.move(List.of(sketch(a, 1, 0, 0)), 1, 1),
                "a sketch of no project");
    }

    @Test
    void theRetrainedModelJoinsTheSketchChangeUnlessAnotherStepCameOrTheProjectWasSaved(@TempDir Path dir)
            throws Exception {
        ProjectSession s = session();
        LabelClass a = s.project().getLabels().get(0);
        LabelClass b = s.project().getLabels().get(1);
        SketchEdits edits = new SketchEdits(s);
        edits.execute(edits.add(sketch(a, 2, -10, 0, -8, 1)));
        CompoundCommand second = edits.add(sketch(b, 2, 10, 0, 8, 1));
        edits.execute(second);
        TaughtModel model = Teacher.teach(s, null, new NullProgressMonitor()).model();
        assertTrue(s.appendToLastCommand(second, setModel(s, model)));
        assertSame(model, s.project().getModel());
        assertSame(second, s.commandStack().getUndoCommand(), "still one step");
        s.commandStack().undo();
        assertEquals(1, s.project().getSketches().size());
        assertNull(s.project().getModel(), "undoing the stroke takes its model away too");
        s.commandStack().redo();
        assertSame(model, s.project().getModel());

        // another command came after the change: refused, the caller decides
        CompoundCommand move = edits.move(List.of(s.project().getSketches().get(0)), 1, 0);
        edits.execute(move);
        assertEquals(1, s.assignLabel(new int[] {0}, b), "a change of label: a step of its own");
        assertFalse(s.appendToLastCommand(move, setModel(s, model)));
        // saved at the change: refused, or the saved file would lack the model
        CompoundCommand third = edits.add(sketch(a, 1, -12, 3));
        edits.execute(third);
        s.save(dir.resolve("p.contour"));
        assertFalse(s.appendToLastCommand(third, setModel(s, model)));
    }

    private static SetCommand setModel(ProjectSession s, TaughtModel model) {
        return (SetCommand) SetCommand.create(s.domain(), s.project(), ContourPackage.Literals.LABELLING_PROJECT__MODEL,
                model);
    }

    // ---------------------------------------------------------------- the brush's aspect

    @Test
    void aRoundBrushOnAViewWithAScalePerAxisCoversAnEllipseAndOldStrokesStayRound(@TempDir Path dir) throws Exception {
        LabelClass a = label("a");
        Sketch dot = sketch(a, 1, 0, 0);
        assertEquals(1.0, dot.getAspect(), "strokes of older projects: round");
        Geometry round = SketchSampler.strokeRegion(dot);
        assertEquals(2, round.getEnvelopeInternal().getWidth(), 1e-9);
        assertEquals(2, round.getEnvelopeInternal().getHeight(), 1e-9);
        // drawn where one x unit took 100 pixels and one y unit 1 pixel: y reaches 100 times as far
        dot.setAspect(100);
        Geometry ellipse = SketchSampler.strokeRegion(dot);
        assertEquals(2, ellipse.getEnvelopeInternal().getWidth(), 1e-9);
        assertEquals(200, ellipse.getEnvelopeInternal().getHeight(), 1e-9);
        // a horizontal stroke keeps its radius across: it is as tall as the brush in y units
        Sketch line = sketch(a, 1, 0, 0, 10, 0);
        line.setAspect(100);
        assertEquals(200, SketchSampler.strokeRegion(line).getEnvelopeInternal().getHeight(), 1e-9);
        assertEquals(12, SketchSampler.strokeRegion(line).getEnvelopeInternal().getWidth(), 1e-9);
        // sampled points lie inside the ellipse
        Sketch other = sketch(label("b"), 1, 30, 0);
        TrainingSet data = new SketchSampler().withPointsPerClass(400).sample(List.of(a, other.getLabel()),
                List.of(dot, other), 7);
        for (int i = 0; i < data.size(); i++) {
            if (data.labels()[i] == 0) {
                double x = data.features()[i][0], y = data.features()[i][1] / 100;
                assertTrue(x * x + y * y <= 1 + 1e-9, x + ", " + y);
            }
        }
        // saved and loaded with its aspect; a stroke without one loads as 1
        LabellingProject project = ContourFactory.eINSTANCE.createLabellingProject();
        project.setDataset(ContourFactory.eINSTANCE.createDatasetSource());
        project.getLabels().add(a);
        project.getSketches().add(dot);
        project.getSketches().add(sketch(a, 2, 1, 1));
        Path file = dir.resolve("aspect.contour");
        ProjectResources.save(project, file);
        String xml = java.nio.file.Files.readString(file);
        assertTrue(xml.contains("aspect=\"100.0\""), xml);
        LabellingProject back = ProjectResources.load(file);
        assertEquals(100.0, back.getSketches().get(0).getAspect());
        assertEquals(1.0, back.getSketches().get(1).getAspect());
    }

    // ---------------------------------------------------------------- a linear boundary

    @Test
    void aLinearBoundaryMovesAndTurnsAndIsWrittenBackIntoTheTwoClassesWeights() {
        // score(a) = x + 0.5, score(b) = -x: the boundary is 2x + 0.5 = 0, a on the right
        double[] w = {1, 0, -1, 0};
        double[] bias = {0.5, 0};
        LinearBoundary line = LinearBoundary.of(w, bias, 0, 1);
        assertEquals(2, line.nx(), 0);
        assertEquals(0, line.ny(), 0);
        assertEquals(0.5, line.c(), 0);
        double[] seg = line.visibleSegment(w, bias, -10, 10, -5, 5);
        assertArrayEquals(new double[] {-0.25, 5, -0.25, -5}, sorted(seg), 1e-12);

        // moved to pass through x = 3: the change goes half and half to a and b
        double[][] moved = LinearBoundary.withBoundary(w, bias, line.through(3, 0));
        assertEquals(0, LinearBoundary.of(moved[0], moved[1], 0, 1).nx() * 3 + LinearBoundary.of(moved[0], moved[1], 0, 1).c(),
                1e-12);
        assertArrayEquals(w, moved[0], 0, "moving keeps the slope");
        assertEquals(moved[1][0] + moved[1][1], bias[0] + bias[1], 1e-12, "the sum of the biases is kept");

        // with three classes, one class takes the whole change: every line without it stays put
        // (shared between both, dragging versicolor|virginica once moved setosa|versicolor too)
        double[] w3c = {1, 0, -1, 0, 0.5, 1};
        double[] b3c = {0.5, 0, -1};
        LinearBoundary bc = LinearBoundary.of(w3c, b3c, 1, 2);
        double[][] onlyC = LinearBoundary.withBoundary(w3c, b3c, bc.through(2, 1), 2);
        LinearBoundary ab = LinearBoundary.of(w3c, b3c, 0, 1);
        LinearBoundary abAfter = LinearBoundary.of(onlyC[0], onlyC[1], 0, 1);
        assertEquals(ab.nx(), abAfter.nx(), 0);
        assertEquals(ab.ny(), abAfter.ny(), 0);
        assertEquals(ab.c(), abAfter.c(), 0, "a|b did not move");
        LinearBoundary bcAfter = LinearBoundary.of(onlyC[0], onlyC[1], 1, 2);
        assertEquals(0, bcAfter.nx() * 2 + bcAfter.ny() * 1 + bcAfter.c(), 1e-12, "b|c passes through (2, 1)");
        assertArrayEquals(java.util.Arrays.copyOf(w3c, 4), java.util.Arrays.copyOf(onlyC[0], 4), 0, "a and b untouched");
        double[][] onlyB = LinearBoundary.withBoundary(w3c, b3c, bc.through(2, 1), 1);
        LinearBoundary bcByB = LinearBoundary.of(onlyB[0], onlyB[1], 1, 2);
        assertEquals(0, bcByB.nx() * 2 + bcByB.ny() * 1 + bcByB.c(), 1e-12, "moved by b: the same line");
        assertEquals(LinearBoundary.of(w3c, b3c, 0, 2).c(), LinearBoundary.of(onlyB[0], onlyB[1], 0, 2).c(), 0,
                "a|c did not move");
        assertThrows(IllegalArgumentException.class, () -> LinearBoundary.withBoundary(w3c, b3c, bc, 0));

        // turned about (-0.25, 0) through (0.75, 1): a 45-degree line, a still on the lower right
        LinearBoundary turned = line.rotatedThrough(-0.25, 0, 0.75, 1);
        assertEquals(Math.hypot(line.nx(), line.ny()), Math.hypot(turned.nx(), turned.ny()), 1e-12, "same steepness");
        assertEquals(0, turned.nx() * 0.75 + turned.ny() * 1 + turned.c(), 1e-12);
        assertEquals(0, turned.nx() * -0.25 + turned.c(), 1e-12);
        assertTrue(turned.nx() * 5 + turned.ny() * -5 + turned.c() > 0, "class a keeps its side");

        // with a third class, only the part of a line where its two classes are the best two is drawn
        double[] w3 = {1, 0, -1, 0, -3, 0};
        double[] b3 = {0.5, 0, -4};
        // a|c lies at x = -1.125, where b scores 1.125 and a and c only -0.625: hidden everywhere
        assertNull(LinearBoundary.of(w3, b3, 0, 2).visibleSegment(w3, b3, -3, 1, -1, 1), "a|c is hidden by b");
        double[] w4 = {1, 0, -1, 0, 0, 1};
        double[] b4 = {0.5, 0, -2};
        double[] part = LinearBoundary.of(w4, b4, 0, 1).visibleSegment(w4, b4, -10, 10, -5, 5);
        // on the line x = -0.25, score(a) = score(b) = 0.25; c = y - 2 beats them above y = 2.25
        assertArrayEquals(new double[] {-0.25, 2.25, -0.25, -5}, sorted(part), 1e-12);
    }

    /** {x0, y0, x1, y1} with the higher y first, for comparing segments regardless of direction. */
    private static double[] sorted(double[] s) {
        return s[1] >= s[3] ? s : new double[] {s[2], s[3], s[0], s[1]};
    }

    @Test
    void aTreesSplitsLieInTheirCellsAndAThresholdStaysInsideIt() {
        DecisionTreeModel tree = ContourFactory.eINSTANCE.createDecisionTreeModel();
        tree.getClassNames().addAll(List.of("a", "b", "c"));
        tree.getFeatureNames().addAll(List.of("x", "y"));
        TreeNode root = split(0, 2.5);
        root.setLeft(leaf(0));
        TreeNode right = split(1, 1.75);
        right.setLeft(leaf(1));
        right.setRight(leaf(2));
        root.setRight(right);
        tree.setRoot(root);
        List<TreeSplits.Split> splits = TreeSplits.of(tree);
        assertEquals(2, splits.size());
        TreeSplits.Split first = splits.get(0);
        assertEquals(0, first.feature());
        assertEquals(Double.NEGATIVE_INFINITY, first.from());
        assertEquals(Double.POSITIVE_INFINITY, first.to());
        TreeSplits.Split second = splits.get(1);
        assertSame(right, second.node());
        assertEquals(2.5, second.from(), 0, "the horizontal split starts at its parent's line");
        assertEquals(Double.POSITIVE_INFINITY, second.to());
        assertEquals(7.0, first.clamp(7.0), "the root moves freely");
        assertEquals(-1.0, second.clamp(-1.0), "y is not bounded by the x split");
        // a split under a split on the same axis stays inside its parent's side
        TreeNode nested = split(0, 4);
        nested.setLeft(leaf(1));
        nested.setRight(leaf(2));
        right.setRight(nested);
        TreeSplits.Split third = TreeSplits.of(tree).get(2);
        assertEquals(2.5, third.low(), 0);
        assertTrue(third.clamp(1.0) > 2.5 && third.clamp(1.0) < 2.5001, "kept right of its parent's threshold");
    }

    private static TreeNode split(int feature, double threshold) {
        TreeNode n = ContourFactory.eINSTANCE.createTreeNode();
        n.setFeature(feature);
        n.setThreshold(threshold);
        return n;
    }

    private static TreeNode leaf(int cls) {
        TreeNode n = ContourFactory.eINSTANCE.createTreeNode();
        n.setFeature(-1);
        n.setPredictedClass(cls);
        return n;
    }

    @Test
    void draggingABoundaryIsOneHandEditWithItsHistory() throws Exception {
        ProjectSession s = session();
        LinearModel m = ContourFactory.eINSTANCE.createLinearModel();
        m.getClassNames().addAll(List.of("a", "b"));
        m.getFeatureNames().addAll(List.of("x", "y"));
        m.setWeights(new double[] {1, 0, -1, 0});
        m.setBiases(new double[] {0, 0});
        s.setModel(m);
        double[][] next = LinearBoundary.withBoundary(m.getWeights(), m.getBiases(),
                LinearBoundary.of(m, 0, 1).through(1, 0));
        assertTrue(s.modelEdits().setWeightsAndBiases(next[0], next[1], "Move boundary", "boundary moved"));
        assertTrue(m.isHandEdited());
        assertEquals(List.of("boundary moved"), List.copyOf(m.getEditHistory()));
        assertEquals("Move boundary", s.commandStack().getUndoCommand().getLabel());
        s.commandStack().undo();
        assertArrayEquals(new double[] {0, 0}, m.getBiases());
        assertFalse(m.isHandEdited());
        assertFalse(s.modelEdits().setWeightsAndBiases(m.getWeights(), m.getBiases(), "Move boundary", "nothing"));
        assertThrows(IllegalArgumentException.class,
                () -> s.modelEdits().setWeightsAndBiases(new double[] {1, Double.NaN, 0, 0}, m.getBiases(), "x", "y"));
    }

    // ---------------------------------------------------------------- active learning

    @Test
    void theLeastConfidentComeUnlabelledFirstThenLabelled() {
        Predictions p = ContourFactory.eINSTANCE.createPredictions();
        p.getClassNames().addAll(List.of("a", "b"));
        p.setPredicted(new int[] {0, 1, 0, -1, 1, 0});
        p.setConfidence(new double[] {0.9, 0.55, 0.6, 0, 0.51, 0.51});
        int[] labels = {-1, -1, 0, -1, 1, -1};
        BitSet two = ActiveLearning.leastConfident(p, labels, null, 2, true);
        assertEquals(BitSet.valueOf(new long[] {(1L << 3) | (1L << 5)}), two, "undecided first, then 0.51 (row 5)");
        BitSet five = ActiveLearning.leastConfident(p, labels, null, 5, true);
        assertEquals(5, five.cardinality());
        assertTrue(five.get(4), "then labelled ones join, least sure first");
        assertFalse(five.get(2));
        BitSet visible = ActiveLearning.leastConfident(p, labels, r -> r != 3, 1, true);
        assertTrue(visible.get(5), "rows that may not be selected are skipped");
    }

    // ---------------------------------------------------------------- helpers

    private static ProjectSession session() {
        LabellingProject project = ContourFactory.eINSTANCE.createLabellingProject();
        project.setName("sketches");
        project.setDataset(ContourFactory.eINSTANCE.createDatasetSource());
        for (String n : List.of("a", "b")) {
            LabelClass l = ContourFactory.eINSTANCE.createLabelClass();
            l.setName(n);
            project.getLabels().add(l);
        }
        Embedding e = ContourFactory.eINSTANCE.createEmbedding();
        e.setXs(new double[] {-10, 10, 0});
        e.setYs(new double[] {0, 0, 0});
        e.getAxisNames().addAll(List.of("x", "y"));
        project.setEmbedding(e);
        project.setAssignments(new int[] {0, 1, -1});
        return ProjectSession.of(project, null, null);
    }
}
