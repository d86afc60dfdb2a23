package org.contour.reduce;

import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.SubMonitor;

/**
 * The k nearest neighbours of every distinct row, the input of both UMAP and t-SNE.
 * <p>
 * Wide input (more than {@value #PROJECT_ABOVE_COLUMNS} columns: MNIST's 784 pixels, thousands
 * of hashed text terms) is first projected on its leading {@value #SEARCH_DIMENSIONS} principal
 * axes ({@link PrincipalSubspace}), where comparing all pairs is cheap; the closest
 * {@code 2k + 20} rows found there are then ranked again by their exact distance in the full
 * input space and the nearest k kept. The projection keeps most of the variance, so the true
 * neighbours are almost always among the candidates: on mnist_10k 99.7% of the exact 15 nearest
 * neighbours are found. Narrow input is searched exactly as it is.
 * <p>
 * Comparing all pairs costs time in the square of the row count: about one second of CPU for
 * 10,000 rows, a couple of minutes for 100,000. An approximate search (NN-descent) is the next
 * step if maps of such datasets are wanted.
 */
final class NearestNeighbours {

    static final int PROJECT_ABOVE_COLUMNS = 100;
    static final int SEARCH_DIMENSIONS = 50;
    private static final int QUERY_CHUNK = 64;
    private static final int QUERY_SLICE = 1024;
    private static final int TILE = 1024;
    /** Extra candidates found in single precision, ranked again in double. */
    private static final int SINGLE_PRECISION_MARGIN = 8;

    /** Squared distance between two rows, by index. */
    @FunctionalInterface
    interface Distance {
        double squared(int a, int b);
    }

    /**
     * For each row, its neighbours in increasing distance (itself excluded).
     *
     * @param indices   row-major, {@code rows x k}
     * @param distances Euclidean (not squared), same layout
     */
    record Graph(int rows, int k, int[] indices, double[] distances) {
    }

    /** Where the search ran and the principal axes computed on the way, reused for initial layouts. */
    static final class Search {
        final Graph graph;
        final PrincipalSubspace subspace;
        final String method;

        Search(Graph graph, PrincipalSubspace subspace, String method) {
            this.graph = graph;
            this.subspace = subspace;
            this.method = method;
        }
    }

    private NearestNeighbours() {
    }

    /** {@code k} must be below the number of distinct rows. */
    static Search find(DistinctRows rows, int k, long seed, IProgressMonitor monitor) {
        SubMonitor progress = SubMonitor.convert(monitor, "Finding nearest neighbours", 100);
        int n = rows.count();
        boolean project = rows.isSparse() || rows.columns() > PROJECT_ABOVE_COLUMNS;
        if (!project) {
            Graph graph = exact(rows.denseValues(), n, rows.columns(), k, progress.split(100));
            return new Search(graph, null, "exact search in all " + rows.columns() + " columns");
        }
        int dims = Math.min(SEARCH_DIMENSIONS, rows.columns());
        PrincipalSubspace pca = PrincipalSubspace.of(rows, dims, seed, progress.split(30));
        dims = pca.dimensions;
        double[] space = pca.coordinates;
        int candidates = Math.min(n - 1, 2 * k + 20);
        Graph coarse = allPairs(space, n, dims, candidates, progress.split(55));
        Graph graph = rerank(rows::squaredDistance, coarse, k, progress.split(15));
        return new Search(graph, pca, "exact search on " + dims + " principal axes, the nearest " + candidates
                + " re-ranked by distance in all " + rows.columns() + " columns");
    }

    /**
     * The {@code k} nearest of {@code n} points of {@code dims} coordinates (row-major), found by
     * comparing every pair in single precision and ranked again in double precision from the
     * nearest {@code k + }{@value #SINGLE_PRECISION_MARGIN}, so the result is exact but for ties
     * within rounding.
     */
    static Graph exact(double[] points, int n, int dims, int k, IProgressMonitor monitor) {
        SubMonitor progress = SubMonitor.convert(monitor, 10);
        int candidates = Math.min(n - 1, k + SINGLE_PRECISION_MARGIN);
        Graph coarse = allPairs(points, n, dims, candidates, progress.split(9));
        if (candidates == k) {
            return coarse;
        }
        return rerank((a, b) -> squaredDistance(points, dims, a, b), coarse, k, progress.split(1));
    }

