package org.contour.core.teach;

import java.util.List;

/**
 * A model cannot be applied to a dataset because the dataset lacks features the model uses (a
 * model taught on another vocabulary, another map, or another table). The message names what is
 * missing, so the user can tell which dataset the model belongs to.
 */
public final class FeatureMismatchException extends Exception {

    private static final long serialVersionUID = 1L;

    private final List<String> missing;

    public FeatureMismatchException(String message, List<String> missing) {
        super(message);
        this.missing = List.copyOf(missing);
    }

    static FeatureMismatchException missing(List<String> missing, int modelFeatures, int datasetFeatures) {
        int shown = Math.min(missing.size(), 8);
        StringBuilder text = new StringBuilder("The dataset lacks ").append(missing.size()).append(" of the model's ")
                .append(modelFeatures).append(" features (it has ").append(datasetFeatures).append("): ");
        for (int i = 0; i < shown; i++) {
            text.append(i > 0 ? ", " : "").append('\'').append(missing.get(i)).append('\'');
        }
        if (missing.size() > shown) {
            text.append(" and ").append(missing.size() - shown).append(" more");
        }
        text.append('.');
        return new FeatureMismatchException(text.toString(), missing);
    }

    /** The features the model uses that the dataset does not have. */
    public List<String> missing() {
        return missing;
    }
}
