package org.contour.reduce;

import java.util.Locale;

import org.contour.api.data.FeatureMatrix;
import org.contour.api.data.MapCoordinates;
import org.contour.api.Options;
import org.contour.api.Reducer;
import org.contour.api.data.DataTable;
import org.eclipse.core.runtime.CoreException;
import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.Status;
import org.eclipse.core.runtime.SubMonitor;

/**
 * UMAP as a contributed reducer ({@code org.contour.reduce.umap}). Options and defaults are
 * umap-learn's: {@code n_neighbors} 15, {@code min_dist} 0.1, {@code n_epochs} 500 up to 10,000
 * rows and 200 above, spread 1, five negative samples per edge; the start layout is the first
 * two principal components (umap-learn's {@code init="pca"}), scaled to [0, 10].
 */
public final class UmapReducer implements Reducer {

    public static final String N_NEIGHBORS = "n_neighbors";
    public static final String MIN_DIST = "min_dist";
    public static final String N_EPOCHS = "n_epochs";
    private static final double SPREAD = 1.0;
    private static final double START_NOISE = 1e-4;

    public UmapReducer() {
        // created through the extension registry
    }

    @Override
    public MapCoordinates reduce(DataTable table, FeatureMatrix features, Options options, IProgressMonitor monitor)
            throws CoreException {
        SubMonitor progress = SubMonitor.convert(monitor, "UMAP", 100);
        int neighbourhood = options.getInt(N_NEIGHBORS, 15);
        double minDist = options.getDouble(MIN_DIST, 0.1);
        int epochs = options.getInt(N_EPOCHS, 0);
        long seed = options.getLong(Maps.SEED, Maps.DEFAULT_SEED);
        if (neighbourhood < 2) {
            throw new CoreException(Status.error("UMAP needs at least 2 neighbours, not " + neighbourhood + "."));
        }
        if (!(minDist >= 0 && minDist <= SPREAD)) {
            throw new CoreException(Status.error("UMAP's minimum distance must be between 0 and 1, not " + minDist + "."));
        }
        if (epochs < 0) {
            throw new CoreException(Status.error("UMAP's epochs must be 0 (automatic) or more, not " + epochs + "."));
        }
        boolean cosine = Maps.cosine(options, features);
        Maps.requireRows(features, "UMAP");
        if (epochs == 0) {
            epochs = features.rows() <= 10_000 ? 500 : 200;
        }
        DistinctRows rows = DistinctRows.of(features, cosine, "UMAP");
        progress.worked(2);
        if (rows.count() <= 2) {
            return Maps.tiny(rows, "UMAP", "UMAP");
        }
        int n = rows.count();
        int k = Math.min(neighbourhood - 1, n - 1);
        NearestNeighbours.Search search = NearestNeighbours.find(rows, k, seed, progress.split(30));
        SparseGraph graph = Umap.fuzzyGraph(search.graph, neighbourhood);
        double[] positions = startLayout(rows, search, seed, progress.split(3));
        double[] ab = Umap.curve(minDist, SPREAD);
        Umap.layout(graph, positions, epochs, ab[0], ab[1], seed, progress.split(65));
        String provenance = String.format(Locale.ROOT,
                "UMAP of %d rows x %d columns (%s distance): %d neighbours (%s), min_dist %s, %d epochs, "
                        + "a %.4f b %.4f, PCA start, seed %d%s",
                features.rows(), features.columns(), Maps.metricName(cosine), k + 1, search.method, minDist, epochs,
                ab[0], ab[1], seed, Maps.duplicatesNote(rows));
        return Maps.result(rows, positions, "UMAP", "UMAP", provenance);
    }

    /**
     * Principal components scaled so the largest coordinate is 10, a little seeded noise to part
     * points that coincide there, then each axis stretched to [0, 10], as umap-learn starts.
     */
    private static double[] startLayout(DistinctRows rows, NearestNeighbours.Search search, long seed,
            IProgressMonitor monitor) {
        double[] start = Maps.principalStart(rows, search.subspace, seed, monitor);
        double largest = 0;
        for (double v : start) {
            largest = Math.max(largest, Math.abs(v));
        }
        double expansion = largest > 0 ? 10 / largest : 1;
        Random64 noise = new Random64(seed ^ 0x1A2B3C4DL);
        for (int i = 0; i < start.length; i++) {
            start[i] = start[i] * expansion + START_NOISE * noise.nextGaussian();
        }
        for (int axis = 0; axis < 2; axis++) {
            double low = Double.POSITIVE_INFINITY;
            double high = Double.NEGATIVE_INFINITY;
            for (int i = axis; i < start.length; i += 2) {
                low = Math.min(low, start[i]);
                high = Math.max(high, start[i]);
            }
            double scale = high > low ? 10 / (high - low) : 1;
            for (int i = axis; i < start.length; i += 2) {
                start[i] = (start[i] - low) * scale;
            }
        }
        return start;
    }
}
