package org.contour.tests.misbehaving;

import org.contour.api.Options;
import org.contour.api.Reducer;
import org.contour.api.data.DataTable;
import org.contour.api.data.FeatureMatrix;
import org.contour.api.data.MapCoordinates;
import org.eclipse.core.runtime.IConfigurationElement;
import org.eclipse.core.runtime.IExecutableExtension;
import org.eclipse.core.runtime.IProgressMonitor;

/**
 * A reducer that goes wrong in the way its plugin.xml entry asks for
 * ({@code class="...MisbehavingReducer:how"}): {@code throws}, {@code outOfMemory}, {@code nan},
 * {@code infinite}, {@code wrongRows}, {@code null}, {@code hangs} (ignoring cancel) or
 * {@code slow} (runs for option {@code seconds}, properly cancellable, then a correct map).
 */
public final class MisbehavingReducer implements Reducer, IExecutableExtension {

    private String how = "throws";

    @Override
    public void setInitializationData(IConfigurationElement config, String property, Object data) {
        if (data instanceof String s && !s.isBlank()) {
            how = s.strip();
        }
    }

    @Override
    public MapCoordinates reduce(DataTable table, FeatureMatrix features, Options options, IProgressMonitor monitor) {
        int rows = features.rows();
        double[] xs = new double[rows];
        double[] ys = new double[rows];
        for (int r = 0; r < rows; r++) {
            xs[r] = r % 41;
            ys[r] = r / 41;
        }
        switch (how) {
            case "throws" -> throw new IllegalStateException("deliberate failure in a test plug-in");
            case "outOfMemory" -> throw new OutOfMemoryError("Java heap space (simulated)");
            case "null" -> {
                return null;
            }
            case "nan" -> xs[rows / 2] = Double.NaN;
            case "infinite" -> ys[0] = Double.POSITIVE_INFINITY;
            case "wrongRows" -> {
                return new MapCoordinates(new double[rows + 3], new double[rows + 3], "a", "b", "too many");
            }
            case "hangs" -> Misbehaviour.hangIgnoringCancel();
            case "slow" -> Misbehaviour.workSlowly(monitor, options.getLong("seconds", 600) * 1000);
            default -> throw new IllegalArgumentException("unknown misbehaviour " + how);
        }
        return new MapCoordinates(xs, ys, "column", "row", "a grid, made by a test plug-in (" + how + ")");
    }
}
