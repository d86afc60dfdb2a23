package org.contour.core.data;

import org.contour.api.data.DataTable;
import java.util.Arrays;
import java.util.HashMap;
import java.util.Map;
import java.util.function.IntPredicate;

import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.OperationCanceledException;
import org.eclipse.core.runtime.SubMonitor;

/**
 * Finds exact duplicates among a dataset's examples: rows whose text is identical, or whose
 * numeric columns (pixels, measurements) are identical value for value, to an earlier row.
 * The file's label and id do not count: the same example labelled twice is still a duplicate.
 */
public final class Duplicates {

    private Duplicates() {
    }

    /**
     * Rows (ascending) that repeat an earlier row. Rows that {@code considered} rejects (for
     * example: already excluded) are neither reported nor count as the first copy.
     */
    public static int[] find(DataTable table, IntPredicate considered, IProgressMonitor monitor) {
        int n = table.rowCount();
        SubMonitor progress = SubMonitor.convert(monitor, "Looking for exact duplicates", n);
        Map<Object, Integer> first = new HashMap<>(Math.max(16, n * 2));
        int[] out = new int[n];
        int count = 0;
        for (int r = 0; r < n; r++) {
            if ((r & 0xFFF) == 0) {
                if (progress.isCanceled()) {
                    throw new OperationCanceledException();
                }
                progress.worked(Math.min(0x1000, n - r));
            }
            if (considered != null && !considered.test(r)) {
                continue;
            }
            Object key = key(table, r);
            if (key == null) {
                continue;
            }
            if (first.putIfAbsent(key, r) != null) {
                out[count++] = r;
            }
        }
        return Arrays.copyOf(out, count);
    }

    private static Object key(DataTable table, int row) {
        if (table.hasText()) {
            return table.texts().get(row);
        }
        if (table.numeric() != null) {
            return new NumericRow(table.numeric()[row]);
        }
        return null;
    }

    /** Value equality of a double row (Arrays.equals: NaN equals NaN, 0.0 differs from -0.0). */
    private record NumericRow(double[] values) {
        @Override
        public boolean equals(Object o) {
            return o instanceof NumericRow other && Arrays.equals(values, other.values);
        }

        @Override
        public int hashCode() {
            return Arrays.hashCode(values);
        }
    }
}
