package org.contour.core.teach;

import java.util.List;

import org.contour.model.PolynomialModel;

/**
 * Evaluates a {@link PolynomialModel}: the inputs are standardised (when the model gives means
 * and scales), expanded into the model's terms (products of powers, one exponent per input and
 * term) and scored by the linear model over the terms. Takes the inputs, not the terms.
 */
public final class PolynomialPredictor implements Predictor {

    private final List<String> inputNames;
    private final int inputs;
    private final int terms;
    private final int[] exponents;
    private final double[] means;
    private final double[] scales;
    private final LinearPredictor linear;

    /** @throws IllegalArgumentException when exponents, means, scales or weights do not fit the model's lists */
    public PolynomialPredictor(PolynomialModel model) {
        this.inputNames = List.copyOf(model.getInputNames());
        this.inputs = inputNames.size();
        this.terms = model.getFeatureNames().size();
        if (inputs < 1) {
            throw new IllegalArgumentException("a polynomial model needs inputs");
        }
        int[] e = model.getExponents();
        if (e == null || e.length != terms * inputs) {
            throw new IllegalArgumentException("expected " + terms + " x " + inputs + " exponents, got "
                    + (e == null ? "none" : e.length));
        }
        for (int v : e) {
            if (v < 0) {
                throw new IllegalArgumentException("exponents must not be negative, got " + v);
            }
        }
        this.exponents = e.clone();
        double[] m = model.getInputMeans();
        double[] s = model.getInputScales();
        boolean standardised = m != null && s != null && m.length == inputs && s.length == inputs;
        if (!standardised && ((m != null && m.length > 0) || (s != null && s.length > 0))) {
            throw new IllegalArgumentException("expected " + inputs + " input means and scales");
        }
        this.means = standardised ? m.clone() : new double[inputs];
        this.scales = new double[inputs];
        for (int i = 0; i < inputs; i++) {
            // a zero scale (a constant input) would divide by zero; such an input carries no information
            scales[i] = standardised && s[i] != 0 ? s[i] : 1;
        }
        this.linear = new LinearPredictor(model);
    }

    @Override
    public List<String> classNames() {
        return linear.classNames();
    }

    @Override
    public List<String> featureNames() {
        return inputNames;
    }

    /** The model's terms for one input vector. */
    public double[] terms(double[] input) {
        if (input.length != inputs) {
            throw new IllegalArgumentException("expected " + inputs + " inputs, got " + input.length);
        }
        double[] z = new double[inputs];
        for (int i = 0; i < inputs; i++) {
            z[i] = (input[i] - means[i]) / scales[i];
        }
        double[] out = new double[terms];
        for (int t = 0; t < terms; t++) {
            double product = 1;
            for (int i = 0; i < inputs; i++) {
                for (int k = exponents[t * inputs + i]; k > 0; k--) {
                    product *= z[i];
                }
            }
            out[t] = product;
        }
        return out;
    }

    @Override
    public int predict(double[] features, double[] probabilitiesOut) {
        return linear.predict(terms(features), probabilitiesOut);
    }
}
