package org.contour.reduce;

import org.contour.api.data.FeatureMatrix;
import org.eclipse.core.runtime.IProgressMonitor;

/**
 * How faithfully a 2-D map keeps neighbourhoods: for each example, the share of its k nearest
 * neighbours in the input space that are also among its k nearest on the map, averaged over
 * all examples. 1 means every neighbourhood survived; a random map of n points scores about
 * k / n. Used by the benchmark against umap-learn and scikit-learn, and by the tests.
 */
public final class MapQuality {

    private MapQuality() {
    }

    /**
     * The exact k nearest neighbours of every row in the full input space (Euclidean; no
     * projection, no approximation), as {@code rows x k} indices, nearest first. Compares all
     * pairs: meant for benchmarks and tests, not for the interactive path.
     */
    public static int[][] inputNeighbours(FeatureMatrix features, int k, IProgressMonitor monitor) {
        int n = features.rows();
        int d = features.columns();
        double[] dense = new double[n * d];
        for (int r = 0; r < n; r++) {
            int base = r * d;
            features.forEachNonZero(r, (c, v) -> dense[base + c] = v);
        }
        return rows(NearestNeighbours.exact(dense, n, d, k, monitor));
    }

    /** The exact k nearest neighbours of every point of a map. */
    public static int[][] mapNeighbours(double[] xs, double[] ys, int k) {
        int n = xs.length;
        double[] points = new double[2 * n];
        for (int i = 0; i < n; i++) {
            points[2 * i] = xs[i];
            points[2 * i + 1] = ys[i];
        }
        return rows(NearestNeighbours.exact(points, n, 2, k, null));
    }

    /** The mean share of each row's input neighbours that are also its map neighbours. */
    public static double neighbourPreservation(int[][] inputNeighbours, double[] xs, double[] ys) {
        int n = inputNeighbours.length;
        int k = inputNeighbours[0].length;
        int[][] onMap = mapNeighbours(xs, ys, k);
        long kept = 0;
        for (int i = 0; i < n; i++) {
            for (int a : inputNeighbours[i]) {
                for (int b : onMap[i]) {
                    if (a == b) {
                        kept++;
                        break;
                    }
                }
            }
        }
        return (double) kept / ((long) n * k);
    }

    private static int[][] rows(NearestNeighbours.Graph graph) {
        int[][] out = new int[graph.rows()][graph.k()];
        for (int i = 0; i < graph.rows(); i++) {
            System.arraycopy(graph.indices(), i * graph.k(), out[i], 0, graph.k());
        }
        return out;
    }
}
