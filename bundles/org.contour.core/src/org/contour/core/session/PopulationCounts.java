package org.contour.core.session;

import org.contour.model.LabellingProject;
import org.contour.model.Subset;

/**
 * How many examples each label has, split by subset: hover's population table. Row
 * {@code labels.size()} counts the unlabelled examples; columns are the {@link Subset} values.
 */
public final class PopulationCounts {

    private final int[][] counts;

    private PopulationCounts(int[][] counts) {
        this.counts = counts;
    }

    public static PopulationCounts of(LabellingProject project) {
        int labels = project.getLabels().size();
        int[][] counts = new int[labels + 1][Subset.VALUES.size()];
        int[] assignments = project.getAssignments();
        int[] subsets = project.getSubsets();
        int n = assignments == null ? 0 : assignments.length;
        for (int r = 0; r < n; r++) {
            int a = assignments[r];
            int label = a >= 0 && a < labels ? a : labels;
            int subset = subsets == null || r >= subsets.length ? Subset.RAW_VALUE : subsets[r];
            if (subset < 0 || subset >= counts[label].length) {
                subset = Subset.RAW_VALUE;
            }
            counts[label][subset]++;
        }
        return new PopulationCounts(counts);
    }

    /** Examples with label index {@code label} (the label count for "no label") in {@code subset}. */
    public int count(int label, Subset subset) {
        return counts[label][subset.getValue()];
    }

    /** All examples with label index {@code label}, excluded ones left out. */
    public int total(int label) {
        int sum = 0;
        for (Subset s : Subset.VALUES) {
            if (s != Subset.EXCLUDED) {
                sum += counts[label][s.getValue()];
            }
        }
        return sum;
    }

    /** Number of rows: the labels plus one for "no label". */
    public int rows() {
        return counts.length;
    }
}
