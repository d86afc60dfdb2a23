package org.contour.api.data;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

import org.contour.model.DatasetKind;

/**
 * A dataset as imported, before any vectorizing: one row per example, with the example's id,
 * the label the file gave it (or {@code null}), and its text, its numeric columns and/or its
 * nominal (categorical) columns. Rows keep file order, which is the row order of everything
 * else in a project (features, map coordinates, labels).
 * <p>
 * <b>Missing values.</b> A missing numeric cell is {@link Double#NaN} (numeric cells are never
 * infinite), a missing nominal cell is {@code null}; {@link #missingCells()} counts them. Only
 * tables ({@link DatasetKind#TABLE}) have missing cells: images and texts never do. Vectorizers
 * decide how to fill them in and say so in their {@link FeatureMatrix#provenance()}.
 * <p>
 * The lists are unmodifiable copies; the arrays are handed over without copying (see the
 * package documentation) and must be treated as read-only.
 *
 * @param name               a display name, for example the file or folder name
 * @param kind               what the rows are: images (pixel columns), texts or a table
 * @param ids                one id per row (for image folders: the file's path relative to the
 *                           folder)
 * @param labels             the file's label per row, {@code null} entries where a row has none
 * @param columnNames        names of the numeric columns, in column order; empty when there are
 *                           none
 * @param numeric            per row, its {@code columnNames.size()} numeric values; {@code null}
 *                           when the table has no numeric columns. Images are grey levels in
 *                           row-major pixel order
 * @param texts              the text per row, or {@code null} when there is none
 * @param imageWidth         for images: pixels per image row (8 for digits, 28 for MNIST), else
 *                           0; the image height is {@link #imageHeight()}
 * @param provenance         where the data came from: file, size, checksum, and the dataset's
 *                           own provenance note
 * @param nominalColumnNames names of the nominal (non-numeric, categorical) columns, in column
 *                           order; empty when there are none
 * @param nominal            per row, its {@code nominalColumnNames.size()} category values
 *                           ({@code null} where missing); {@code null} when there are no nominal
 *                           columns
 * @since 1.0
 */
public record DataTable(String name, DatasetKind kind, List<String> ids, List<String> labels,
        List<String> columnNames, double[][] numeric, List<String> texts, int imageWidth, String provenance,
        List<String> nominalColumnNames, String[][] nominal) {

    /**
     * Checks that every part has one entry per row and every row one value per column.
     *
     * @throws NullPointerException     when {@code name}, {@code kind}, {@code ids} or
     *                                  {@code labels} is null
     * @throws IllegalArgumentException when the parts do not fit together
     */
    public DataTable {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(kind, "kind");
        ids = List.copyOf(ids);
        labels = copyAllowingNulls(labels);
        columnNames = columnNames == null ? List.of() : List.copyOf(columnNames);
        nominalColumnNames = nominalColumnNames == null ? List.of() : List.copyOf(nominalColumnNames);
        texts = texts == null ? null : copyAllowingNulls(texts);
        provenance = provenance == null ? "" : provenance;
        int rows = ids.size();
        if (labels.size() != rows) {
            throw new IllegalArgumentException(labels.size() + " labels for " + rows + " rows; one label slot "
                    + "per row is required");
        }
        if (texts != null && texts.size() != rows) {
            throw new IllegalArgumentException(texts.size() + " texts for " + rows + " rows");
        }
        checkRows("numeric", numeric, rows, columnNames.size());
        checkRows("nominal", nominal, rows, nominalColumnNames.size());
        if (imageWidth < 0 || (imageWidth > 0 && columnNames.size() % imageWidth != 0)) {
            throw new IllegalArgumentException("an image width of " + imageWidth + " does not divide the "
                    + columnNames.size() + " pixel columns");
        }
    }

    /**
     * A table without nominal columns (the form of Contour 0.1).
     *
     * @param name        see the record description
     * @param kind        see the record description
     * @param ids         see the record description
     * @param labels      see the record description
     * @param columnNames see the record description
     * @param numeric     see the record description
     * @param texts       see the record description
     * @param imageWidth  see the record description
     * @param provenance  see the record description
     */
    public DataTable(String name, DatasetKind kind, List<String> ids, List<String> labels, List<String> columnNames,
            double[][] numeric, List<String> texts, int imageWidth, String provenance) {
        this(name, kind, ids, labels, columnNames, numeric, texts, imageWidth, provenance, List.of(), null);
    }

    private static void checkRows(String what, Object[] cells, int rows, int columns) {
        if (cells == null) {
            if (columns > 0) {
                throw new IllegalArgumentException(columns + " " + what + " column names but no " + what + " values");
            }
            return;
        }
        if (cells.length != rows) {
            throw new IllegalArgumentException(cells.length + " " + what + " rows for " + rows + " rows");
        }
        for (int r = 0; r < rows; r++) {
            int length = cells[r] instanceof double[] d ? d.length : ((Object[]) cells[r]).length;
            if (length != columns) {
                throw new IllegalArgumentException(what + " row " + r + " has " + length + " values for " + columns
                        + " columns");
            }
        }
    }

    private static List<String> copyAllowingNulls(List<String> list) {
        return Collections.unmodifiableList(new ArrayList<>(list));
    }

    /** @return the number of examples */
    public int rowCount() {
        return ids.size();
    }

    /** @return whether each row has a text */
    public boolean hasText() {
        return texts != null;
    }

    /** @return whether there is at least one numeric column */
    public boolean hasNumeric() {
        return numeric != null && !columnNames.isEmpty();
    }

    /** @return whether there is at least one nominal column */
    public boolean hasNominal() {
        return nominal != null && !nominalColumnNames.isEmpty();
    }

    /** @return for images, pixels per image column; else 0 */
    public int imageHeight() {
        return imageWidth == 0 ? 0 : columnNames.size() / imageWidth;
    }

    /**
     * Counts the missing cells per column.
     *
     * @return the columns (numeric first, then nominal, each in column order) that have missing
     *         cells, with their number; empty when nothing is missing
     */
    public Map<String, Integer> missingCells() {
        Map<String, Integer> missing = new LinkedHashMap<>();
        for (int c = 0; c < columnNames.size(); c++) {
            int count = 0;
            for (double[] row : numeric) {
                if (Double.isNaN(row[c])) {
                    count++;
                }
            }
            if (count > 0) {
                missing.put(columnNames.get(c), count);
            }
        }
        for (int c = 0; c < nominalColumnNames.size(); c++) {
            int count = 0;
            for (String[] row : nominal) {
                if (row[c] == null) {
                    count++;
                }
            }
            if (count > 0) {
                missing.merge(nominalColumnNames.get(c), count, Integer::sum);
            }
        }
        return missing;
    }
}
