package org.contour.tests.misbehaving;

import org.contour.api.Options;
import org.contour.api.Vectorizer;
import org.contour.api.data.DataTable;
import org.contour.api.data.FeatureMatrix;
import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.IExecutableExtension;
import org.eclipse.core.runtime.IConfigurationElement;

/**
 * A vectorizer that goes wrong in the way its plugin.xml entry asks for (attribute
 * {@code class="...MisbehavingVectorizer:how"}): {@code throws}, {@code nan}, {@code shortRows},
 * {@code null}, {@code hangs} (ignoring cancel) or {@code slow} (two seconds, properly
 * cancellable, then a correct result).
 */
public final class MisbehavingVectorizer implements Vectorizer, IExecutableExtension {

    private String how = "throws";

    @Override
    public void setInitializationData(IConfigurationElement config, String property, Object data) {
        if (data instanceof String s && !s.isBlank()) {
            how = s.strip();
        }
    }

    @Override
    public boolean accepts(DataTable table) {
        return true;
    }

    @Override
    public FeatureMatrix vectorize(DataTable table, Options options, IProgressMonitor monitor) {
        int rows = table.rowCount();
        switch (how) {
            case "throws" -> throw new IllegalStateException("deliberate failure in a test plug-in");
            case "null" -> {
                return null;
            }
            case "nan" -> {
                double[] values = new double[rows * 2];
                values[values.length - 1] = Double.NaN;
                return FeatureMatrix.dense(new String[] {"a", "b"}, rows, values);
            }
            case "shortRows" -> {
                return FeatureMatrix.dense(new String[] {"a"}, rows - 1, new double[rows - 1]);
            }
            case "hangs" -> Misbehaviour.hangIgnoringCancel();
            case "slow" -> Misbehaviour.workSlowly(monitor, 2_000);
            default -> throw new IllegalArgumentException("unknown misbehaviour " + how);
        }
        double[] values = new double[rows * 2];
        for (int r = 0; r < rows; r++) {
            values[2 * r] = r;
            values[2 * r + 1] = r % 7;
        }
        return FeatureMatrix.dense(new String[] {"row", "row mod 7"}, rows, values);
    }
}
