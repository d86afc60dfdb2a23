package org.contour.core.tests;

import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * How well a 2-D map keeps the classes together: for every labelled point, the share of its k
 * nearest labelled neighbours on the map that have its label, averaged. A map that ignores the
 * classes scores about the chance level, the sum of the squared class shares.
 */
final class MapQuality {

    private MapQuality() {
    }

    static double neighbourAgreement(double[] xs, double[] ys, List<String> labels, int k) {
        int n = xs.length;
        double total = 0;
        int counted = 0;
        double[] bestDistance = new double[k];
        int[] best = new int[k];
        for (int i = 0; i < n; i++) {
            if (labels.get(i) == null) {
                continue;
            }
            Arrays.fill(bestDistance, Double.POSITIVE_INFINITY);
            Arrays.fill(best, -1);
            for (int j = 0; j < n; j++) {
                if (j == i || labels.get(j) == null) {
                    continue;
                }
                double dx = xs[i] - xs[j];
                double dy = ys[i] - ys[j];
                double d = dx * dx + dy * dy;
                if (d < bestDistance[k - 1]) {
                    int at = k - 1;
                    while (at > 0 && bestDistance[at - 1] > d) {
                        bestDistance[at] = bestDistance[at - 1];
                        best[at] = best[at - 1];
                        at--;
                    }
                    bestDistance[at] = d;
                    best[at] = j;
                }
            }
            int same = 0;
            for (int m = 0; m < k; m++) {
                if (best[m] >= 0 && labels.get(best[m]).equals(labels.get(i))) {
                    same++;
                }
            }
            total += (double) same / k;
            counted++;
        }
        return total / counted;
    }

    static double chance(List<String> labels) {
        Map<String, Integer> counts = new HashMap<>();
        int n = 0;
        for (String label : labels) {
            if (label != null) {
                counts.merge(label, 1, Integer::sum);
                n++;
            }
        }
        double sum = 0;
        for (int count : counts.values()) {
            sum += ((double) count / n) * ((double) count / n);
        }
        return sum;
    }

    /**
     * The same share for the features themselves, with cosine similarity (rows of unit length, as
     * the TF-IDF vectorizers make them, so similarity is the dot product): what a map that keeps
     * neighbours, such as UMAP, can show at best.
     */
    static double cosineNeighbourAgreement(org.contour.api.data.FeatureMatrix m, List<String> labels, int k) {
        int n = m.rows();
        // an inverted index: per column, the rows that have it and their values
        java.util.List<int[]> postingRows = new java.util.ArrayList<>();
        java.util.List<double[]> postingValues = new java.util.ArrayList<>();
        int[] counts = new int[m.columns()];
        for (int r = 0; r < n; r++) {
            m.forEachNonZero(r, (c, v) -> counts[c]++);
        }
        for (int c = 0; c < m.columns(); c++) {
            postingRows.add(new int[counts[c]]);
            postingValues.add(new double[counts[c]]);
        }
        int[] filled = new int[m.columns()];
        for (int r = 0; r < n; r++) {
            int row = r;
            m.forEachNonZero(r, (c, v) -> {
                postingRows.get(c)[filled[c]] = row;
                postingValues.get(c)[filled[c]++] = v;
            });
        }
        double[] similarity = new double[n];
        double[] bestSimilarity = new double[k];
        int[] best = new int[k];
        double total = 0;
        int counted = 0;
        for (int i = 0; i < n; i++) {
            if (labels.get(i) == null) {
                continue;
            }
            Arrays.fill(similarity, 0);
            m.forEachNonZero(i, (c, v) -> {
                int[] rows = postingRows.get(c);
                double[] values = postingValues.get(c);
                for (int q = 0; q < rows.length; q++) {
                    similarity[rows[q]] += v * values[q];
                }
            });
            Arrays.fill(bestSimilarity, Double.NEGATIVE_INFINITY);
            Arrays.fill(best, -1);
            for (int j = 0; j < n; j++) {
                double s = similarity[j];
                if (j == i || labels.get(j) == null || s <= bestSimilarity[k - 1]) {
                    continue;
                }
                int at = k - 1;
                while (at > 0 && bestSimilarity[at - 1] < s) {
                    bestSimilarity[at] = bestSimilarity[at - 1];
                    best[at] = best[at - 1];
                    at--;
                }
                bestSimilarity[at] = s;
                best[at] = j;
            }
            int same = 0;
            for (int q = 0; q < k; q++) {
                if (best[q] >= 0 && labels.get(best[q]).equals(labels.get(i))) {
                    same++;
                }
            }
            total += (double) same / k;
            counted++;
        }
        return total / counted;
    }
}
