package org.contour.core.api;

import java.util.Arrays;

/**
 * Feature vectors of all rows of a dataset, either dense (pixels, table columns) or sparse in
 * compressed-row form (text: a few dozen non-zero terms among thousands).
 */
public final class FeatureMatrix {

    /** Receives one non-zero entry of a row. */
    @FunctionalInterface
    public interface EntryConsumer {
        void accept(int column, double value);
    }

    private final String[] featureNames;
    private final int rows;
    // dense: row-major values, null when sparse
    private final double[] dense;
    // sparse (CSR): rowStart has rows+1 entries
    private final int[] rowStart;
    private final int[] columns;
    private final double[] values;

    private FeatureMatrix(String[] featureNames, int rows, double[] dense, int[] rowStart, int[] columns,
            double[] values) {
        this.featureNames = featureNames;
        this.rows = rows;
        this.dense = dense;
        this.rowStart = rowStart;
        this.columns = columns;
        this.values = values;
    }

    /** A dense matrix; {@code rowMajor} holds {@code rows * featureNames.length} values. */
    public static FeatureMatrix dense(String[] featureNames, int rows, double[] rowMajor) {
        if (rowMajor.length != (long) rows * featureNames.length) {
            throw new IllegalArgumentException("expected " + (long) rows * featureNames.length
                    + " values for " + rows + " x " + featureNames.length + ", got " + rowMajor.length);
        }
        return new FeatureMatrix(featureNames.clone(), rows, rowMajor, null, null, null);
    }

    /**
     * A sparse matrix in compressed-row form: the entries of row r are at positions
     * {@code rowStart[r] .. rowStart[r+1]-1} of {@code columns} and {@code values}.
     */
    public static FeatureMatrix sparse(String[] featureNames, int[] rowStart, int[] columns, double[] values) {
        if (columns.length != values.length || rowStart[rowStart.length - 1] != columns.length) {
            throw new IllegalArgumentException("inconsistent compressed-row arrays");
        }
        return new FeatureMatrix(featureNames.clone(), rowStart.length - 1, null, rowStart, columns, values);
    }

    public int rows() {
        return rows;
    }

    public int columns() {
        return featureNames.length;
    }

    public String[] featureNames() {
        return featureNames.clone();
    }

    public boolean isSparse() {
        return dense == null;
    }

    /** Calls {@code consumer} for each non-zero entry of {@code row}, in column order. */
    public void forEachNonZero(int row, EntryConsumer consumer) {
        if (dense != null) {
            int width = featureNames.length;
            int base = row * width;
            for (int c = 0; c < width; c++) {
                double v = dense[base + c];
                if (v != 0) {
                    consumer.accept(c, v);
                }
            }
        } else {
            for (int k = rowStart[row]; k < rowStart[row + 1]; k++) {
                consumer.accept(columns[k], values[k]);
            }
        }
    }

    /** A fresh dense copy of one row. */
    public double[] row(int row) {
        int width = featureNames.length;
        if (dense != null) {
            return Arrays.copyOfRange(dense, row * width, (row + 1) * width);
        }
        double[] out = new double[width];
        forEachNonZero(row, (c, v) -> out[c] = v);
        return out;
    }

    /** Number of stored non-zero entries (all cells for a dense matrix). */
    public long storedEntries() {
        return dense != null ? dense.length : values.length;
    }
}
