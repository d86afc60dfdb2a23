package org.contour.reduce;

/**
 * A weighted graph on the distinct rows in compressed-row form, symmetric: every edge i-j is
 * stored in row i and in row j with the same weight. Both UMAP's fuzzy neighbourhood graph and
 * t-SNE's joint probabilities take this shape.
 */
final class SparseGraph {

    /** How the weights a and b of the directed edges i-&gt;j and j-&gt;i combine into one. */
    @FunctionalInterface
    interface Combine {
        double apply(double a, double b);
    }

    final int rows;
    final int[] rowStart;
    final int[] columns;
    final double[] weights;

    SparseGraph(int rows, int[] rowStart, int[] columns, double[] weights) {
        this.rows = rows;
        this.rowStart = rowStart;
        this.columns = columns;
        this.weights = weights;
    }

    /**
     * Makes a directed k-nearest-neighbour weighting symmetric. An edge found in one direction
     * only keeps {@code combine(w, 0)}.
     *
     * @param indices row-major {@code rows x k} neighbour indices (no self loops)
     * @param weights same layout
     */
    static SparseGraph symmetrize(int rows, int k, int[] indices, double[] weights, Combine combine) {
        // Directed rows sorted by column, so that each row of A and of its transpose can be merged.
        int[] order = new int[rows * k];
        for (int r = 0; r < rows; r++) {
            int base = r * k;
            for (int j = 0; j < k; j++) {
                order[base + j] = base + j;
            }
            // insertion sort on the column index: k is small
            for (int a = base + 1; a < base + k; a++) {
                int entry = order[a];
                int b = a - 1;
                while (b >= base && indices[order[b]] > indices[entry]) {
                    order[b + 1] = order[b];
                    b--;
                }
                order[b + 1] = entry;
            }
        }
        // Transpose by counting: iterating the source rows in order leaves each row sorted.
        int[] tStart = new int[rows + 1];
        for (int e = 0; e < rows * k; e++) {
            tStart[indices[e] + 1]++;
        }
        for (int r = 0; r < rows; r++) {
            tStart[r + 1] += tStart[r];
        }
        int[] tColumns = new int[rows * k];
        double[] tWeights = new double[rows * k];
        int[] fill = tStart.clone();
        for (int r = 0; r < rows; r++) {
            for (int j = 0; j < k; j++) {
                int e = r * k + j;
                int target = indices[e];
                int at = fill[target]++;
                tColumns[at] = r;
                tWeights[at] = weights[e];
            }
        }
        // Duplicate neighbours in one row cannot occur, so merging two sorted lists suffices.
        int[] start = new int[rows + 1];
        int[] cols = new int[2 * rows * k];
        double[] vals = new double[2 * rows * k];
        int out = 0;
        for (int r = 0; r < rows; r++) {
            int a = r * k;
            int aEnd = a + k;
            int b = tStart[r];
            int bEnd = tStart[r + 1];
            while (a < aEnd || b < bEnd) {
                int ca = a < aEnd ? indices[order[a]] : Integer.MAX_VALUE;
                int cb = b < bEnd ? tColumns[b] : Integer.MAX_VALUE;
                double w;
                int c;
                if (ca == cb) {
                    c = ca;
                    w = combine.apply(weights[order[a++]], tWeights[b++]);
                } else if (ca < cb) {
                    c = ca;
                    w = combine.apply(weights[order[a++]], 0);
                } else {
                    c = cb;
                    w = combine.apply(tWeights[b++], 0);
                }
                if (w > 0) {
                    cols[out] = c;
                    vals[out++] = w;
                }
            }
            start[r + 1] = out;
        }
        return new SparseGraph(rows, start, java.util.Arrays.copyOf(cols, out), java.util.Arrays.copyOf(vals, out));
    }

    int edges() {
        return columns.length;
    }
}
