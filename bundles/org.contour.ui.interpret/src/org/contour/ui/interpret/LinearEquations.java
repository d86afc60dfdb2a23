package org.contour.ui.interpret;

import java.util.List;
import java.util.Locale;

import org.contour.model.LinearModel;

/** Writes a linear model as one readable equation per class, in the features' own names. */
public final class LinearEquations {

    private LinearEquations() {
    }

    /** For example {@code score(3) = 0.412 × PC1 − 1.201 × PC2 + 0.330}. */
    public static String equation(LinearModel model, int cls) {
        List<String> features = model.getFeatureNames();
        int width = features.size();
        StringBuilder sb = new StringBuilder("score(").append(model.getClassNames().get(cls)).append(") = ");
        for (int f = 0; f < width; f++) {
            double w = model.getWeights()[cls * width + f];
            if (f == 0) {
                sb.append(format(w));
            } else {
                sb.append(w < 0 ? " \u2212 " : " + ").append(format(Math.abs(w)));
            }
            sb.append(" \u00d7 ").append(features.get(f));
        }
        double b = model.getBiases()[cls];
        sb.append(b < 0 ? " \u2212 " : " + ").append(format(Math.abs(b)));
        return sb.toString();
    }

    /** All equations, then how probabilities follow from the scores. */
    public static String describe(LinearModel model) {
        StringBuilder sb = new StringBuilder();
        for (int c = 0; c < model.getClassNames().size(); c++) {
            sb.append(equation(model, c)).append('\n');
        }
        sb.append("P(class) = softmax of the scores; the predicted class has the highest score.");
        return sb.toString();
    }

    static String format(double v) {
        return String.format(Locale.ROOT, "%.3f", v);
    }
}
