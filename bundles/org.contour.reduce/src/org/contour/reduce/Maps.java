package org.contour.reduce;

import java.util.Locale;

import org.contour.api.data.FeatureMatrix;
import org.contour.api.data.MapCoordinates;
import org.contour.api.Options;
import org.eclipse.core.runtime.CoreException;
import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.Status;

/** What UMAP and t-SNE share around the algorithms themselves: options, tiny inputs, the start layout, the result. */
final class Maps {

    static final String METRIC = "metric";
    static final String SEED = "seed";
    static final long DEFAULT_SEED = 42;

    private Maps() {
    }

    /** Whether rows are compared by cosine distance: chosen, or "auto" on sparse (text) features. */
    static boolean cosine(Options options, FeatureMatrix features) throws CoreException {
        String metric = options.get(METRIC, "auto").toLowerCase(Locale.ROOT);
        return switch (metric) {
            case "cosine" -> true;
            case "euclidean" -> false;
            case "auto" -> features.isSparse();
            default -> throw new CoreException(
                    Status.error("Distance must be auto, euclidean or cosine, not '" + metric + "'."));
        };
    }

    static String metricName(boolean cosine) {
        return cosine ? "cosine" : "Euclidean";
    }

    static void requireRows(FeatureMatrix features, String method) throws CoreException {
        if (features.rows() == 0) {
            throw new CoreException(Status.error(method + " needs at least one example; the dataset has none."));
        }
    }

    /**
     * The map of one or two distinct rows, where neither method has anything to optimise: one
     * spot, or two spots a unit apart.
     */
    static MapCoordinates tiny(DistinctRows rows, String method, String axis) {
        double[] xs = new double[rows.count()];
        double[] ys = new double[rows.count()];
        if (rows.count() == 2) {
            xs[0] = -1;
            xs[1] = 1;
        }
        double[][] expanded = rows.expand(xs, ys);
        String note = rows.count() == 1 ? "all " + rows.originalRows() + " rows are equal: one spot"
                : "only two distinct rows: two spots";
        return new MapCoordinates(expanded[0], expanded[1], axis + " 1", axis + " 2",
                method + " not run (" + note + ")");
    }

    /**
     * The distinct rows on their first two principal axes, x and y interleaved: the start layout
     * of both methods (umap-learn's init="pca", scikit-learn 1.2's default). The axes already
     * computed for the neighbour search are reused.
     */
    static double[] principalStart(DistinctRows rows, PrincipalSubspace known, long seed, IProgressMonitor monitor) {
        PrincipalSubspace pca = known != null ? known : PrincipalSubspace.of(rows, 2, seed, monitor);
        int n = rows.count();
        double[] start = new double[2 * n];
        for (int i = 0; i < n; i++) {
            start[2 * i] = pca.coordinate(i, 0);
            start[2 * i + 1] = pca.dimensions > 1 ? pca.coordinate(i, 1) : 0;
        }
        return start;
    }

    /** The optimised layout on every row of the dataset, after checking it holds numbers only. */
    static MapCoordinates result(DistinctRows rows, double[] positions, String method, String axis, String provenance)
            throws CoreException {
        int n = rows.count();
        double[] xs = new double[n];
        double[] ys = new double[n];
        for (int i = 0; i < n; i++) {
            xs[i] = positions[2 * i];
            ys[i] = positions[2 * i + 1];
            if (!Double.isFinite(xs[i]) || !Double.isFinite(ys[i])) {
                throw new CoreException(Status.error(method + " diverged (a point left the map); try a smaller "
                        + "learning rate or other settings."));
            }
        }
        double[][] expanded = rows.expand(xs, ys);
        return new MapCoordinates(expanded[0], expanded[1], axis + " 1", axis + " 2", provenance);
    }

    static String duplicatesNote(DistinctRows rows) {
        int duplicates = rows.originalRows() - rows.count();
        return duplicates == 0 ? "" : "; " + duplicates + " duplicate row" + (duplicates == 1 ? "" : "s")
                + " placed on the row they repeat";
    }
}
