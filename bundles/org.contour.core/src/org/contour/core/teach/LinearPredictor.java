package org.contour.core.teach;

import java.util.List;
import java.util.Objects;

import org.contour.model.LinearModel;

/**
 * Evaluates a {@link LinearModel}: {@code score(c) = sum over f of weights[c*F+f]*x[f] + bias(c)},
 * probabilities the softmax of the scores.
 * <p>
 * Copies the parameters when made, so the canvas can keep painting with it on another thread
 * while the expert edits the model; make a new one to see an edit. The features are summed
 * before the bias is added and the softmax subtracts the largest score before exponentiating,
 * the same order of operations as Tribuo's linear models, so a converted model reproduces
 * Tribuo's numbers, not merely its decisions.
 */
public final class LinearPredictor implements Predictor {

    private final double[] weights;
    private final double[] biases;
    private final int classCount;
    private final int featureCount;
    private final List<String> classNames;
    private final List<String> featureNames;

    /**
     * @throws IllegalArgumentException when the weights or biases do not fit the model's class
     *                                  and feature lists
     */
    public LinearPredictor(LinearModel model) {
        this(model.getWeights(), model.getBiases(), model.getClassNames(), model.getFeatureNames());
    }

    /**
     * @param weights      row-major, one row of {@code featureNames.size()} per class
     * @param biases       one per class
     * @throws IllegalArgumentException when the arrays do not fit the lists
     */
    public LinearPredictor(double[] weights, double[] biases, List<String> classNames, List<String> featureNames) {
        Objects.requireNonNull(classNames, "classNames");
        Objects.requireNonNull(featureNames, "featureNames");
        this.classCount = classNames.size();
        this.featureCount = featureNames.size();
        if (classCount < 1 || featureCount < 1) {
            throw new IllegalArgumentException(
                    "a linear model needs classes and features, got " + classCount + " and " + featureCount);
        }
        if (weights == null || weights.length != classCount * featureCount) {
            throw new IllegalArgumentException("expected " + classCount + " x " + featureCount + " = "
                    + classCount * featureCount + " weights, got " + (weights == null ? "none" : weights.length));
        }
        if (biases == null || biases.length != classCount) {
            throw new IllegalArgumentException(
                    "expected " + classCount + " biases, got " + (biases == null ? "none" : biases.length));
        }
        this.weights = weights.clone();
        this.biases = biases.clone();
        this.classNames = List.copyOf(classNames);
        this.featureNames = List.copyOf(featureNames);
    }

    @Override
    public List<String> classNames() {
        return classNames;
    }

    @Override
    public List<String> featureNames() {
        return featureNames;
    }

    @Override
    public int classCount() {
        return classCount;
    }

    @Override
    public int featureCount() {
        return featureCount;
    }

    /** The unnormalised class scores for one feature vector, written into {@code scoresOut}. */
    public void scores(double[] features, double[] scoresOut) {
        checkFeatures(features);
        checkOut(scoresOut);
        for (int c = 0; c < classCount; c++) {
            scoresOut[c] = score(c, features);
        }
    }

    @Override
    public int predict(double[] features, double[] probabilitiesOut) {
        checkFeatures(features);
        if (probabilitiesOut != null) {
            checkOut(probabilitiesOut);
        }
        int best = 0;
        double bestScore = Double.NEGATIVE_INFINITY;
        for (int c = 0; c < classCount; c++) {
            double s = score(c, features);
            if (probabilitiesOut != null) {
                probabilitiesOut[c] = s;
            }
            // Strictly greater: on a tie the first class wins, as in Tribuo.
            if (s > bestScore) {
                bestScore = s;
                best = c;
            }
        }
        if (probabilitiesOut != null) {
            softmaxInPlace(probabilitiesOut, bestScore);
        }
        return best;
    }

    /**
     * The 2-D case without allocating: the canvas calls this for every cell of its raster on
     * each edit. The argmax of the scores is the argmax of the probabilities, so without
     * {@code probabilitiesOut} no exponential is computed at all.
     */
    @Override
    public int predict(double x, double y, double[] probabilitiesOut) {
        if (featureCount != 2) {
            throw new IllegalStateException("the model takes " + featureCount + " features, not a 2-D point");
        }
        if (probabilitiesOut != null) {
            checkOut(probabilitiesOut);
        }
        int best = 0;
        double bestScore = Double.NEGATIVE_INFINITY;
        for (int c = 0, row = 0; c < classCount; c++, row += 2) {
            double s = weights[row] * x + weights[row + 1] * y + biases[c];
            if (probabilitiesOut != null) {
                probabilitiesOut[c] = s;
            }
            if (s > bestScore) {
                bestScore = s;
                best = c;
            }
        }
        if (probabilitiesOut != null) {
            softmaxInPlace(probabilitiesOut, bestScore);
        }
        return best;
    }

    private double score(int c, double[] features) {
        int row = c * featureCount;
        double sum = 0;
        for (int f = 0; f < featureCount; f++) {
            sum += weights[row + f] * features[f];
        }
        return sum + biases[c];
    }

    /**
     * Turns the first {@link #classCount} scores into probabilities. Subtracting the largest score
     * first keeps {@code exp} from overflowing when a hand-edited weight is large.
     */
    private void softmaxInPlace(double[] scores, double maxScore) {
        if (Double.isInfinite(maxScore) || Double.isNaN(maxScore)) {
            // The scores are not finite (an edited weight of infinity, say): fall back to
            // certainty in the chosen class rather than a vector of NaNs.
            maxScore = firstLargest(scores);
            for (int c = 0; c < classCount; c++) {
                scores[c] = scores[c] == maxScore ? 1 : 0;
            }
            normalise(scores);
            return;
        }
        for (int c = 0; c < classCount; c++) {
            scores[c] = Math.exp(scores[c] - maxScore);
        }
        normalise(scores);
    }

    private double firstLargest(double[] scores) {
        double max = Double.NEGATIVE_INFINITY;
        for (int c = 0; c < classCount; c++) {
            if (scores[c] > max) {
                max = scores[c];
            }
        }
        return max;
    }

    private void normalise(double[] values) {
        double sum = 0;
        for (int c = 0; c < classCount; c++) {
            sum += values[c];
        }
        if (sum == 0) {
            // Only when every score was NaN: no class is preferred.
            for (int c = 0; c < classCount; c++) {
                values[c] = 1.0 / classCount;
            }
            return;
        }
        for (int c = 0; c < classCount; c++) {
            values[c] /= sum;
        }
    }

    private void checkFeatures(double[] features) {
        if (features.length != featureCount) {
            throw new IllegalArgumentException("expected " + featureCount + " features, got " + features.length);
        }
    }

    private void checkOut(double[] out) {
        if (out.length < classCount) {
            throw new IllegalArgumentException("output array holds " + out.length + " values, need " + classCount);
        }
    }
}
