package org.contour.core.teach;

import java.util.List;

/**
 * Evaluates a taught model, whatever its kind, so the canvas and the views need not know whether
 * a linear model or (later) a tree is behind it. Implementations are immutable snapshots of the
 * model they were made from and may be called from several threads at once.
 */
public interface Predictor {

    /** The classes, in the order of the probabilities and of the returned indices. */
    List<String> classNames();

    /** The inputs the model expects, in the order of a feature vector. */
    List<String> featureNames();

    default int classCount() {
        return classNames().size();
    }

    default int featureCount() {
        return featureNames().size();
    }

    /**
     * The most probable class for one feature vector.
     *
     * @param features          {@link #featureCount()} values in {@link #featureNames()} order
     * @param probabilitiesOut  receives the probability of every class when not null; at least
     *                          {@link #classCount()} long
     * @return index into {@link #classNames()}; on a tie, the first of the tied classes
     */
    int predict(double[] features, double[] probabilitiesOut);

    /**
     * {@link #predict(double[], double[])} for a model over two features, with the point given
     * directly. Implementations meant for the canvas override this to run without allocating.
     *
     * @throws IllegalStateException when the model does not take exactly two features
     */
    default int predict(double x, double y, double[] probabilitiesOut) {
        if (featureCount() != 2) {
            throw new IllegalStateException("the model takes " + featureCount() + " features, not a 2-D point");
        }
        return predict(new double[] { x, y }, probabilitiesOut);
    }
}
