package org.contour.core.data;

import java.util.function.IntPredicate;

/**
 * Orders and filters example rows as int permutations, so a view over a million rows never
 * boxes a row number or creates an object per row.
 */
public final class RowOrder {

    /** Compares two rows (not two positions). */
    @FunctionalInterface
    public interface RowComparator {
        int compare(int rowA, int rowB);
    }

    private RowOrder() {
    }

    /** The rows 0..n-1 that {@code keep} accepts, ascending ({@code null} keeps all). */
    public static int[] filter(int n, IntPredicate keep) {
        int[] out = new int[n];
        int count = 0;
        for (int r = 0; r < n; r++) {
            if (keep == null || keep.test(r)) {
                out[count++] = r;
            }
        }
        return count == n ? out : java.util.Arrays.copyOf(out, count);
    }

    /**
     * Sorts {@code rows} in place by {@code order}; stable (equal rows keep their order), so
     * sorting by one column after another gives the familiar multi-column order.
     */
    public static void sort(int[] rows, RowComparator order) {
        if (rows.length < 2) {
            return;
        }
        int[] buffer = new int[rows.length];
        mergeSort(rows, buffer, 0, rows.length, order);
    }

    private static void mergeSort(int[] a, int[] tmp, int from, int to, RowComparator order) {
        if (to - from <= 24) {
            for (int i = from + 1; i < to; i++) {
                int v = a[i];
                int j = i - 1;
                while (j >= from && order.compare(a[j], v) > 0) {
                    a[j + 1] = a[j];
                    j--;
                }
                a[j + 1] = v;
            }
            return;
        }
        int mid = (from + to) >>> 1;
        mergeSort(a, tmp, from, mid, order);
        mergeSort(a, tmp, mid, to, order);
        if (order.compare(a[mid - 1], a[mid]) <= 0) {
            return; // already in order: common when sorting sorted data again
        }
        System.arraycopy(a, from, tmp, from, to - from);
        int i = from;
        int j = mid;
        int k = from;
        while (i < mid && j < to) {
            a[k++] = order.compare(tmp[j], tmp[i]) < 0 ? tmp[j++] : tmp[i++];
        }
        while (i < mid) {
            a[k++] = tmp[i++];
        }
        while (j < to) {
            a[k++] = tmp[j++];
        }
    }

    /**
     * Sorts {@code rows} in place by a small integer key per row ({@code key[row]} in
     * 0..keys-1), stably: a counting sort, linear in the rows (labels, subsets).
     */
    public static void sortByKey(int[] rows, int[] key, int keys) {
        int[] start = new int[keys + 1];
        for (int r : rows) {
            start[key[r] + 1]++;
        }
        for (int k = 0; k < keys; k++) {
            start[k + 1] += start[k];
        }
        int[] sorted = new int[rows.length];
        for (int r : rows) {
            sorted[start[key[r]]++] = r;
        }
        System.arraycopy(sorted, 0, rows, 0, rows.length);
    }

    /** position[row] = index of row in {@code rows}, or -1 for rows not in it. */
    public static int[] positions(int[] rows, int n) {
        int[] position = new int[n];
        java.util.Arrays.fill(position, -1);
        for (int i = 0; i < rows.length; i++) {
            position[rows[i]] = i;
        }
        return position;
    }
}
