package org.contour.core.teach;

import java.util.ArrayList;
import java.util.List;

/**
 * The terms of a polynomial in a few inputs: every product of inputs of total degree 1 to
 * {@code degree}, lowest degree first ({@code x, y, x^2, x*y, y^2, x^3, ...}). The trainer and the
 * predictor both compute the terms here, with the same multiplications in the same order, so the
 * model Contour evaluates and the one Tribuo trained see bit-for-bit the same feature values.
 */
public final class PolynomialTerms {

    /** Highest degree offered: beyond three the terms of standardised inputs overflow SGD's step sizes. */
    public static final int MAX_DEGREE = 3;

    private PolynomialTerms() {
    }

    /**
     * Exponents of all terms, row-major: term {@code t} raises input {@code i} to
     * {@code exponents[t * inputs + i]}.
     */
    public static int[] exponents(int inputs, int degree) {
        if (inputs < 1) {
            throw new IllegalArgumentException("a polynomial needs at least one input, got " + inputs);
        }
        if (degree < 1 || degree > MAX_DEGREE) {
            throw new IllegalArgumentException("degree must be 1 to " + MAX_DEGREE + ", got " + degree);
        }
        List<int[]> terms = new ArrayList<>();
        for (int total = 1; total <= degree; total++) {
            collect(new int[inputs], 0, total, terms);
        }
        int[] out = new int[terms.size() * inputs];
        for (int t = 0; t < terms.size(); t++) {
            System.arraycopy(terms.get(t), 0, out, t * inputs, inputs);
        }
        return out;
    }

    // Exponent vectors of one total degree, the first input's exponent falling: x^2, x*y, y^2.
    private static void collect(int[] current, int input, int remaining, List<int[]> out) {
        if (input == current.length - 1) {
            current[input] = remaining;
            out.add(current.clone());
            return;
        }
        for (int e = remaining; e >= 0; e--) {
            current[input] = e;
            collect(current, input + 1, remaining - e, out);
        }
        current[input] = 0;
    }

    /** Readable names of the terms: {@code x}, {@code x^2}, {@code x*y}, {@code x^2*y}. */
    public static List<String> names(List<String> inputNames, int[] exponents) {
        int inputs = inputNames.size();
        List<String> names = new ArrayList<>();
        for (int t = 0; t < exponents.length / inputs; t++) {
            StringBuilder name = new StringBuilder();
            for (int i = 0; i < inputs; i++) {
                int e = exponents[t * inputs + i];
                if (e == 0) {
                    continue;
                }
                if (name.length() > 0) {
                    name.append('*');
                }
                name.append(inputNames.get(i));
                if (e > 1) {
                    name.append('^').append(e);
                }
            }
            names.add(name.toString());
        }
        return names;
    }

    /** {@code (x - mean) / scale}, the input a term is made of. */
    public static double standardise(double x, double mean, double scale) {
        return (x - mean) / scale;
    }

    /**
     * Term {@code t} of standardised inputs {@code z}: repeated multiplication, input by input,
     * starting from 1.
     */
    public static double term(double[] z, int[] exponents, int t) {
        int inputs = z.length;
        double p = 1;
        for (int i = 0; i < inputs; i++) {
            for (int k = exponents[t * inputs + i]; k > 0; k--) {
                p *= z[i];
            }
        }
        return p;
    }

    /** {@link #term(double[], int[], int)} for two inputs, without an array. */
    public static double term(double z0, double z1, int[] exponents, int t) {
        double p = 1;
        for (int k = exponents[2 * t]; k > 0; k--) {
            p *= z0;
        }
        for (int k = exponents[2 * t + 1]; k > 0; k--) {
            p *= z1;
        }
        return p;
    }

    /** All terms of raw inputs {@code x}, standardised with {@code means} and {@code scales}. */
    public static double[] expand(double[] x, double[] means, double[] scales, int[] exponents) {
        double[] z = new double[x.length];
        for (int i = 0; i < x.length; i++) {
            z[i] = standardise(x[i], means[i], scales[i]);
        }
        int count = exponents.length / x.length;
        double[] terms = new double[count];
        for (int t = 0; t < count; t++) {
            terms[t] = term(z, exponents, t);
        }
        return terms;
    }
}
