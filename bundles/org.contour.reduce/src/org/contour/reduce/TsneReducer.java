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
 * Barnes-Hut t-SNE as a contributed reducer ({@code org.contour.reduce.tsne}), with
 * scikit-learn 1.2's defaults: perplexity 30 over the nearest {@code 3 x perplexity + 1} rows,
 * 1,000 iterations of which 250 with early exaggeration 12, learning rate
 * max(rows / exaggeration / 4, 50), angle 0.5, and the first two principal components scaled to
 * a standard deviation of 1e-4 as the start layout.
 */
public final class TsneReducer implements Reducer {

    public static final String PERPLEXITY = "perplexity";
    public static final String ITERATIONS = "iterations";
    public static final String EARLY_EXAGGERATION = "early_exaggeration";
    public static final String LEARNING_RATE = "learning_rate";
    public static final String THETA = "theta";
    private static final double START_DEVIATION = 1e-4;

    public TsneReducer() {
        // created through the extension registry
    }

    @Override
    public MapCoordinates reduce(DataTable table, FeatureMatrix features, Options options, IProgressMonitor monitor)
            throws CoreException {
        SubMonitor progress = SubMonitor.convert(monitor, "t-SNE", 100);
        double perplexity = options.getDouble(PERPLEXITY, 30);
        int iterations = options.getInt(ITERATIONS, 1000);
        double exaggeration = options.getDouble(EARLY_EXAGGERATION, 12);
        double learningRate = options.getDouble(LEARNING_RATE, 0);
        double theta = options.getDouble(THETA, 0.5);
        long seed = options.getLong(Maps.SEED, Maps.DEFAULT_SEED);
        if (!(perplexity >= 1)) {
            throw new CoreException(Status.error("t-SNE's perplexity must be at least 1, not " + perplexity + "."));
        }
        if (iterations < Tsne.EXPLORATION_ITERATIONS) {
            throw new CoreException(Status.error("t-SNE needs at least " + Tsne.EXPLORATION_ITERATIONS
                    + " iterations, not " + iterations + "."));
        }
        if (!(exaggeration >= 1)) {
            throw new CoreException(Status.error("t-SNE's early exaggeration must be at least 1, not " + exaggeration + "."));
        }
        if (!(learningRate >= 0)) {
            throw new CoreException(Status.error("t-SNE's learning rate must be 0 (automatic) or more, not " + learningRate + "."));
        }
        if (!(theta >= 0 && theta <= 1)) {
            throw new CoreException(Status.error("t-SNE's Barnes-Hut angle must be between 0 and 1, not " + theta + "."));
        }
        boolean cosine = Maps.cosine(options, features);
        Maps.requireRows(features, "t-SNE");
        DistinctRows rows = DistinctRows.of(features, cosine, "t-SNE");
        progress.worked(2);
        if (rows.count() <= 2) {
            return Maps.tiny(rows, "t-SNE", "t-SNE");
        }
        int n = rows.count();
        int k = Math.min(n - 1, (int) (3 * perplexity + 1));
        // with fewer neighbours than the perplexity asks for, aim at what they can give
        double effectivePerplexity = Math.min(perplexity, k);
        double rate = learningRate > 0 ? learningRate : Math.max(n / exaggeration / 4, 50);
        NearestNeighbours.Search search = NearestNeighbours.find(rows, k, seed, progress.split(15));
        SparseGraph p = Tsne.jointProbabilities(search.graph, effectivePerplexity);
        double[] positions = startLayout(rows, search, seed, progress.split(2));
        int ran = Tsne.optimise(p, positions, iterations, exaggeration, rate, theta, progress.split(81));
        String provenance = String.format(Locale.ROOT,
                "Barnes-Hut t-SNE of %d rows x %d columns (%s distance): perplexity %s over %d neighbours (%s), "
                        + "%d iterations (%d with early exaggeration %s), learning rate %.1f, angle %s, PCA start, "
                        + "seed %d%s",
                features.rows(), features.columns(), Maps.metricName(cosine), trim(effectivePerplexity), k,
                search.method, ran, Math.min(ran, Tsne.EXPLORATION_ITERATIONS), trim(exaggeration), rate, trim(theta),
                seed, Maps.duplicatesNote(rows));
        return Maps.result(rows, positions, "t-SNE", "t-SNE", provenance);
    }

    /** scikit-learn's init="pca": principal components divided by the first one's deviation, times 1e-4. */
    private static double[] startLayout(DistinctRows rows, NearestNeighbours.Search search, long seed,
            IProgressMonitor monitor) {
        double[] start = Maps.principalStart(rows, search.subspace, seed, monitor);
        int n = rows.count();
        double mean = 0;
        for (int i = 0; i < n; i++) {
            mean += start[2 * i];
        }
        mean /= n;
        double variance = 0;
        for (int i = 0; i < n; i++) {
            variance += (start[2 * i] - mean) * (start[2 * i] - mean);
        }
        double deviation = Math.sqrt(variance / n);
        double scale = deviation > 0 ? START_DEVIATION / deviation : 1;
        for (int i = 0; i < start.length; i++) {
            start[i] *= scale;
        }
        return start;
    }

    private static String trim(double v) {
        return v == Math.rint(v) ? Long.toString((long) v) : Double.toString(v);
    }
}
