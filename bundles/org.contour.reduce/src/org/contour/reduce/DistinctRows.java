package org.contour.reduce;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.contour.api.data.FeatureMatrix;
import org.eclipse.core.runtime.CoreException;
import org.eclipse.core.runtime.Status;

/**
 * The distinct feature rows of a dataset, in the space the reducer measures distances in.
 * <p>
 * Exact duplicates are merged before any neighbour search and copied back at the end, which is
 * the only way to be sure they land on the very same point: UMAP and t-SNE move every point by
 * its own random samples, so two equal rows laid out separately end up apart. Merging also
 * spares both methods the zero distances that would otherwise dominate a neighbourhood.
 * <p>
 * With the cosine metric each row is scaled to unit length first; Euclidean distance between
 * unit rows is a monotone function of cosine distance, so one neighbour search serves both. A
 * row of zeros (an empty text) stays zero.
 */
final class DistinctRows {

    private final int columns;
    private final int[] distinctOf;
    private final int count;
    // dense: row-major, count x columns; null when sparse
    private final double[] dense;
    // sparse: compressed rows
    private final int[] rowStart;
    private final int[] entryColumns;
    private final double[] entryValues;
    private final double[] squaredNorms;
    // dense input: the non-zero columns of each row, so that distances skip the zeros
    private int[] nonZeroStart;
    private int[] nonZeroColumns;

    private DistinctRows(int columns, int[] distinctOf, int count, double[] dense, int[] rowStart,
            int[] entryColumns, double[] entryValues) {
        this.columns = columns;
        this.distinctOf = distinctOf;
        this.count = count;
        this.dense = dense;
        this.rowStart = rowStart;
        this.entryColumns = entryColumns;
        this.entryValues = entryValues;
        if (dense != null) {
            nonZeroStart = new int[count + 1];
            int total = 0;
            for (double v : dense) {
                total += v != 0 ? 1 : 0;
            }
            nonZeroColumns = new int[total];
            int at = 0;
            for (int r = 0; r < count; r++) {
                for (int c = 0; c < columns; c++) {
                    if (dense[r * columns + c] != 0) {
                        nonZeroColumns[at++] = c;
                    }
                }
                nonZeroStart[r + 1] = at;
            }
        }
        this.squaredNorms = new double[count];
        for (int r = 0; r < count; r++) {
            squaredNorms[r] = dot(r, r);
        }
    }

    /**
     * @param what names the reducer in messages
     * @throws CoreException when a value is NaN or infinite, naming the row and column
     */
    static DistinctRows of(FeatureMatrix features, boolean unitLength, String what) throws CoreException {
        int rows = features.rows();
        int columns = features.columns();
        int[] distinctOf = new int[rows];
        Map<Long, List<Integer>> byHash = new HashMap<>();
        List<int[]> keptColumns = new ArrayList<>();
        List<double[]> keptValues = new ArrayList<>();
        IntBuffer rowColumns = new IntBuffer();
        DoubleBuffer rowValues = new DoubleBuffer();
        for (int r = 0; r < rows; r++) {
            rowColumns.clear();
            rowValues.clear();
            features.forEachNonZero(r, (c, v) -> {
                rowColumns.add(c);
                rowValues.add(v);
            });
            double[] values = rowValues.toArray();
            for (int i = 0; i < values.length; i++) {
                if (!Double.isFinite(values[i])) {
                    throw new CoreException(Status.error(what + " needs finite feature values, but row " + (r + 1)
                            + ", feature " + features.featureNames()[rowColumns.get(i)] + " is " + values[i] + "."));
                }
            }
            if (unitLength) {
                double norm = 0;
                for (double v : values) {
                    norm += v * v;
                }
                if (norm > 0) {
                    double scale = 1 / Math.sqrt(norm);
                    for (int i = 0; i < values.length; i++) {
                        values[i] *= scale;
                    }
                }
            }
            int[] cols = rowColumns.toArray();
            long hash = hash(cols, values);
            List<Integer> candidates = byHash.computeIfAbsent(hash, h -> new ArrayList<>(1));
            int found = -1;
            for (int candidate : candidates) {
                if (Arrays.equals(keptColumns.get(candidate), cols) && sameValues(keptValues.get(candidate), values)) {
                    found = candidate;
                    break;
                }
            }
            if (found < 0) {
                found = keptColumns.size();
                keptColumns.add(cols);
                keptValues.add(values);
                candidates.add(found);
            }
            distinctOf[r] = found;
        }
        int count = keptColumns.size();
        if (!features.isSparse()) {
            double[] dense = new double[count * columns];
            for (int d = 0; d < count; d++) {
                int[] cols = keptColumns.get(d);
                double[] values = keptValues.get(d);
                for (int i = 0; i < cols.length; i++) {
                    dense[d * columns + cols[i]] = values[i];
                }
            }
            return new DistinctRows(columns, distinctOf, count, dense, null, null, null);
        }
        int[] rowStart = new int[count + 1];
        for (int d = 0; d < count; d++) {
            rowStart[d + 1] = Math.addExact(rowStart[d], keptColumns.get(d).length);
        }
        int[] entryColumns = new int[rowStart[count]];
        double[] entryValues = new double[rowStart[count]];
        for (int d = 0; d < count; d++) {
            System.arraycopy(keptColumns.get(d), 0, entryColumns, rowStart[d], rowStart[d + 1] - rowStart[d]);
            System.arraycopy(keptValues.get(d), 0, entryValues, rowStart[d], rowStart[d + 1] - rowStart[d]);
        }
        return new DistinctRows(columns, distinctOf, count, null, rowStart, entryColumns, entryValues);
    }

