package org.contour.core.tests;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;

import org.contour.api.data.FeatureMatrix;
import org.contour.api.Options;
import org.contour.api.data.DataTable;
import org.contour.core.reduce.Pca;
import org.contour.core.reduce.Projection;
import org.contour.core.vectorize.NumericColumnsVectorizer;
import org.contour.core.vectorize.TextTfidfVectorizer;
import org.contour.samples.SampleDatasets;
import org.eclipse.core.runtime.NullProgressMonitor;
import org.eclipse.core.runtime.OperationCanceledException;
import org.junit.jupiter.api.Test;
import org.tribuo.math.la.DenseMatrix;

/**
 * PCA on the real datasets (shape, no NaN, the 2-D map separates digits) and on the awkward
 * inputs a user's data can produce: constant columns, fewer rows than columns, a single row.
 */
public class PcaTest {

    @Test
    public void digitsMapIsTwoDimensionalAndSeparatesTheDigits() throws Exception {
        DataTable digits = ImportTest.importFile(ImportTest.sampleFile(SampleDatasets.DIGITS));
        FeatureMatrix pixels = new NumericColumnsVectorizer().vectorize(digits, Options.NONE, null);

        long start = System.nanoTime();
        Projection map = Pca.fit(pixels, 2, new NullProgressMonitor());
        double seconds = (System.nanoTime() - start) / 1e9;

        assertEquals(1797, map.rows());
        assertEquals(2, map.components());
        assertEquals(1797, map.xs().length);
        assertEquals(1797, map.ys().length);
        assertNoNaN(map);
        // scikit-learn's PCA on the same data: explained_variance_ratio_ = [0.14890594, 0.13618771]
        assertArrayEquals(new double[] {0.14890594, 0.13618771}, map.explainedVarianceRatio(), 1e-7);
        double accuracy = leaveOneOutKnnAccuracy(map, digits.labels(), 5);
        System.out.printf("digits PCA: %.3f s, explained %s, 2-D 5-NN leave-one-out accuracy %.4f (%s)%n", seconds,
                Arrays.toString(map.explainedVarianceRatio()), accuracy, map.method());
        assertTrue(accuracy > 0.5, "2-D kNN accuracy " + accuracy + " should be far above chance 0.1");
    }

    @Test
    public void mnistMatchesTheExactEigendecompositionClosely() throws Exception {
        DataTable mnist = ImportTest.importFile(ImportTest.sharedFile("mnist_10k/mnist_10k.csv.gz"));
        FeatureMatrix pixels = new NumericColumnsVectorizer().vectorize(mnist, Options.NONE, null);

        long start = System.nanoTime();
        Projection map = Pca.fit(pixels, 2, null);
        double seconds = (System.nanoTime() - start) / 1e9;

        System.out.printf("mnist_10k PCA: %.3f s, explained %s (%s)%n", seconds,
                Arrays.toString(map.explainedVarianceRatio()), map.method());
        assertEquals(10000, map.rows());
        assertNoNaN(map);
        // reference: Tribuo's eigendecomposition of the full 784x784 covariance matrix (3 s)
        assertArrayEquals(new double[] {0.1020002689, 0.0721543951}, map.explainedVarianceRatio(), 1e-8);
    }

    @Test
    public void fortunesTfidfMapRuns() throws Exception {
        DataTable fortunes = ImportTest.importFile(ImportTest.sampleFile(SampleDatasets.FORTUNES));
        FeatureMatrix tfidf = new TextTfidfVectorizer().vectorize(fortunes, Options.NONE, null);

        long start = System.nanoTime();
        Projection map = Pca.fit(tfidf, 2, null);
        double seconds = (System.nanoTime() - start) / 1e9;

        System.out.printf("fortunes PCA: %.3f s, explained %s, 2-D 5-NN accuracy %.4f (%s)%n", seconds,
                Arrays.toString(map.explainedVarianceRatio()), leaveOneOutKnnAccuracy(map, fortunes.labels(), 5),
                map.method());
        assertEquals(4679, map.rows());
        assertNoNaN(map);
        double[] ratios = map.explainedVarianceRatio();
        assertTrue(ratios[0] > 0 && ratios[0] >= ratios[1] && ratios[1] > 0, Arrays.toString(ratios));
    }

