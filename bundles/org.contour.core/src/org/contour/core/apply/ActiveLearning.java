package org.contour.core.apply;

import java.util.BitSet;
import java.util.function.IntPredicate;

import org.contour.model.Predictions;

/**
 * Which examples to label next: those the model is least sure of (uncertainty sampling, the
 * simplest active-learning rule). Examples the model could not say anything about come first,
 * then the lowest confidence of the predicted class; ties go to the lower row.
 */
public final class ActiveLearning {

    private ActiveLearning() {
    }

    /**
     * The {@code n} least confident rows among those {@code eligible} accepts ({@code null}:
     * all), preferring rows without a label ({@code assignments[r] < 0}) when
     * {@code unlabelledFirst}: only when fewer than {@code n} are unlabelled do labelled ones
     * join. Linear in the rows (a bounded heap), so a million examples answer at once.
     */
    public static BitSet leastConfident(Predictions predictions, int[] assignments, IntPredicate eligible, int n,
            boolean unlabelledFirst) {
        BitSet chosen = new BitSet();
        if (predictions == null || predictions.getPredicted() == null || n <= 0) {
            return chosen;
        }
        int[] predicted = predictions.getPredicted();
        double[] confidence = predictions.getConfidence();
        pick(predicted, confidence, r -> (eligible == null || eligible.test(r))
                && (!unlabelledFirst || assignments == null || r >= assignments.length || assignments[r] < 0), n, chosen);
        if (unlabelledFirst && chosen.cardinality() < n) {
            pick(predicted, confidence, r -> (eligible == null || eligible.test(r)) && !chosen.get(r),
                    n - chosen.cardinality(), chosen);
        }
        return chosen;
    }

    /** Adds to {@code out} the {@code n} most uncertain rows that {@code keep} accepts. */
    private static void pick(int[] predicted, double[] confidence, IntPredicate keep, int n, BitSet out) {
        // a max-heap of the n least sure so far: its top is the surest of them, the first to go
        int[] heap = new int[n];
        int size = 0;
        for (int r = 0; r < predicted.length; r++) {
            if (!keep.test(r)) {
                continue;
            }
            if (size < n) {
                heap[size] = r;
                up(heap, size++, predicted, confidence);
            } else if (surer(heap[0], r, predicted, confidence)) {
                heap[0] = r;
                down(heap, size, predicted, confidence);
            }
        }
        for (int i = 0; i < size; i++) {
            out.set(heap[i]);
        }
    }

    /** Whether row a is surer than row b (so b is the better pick); undecided rows are the least sure. */
    private static boolean surer(int a, int b, int[] predicted, double[] confidence) {
        double ca = predicted[a] < 0 ? -1 : confidence[a];
        double cb = predicted[b] < 0 ? -1 : confidence[b];
        return ca > cb || (ca == cb && a > b);
    }

    private static void up(int[] heap, int i, int[] predicted, double[] confidence) {
        while (i > 0) {
            int parent = (i - 1) / 2;
            if (!surer(heap[i], heap[parent], predicted, confidence)) {
                return;
            }
            int t = heap[i];
            heap[i] = heap[parent];
            heap[parent] = t;
            i = parent;
        }
    }

    private static void down(int[] heap, int size, int[] predicted, double[] confidence) {
        int i = 0;
        while (true) {
            int left = 2 * i + 1;
            int right = left + 1;
            int top = i;
            if (left < size && surer(heap[left], heap[top], predicted, confidence)) {
                top = left;
            }
            if (right < size && surer(heap[right], heap[top], predicted, confidence)) {
                top = right;
            }
            if (top == i) {
                return;
            }
            int t = heap[i];
            heap[i] = heap[top];
            heap[top] = t;
            i = top;
        }
    }
}
