package org.contour.reduce;

import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.SubMonitor;
import org.tribuo.math.la.DenseMatrix;

/**
 * The rows' coordinates in an approximate leading principal subspace, for the neighbour search
 * and the start layout: a randomized range finder (Halko, Martinsson and Tropp 2011) with a few
 * power iterations, then an exact rotation to principal axes inside the subspace (the small
 * eigenproblem is Tribuo's).
 * <p>
 * Contour's {@code Pca} iterates until the axes themselves converge, which is right for a map
 * whose axes a person reads, and costs about three seconds on MNIST for fifty axes. The search
 * needs less: a subspace holding nearly all the variance, from which exact distances then pick
 * the neighbours. Two power iterations give that; every pass runs in parallel, over row chunks
 * to multiply by the data and over column chunks (on a transposed copy) to multiply by its
 * transpose, so no two threads add into the same number and the result is the same on any
 * number of cores. Zeros are skipped (MNIST is four-fifths zeros; text much more), and the
 * centring is folded into the products so sparse input is never made dense.
 */
final class PrincipalSubspace {

    private static final int OVERSAMPLING = 10;
    static final int POWER_ITERATIONS = 2;
    private static final int ROW_CHUNK = 512;
    private static final int COLUMN_CHUNK = 64;

    final int rows;
    final int dimensions;
    /** Row-major, {@code rows x dimensions}, axes in decreasing variance. */
    final double[] coordinates;
    final double[] variances;

    private PrincipalSubspace(int rows, int dimensions, double[] coordinates, double[] variances) {
        this.rows = rows;
        this.dimensions = dimensions;
        this.coordinates = coordinates;
        this.variances = variances;
    }

    double coordinate(int row, int axis) {
        return coordinates[row * dimensions + axis];
    }

    /** @param seed starts the random sketch (as scikit-learn's random_state does its randomized PCA) */
    static PrincipalSubspace of(DistinctRows data, int wanted, long seed, IProgressMonitor monitor) {
        SubMonitor progress = SubMonitor.convert(monitor, "Principal subspace", 2 * POWER_ITERATIONS + 3);
        Compressed x = new Compressed(data);
        int width = Math.max(1, Math.min(wanted + OVERSAMPLING, Math.min(x.rows, x.columns)));
        Random64 random = new Random64(seed ^ 0x5AB5_9ACEL);
        double[] sketch = new double[x.columns * width];
        for (int i = 0; i < sketch.length; i++) {
            sketch[i] = random.nextGaussian();
        }
        double[] y = x.times(sketch, width);
        progress.worked(1);
        double[] z = null;
        for (int q = 0; q < POWER_ITERATIONS; q++) {
            Parallel.checkCanceled(progress);
            orthonormalize(y, x.rows, width);
            z = x.transposeTimes(y, width);
            orthonormalize(z, x.columns, width);
            progress.worked(1);
            y = x.times(z, width);
            progress.worked(1);
        }
        if (z == null) {
            orthonormalize(y, x.rows, width);
            z = x.transposeTimes(y, width);
        }
        orthonormalize(z, x.columns, width);
        double[] c = x.times(z, width);
        progress.worked(1);
        // rotate inside the subspace to its principal axes: eigenvectors of Cᵀ C
        double[][] gram = new double[width][width];
        for (int r = 0; r < x.rows; r++) {
            int base = r * width;
            for (int a = 0; a < width; a++) {
                double va = c[base + a];
                for (int b = a; b < width; b++) {
                    gram[a][b] += va * c[base + b];
                }
            }
        }
        for (int a = 0; a < width; a++) {
            for (int b = 0; b < a; b++) {
                gram[a][b] = gram[b][a];
            }
        }
        DenseMatrix.EigenDecomposition eigen = DenseMatrix.createDenseMatrix(gram).eigenDecomposition()
                .orElseThrow(() -> new IllegalStateException("Tribuo refused a symmetric eigendecomposition"));
        int dims = Math.min(wanted, width);
        double[][] rotation = new double[width][dims];
        double[] variances = new double[dims];
        for (int k = 0; k < dims; k++) {
            variances[k] = Math.max(0, eigen.eigenvalues().get(k)) / Math.max(1, x.rows - 1);
            int largest = 0;
            for (int a = 0; a < width; a++) {
                rotation[a][k] = eigen.eigenvectors().get(a, k);
                if (Math.abs(rotation[a][k]) > Math.abs(rotation[largest][k])) {
                    largest = a;
                }
            }
            // the sign of an eigenvector is arbitrary: fix it so maps do not flip between versions
            if (rotation[largest][k] < 0) {
                for (int a = 0; a < width; a++) {
                    rotation[a][k] = -rotation[a][k];
                }
            }
        }
        double[] coordinates = new double[x.rows * dims];
        Parallel.forChunks(x.rows, ROW_CHUNK, (start, end) -> {
            for (int r = start; r < end; r++) {
                for (int k = 0; k < dims; k++) {
                    double s = 0;
                    for (int a = 0; a < width; a++) {
                        s += c[r * width + a] * rotation[a][k];
                    }
                    coordinates[r * dims + k] = s;
                }
            }
        });
        progress.worked(1);
        return new PrincipalSubspace(x.rows, dims, coordinates, variances);
    }

