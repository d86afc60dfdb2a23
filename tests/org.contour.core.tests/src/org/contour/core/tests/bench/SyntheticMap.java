package org.contour.core.tests.bench;

import java.util.Random;

import org.contour.core.session.LabelPalette;
import org.contour.core.session.ProjectSession;
import org.contour.model.ContourFactory;
import org.contour.model.Embedding;
import org.contour.model.LabelClass;
import org.contour.model.LabellingProject;

/**
 * Seeded synthetic maps for the benchmarks: Gaussian blobs of different sizes in about
 * [-20, 20]^2, the shape a 2-D map of real data tends to have, with a label per blob for about
 * half the points. The same seed always gives the same map.
 */
public final class SyntheticMap {

    public static final int BLOBS = 12;

    private SyntheticMap() {
    }

    /** {x[], y[], label[] as doubles} for {@code n} points. */
    public static double[][] blobs(int n, long seed) {
        Random random = new Random(seed);
        double[] cx = new double[BLOBS];
        double[] cy = new double[BLOBS];
        double[] sd = new double[BLOBS];
        for (int b = 0; b < BLOBS; b++) {
            cx[b] = -15 + 30 * random.nextDouble();
            cy[b] = -15 + 30 * random.nextDouble();
            sd[b] = 0.6 + 3 * random.nextDouble();
        }
        double[] xs = new double[n];
        double[] ys = new double[n];
        double[] blob = new double[n];
        for (int i = 0; i < n; i++) {
            int b = random.nextInt(BLOBS);
            xs[i] = cx[b] + sd[b] * random.nextGaussian();
            ys[i] = cy[b] + sd[b] * random.nextGaussian();
            blob[i] = b;
        }
        return new double[][] {xs, ys, blob};
    }

    /** A project with {@code n} points, one label per blob, about half the points labelled. */
    public static ProjectSession session(int n, long seed) {
        double[][] map = blobs(n, seed);
        LabellingProject project = ContourFactory.eINSTANCE.createLabellingProject();
        project.setName("synthetic " + n);
        for (int b = 0; b < BLOBS; b++) {
            LabelClass label = ContourFactory.eINSTANCE.createLabelClass();
            label.setName("blob " + b);
            label.setColor(LabelPalette.colour(b));
            project.getLabels().add(label);
        }
        int[] assignments = new int[n];
        Random random = new Random(seed + 1);
        for (int i = 0; i < n; i++) {
            assignments[i] = random.nextBoolean() ? (int) map[2][i] : -1;
        }
        project.setAssignments(assignments);
        Embedding embedding = ContourFactory.eINSTANCE.createEmbedding();
        embedding.setXs(map[0]);
        embedding.setYs(map[1]);
        embedding.getAxisNames().add("x");
        embedding.getAxisNames().add("y");
        project.setEmbedding(embedding);
        return ProjectSession.of(project, null, null);
    }

    /** Lasso shapes in the map's data coordinates, each with a name for the report. */
    public static Shape[] shapes() {
        return new Shape[] {
            new Shape("circle r=12, 200 vertices", circle(0, 0, 12, 200)),
            new Shape("star 40 spikes", star(2, -1, 16, 4, 40)),
            new Shape("freehand self-crossing, 600 vertices", freehand(600, 99)),
            new Shape("figure eight (self-crossing)", new double[] {-15, -15, 15, 15, 15, -15, -15, 15}),
            new Shape("box covering everything", new double[] {-40, -40, 40, -40, 40, 40, -40, 40}),
            new Shape("small lasso r=2, 60 vertices", circle(5, 5, 2, 60)),
        };
    }

    /** A named outline x0,y0,x1,y1,... */
    public record Shape(String name, double[] outline) {
    }

    static double[] circle(double cx, double cy, double r, int vertices) {
        double[] xy = new double[2 * vertices];
        for (int v = 0; v < vertices; v++) {
            double a = 2 * Math.PI * v / vertices;
            xy[2 * v] = cx + r * Math.cos(a);
            xy[2 * v + 1] = cy + r * Math.sin(a);
        }
        return xy;
    }

    static double[] star(double cx, double cy, double outer, double inner, int spikes) {
        double[] xy = new double[4 * spikes];
        for (int k = 0; k < 2 * spikes; k++) {
            double a = Math.PI * k / spikes;
            double r = k % 2 == 0 ? outer : inner;
            xy[2 * k] = cx + r * Math.cos(a);
            xy[2 * k + 1] = cy + r * Math.sin(a);
        }
        return xy;
    }

    /** A wandering loop like a hand-drawn lasso that crosses itself several times. */
    static double[] freehand(int vertices, long seed) {
        Random random = new Random(seed);
        double[] xy = new double[2 * vertices];
        for (int v = 0; v < vertices; v++) {
            double a = 4 * Math.PI * v / vertices; // goes round twice: crossings
            double r = 10 + 4 * Math.sin(3 * a) + random.nextDouble();
            xy[2 * v] = r * Math.cos(a) + 3 * Math.sin(a * 0.5);
            xy[2 * v + 1] = r * Math.sin(a);
        }
        return xy;
    }
}
