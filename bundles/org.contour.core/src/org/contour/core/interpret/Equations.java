package org.contour.core.interpret;

import java.util.ArrayList;
import java.util.List;

import org.contour.model.LinearModel;
import org.contour.model.PolynomialModel;

/**
 * A linear or polynomial model as one readable equation per class, in the names of the data:
 * {@code score(3) = 0.41 × PC1 − 1.2 × PC2 + 0.33}. For a polynomial model the terms are named
 * by {@link TermNames} and the standardisation of the inputs is written once, above.
 */
public final class Equations {

    private Equations() {
    }

    /** The name of every weight column, in the order of the model's features (terms for a polynomial model). */
    public static List<String> termNames(LinearModel model) {
        if (model instanceof PolynomialModel poly) {
            return TermNames.names(poly);
        }
        return List.copyOf(model.getFeatureNames());
    }

    /** For example {@code score(3) = 0.41 × PC1 − 1.2 × PC2 + 0.33}; zero weights are left out. */
    public static String equation(LinearModel model, int cls) {
        List<String> terms = termNames(model);
        int width = model.getFeatureNames().size();
        StringBuilder sb = new StringBuilder("score(").append(model.getClassNames().get(cls)).append(") =");
        boolean first = true;
        for (int f = 0; f < width; f++) {
            double w = model.getWeights()[cls * width + f];
            if (w == 0) {
                continue;
            }
            appendSigned(sb, w, first);
            sb.append(" \u00d7 ").append(terms.get(f));
            first = false;
        }
        appendSigned(sb, model.getBiases()[cls], first);
        return sb.toString();
    }

    private static void appendSigned(StringBuilder sb, double v, boolean first) {
        if (first) {
            sb.append(' ').append(v < 0 ? "\u2212" : "").append(Numbers.format(Math.abs(v)));
        } else {
            sb.append(v < 0 ? " \u2212 " : " + ").append(Numbers.format(Math.abs(v)));
        }
    }

    /** The standardisation (polynomial models), all equations, then how they become a prediction. */
    public static String describe(LinearModel model) {
        List<String> lines = new ArrayList<>();
        if (model instanceof PolynomialModel poly) {
            lines.addAll(TermNames.standardisation(poly));
        }
        for (int c = 0; c < model.getClassNames().size(); c++) {
            lines.add(equation(model, c));
        }
        lines.add("P(class) = softmax of the scores; the predicted class has the highest score.");
        return String.join("\n", lines);
    }
}
