package org.contour.core.tests;

import static org.contour.core.tests.SketchSamplerTest.label;
import static org.contour.core.tests.SketchSamplerTest.sketch;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.contour.api.data.TrainingSet;
import org.contour.core.data.CsvDatasetImporter;
import org.contour.api.data.DataTable;
import org.contour.core.session.ProjectSession;
import org.contour.core.teach.SketchSampler;
import org.contour.model.ContourFactory;
import org.contour.model.LabelClass;
import org.contour.model.Sketch;
import org.contour.model.SketchKind;
import org.contour.samples.SampleDatasets;
import org.eclipse.core.runtime.NullProgressMonitor;

/** Real data for the teaching tests: sketches, iris's petal columns, the digits map. */
final class TeachData {

    static final Path IRIS = Path.of("/work/shared/datasets/tabular/iris.csv");

    private TeachData() {
    }

    /** Three painted classes, one painted twice, sampled with 300 points each. */
    static TrainingSet sketched(long seed) throws Exception {
        LabelClass a = label("a");
        LabelClass b = label("b");
        LabelClass c = label("c");
        List<Sketch> sketches = List.of(sketch(a, 1.5, -8, -8, -2, -6, 0, -9), sketch(b, 1, 6, 6, 7, 2),
                sketch(c, 2, -6, 6), sketch(a, 1, 8, -8));
        return new SketchSampler().withPointsPerClass(300).sample(List.of(a, b, c), sketches, seed);
    }

    /** Iris's petal length and width in centimetres with the species, 150 rows; skips when the file is absent. */
    static TrainingSet irisPetals() throws Exception {
        assumeTrue(Files.exists(IRIS), "iris.csv is not in the shared datasets");
        DataTable table = new CsvDatasetImporter().read(IRIS);
        int length = table.columnNames().indexOf("petal_length_cm");
        int width = table.columnNames().indexOf("petal_width_cm");
        List<String> species = new ArrayList<>(new java.util.TreeSet<>(table.labels()));
        double[][] x = new double[table.rowCount()][];
        int[] y = new int[table.rowCount()];
        for (int r = 0; r < x.length; r++) {
            x[r] = new double[] { table.numeric()[r][length], table.numeric()[r][width] };
            y[r] = species.indexOf(table.labels().get(r));
        }
        return new TrainingSet(x, y, species.toArray(String[]::new), new String[] { "petal_length", "petal_width" },
                42, "iris petals");
    }

    static ProjectSession digits() throws Exception {
        return ProjectSession.importDataset(SampleDatasets.file(SampleDatasets.DIGITS), new NullProgressMonitor());
    }

    static ProjectSession fortunes() throws Exception {
        return ProjectSession.importDataset(SampleDatasets.file(SampleDatasets.FORTUNES), new NullProgressMonitor());
    }

    /** The digits map's labelled points as a training set on (PC1, PC2). */
    static TrainingSet digitsMap(ProjectSession s) {
        int n = s.project().getAssignments().length;
        double[][] x = new double[n][];
        for (int r = 0; r < n; r++) {
            x[r] = new double[] { s.project().getEmbedding().getXs()[r], s.project().getEmbedding().getYs()[r] };
        }
        String[] classes = s.project().getLabels().stream().map(LabelClass::getName).toArray(String[]::new);
        return new TrainingSet(x, s.project().getAssignments().clone(), classes, new String[] { "PC1", "PC2" }, 42,
                "digits map");
    }

    /** A grid of {@code steps + 1} squared points over the bounding box of {@code data}, widened by 10%. */
    static double[][] grid(TrainingSet data, int steps) {
        double x0 = Double.POSITIVE_INFINITY, x1 = Double.NEGATIVE_INFINITY;
        double y0 = Double.POSITIVE_INFINITY, y1 = Double.NEGATIVE_INFINITY;
        for (double[] p : data.features()) {
            x0 = Math.min(x0, p[0]);
            x1 = Math.max(x1, p[0]);
            y0 = Math.min(y0, p[1]);
            y1 = Math.max(y1, p[1]);
        }
        double dx = (x1 - x0) * 0.1, dy = (y1 - y0) * 0.1;
        x0 -= dx;
        x1 += dx;
        y0 -= dy;
        y1 += dy;
        double[][] out = new double[(steps + 1) * (steps + 1)][];
        int k = 0;
        for (int i = 0; i <= steps; i++) {
            for (int j = 0; j <= steps; j++) {
                out[k++] = new double[] { x0 + (x1 - x0) * i / steps, y0 + (y1 - y0) * j / steps };
            }
        }
        return out;
    }

    static Sketch polygon(LabelClass label, double... xy) {
        Sketch s = ContourFactory.eINSTANCE.createSketch();
        s.setKind(SketchKind.POLYGON);
        s.setLabel(label);
        s.setPoints(xy);
        return s;
    }

    static Sketch eraser(double radius, double... xy) {
        Sketch s = ContourFactory.eINSTANCE.createSketch();
        s.setKind(SketchKind.ERASER);
        s.setRadius(radius);
        s.setPoints(xy);
        return s;
    }

    /** A brush stroke of {@code label} around the centre of the rows the project labels so. */
    static Sketch strokeOverClass(ProjectSession s, int labelIndex, double radius) {
        double sx = 0, sy = 0;
        int n = 0;
        for (int r = 0; r < s.project().getAssignments().length; r++) {
            if (s.project().getAssignments()[r] == labelIndex) {
                sx += s.project().getEmbedding().getXs()[r];
                sy += s.project().getEmbedding().getYs()[r];
                n++;
            }
        }
        double cx = sx / n, cy = sy / n;
        return sketch(s.project().getLabels().get(labelIndex), radius, cx - radius / 2, cy, cx + radius / 2, cy);
    }
}