    /** Number of distinct rows. */
    int count() {
        return count;
    }

    int columns() {
        return columns;
    }

    /** Number of rows of the dataset, duplicates included. */
    int originalRows() {
        return distinctOf.length;
    }

    /** The distinct row that dataset row {@code row} equals. */
    int distinctOf(int row) {
        return distinctOf[row];
    }

    boolean isSparse() {
        return dense == null;
    }

    /** Row-major values of a dense input (not a copy); null for sparse input. */
    double[] denseValues() {
        return dense;
    }

    /** Calls {@code consumer} for each non-zero entry of distinct row {@code row}, in column order. */
    void forEachNonZero(int row, FeatureMatrix.EntryConsumer consumer) {
        if (dense != null) {
            int base = row * columns;
            for (int c = 0; c < columns; c++) {
                double v = dense[base + c];
                if (v != 0) {
                    consumer.accept(c, v);
                }
            }
        } else {
            for (int e = rowStart[row]; e < rowStart[row + 1]; e++) {
                consumer.accept(entryColumns[e], entryValues[e]);
            }
        }
    }

    /**
     * Squared Euclidean distance between two distinct rows, in the full input space, as
     * |a|² + |b|² - 2 a·b over the non-zero entries only (pixels are mostly zero, text far more).
     * Rounding in the difference is far below the distances between distinct rows that matter here.
     */
    double squaredDistance(int a, int b) {
        return Math.max(0, squaredNorms[a] + squaredNorms[b] - 2 * dot(a, b));
    }

    private double dot(int a, int b) {
        if (dense != null) {
            if (nonZeroStart[a + 1] - nonZeroStart[a] > nonZeroStart[b + 1] - nonZeroStart[b]) {
                int swap = a;
                a = b;
                b = swap;
            }
            double s0 = 0;
            double s1 = 0;
            int baseA = a * columns;
            int baseB = b * columns;
            int e = nonZeroStart[a];
            int end = nonZeroStart[a + 1];
            for (; e + 1 < end; e += 2) {
                int c0 = nonZeroColumns[e];
                int c1 = nonZeroColumns[e + 1];
                s0 += dense[baseA + c0] * dense[baseB + c0];
                s1 += dense[baseA + c1] * dense[baseB + c1];
            }
            if (e < end) {
                int c0 = nonZeroColumns[e];
                s0 += dense[baseA + c0] * dense[baseB + c0];
            }
            return s0 + s1;
        }
        int i = rowStart[a];
        int j = rowStart[b];
        int endA = rowStart[a + 1];
        int endB = rowStart[b + 1];
        double s = 0;
        while (i < endA && j < endB) {
            int ci = entryColumns[i];
            int cj = entryColumns[j];
            if (ci == cj) {
                s += entryValues[i++] * entryValues[j++];
            } else if (ci < cj) {
                i++;
            } else {
                j++;
            }
        }
        return s;
    }

    /** Copies a map of the distinct rows back onto every row of the dataset. */
    double[][] expand(double[] distinctXs, double[] distinctYs) {
        double[] xs = new double[distinctOf.length];
        double[] ys = new double[distinctOf.length];
        for (int r = 0; r < distinctOf.length; r++) {
            xs[r] = distinctXs[distinctOf[r]];
            ys[r] = distinctYs[distinctOf[r]];
        }
        return new double[][] {xs, ys};
    }

    private static boolean sameValues(double[] a, double[] b) {
        if (a.length != b.length) {
            return false;
        }
        for (int i = 0; i < a.length; i++) {
            if (a[i] != b[i]) { // == on purpose: 0.0 equals -0.0
                return false;
            }
        }
        return true;
    }

    private static long hash(int[] cols, double[] values) {
        long h = 1125899906842597L;
        for (int i = 0; i < cols.length; i++) {
            h = 31 * h + cols[i];
            h = 31 * h + Double.doubleToLongBits(values[i] + 0.0); // + 0.0 turns -0.0 into 0.0
        }
        return h;
    }

    /** A growable int array, to read a row without boxing. */
    private static final class IntBuffer {
        private int[] data = new int[16];
        private int size;

        void clear() {
            size = 0;
        }

        void add(int v) {
            if (size == data.length) {
                data = Arrays.copyOf(data, size * 2);
            }
            data[size++] = v;
        }

        int get(int i) {
            return data[i];
        }

        int[] toArray() {
            return Arrays.copyOf(data, size);
        }
    }

    private static final class DoubleBuffer {
        private double[] data = new double[16];
        private int size;

        void clear() {
            size = 0;
        }

        void add(double v) {
            if (size == data.length) {
                data = Arrays.copyOf(data, size * 2);
            }
            data[size++] = v;
        }

        double[] toArray() {
            return Arrays.copyOf(data, size);
        }
    }
}
