package org.contour.core.tests.bench;

import java.util.Arrays;
import java.util.List;

import org.contour.core.teach.ModelPredictors;
import org.contour.core.teach.Predictor;
import org.contour.model.ContourFactory;
import org.contour.model.ContourPackage;
import org.contour.model.DecisionTreeModel;
import org.contour.model.LinearModel;
import org.contour.model.PolynomialModel;
import org.contour.model.TaughtModel;
import org.contour.model.TreeNode;
import org.eclipse.emf.common.command.BasicCommandStack;
import org.eclipse.emf.common.command.CompoundCommand;
import org.eclipse.emf.edit.command.AddCommand;
import org.eclipse.emf.edit.command.SetCommand;
import org.eclipse.emf.edit.domain.AdapterFactoryEditingDomain;
import org.eclipse.emf.edit.provider.ComposedAdapterFactory;

/**
 * Times what a hand edit costs before the map shows it, for each kind of model: the edit as one
 * EMF command of the shape ModelEdits builds (change, handEdited, a line of history), a new
 * predictor, and the decision regions of a 1000 x 800 pixel map (500 x 400 raster cells, the
 * RegionsFigure's 2-pixel cells) with probabilities. The linear model is the baseline. Run as
 * a plain Java program; prints the cold run, the median and the minimum of the warm runs. After
 * a build, from the repository root (EMF jars from the local Maven repository):
 *
 * <pre>
 * M=~/.m2/repository/org/eclipse/emf
 * CP=bundles/org.contour.core/target/classes:bundles/org.contour.model/target/classes:$M/org.eclipse.emf.common/2.45.0/org.eclipse.emf.common-2.45.0.jar:$M/org.eclipse.emf.ecore/2.43.0/org.eclipse.emf.ecore-2.43.0.jar:$M/org.eclipse.emf.edit/2.23.0/org.eclipse.emf.edit-2.23.0.jar
 * java -cp tests/org.contour.core.tests/target/classes:$CP org.contour.core.tests.bench.HandEditBenchmark
 * </pre>
 */
public final class HandEditBenchmark {

    private static final int RUNS = 31;
    private static final int COLUMNS = 500;
    private static final int ROWS = 400;

    public static void main(String[] args) {
        AdapterFactoryEditingDomain domain = new AdapterFactoryEditingDomain(new ComposedAdapterFactory(),
                new BasicCommandStack());
        List<String> classes = List.of("a", "b", "c", "d");
        double linear = run("linear, 4 classes (baseline)", domain, linear(classes), 0);
        run("polynomial degree 2, 4 classes", domain, polynomial(classes, 2), linear);
        run("polynomial degree 3, 4 classes", domain, polynomial(classes, 3), linear);
        run("tree of depth 4 (16 leaves)", domain, tree(classes, 4), linear);
        run("tree of depth 8 (256 leaves)", domain, tree(classes, 8), linear);
    }

    /** @return the median in milliseconds */
    private static double run(String what, AdapterFactoryEditingDomain domain, TaughtModel model, double baseline) {
        long[] edit = new long[RUNS];
        long[] predictor = new long[RUNS];
        long[] raster = new long[RUNS];
        double[] probabilities = new double[model.getClassNames().size()];
        long checksum = 0;
        for (int run = 0; run < RUNS; run++) {
            long start = System.nanoTime();
            CompoundCommand command = new CompoundCommand("Edit");
            command.append(change(domain, model, run));
            command.append(SetCommand.create(domain, model, ContourPackage.Literals.TAUGHT_MODEL__HAND_EDITED, true));
            command.append(AddCommand.create(domain, model, ContourPackage.Literals.TAUGHT_MODEL__EDIT_HISTORY,
                    "edit " + run));
            domain.getCommandStack().execute(command);
            long edited = System.nanoTime();
            Predictor p = ModelPredictors.forModel(model);
            long made = System.nanoTime();
            for (int row = 0; row < ROWS; row++) {
                for (int column = 0; column < COLUMNS; column++) {
                    checksum += p.predict(column * 0.08 - 20, row * 0.1 - 20, probabilities);
                }
            }
            long painted = System.nanoTime();
            edit[run] = edited - start;
            predictor[run] = made - edited;
            raster[run] = painted - made;
        }
        long[] total = new long[RUNS];
        for (int i = 0; i < RUNS; i++) {
            total[i] = edit[i] + predictor[i] + raster[i];
        }
        System.out.println(what + ":");
        report("EMF command", edit);
        report("new predictor", predictor);
        report("raster " + COLUMNS + "x" + ROWS + " with probabilities", raster);
        double median = report("edit to regions", total);
        if (baseline > 0) {
            System.out.printf("  %-40s %.2f x the linear model%n", "ratio (medians)", median / baseline);
        }
        System.out.println("  (checksum " + checksum + ")");
        return median;
    }

