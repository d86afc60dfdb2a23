package org.contour.core.interpret;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;

import org.contour.model.LinearModel;

/**
 * The features that matter most to each class of a linear model with many features (the words
 * of a text model): ranked by the size of their weight, since a TF-IDF value is between 0 and 1
 * for every word and the weight alone says how far a word pushes the score.
 */
public final class TopFeatures {

    /** A model with more features than this is read as a word list rather than as equations. */
    public static final int EQUATION_LIMIT = 12;

    /** One weight of the model: class {@code cls}, feature {@code feature}. */
    public record Entry(int cls, int feature, String className, String featureName, double weight) {
    }

    private TopFeatures() {
    }

    /** True when the model has too many features to read as one equation per class. */
    public static boolean isWordList(LinearModel model) {
        return model.getFeatureNames().size() > EQUATION_LIMIT;
    }

    /**
     * The {@code limit} largest weights (by absolute value) of class {@code cls},
     * or of every class when {@code cls} is negative (then {@code limit} per class, classes in
     * order), restricted to features whose name contains {@code filter} (ignoring case; blank
     * means all). Zero weights are left out unless a filter is given. A feature named exactly
     * like the filter comes first whatever its weight, so a word zeroed while filtered for stays
     * in the list and can be set again. Ties keep feature order.
     */
    public static List<Entry> top(LinearModel model, int cls, String filter, int limit) {
        List<Entry> out = new ArrayList<>();
        int classes = model.getClassNames().size();
        for (int c = cls < 0 ? 0 : cls; c < (cls < 0 ? classes : cls + 1); c++) {
            out.addAll(topOfClass(model, c, filter, limit));
        }
        return out;
    }

    private static List<Entry> topOfClass(LinearModel model, int cls, String filter, int limit) {
        String needle = filter == null ? "" : filter.strip().toLowerCase(Locale.ROOT);
        List<String> features = model.getFeatureNames();
        int width = features.size();
        double[] weights = model.getWeights();
        List<Entry> entries = new ArrayList<>();
        for (int f = 0; f < width; f++) {
            double w = weights[cls * width + f];
            // a zero weight is listed only when asked for by name, so a zeroed word can be found and set again
            boolean match = needle.isEmpty() ? w != 0 : features.get(f).toLowerCase(Locale.ROOT).contains(needle);
            if (match) {
                entries.add(new Entry(cls, f, model.getClassNames().get(cls), features.get(f), w));
            }
        }
        entries.sort(Comparator.comparing((Entry e) -> !e.featureName().equalsIgnoreCase(needle))
                .thenComparingDouble(e -> -Math.abs(e.weight())));
        return entries.size() > limit ? new ArrayList<>(entries.subList(0, limit)) : entries;
    }
}
