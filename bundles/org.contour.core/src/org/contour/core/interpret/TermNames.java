package org.contour.core.interpret;

import java.util.ArrayList;
import java.util.List;

import org.contour.model.PolynomialModel;

/**
 * Names the terms of a polynomial model after its exponents: {@code z1}, {@code z1^2},
 * {@code z1*z2}, where {@code z1 = (PC1 - 0.3) / 2.1} is the standardised first input; without
 * a standardisation the inputs' own names are used ({@code PC1^2}). When the exponents do not
 * fit the model (hand-made, or from an older version), the stored feature names are used.
 */
public final class TermNames {

    private TermNames() {
    }

    /** True when the inputs are standardised (means and scales given for every input). */
    public static boolean standardised(PolynomialModel model) {
        int inputs = model.getInputNames().size();
        return inputs > 0 && model.getInputMeans() != null && model.getInputScales() != null
                && model.getInputMeans().length == inputs && model.getInputScales().length == inputs;
    }

    /** The variable a term is built from for input {@code i}: {@code z1}, ... or the input's name. */
    public static String variable(PolynomialModel model, int i) {
        return standardised(model) ? "z" + (i + 1) : model.getInputNames().get(i);
    }

    /** One line per input, e.g. {@code z1 = (PC1 - 0.3) / 2.1}; empty when the inputs are used as they are. */
    public static List<String> standardisation(PolynomialModel model) {
        List<String> lines = new ArrayList<>();
        if (!standardised(model)) {
            return lines;
        }
        for (int i = 0; i < model.getInputNames().size(); i++) {
            double mean = model.getInputMeans()[i];
            String centred = mean == 0 ? model.getInputNames().get(i)
                    : "(" + model.getInputNames().get(i) + (mean < 0 ? " + " : " - ") + Numbers.format(Math.abs(mean)) + ")";
            lines.add(variable(model, i) + " = " + centred + " / " + Numbers.format(model.getInputScales()[i]));
        }
        return lines;
    }

    /** The name of every term, in the order of the weights. */
    public static List<String> names(PolynomialModel model) {
        int terms = model.getFeatureNames().size();
        int inputs = model.getInputNames().size();
        int[] exponents = model.getExponents();
        if (inputs == 0 || exponents == null || exponents.length != terms * inputs) {
            return List.copyOf(model.getFeatureNames());
        }
        List<String> names = new ArrayList<>(terms);
        for (int t = 0; t < terms; t++) {
            StringBuilder sb = new StringBuilder();
            for (int i = 0; i < inputs; i++) {
                int e = exponents[t * inputs + i];
                if (e == 0) {
                    continue;
                }
                if (!sb.isEmpty()) {
                    sb.append('*');
                }
                sb.append(variable(model, i));
                if (e > 1) {
                    sb.append('^').append(e);
                }
            }
            names.add(sb.isEmpty() ? "1" : sb.toString());
        }
        return names;
    }
}