    /** A different value each run, as a person dragging a number would produce. */
    private static org.eclipse.emf.common.command.Command change(AdapterFactoryEditingDomain domain, TaughtModel model,
            int run) {
        if (model instanceof DecisionTreeModel tree) {
            return SetCommand.create(domain, tree.getRoot(), ContourPackage.Literals.TREE_NODE__THRESHOLD,
                    -1.0 + run * 0.1);
        }
        LinearModel linear = (LinearModel) model;
        double[] weights = linear.getWeights().clone();
        weights[0] = 0.5 + run * 0.01;
        return SetCommand.create(domain, linear, ContourPackage.Literals.LINEAR_MODEL__WEIGHTS, weights);
    }

    private static double report(String what, long[] nanos) {
        long[] warm = Arrays.copyOfRange(nanos, 1, nanos.length);
        Arrays.sort(warm);
        double median = warm[warm.length / 2] / 1e6;
        System.out.printf("  %-40s cold %7.2f ms, median %7.2f ms, min %7.2f ms%n", what, nanos[0] / 1e6, median,
                warm[0] / 1e6);
        return median;
    }

    private static LinearModel linear(List<String> classes) {
        LinearModel m = ContourFactory.eINSTANCE.createLinearModel();
        m.getClassNames().addAll(classes);
        m.getFeatureNames().addAll(List.of("x", "y"));
        m.setWeights(new double[] { 1, 1, -1, 1, 1, -1, -1, -1 });
        m.setBiases(new double[4]);
        return m;
    }

    private static PolynomialModel polynomial(List<String> classes, int degree) {
        PolynomialModel m = ContourFactory.eINSTANCE.createPolynomialModel();
        m.getClassNames().addAll(classes);
        m.getInputNames().addAll(List.of("x", "y"));
        m.setDegree(degree);
        int terms = 0;
        StringBuilder exponents = new StringBuilder();
        for (int total = 1; total <= degree; total++) {
            for (int ey = 0; ey <= total; ey++) {
                m.getFeatureNames().add("x^" + (total - ey) + "*y^" + ey);
                exponents.append(total - ey).append(',').append(ey).append(',');
                terms++;
            }
        }
        m.setExponents(Arrays.stream(exponents.toString().split(",")).mapToInt(Integer::parseInt).toArray());
        m.setInputMeans(new double[] { 0.5, -0.5 });
        m.setInputScales(new double[] { 8, 8 });
        double[] w = new double[classes.size() * terms];
        for (int i = 0; i < w.length; i++) {
            w[i] = Math.sin(i * 1.7);
        }
        m.setWeights(w);
        m.setBiases(new double[classes.size()]);
        return m;
    }

    /** A full tree over [-20, 20]^2 splitting x and y alternately at the middle of its cell. */
    private static DecisionTreeModel tree(List<String> classes, int depth) {
        DecisionTreeModel m = ContourFactory.eINSTANCE.createDecisionTreeModel();
        m.getClassNames().addAll(classes);
        m.getFeatureNames().addAll(List.of("x", "y"));
        m.setMaxDepth(depth);
        m.setRoot(node(depth, 0, -20, 20, -20, 20, classes.size(), new int[1]));
        return m;
    }

    private static TreeNode node(int depth, int level, double x0, double x1, double y0, double y1, int classes,
            int[] leaves) {
        TreeNode n = ContourFactory.eINSTANCE.createTreeNode();
        if (level == depth) {
            n.setFeature(-1);
            n.setPredictedClass(leaves[0]++ % classes);
            double[] counts = new double[classes];
            Arrays.fill(counts, 1);
            counts[n.getPredictedClass()] = 10;
            n.setClassCounts(counts);
            return n;
        }
        boolean onX = level % 2 == 0;
        double mid = onX ? (x0 + x1) / 2 : (y0 + y1) / 2;
        n.setFeature(onX ? 0 : 1);
        n.setThreshold(mid);
        n.setLeft(onX ? node(depth, level + 1, x0, mid, y0, y1, classes, leaves)
                : node(depth, level + 1, x0, x1, y0, mid, classes, leaves));
        n.setRight(onX ? node(depth, level + 1, mid, x1, y0, y1, classes, leaves)
                : node(depth, level + 1, x0, x1, mid, y1, classes, leaves));
        return n;
    }
}