    /** Modified Gram-Schmidt, twice (enough for orthogonality to rounding), on the columns of a row-major matrix. */
    private static void orthonormalize(double[] m, int rows, int width) {
        double[] column = new double[rows];
        double[][] columns = new double[width][];
        for (int k = 0; k < width; k++) {
            double[] v = new double[rows];
            for (int r = 0; r < rows; r++) {
                v[r] = m[r * width + k];
            }
            columns[k] = v;
        }
        for (int pass = 0; pass < 2; pass++) {
            for (int k = 0; k < width; k++) {
                double[] v = columns[k];
                for (int j = 0; j < k; j++) {
                    double[] u = columns[j];
                    double dot = 0;
                    for (int r = 0; r < rows; r++) {
                        dot += u[r] * v[r];
                    }
                    for (int r = 0; r < rows; r++) {
                        v[r] -= dot * u[r];
                    }
                }
                double norm = 0;
                for (int r = 0; r < rows; r++) {
                    norm += v[r] * v[r];
                }
                norm = Math.sqrt(norm);
                // a direction the data does not have becomes zero rather than noise blown up
                double scale = norm > 1e-300 ? 1 / norm : 0;
                for (int r = 0; r < rows; r++) {
                    v[r] *= scale;
                }
            }
        }
        for (int k = 0; k < width; k++) {
            System.arraycopy(columns[k], 0, column, 0, rows);
            for (int r = 0; r < rows; r++) {
                m[r * width + k] = column[r];
            }
        }
    }

    /** The non-zero entries by row and by column, with the column means for implicit centring. */
    private static final class Compressed {
        final int rows;
        final int columns;
        final double[] means;
        final int[] rowStart;
        final int[] rowColumns;
        final double[] rowValues;
        final int[] columnStart;
        final int[] columnRows;
        final double[] columnValues;

        Compressed(DistinctRows data) {
            rows = data.count();
            // Columns that are zero in every row are left out: hashed text has far more columns
            // than any corpus uses, and a sketch over all of them would not fit in memory.
            int[] position = new int[data.columns()];
            java.util.Arrays.fill(position, -1);
            int[] used = {0};
            int[] start = new int[rows + 1];
            IntList cols = new IntList();
            DoubleList vals = new DoubleList();
            for (int r = 0; r < rows; r++) {
                data.forEachNonZero(r, (c, v) -> {
                    if (position[c] < 0) {
                        position[c] = used[0]++;
                    }
                    cols.add(position[c]);
                    vals.add(v);
                });
                start[r + 1] = cols.size;
            }
            columns = used[0];
            rowStart = start;
            rowColumns = cols.toArray();
            rowValues = vals.toArray();
            means = new double[columns];
            int[] counts = new int[columns + 1];
            for (int e = 0; e < rowColumns.length; e++) {
                means[rowColumns[e]] += rowValues[e];
                counts[rowColumns[e] + 1]++;
            }
            for (int c = 0; c < columns; c++) {
                means[c] /= rows;
                counts[c + 1] += counts[c];
            }
            columnStart = counts;
            columnRows = new int[rowColumns.length];
            columnValues = new double[rowColumns.length];
            int[] fill = counts.clone();
            for (int r = 0; r < rows; r++) {
                for (int e = rowStart[r]; e < rowStart[r + 1]; e++) {
                    int at = fill[rowColumns[e]]++;
                    columnRows[at] = r;
                    columnValues[at] = rowValues[e];
                }
            }
        }

        /** (X - 1 μᵀ) W for W given row-major as columns x width. */
        double[] times(double[] w, int width) {
            double[] meanTimesW = new double[width];
            for (int c = 0; c < columns; c++) {
                double mean = means[c];
                if (mean != 0) {
                    for (int k = 0; k < width; k++) {
                        meanTimesW[k] += mean * w[c * width + k];
                    }
                }
            }
            double[] out = new double[rows * width];
            Parallel.forChunks(rows, ROW_CHUNK, (start, end) -> {
                for (int r = start; r < end; r++) {
                    int base = r * width;
                    for (int e = rowStart[r]; e < rowStart[r + 1]; e++) {
                        double v = rowValues[e];
                        int wBase = rowColumns[e] * width;
                        for (int k = 0; k < width; k++) {
                            out[base + k] += v * w[wBase + k];
                        }
                    }
                    for (int k = 0; k < width; k++) {
                        out[base + k] -= meanTimesW[k];
                    }
                }
            });
            return out;
        }

        /** (X - 1 μᵀ)ᵀ Y for Y given row-major as rows x width. */
        double[] transposeTimes(double[] y, int width) {
            double[] columnSums = new double[width];
            for (int r = 0; r < rows; r++) {
                for (int k = 0; k < width; k++) {
                    columnSums[k] += y[r * width + k];
                }
            }
            double[] out = new double[columns * width];
            Parallel.forChunks(columns, COLUMN_CHUNK, (start, end) -> {
                for (int c = start; c < end; c++) {
                    int base = c * width;
                    for (int e = columnStart[c]; e < columnStart[c + 1]; e++) {
                        double v = columnValues[e];
                        int yBase = columnRows[e] * width;
                        for (int k = 0; k < width; k++) {
                            out[base + k] += v * y[yBase + k];
                        }
                    }
                    double mean = means[c];
                    for (int k = 0; k < width; k++) {
                        out[base + k] -= mean * columnSums[k];
                    }
                }
            });
            return out;
        }
    }

    private static final class IntList {
        int[] data = new int[1024];
        int size;

        void add(int v) {
            if (size == data.length) {
                data = java.util.Arrays.copyOf(data, size * 2);
            }
            data[size++] = v;
        }

        int[] toArray() {
            return java.util.Arrays.copyOf(data, size);
        }
    }

    private static final class DoubleList {
        double[] data = new double[1024];
        int size;

        void add(double v) {
            if (size == data.length) {
                data = java.util.Arrays.copyOf(data, size * 2);
            }
            data[size++] = v;
        }

        double[] toArray() {
            return java.util.Arrays.copyOf(data, size);
        }
    }
}