    @Test
    public void wideInputAgreesWithTheExactCovarianceEigendecomposition() {
        // 400 columns: beyond the exact method's limit, so subspace iteration runs
        int rows = 300;
        int columns = 400;
        Random random = new Random(7);
        double[][] data = new double[rows][columns];
        double[] strongDirection = randomUnit(random, columns);
        double[] weakDirection = randomUnit(random, columns);
        for (double[] row : data) {
            double a = 5 * random.nextGaussian();
            double b = 2 * random.nextGaussian();
            for (int c = 0; c < columns; c++) {
                row[c] = 3 + a * strongDirection[c] + b * weakDirection[c] + 0.1 * random.nextGaussian();
            }
        }

        Projection map = Pca.fit(dense(data), 2, null);

        double[][] covariance = covariance(data);
        DenseMatrix.EigenDecomposition exact = DenseMatrix.createDenseMatrix(covariance).eigenDecomposition()
                .orElseThrow();
        double total = 0;
        for (int c = 0; c < columns; c++) {
            total += covariance[c][c];
        }
        for (int k = 0; k < 2; k++) {
            assertEquals(exact.eigenvalues().get(k) / total, map.explainedVarianceRatio()[k], 1e-9);
            double[] loadings = map.loadings(k);
            double cosine = 0;
            for (int c = 0; c < columns; c++) {
                cosine += loadings[c] * exact.eigenvectors().get(c, k);
            }
            assertEquals(1, Math.abs(cosine), 1e-9, "axis " + k);
        }
    }

    @Test
    public void resultIsDeterministicAndOriented() throws Exception {
        DataTable digits = ImportTest.importFile(ImportTest.sampleFile(SampleDatasets.DIGITS));
        FeatureMatrix pixels = new NumericColumnsVectorizer().vectorize(digits, Options.NONE, null);

        Projection first = Pca.fit(pixels, 2, null);
        Projection second = Pca.fit(pixels, 2, null);

        assertArrayEquals(first.xs(), second.xs());
        assertArrayEquals(first.ys(), second.ys());
        for (int k = 0; k < 2; k++) {
            double[] loadings = first.loadings(k);
            int largest = 0;
            for (int c = 1; c < loadings.length; c++) {
                if (Math.abs(loadings[c]) > Math.abs(loadings[largest])) {
                    largest = c;
                }
            }
            assertTrue(loadings[largest] > 0, "largest loading of axis " + k + " is positive");
        }
    }

    @Test
    public void projectingARowAgainGivesItsCoordinates() throws Exception {
        DataTable digits = ImportTest.importFile(ImportTest.sampleFile(SampleDatasets.DIGITS));
        FeatureMatrix pixels = new NumericColumnsVectorizer().vectorize(digits, Options.NONE, null);

        Projection map = Pca.fit(pixels, 3, null);

        for (int r : new int[] {0, 17, 1796}) {
            double[] point = map.project(pixels.row(r));
            for (int k = 0; k < 3; k++) {
                assertEquals(map.coordinate(r, k), point[k], 1e-9);
            }
        }
    }

    @Test
    public void constantColumnsAreHarmless() {
        FeatureMatrix matrix = dense(new double[][] {{1, 7, 0}, {2, 7, 0}, {4, 7, 0}, {8, 7, 0}});

        Projection map = Pca.fit(matrix, 2, null);

        assertNoNaN(map);
        assertEquals(1.0, map.explainedVarianceRatio()[0], 1e-12);
        assertEquals(0.0, map.explainedVarianceRatio()[1]);
        assertArrayEquals(new double[4], map.ys());
        assertArrayEquals(new double[] {-2.75, -1.75, 0.25, 4.25}, map.xs(), 1e-12);
        assertArrayEquals(new double[] {1, 0, 0}, map.loadings(0), 1e-12);
    }

    @Test
    public void allConstantDataMapsToTheOrigin() {
        Projection map = Pca.fit(dense(new double[][] {{3, 3}, {3, 3}, {3, 3}}), 2, null);

        assertArrayEquals(new double[3], map.xs());
        assertArrayEquals(new double[3], map.ys());
        assertArrayEquals(new double[2], map.explainedVarianceRatio());
    }