    /**
     * The nearest {@code k} of every point by comparing all pairs, in single precision.
     * <p>
     * Written so that the JIT compiler turns the inner loop into vector instructions: the
     * coordinates are stored column by column, and for one query the squared differences to a
     * tile of {@value #TILE} points are accumulated one coordinate at a time, the same operation
     * on consecutive array elements. A tile's slice of all columns stays in the cache while the
     * queries of a chunk pass over it.
     */
    private static Graph allPairs(double[] points, int n, int dims, int k, IProgressMonitor monitor) {
        SubMonitor progress = SubMonitor.convert(monitor, (n + QUERY_SLICE - 1) / QUERY_SLICE);
        int tiles = (n + TILE - 1) / TILE;
        // one array per tile and coordinate: the inner loop then reads and writes at the same
        // index, which the JIT vectorizes (with an offset between two float arrays it cannot rule
        // out that they overlap, and stays scalar)
        float[][][] columns = new float[tiles][dims][];
        for (int tile = 0; tile < tiles; tile++) {
            int width = Math.min(TILE, n - tile * TILE);
            for (int c = 0; c < dims; c++) {
                float[] column = new float[width];
                for (int t = 0; t < width; t++) {
                    column[t] = (float) points[(tile * TILE + t) * dims + c];
                }
                columns[tile][c] = column;
            }
        }
        int[] indices = new int[n * k];
        double[] distances = new double[n * k];
        for (int sliceStart = 0; sliceStart < n; sliceStart += QUERY_SLICE) {
            Parallel.checkCanceled(progress);
            int start = sliceStart;
            int length = Math.min(QUERY_SLICE, n - sliceStart);
            Parallel.forChunks(length, QUERY_CHUNK, (s, e) -> {
                int first = start + s;
                int count = e - s;
                double[][] heapDistance = new double[count][k];
                int[][] heapIndex = new int[count][k];
                int[] size = new int[count];
                float[] query = new float[dims];
                float[] sums = new float[TILE];
                for (int tile = 0; tile < tiles; tile++) {
                    int offset = tile * TILE;
                    int width = Math.min(TILE, n - offset);
                    float[][] tileColumns = columns[tile];
                    for (int qi = 0; qi < count; qi++) {
                        int q = first + qi;
                        for (int c = 0; c < dims; c++) {
                            query[c] = (float) points[q * dims + c];
                        }
                        java.util.Arrays.fill(sums, 0, width, 0f);
                        for (int c = 0; c < dims; c++) {
                            accumulate(tileColumns[c], query[c], sums, width);
                        }
                        double[] hd = heapDistance[qi];
                        int[] hi = heapIndex[qi];
                        int filled = size[qi];
                        double worst = filled == k ? hd[0] : Double.POSITIVE_INFINITY;
                        for (int t = 0; t < width; t++) {
                            float d = sums[t];
                            if (d < worst) {
                                int j = offset + t;
                                if (j == q) {
                                    continue;
                                }
                                if (filled < k) {
                                    heapPush(hd, hi, filled++, d, j);
                                    if (filled == k) {
                                        worst = hd[0];
                                    }
                                } else {
                                    heapReplaceTop(hd, hi, k, d, j);
                                    worst = hd[0];
                                }
                            }
                        }
                        size[qi] = filled;
                    }
                }
                for (int qi = 0; qi < count; qi++) {
                    sortInto(heapDistance[qi], heapIndex[qi], k, first + qi, indices, distances);
                }
            });
            progress.worked(1);
        }
        Parallel.checkCanceled(progress);
        return new Graph(n, k, indices, distances);
    }

    /** sums[t] += (column[t] - value)² for t below width: the vectorized inner loop. */
    private static void accumulate(float[] column, float value, float[] sums, int width) {
        for (int t = 0; t < width; t++) {
            float d = column[t] - value;
            sums[t] += d * d;
        }
    }

