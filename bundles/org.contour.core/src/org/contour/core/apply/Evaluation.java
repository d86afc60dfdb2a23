package org.contour.core.apply;

import java.util.List;

/**
 * How the applied model's predictions compare with the labels people gave: accuracy and a
 * confusion matrix, on the DEV subset when the project has one, else on every labelled example
 * (EXCLUDED ones left out either way). Headless, for the UI to show.
 *
 * @param classes    row and column names of the confusion matrix: the project's labels, then any
 *                   class the model predicts that the project does not have
 * @param confusion  {@code confusion[actual][predicted]} counts of examples
 * @param evaluated  examples compared
 * @param correct    of those, the ones predicted as labelled
 * @param undecided  of those, the ones the model could not say anything about (counted wrong)
 * @param scope      in words, which examples were compared ("DEV subset, 120 labelled examples")
 */
public record Evaluation(List<String> classes, int[][] confusion, int evaluated, int correct, int undecided,
        String scope) {

    public Evaluation {
        classes = List.copyOf(classes);
    }

    /** Share of the compared examples predicted as labelled; NaN when none were compared. */
    public double accuracy() {
        return evaluated == 0 ? Double.NaN : (double) correct / evaluated;
    }

    /** Of the examples labelled {@code actual}, the share predicted as such (recall); NaN when there are none. */
    public double recall(int actual) {
        int total = 0;
        for (int v : confusion[actual]) {
            total += v;
        }
        return total == 0 ? Double.NaN : (double) confusion[actual][actual] / total;
    }

    /** Of the examples predicted {@code predicted}, the share labelled as such (precision); NaN when there are none. */
    public double precision(int predicted) {
        int total = 0;
        for (int[] row : confusion) {
            total += row[predicted];
        }
        return total == 0 ? Double.NaN : (double) confusion[predicted][predicted] / total;
    }

    /** The matrix as aligned text, for logs and tooltips. */
    public String describe() {
        StringBuilder text = new StringBuilder();
        text.append(String.format("accuracy %.1f%% (%d of %d), %s%n", 100 * accuracy(), correct, evaluated, scope));
        int width = 6;
        for (String c : classes) {
            width = Math.max(width, c.length() + 1);
        }
        text.append(String.format("%-" + width + "s", "actual\\predicted"));
        for (String c : classes) {
            text.append(String.format("%" + width + "s", c));
        }
        text.append('\n');
        for (int a = 0; a < classes.size(); a++) {
            text.append(String.format("%-" + width + "s", classes.get(a)));
            for (int p = 0; p < classes.size(); p++) {
                text.append(String.format("%" + width + "d", confusion[a][p]));
            }
            text.append('\n');
        }
        return text.toString();
    }
}