    @Test
    public void fewerRowsThanColumns() {
        Random random = new Random(3);
        double[][] data = new double[3][64];
        for (double[] row : data) {
            for (int c = 0; c < row.length; c++) {
                row[c] = random.nextInt(17);
            }
        }

        Projection map = Pca.fit(dense(data), 2, null);

        assertNoNaN(map);
        double[] ratios = map.explainedVarianceRatio();
        assertEquals(1.0, ratios[0] + ratios[1], 1e-9, "three points span a plane: two axes explain it all");
    }

    @Test
    public void twoRowsLeaveTheSecondAxisEmpty() {
        Projection map = Pca.fit(dense(new double[][] {{0, 0, 1}, {1, 1, 1}}), 2, null);

        assertNoNaN(map);
        assertEquals(1.0, map.explainedVarianceRatio()[0], 1e-12);
        assertArrayEquals(new double[2], map.ys());
        assertEquals(Math.sqrt(2), map.xs()[1] - map.xs()[0], 1e-12);
    }

    @Test
    public void sparseWideInputWithFewerRowsThanTheSketch() {
        // about 450 varying columns (beyond the exact method's limit) but only 5 rows, fewer than
        // the randomized method's sketch: the covariance then has rank 4
        int rows = 5;
        int columns = 1000;
        Random random = new Random(11);
        double[][] data = new double[rows][columns];
        for (double[] row : data) {
            for (int t = 0; t < 100; t++) {
                row[random.nextInt(columns)] = 1 + random.nextInt(5);
            }
        }
        FeatureMatrix sparse = sparse(data);

        Projection map = Pca.fit(sparse, 3, null);

        assertNoNaN(map);
        // reference: the covariance's non-zero eigenvalues are those of the small Gram matrix
        // of the centred rows, divided by rows - 1; Tribuo decomposes that 5x5 matrix
        double[][] centred = new double[rows][columns];
        for (int c = 0; c < columns; c++) {
            double mean = 0;
            for (double[] row : data) {
                mean += row[c] / rows;
            }
            for (int r = 0; r < rows; r++) {
                centred[r][c] = data[r][c] - mean;
            }
        }
        double[][] gram = new double[rows][rows];
        double trace = 0;
        for (int a = 0; a < rows; a++) {
            for (int b = 0; b < rows; b++) {
                for (int c = 0; c < columns; c++) {
                    gram[a][b] += centred[a][c] * centred[b][c];
                }
            }
            trace += gram[a][a];
        }
        DenseMatrix.EigenDecomposition exact = DenseMatrix.createDenseMatrix(gram).eigenDecomposition().orElseThrow();
        for (int k = 0; k < 3; k++) {
            assertEquals(exact.eigenvalues().get(k) / trace, map.explainedVarianceRatio()[k], 1e-9, "axis " + k);
            double scale = Math.sqrt(exact.eigenvalues().get(k));
            for (int r = 0; r < rows; r++) {
                assertEquals(Math.abs(scale * exact.eigenvectors().get(r, k)), Math.abs(map.coordinate(r, k)), 1e-7);
            }
        }
        Projection fromDense = Pca.fit(dense(data), 3, null);
        assertArrayEquals(fromDense.xs(), map.xs(), 1e-9);
    }

