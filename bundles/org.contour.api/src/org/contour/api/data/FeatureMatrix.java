package org.contour.api.data;

import java.util.Arrays;
import java.util.Objects;

/**
 * Feature vectors of all rows of a dataset, made by a vectorizer: either dense (pixels, table
 * columns) or sparse in compressed-row form (text: a few dozen non-zero terms among thousands).
 * Every column has a name that a person can read ("petal_width", "free", "p17"): models taught
 * on the features and the interpretation views show them.
 * <p>
 * Immutable once built; the arrays passed to the factories are taken over, not copied (see the
 * package documentation).
 *
 * @since 1.0
 */
public final class FeatureMatrix {

    /** Receives one non-zero entry of a row. */
    @FunctionalInterface
    public interface EntryConsumer {
        /**
         * @param column the entry's column
         * @param value  its value, never 0
         */
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
    private final String provenance;

    private FeatureMatrix(String[] featureNames, int rows, double[] dense, int[] rowStart, int[] columns,
            double[] values, String provenance) {
        this.featureNames = featureNames;
        this.rows = rows;
        this.dense = dense;
        this.rowStart = rowStart;
        this.columns = columns;
        this.values = values;
        this.provenance = provenance;
    }

    /**
     * A dense matrix.
     *
     * @param featureNames one name per column
     * @param rows         number of rows
     * @param rowMajor     {@code rows * featureNames.length} values, row after row
     * @return the matrix
     * @throws IllegalArgumentException when the number of values does not fit
     */
    public static FeatureMatrix dense(String[] featureNames, int rows, double[] rowMajor) {
        Objects.requireNonNull(featureNames, "featureNames");
        Objects.requireNonNull(rowMajor, "rowMajor");
        if (rows < 0 || rowMajor.length != (long) rows * featureNames.length) {
            throw new IllegalArgumentException("expected " + (long) rows * featureNames.length
                    + " values for " + rows + " x " + featureNames.length + ", got " + rowMajor.length);
        }
        return new FeatureMatrix(featureNames.clone(), rows, rowMajor, null, null, null, "");
    }

    /**
     * A sparse matrix in compressed-row form: the entries of row r are at positions
     * {@code rowStart[r] .. rowStart[r+1]-1} of {@code columns} and {@code values}, in ascending
     * column order.
     *
     * @param featureNames one name per column
     * @param rowStart     rows + 1 offsets, ascending, starting at 0
     * @param columns      column of each stored entry
     * @param values       value of each stored entry
     * @return the matrix
     * @throws IllegalArgumentException when the arrays are inconsistent or a column is out of range
     */
    public static FeatureMatrix sparse(String[] featureNames, int[] rowStart, int[] columns, double[] values) {
        Objects.requireNonNull(featureNames, "featureNames");
        if (rowStart.length == 0 || rowStart[0] != 0 || columns.length != values.length
                || rowStart[rowStart.length - 1] != columns.length) {
            throw new IllegalArgumentException("inconsistent compressed-row arrays");
        }
        for (int r = 1; r < rowStart.length; r++) {
            if (rowStart[r] < rowStart[r - 1]) {
                throw new IllegalArgumentException("row offsets must not decrease (row " + (r - 1) + ")");
            }
        }
        for (int column : columns) {
            if (column < 0 || column >= featureNames.length) {
                throw new IllegalArgumentException("column " + column + " outside 0.." + (featureNames.length - 1));
            }
        }
        return new FeatureMatrix(featureNames.clone(), rowStart.length - 1, null, rowStart, columns, values, "");
    }

    /**
     * The same features with a note on how they were made, for the project's provenance and
     * for the user (for example "TF-IDF of 5,000 word 1-2-grams; 12 missing ages set to the
     * mean 29.7").
     *
     * @param note one or a few sentences; {@code null} means none
     * @return a matrix sharing this one's values
     */
    public FeatureMatrix withProvenance(String note) {
        return new FeatureMatrix(featureNames, rows, dense, rowStart, columns, values, note == null ? "" : note);
    }

    /** @return how the features were made, as the vectorizer wrote it; empty when it did not say */
    public String provenance() {
        return provenance;
    }

    /** @return the number of rows (examples) */
    public int rows() {
        return rows;
    }

    /** @return the number of columns (features) */
    public int columns() {
        return featureNames.length;
    }

    /** @return a copy of the column names */
    public String[] featureNames() {
        return featureNames.clone();
    }

    /**
     * @param column a column index
     * @return that column's name
     */
    public String featureName(int column) {
        return featureNames[column];
    }

    /** @return whether the matrix is stored in compressed-row form */
    public boolean isSparse() {
        return dense == null;
    }

    /**
     * Calls {@code consumer} for each non-zero entry of {@code row}, in column order.
     *
     * @param row      a row index
     * @param consumer receives column and value
     */
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

    /**
     * @param row a row index
     * @return a fresh dense copy of that row
     */
    public double[] row(int row) {
        int width = featureNames.length;
        if (dense != null) {
            return Arrays.copyOfRange(dense, row * width, (row + 1) * width);
        }
        double[] out = new double[width];
        forEachNonZero(row, (c, v) -> out[c] = v);
        return out;
    }

    /**
     * @param row    a row index
     * @param column a column index
     * @return the value at that cell (0 for an entry a sparse matrix does not store)
     */
    public double get(int row, int column) {
        if (dense != null) {
            return dense[row * featureNames.length + column];
        }
        int at = Arrays.binarySearch(columns, rowStart[row], rowStart[row + 1], column);
        return at >= 0 ? values[at] : 0;
    }

    /** @return the number of stored entries (all cells for a dense matrix) */
    public long storedEntries() {
        return dense != null ? dense.length : values.length;
    }
}
