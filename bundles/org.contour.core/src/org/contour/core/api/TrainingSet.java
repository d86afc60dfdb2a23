package org.contour.core.api;

import java.util.Objects;

/**
 * Labelled points to train on: {@code features[i]} has class {@code classNames[labels[i]]}.
 *
 * @param features     one row per example, {@code featureNames.length} values each
 * @param labels       index into {@code classNames} per example
 * @param classNames   the classes, in the order the trained model must report them
 * @param featureNames names shown in the interpretation view (for example "x", "y")
 * @param seed         for reproducible training
 * @param origin       where the points came from, recorded in the model's provenance
 */
public record TrainingSet(double[][] features, int[] labels, String[] classNames, String[] featureNames,
        long seed, String origin) {

    public TrainingSet {
        Objects.requireNonNull(features);
        Objects.requireNonNull(labels);
        if (features.length != labels.length) {
            throw new IllegalArgumentException(
                    "features has " + features.length + " rows but labels has " + labels.length);
        }
    }

    public int size() {
        return labels.length;
    }
}
