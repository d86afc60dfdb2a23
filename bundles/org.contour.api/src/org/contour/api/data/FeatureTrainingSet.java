package org.contour.api.data;

import java.util.Objects;


/**
 * Real examples to train on in the dataset's full feature space (for text: sparse TF-IDF
 * vectors): row {@code rows[i]} of {@code features} has class {@code classNames[labels[i]]}.
 * The matrix is shared, not copied: a sparse trainer reads only the non-zero entries of the rows
 * it is given.
 *
 * @param origin where the labels came from (which regions, how many examples each), for the
 *               model's provenance
 */
public record FeatureTrainingSet(FeatureMatrix features, int[] rows, int[] labels, String[] classNames, long seed,
        String origin) {

    public FeatureTrainingSet {
        Objects.requireNonNull(features, "features");
        Objects.requireNonNull(rows, "rows");
        Objects.requireNonNull(labels, "labels");
        Objects.requireNonNull(classNames, "classNames");
        if (rows.length != labels.length) {
            throw new IllegalArgumentException(rows.length + " rows but " + labels.length + " labels");
        }
        for (int i = 0; i < rows.length; i++) {
            if (rows[i] < 0 || rows[i] >= features.rows()) {
                throw new IllegalArgumentException("row " + rows[i] + " is outside the " + features.rows() + " rows");
            }
            if (labels[i] < 0 || labels[i] >= classNames.length) {
                throw new IllegalArgumentException("example " + i + " has label " + labels[i] + ", outside the "
                        + classNames.length + " classes");
            }
        }
    }

    public int size() {
        return rows.length;
    }
}
