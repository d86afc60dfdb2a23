package org.contour.api.data;

import java.util.Objects;

/**
 * Labelled points to train a classifier on: {@code features[i]} has class
 * {@code classNames[labels[i]]}.
 *
 * @param features     one row per example, {@code featureNames.length} values each
 * @param labels       index into {@code classNames} per example
 * @param classNames   the classes, in the order the trained model must report them
 * @param featureNames names of the features, shown in the interpretation views (for example
 *                     the map's axis names)
 * @param seed         for reproducible training
 * @param origin       where the points came from, recorded in the model's provenance
 * @since 1.0
 */
public record TrainingSet(double[][] features, int[] labels, String[] classNames, String[] featureNames,
        long seed, String origin) {

    /**
     * Checks that there is one label per example.
     *
     * @throws IllegalArgumentException when the numbers differ
     */
    public TrainingSet {
        Objects.requireNonNull(features, "features");
        Objects.requireNonNull(labels, "labels");
        Objects.requireNonNull(classNames, "classNames");
        Objects.requireNonNull(featureNames, "featureNames");
        if (features.length != labels.length) {
            throw new IllegalArgumentException(
                    "features has " + features.length + " rows but labels has " + labels.length);
        }
        origin = origin == null ? "" : origin;
    }

    /** @return the number of examples */
    public int size() {
        return labels.length;
    }
}
