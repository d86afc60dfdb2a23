package org.contour.core.teach;

import java.util.List;

import org.contour.model.PolynomialModel;

/**
 * Evaluates a {@link PolynomialModel}: the inputs are standardised, expanded into the model's
 * terms ({@link PolynomialTerms}), and scored like a linear model over the terms, probabilities
 * the softmax of the scores. An immutable snapshot of the model when made, like
 * {@link LinearPredictor}.
 */
public final class PolynomialPredictor implements Predictor {

    private final double[] weights;
    private final double[] biases;
    private final int[] exponents;
    private final double[] means;
    private final double[] scales;
    private final int classCount;
    private final int inputCount;
    private final int termCount;
    private final List<String> classNames;
    private final List<String> inputNames;

    /**
     * @throws IllegalArgumentException when the model's arrays do not fit its classes, inputs
     *                                  and terms
     */
    public PolynomialPredictor(PolynomialModel model) {
        classNames = List.copyOf(model.getClassNames());
        inputNames = List.copyOf(model.getInputNames());
        classCount = classNames.size();
        inputCount = inputNames.size();
        termCount = model.getFeatureNames().size();
        if (classCount < 1 || inputCount < 1 || termCount < 1) {
            throw new IllegalArgumentException("a polynomial model needs classes, inputs and terms, got " + classCount
                    + ", " + inputCount + " and " + termCount);
        }
        int[] e = model.getExponents();
        if (e == null || e.length != termCount * inputCount) {
            throw new IllegalArgumentException("expected " + termCount + " x " + inputCount + " exponents, got "
                    + (e == null ? "none" : e.length));
        }
        for (int v : e) {
            if (v < 0) {
                throw new IllegalArgumentException("an exponent is negative (" + v + ")");
            }
        }
        double[] w = model.getWeights();
        if (w == null || w.length != classCount * termCount) {
            throw new IllegalArgumentException("expected " + classCount + " x " + termCount + " weights, got "
                    + (w == null ? "none" : w.length));
        }
        double[] b = model.getBiases();
        if (b == null || b.length != classCount) {
            throw new IllegalArgumentException("expected " + classCount + " biases, got " + (b == null ? "none" : b.length));
        }
        double[] m = model.getInputMeans();
        double[] s = model.getInputScales();
        boolean raw = (m == null || m.length == 0) && (s == null || s.length == 0);
        if (!raw && (m == null || s == null || m.length != inputCount || s.length != inputCount)) {
            throw new IllegalArgumentException("expected " + inputCount + " input means and scales");
        }
        exponents = e.clone();
        weights = w.clone();
        biases = b.clone();
        means = raw ? new double[inputCount] : m.clone();
        scales = raw ? filled(inputCount, 1) : s.clone();
    }

    private static double[] filled(int n, double v) {
        double[] a = new double[n];
        java.util.Arrays.fill(a, v);
        return a;
    }

    @Override
    public List<String> classNames() {
        return classNames;
    }

    /** The model's inputs (for example the map's two axes), not its terms. */
    @Override
    public List<String> featureNames() {
        return inputNames;
    }

    @Override
    public int classCount() {
        return classCount;
    }

    @Override
    public int featureCount() {
        return inputCount;
    }

    @Override
    public int predict(double[] features, double[] probabilitiesOut) {
        if (features.length != inputCount) {
            throw new IllegalArgumentException("expected " + inputCount + " inputs, got " + features.length);
        }
        checkOut(probabilitiesOut);
        double[] terms = PolynomialTerms.expand(features, means, scales, exponents);
        int best = 0;
        double bestScore = Double.NEGATIVE_INFINITY;
        for (int c = 0; c < classCount; c++) {
            int row = c * termCount;
            double sum = 0;
            for (int t = 0; t < termCount; t++) {
                sum += weights[row + t] * terms[t];
            }
            double s = sum + biases[c];
            if (probabilitiesOut != null) {
                probabilitiesOut[c] = s;
            }
            if (s > bestScore) {
                bestScore = s;
                best = c;
            }
        }
        if (probabilitiesOut != null) {
            Softmax.inPlace(probabilitiesOut, classCount, bestScore);
        }
        return best;
    }

    /** Without allocating: each term is recomputed per class, cheaper than a scratch array shared between threads. */
    @Override
    public int predict(double x, double y, double[] probabilitiesOut) {
        if (inputCount != 2) {
            throw new IllegalStateException("the model takes " + inputCount + " inputs, not a 2-D point");
        }
        checkOut(probabilitiesOut);
        double z0 = PolynomialTerms.standardise(x, means[0], scales[0]);
        double z1 = PolynomialTerms.standardise(y, means[1], scales[1]);
        int best = 0;
        double bestScore = Double.NEGATIVE_INFINITY;
        for (int c = 0; c < classCount; c++) {
            int row = c * termCount;
            double sum = 0;
            for (int t = 0; t < termCount; t++) {
                sum += weights[row + t] * PolynomialTerms.term(z0, z1, exponents, t);
            }
            double s = sum + biases[c];
            if (probabilitiesOut != null) {
                probabilitiesOut[c] = s;
            }
            if (s > bestScore) {
                bestScore = s;
                best = c;
            }
        }
        if (probabilitiesOut != null) {
            Softmax.inPlace(probabilitiesOut, classCount, bestScore);
        }
        return best;
    }

    private void checkOut(double[] out) {
        if (out != null && out.length < classCount) {
            throw new IllegalArgumentException("output array holds " + out.length + " values, need " + classCount);
        }
    }
}