    @Test
    public void oneRowIsAClearError() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> Pca.fit(dense(new double[][] {{1, 2, 3}}), 2, null));

        assertTrue(e.getMessage().contains("at least 2 rows"), e.getMessage());
    }

    @Test
    public void nonFiniteInputAndZeroComponentsAreRefused() {
        assertThrows(IllegalArgumentException.class,
                () -> Pca.fit(dense(new double[][] {{1, 2}, {Double.NaN, 3}}), 2, null));
        assertThrows(IllegalArgumentException.class, () -> Pca.fit(dense(new double[][] {{1}, {2}}), 0, null));
    }

    @Test
    public void cancelledMonitorStopsTheFit() {
        NullProgressMonitor cancelled = new NullProgressMonitor();
        cancelled.setCanceled(true);

        assertThrows(OperationCanceledException.class, () -> Pca.fit(dense(new double[2000][5]), 2, cancelled));
    }

    // ---- helpers ----

    /** Leave-one-out k-nearest-neighbour accuracy on the 2-D map, majority vote (ties: nearest). */
    static double leaveOneOutKnnAccuracy(Projection map, List<String> labels, int k) {
        double[] xs = map.xs();
        double[] ys = map.ys();
        int n = xs.length;
        int correct = 0;
        int[] nearest = new int[k];
        double[] nearestDistance = new double[k];
        for (int i = 0; i < n; i++) {
            Arrays.fill(nearestDistance, Double.POSITIVE_INFINITY);
            for (int j = 0; j < n; j++) {
                if (j == i) {
                    continue;
                }
                double dx = xs[i] - xs[j];
                double dy = ys[i] - ys[j];
                double distance = dx * dx + dy * dy;
                // insertion into the sorted list of the k nearest so far
                int slot = k;
                while (slot > 0 && nearestDistance[slot - 1] > distance) {
                    slot--;
                }
                if (slot < k) {
                    System.arraycopy(nearest, slot, nearest, slot + 1, k - slot - 1);
                    System.arraycopy(nearestDistance, slot, nearestDistance, slot + 1, k - slot - 1);
                    nearest[slot] = j;
                    nearestDistance[slot] = distance;
                }
            }
            Map<String, Integer> votes = new HashMap<>();
            String winner = null;
            int best = 0;
            for (int t = 0; t < k; t++) {
                String label = labels.get(nearest[t]);
                int count = votes.merge(label, 1, Integer::sum);
                if (count > best) {
                    best = count;
                    winner = label;
                }
            }
            if (labels.get(i).equals(winner)) {
                correct++;
            }
        }
        return correct / (double) n;
    }

    private static void assertNoNaN(Projection map) {
        for (int r = 0; r < map.rows(); r++) {
            for (int k = 0; k < map.components(); k++) {
                assertTrue(Double.isFinite(map.coordinate(r, k)), "row " + r + " axis " + k);
            }
        }
        for (double ratio : map.explainedVarianceRatio()) {
            assertTrue(ratio >= 0 && ratio <= 1, "ratio " + ratio);
        }
    }

    private static FeatureMatrix dense(double[][] rows) {
        int width = rows[0].length;
        double[] rowMajor = new double[rows.length * width];
        for (int r = 0; r < rows.length; r++) {
            System.arraycopy(rows[r], 0, rowMajor, r * width, width);
        }
        String[] names = new String[width];
        Arrays.setAll(names, c -> "c" + c);
        return FeatureMatrix.dense(names, rows.length, rowMajor);
    }

    private static FeatureMatrix sparse(double[][] rows) {
        int width = rows[0].length;
        int[] rowStart = new int[rows.length + 1];
        List<Integer> columns = new java.util.ArrayList<>();
        List<Double> values = new java.util.ArrayList<>();
        for (int r = 0; r < rows.length; r++) {
            for (int c = 0; c < width; c++) {
                if (rows[r][c] != 0) {
                    columns.add(c);
                    values.add(rows[r][c]);
                }
            }
            rowStart[r + 1] = columns.size();
        }
        String[] names = new String[width];
        Arrays.setAll(names, c -> "c" + c);
        return FeatureMatrix.sparse(names, rowStart, columns.stream().mapToInt(Integer::intValue).toArray(),
                values.stream().mapToDouble(Double::doubleValue).toArray());
    }

    private static double[] randomUnit(Random random, int length) {
        double[] vector = new double[length];
        double norm = 0;
        for (int i = 0; i < length; i++) {
            vector[i] = random.nextGaussian();
            norm += vector[i] * vector[i];
        }
        norm = Math.sqrt(norm);
        for (int i = 0; i < length; i++) {
            vector[i] /= norm;
        }
        return vector;
    }

    private static double[][] covariance(double[][] data) {
        int rows = data.length;
        int columns = data[0].length;
        double[] mean = new double[columns];
        for (double[] row : data) {
            for (int c = 0; c < columns; c++) {
                mean[c] += row[c] / rows;
            }
        }
        double[][] covariance = new double[columns][columns];
        for (double[] row : data) {
            for (int a = 0; a < columns; a++) {
                for (int b = 0; b < columns; b++) {
                    covariance[a][b] += (row[a] - mean[a]) * (row[b] - mean[b]) / (rows - 1);
                }
            }
        }
        return covariance;
    }
}
