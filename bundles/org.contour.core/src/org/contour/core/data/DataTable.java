package org.contour.core.data;

import java.util.List;
import java.util.Objects;

import org.contour.model.DatasetKind;

/**
 * A dataset as imported, before any vectorizing: one row per example, with the example's id,
 * the label the file gave it (or {@code null}), and either its text or its numeric columns.
 * Immutable; rows keep file order, which is the row order of everything else in a project.
 *
 * @param name        a display name, for example the file name
 * @param kind        what the rows are: images (pixel columns), texts or a numeric table
 * @param ids         one id per row
 * @param labels      the file's label per row, {@code null} entries where a row has none
 * @param columnNames names of the numeric columns ({@code numeric[r].length} each), empty for text
 * @param numeric     numeric columns per row, or {@code null} for text
 * @param texts       the text per row, or {@code null} when there is none
 * @param imageWidth  for images: pixels per image row (8 for digits, 28 for MNIST), else 0
 * @param provenance  where the data came from: file, size, and the dataset's own provenance note
 */
public record DataTable(String name, DatasetKind kind, List<String> ids, List<String> labels,
        List<String> columnNames, double[][] numeric, List<String> texts, int imageWidth, String provenance) {

    public DataTable {
        Objects.requireNonNull(ids);
        Objects.requireNonNull(labels);
        if (labels.size() != ids.size()) {
            throw new IllegalArgumentException("one label slot per row is required");
        }
        if (numeric != null && numeric.length != ids.size()) {
            throw new IllegalArgumentException("one numeric row per row is required");
        }
        if (texts != null && texts.size() != ids.size()) {
            throw new IllegalArgumentException("one text per row is required");
        }
    }

    public int rowCount() {
        return ids.size();
    }

    public boolean hasText() {
        return texts != null;
    }

    public boolean hasNumeric() {
        return numeric != null && !columnNames.isEmpty();
    }
}
