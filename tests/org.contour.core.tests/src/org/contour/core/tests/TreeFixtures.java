package org.contour.core.tests;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.contour.core.session.ProjectSession;
import org.contour.model.ContourFactory;
import org.contour.model.DecisionTreeModel;
import org.contour.model.Embedding;
import org.contour.model.LabellingProject;
import org.contour.model.PolynomialModel;
import org.contour.model.TreeNode;
import org.eclipse.core.runtime.NullProgressMonitor;

/**
 * Models built by hand, as a trainer would deliver them, over real data: a decision tree of
 * three splits whose leaves predict the majority file label of the rows that reach them (and
 * count them), and a degree-2 polynomial model.
 */
final class TreeFixtures {

    static final Path IRIS = Path.of("/work/shared/datasets/tabular/iris.csv");

    private TreeFixtures() {
    }

    /** Iris with the raw petal length and width (cm) as the map's axes, as a two-column map would show it. */
    static ProjectSession irisOnPetals() throws Exception {
        Path iris = Files.exists(IRIS) ? IRIS : Path.of("../../../shared/datasets/tabular/iris.csv");
        ProjectSession s = ProjectSession.importDataset(iris, new NullProgressMonitor());
        int length = s.table().columnNames().indexOf("petal_length_cm");
        int width = s.table().columnNames().indexOf("petal_width_cm");
        Embedding petals = ContourFactory.eINSTANCE.createEmbedding();
        double[] xs = new double[s.table().rowCount()];
        double[] ys = new double[xs.length];
        for (int r = 0; r < xs.length; r++) {
            xs[r] = s.table().numeric()[r][length];
            ys[r] = s.table().numeric()[r][width];
        }
        petals.setXs(xs);
        petals.setYs(ys);
        petals.getAxisNames().addAll(List.of("petal_length_cm", "petal_width_cm"));
        petals.setReducerId("columns");
        petals.setProvenance("the columns petal_length_cm and petal_width_cm as they are");
        s.project().setEmbedding(petals);
        return s;
    }

    static boolean irisAvailable() {
        return Files.exists(IRIS) || Files.exists(Path.of("../../../shared/datasets/tabular/iris.csv"));
    }

    /**
     * {@code x <= t1 ? leaf : (y <= t2 ? (x <= t3 ? leaf : leaf) : leaf)} over the map's axes,
     * leaves predicting the majority file label of the rows reaching them. On iris's petals with
     * 2.45, 1.75, 4.95 this is the classic tree: setosa, versicolor, virginica, virginica.
     */
    static DecisionTreeModel tree(ProjectSession s, double t1, double t2, double t3) {
        LabellingProject p = s.project();
        DecisionTreeModel model = ContourFactory.eINSTANCE.createDecisionTreeModel();
        model.setTrainerId("hand-built");
        model.setMaxDepth(3);
        p.getLabels().forEach(l -> model.getClassNames().add(l.getName()));
        model.getFeatureNames().addAll(p.getEmbedding().getAxisNames());
        model.setProvenance("built by hand for the tests");
        TreeNode root = split(0, t1);
        root.setLeft(leaf());
        TreeNode second = split(1, t2);
        root.setRight(second);
        TreeNode third = split(0, t3);
        second.setLeft(third);
        second.setRight(leaf());
        third.setLeft(leaf());
        third.setRight(leaf());
        model.setRoot(root);
        count(model, s);
        return model;
    }

    /** Fills every node's class counts by routing the rows with their file labels, and names each leaf's majority. */
    static void count(DecisionTreeModel model, ProjectSession s) {
        int classes = model.getClassNames().size();
        clear(model.getRoot(), classes);
        double[] xs = s.project().getEmbedding().getXs();
        double[] ys = s.project().getEmbedding().getYs();
        for (int r = 0; r < xs.length; r++) {
            int cls = model.getClassNames().indexOf(s.table().labels().get(r));
            TreeNode n = model.getRoot();
            while (true) {
                n.getClassCounts()[cls]++;
                if (n.getFeature() < 0) {
                    break;
                }
                double v = n.getFeature() == 0 ? xs[r] : ys[r];
                n = v <= n.getThreshold() ? n.getLeft() : n.getRight();
            }
        }
        majority(model.getRoot());
    }

    private static void clear(TreeNode n, int classes) {
        n.setClassCounts(new double[classes]);
        if (n.getFeature() >= 0) {
            clear(n.getLeft(), classes);
            clear(n.getRight(), classes);
        }
    }

    private static void majority(TreeNode n) {
        if (n.getFeature() >= 0) {
            majority(n.getLeft());
            majority(n.getRight());
            return;
        }
        double[] c = n.getClassCounts();
        int best = 0;
        for (int k = 1; k < c.length; k++) {
            if (c[k] > c[best]) {
                best = k;
            }
        }
        n.setPredictedClass(best);
    }

    static TreeNode split(int feature, double threshold) {
        TreeNode n = ContourFactory.eINSTANCE.createTreeNode();
        n.setFeature(feature);
        n.setThreshold(threshold);
        return n;
    }

    static TreeNode leaf() {
        TreeNode n = ContourFactory.eINSTANCE.createTreeNode();
        n.setFeature(-1);
        return n;
    }

    /**
     * A degree-2 polynomial model over the map's axes for two classes: terms z1, z2, z1^2,
     * z1*z2, z2^2 with z = (axis - mean) / scale; class 0 scores the inside of the ellipse
     * z1^2 + z2^2 < 1, class 1 the outside.
     */
    static PolynomialModel ring(List<String> axes, List<String> classes, double[] means, double[] scales) {
        PolynomialModel m = ContourFactory.eINSTANCE.createPolynomialModel();
        m.setTrainerId("hand-built");
        m.getClassNames().addAll(classes);
        m.getInputNames().addAll(axes);
        m.setDegree(2);
        String x = axes.get(0);
        String y = axes.get(1);
        m.getFeatureNames().addAll(List.of(x, y, x + "^2", x + "*" + y, y + "^2"));
        m.setExponents(new int[] { 1, 0, 0, 1, 2, 0, 1, 1, 0, 2 });
        m.setInputMeans(means.clone());
        m.setInputScales(scales.clone());
        // score(inside) = 1 - z1^2 - z2^2, score(outside) = 0
        m.setWeights(new double[] { 0, 0, -1, 0, -1, 0, 0, 0, 0, 0 });
        m.setBiases(new double[] { 1, 0 });
        m.setProvenance("built by hand for the tests");
        return m;
    }

    /** EMF's structural equality, but comparing array attributes (class counts, weights) by content. */
    static boolean equal(org.eclipse.emf.ecore.EObject a, org.eclipse.emf.ecore.EObject b) {
        @SuppressWarnings("serial")
        org.eclipse.emf.ecore.util.EcoreUtil.EqualityHelper helper = new org.eclipse.emf.ecore.util.EcoreUtil.EqualityHelper() {
            @Override
            protected boolean haveEqualAttribute(org.eclipse.emf.ecore.EObject x, org.eclipse.emf.ecore.EObject y,
                    org.eclipse.emf.ecore.EAttribute attribute) {
                return java.util.Objects.deepEquals(x.eGet(attribute), y.eGet(attribute));
            }
        };
        return helper.equals(a, b);
    }
}