    private static double squaredDistance(double[] points, int dims, int a, int b) {
        double s0 = 0;
        double s1 = 0;
        int baseA = a * dims;
        int baseB = b * dims;
        int c = 0;
        for (; c + 1 < dims; c += 2) {
            double d0 = points[baseA + c] - points[baseB + c];
            double d1 = points[baseA + c + 1] - points[baseB + c + 1];
            s0 += d0 * d0;
            s1 += d1 * d1;
        }
        if (c < dims) {
            double d0 = points[baseA + c] - points[baseB + c];
            s0 += d0 * d0;
        }
        return s0 + s1;
    }

    /** Ranks each row's candidates by their exact distance in the input space and keeps the nearest k. */
    private static Graph rerank(Distance distance, Graph coarse, int k, IProgressMonitor monitor) {
        int n = coarse.rows();
        int candidates = coarse.k();
        int[] indices = new int[n * k];
        double[] distances = new double[n * k];
        Parallel.forChunksCancellable(n, QUERY_CHUNK, QUERY_SLICE * 4, monitor, (s, e) -> {
            double[] heapDistance = new double[k];
            int[] heapIndex = new int[k];
            for (int q = s; q < e; q++) {
                int size = 0;
                for (int c = 0; c < candidates; c++) {
                    int j = coarse.indices()[q * candidates + c];
                    double d = distance.squared(q, j);
                    if (size < k) {
                        heapPush(heapDistance, heapIndex, size++, d, j);
                    } else if (d < heapDistance[0]) {
                        heapReplaceTop(heapDistance, heapIndex, k, d, j);
                    }
                }
                sortInto(heapDistance, heapIndex, k, q, indices, distances);
            }
        });
        return new Graph(n, k, indices, distances);
    }

    /** Writes a full heap of squared distances to row {@code q} of the result, nearest first, as distances. */
    private static void sortInto(double[] heapDistance, int[] heapIndex, int k, int q, int[] indices,
            double[] distances) {
        for (int size = k; size > 0; size--) {
            // the root is the farthest of those left: it goes last
            indices[q * k + size - 1] = heapIndex[0];
            distances[q * k + size - 1] = Math.sqrt(heapDistance[0]);
            heapDistance[0] = heapDistance[size - 1];
            heapIndex[0] = heapIndex[size - 1];
            siftDown(heapDistance, heapIndex, size - 1);
        }
    }

    // A max-heap on (distance, index): the farthest candidate kept is at the root; ties go to the
    // larger index so that the result does not depend on the order candidates arrive in.
    private static boolean above(double da, int ia, double db, int ib) {
        return da > db || (da == db && ia > ib);
    }

    private static void heapPush(double[] dist, int[] idx, int size, double d, int i) {
        int pos = size;
        while (pos > 0) {
            int parent = (pos - 1) >>> 1;
            if (!above(d, i, dist[parent], idx[parent])) {
                break;
            }
            dist[pos] = dist[parent];
            idx[pos] = idx[parent];
            pos = parent;
        }
        dist[pos] = d;
        idx[pos] = i;
    }

    private static void heapReplaceTop(double[] dist, int[] idx, int size, double d, int i) {
        if (!above(dist[0], idx[0], d, i)) {
            return;
        }
        dist[0] = d;
        idx[0] = i;
        siftDown(dist, idx, size);
    }

    private static void siftDown(double[] dist, int[] idx, int size) {
        int pos = 0;
        double d = dist[0];
        int i = idx[0];
        while (true) {
            int child = 2 * pos + 1;
            if (child >= size) {
                break;
            }
            if (child + 1 < size && above(dist[child + 1], idx[child + 1], dist[child], idx[child])) {
                child++;
            }
            if (!above(dist[child], idx[child], d, i)) {
                break;
            }
            dist[pos] = dist[child];
            idx[pos] = idx[child];
            pos = child;
        }
        dist[pos] = d;
        idx[pos] = i;
    }
}
