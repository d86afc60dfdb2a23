package org.contour.core.reduce;

import org.contour.api.data.FeatureMatrix;
import org.contour.api.data.MapCoordinates;
import org.contour.api.Options;
import org.contour.api.Reducer;
import org.contour.api.data.DataTable;
import org.eclipse.core.runtime.IProgressMonitor;

/** {@link Pca} as a contributed reducer: the map's axes are the first two principal components. */
public final class PcaReducer implements Reducer {

    @Override
    public MapCoordinates reduce(DataTable table, FeatureMatrix features, Options options, IProgressMonitor monitor) {
        Projection pca = Pca.fit(features, 2, monitor);
        double[] explained = pca.explainedVarianceRatio();
        String provenance = String.format(java.util.Locale.ROOT,
                "PCA of %d rows x %d columns by %s; PC1 explains %.1f%%, PC2 %.1f%% of the variance", features.rows(),
                features.columns(), pca.method(), 100 * explained[0], 100 * (explained.length > 1 ? explained[1] : 0));
        return new MapCoordinates(pca.xs(), pca.ys(), "PC1", "PC2", provenance);
    }
}
