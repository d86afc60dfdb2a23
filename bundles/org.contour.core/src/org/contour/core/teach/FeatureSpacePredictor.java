package org.contour.core.teach;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.contour.api.data.FeatureMatrix;
import org.contour.model.LinearModel;

/**
 * A {@link LinearModel} taught in the full feature space, bound to the columns of one feature
 * matrix by feature name, evaluated row by row over the non-zero entries only (a text row has a
 * few dozen among thousands). Columns the model does not know contribute nothing, like features
 * unseen in training in Tribuo. Immutable snapshot of the model; make a new one after an edit.
 */
public final class FeatureSpacePredictor {

    private final FeatureMatrix matrix;
    // per matrix column the model's feature index, -1 when the model does not use the column
    private final int[] modelFeatureOf;
    private final double[] weights;
    private final double[] biases;
    private final int classCount;
    private final int featureCount;
    private final List<String> classNames;

    private FeatureSpacePredictor(FeatureMatrix matrix, int[] modelFeatureOf, LinearModel model) {
        this.matrix = matrix;
        this.modelFeatureOf = modelFeatureOf;
        this.classNames = List.copyOf(model.getClassNames());
        this.classCount = classNames.size();
        this.featureCount = model.getFeatureNames().size();
        this.weights = model.getWeights().clone();
        this.biases = model.getBiases().clone();
    }

    /**
     * @throws FeatureMismatchException when the matrix lacks features the model uses; the
     *                                  message names them (the first few) and counts them
     * @throws IllegalArgumentException when the model's weights do not fit its classes and features
     */
    public static FeatureSpacePredictor bind(LinearModel model, FeatureMatrix matrix) throws FeatureMismatchException {
        new LinearPredictor(model); // validates the shape
        String[] columns = matrix.featureNames();
        Map<String, Integer> columnOf = new HashMap<>(columns.length * 2);
        for (int c = 0; c < columns.length; c++) {
            columnOf.putIfAbsent(columns[c], c);
        }
        int[] modelFeatureOf = new int[columns.length];
        java.util.Arrays.fill(modelFeatureOf, -1);
        List<String> missing = new ArrayList<>();
        List<String> names = model.getFeatureNames();
        for (int f = 0; f < names.size(); f++) {
            Integer column = columnOf.get(names.get(f));
            if (column == null) {
                missing.add(names.get(f));
            } else {
                modelFeatureOf[column] = f;
            }
        }
        if (!missing.isEmpty()) {
            throw FeatureMismatchException.missing(missing, names.size(), columns.length);
        }
        return new FeatureSpacePredictor(matrix, modelFeatureOf, model);
    }

    public List<String> classNames() {
        return classNames;
    }

    public int classCount() {
        return classCount;
    }

    /**
     * The most probable class of row {@code row}; {@code probabilitiesOut} (at least
     * {@link #classCount()} long, required: it also holds the scores while they are summed)
     * receives the softmax of the scores.
     */
    public int predictRow(int row, double[] probabilitiesOut) {
        if (probabilitiesOut.length < classCount) {
            throw new IllegalArgumentException("output array holds " + probabilitiesOut.length + " values, need " + classCount);
        }
        java.util.Arrays.fill(probabilitiesOut, 0, classCount, 0);
        matrix.forEachNonZero(row, (column, value) -> {
            int f = modelFeatureOf[column];
            if (f >= 0) {
                for (int c = 0; c < classCount; c++) {
                    probabilitiesOut[c] += weights[c * featureCount + f] * value;
                }
            }
        });
        int best = 0;
        double bestScore = Double.NEGATIVE_INFINITY;
        for (int c = 0; c < classCount; c++) {
            double s = probabilitiesOut[c] + biases[c];
            probabilitiesOut[c] = s;
            if (s > bestScore) {
                bestScore = s;
                best = c;
            }
        }
        Softmax.inPlace(probabilitiesOut, classCount, bestScore);
        return best;
    }

    /** One feature's weight for one class. */
    public record FeatureWeight(String feature, int featureIndex, double weight) {
    }

    /**
     * The {@code n} features with the largest weights for each class (the words that speak most
     * for it), largest first, by class name in the model's class order. Zero weights are left out.
     */
    public static Map<String, List<FeatureWeight>> topFeatures(LinearModel model, int n) {
        int classes = model.getClassNames().size();
        int features = model.getFeatureNames().size();
        double[] w = model.getWeights();
        Map<String, List<FeatureWeight>> out = new java.util.LinkedHashMap<>();
        for (int c = 0; c < classes; c++) {
            List<FeatureWeight> all = new ArrayList<>();
            for (int f = 0; f < features; f++) {
                double v = w[c * features + f];
                if (v > 0) {
                    all.add(new FeatureWeight(model.getFeatureNames().get(f), f, v));
                }
            }
            all.sort((a, b) -> Double.compare(b.weight(), a.weight()));
            out.put(model.getClassNames().get(c), List.copyOf(all.subList(0, Math.min(n, all.size()))));
        }
        return out;
    }
}
