package org.contour.core.reduce;

import java.util.List;
import java.util.Locale;

import org.contour.api.Options;
import org.contour.api.Reducer;
import org.contour.api.data.DataTable;
import org.contour.api.data.FeatureMatrix;
import org.contour.api.data.MapCoordinates;
import org.eclipse.core.runtime.CoreException;
import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.IStatus;
import org.eclipse.core.runtime.Status;

/**
 * "Two columns as axes": no reduction at all. The map plots two numeric columns of the table
 * against each other, in the data's own units (not standardized), and the axes are named after
 * the columns. A boundary drawn on this map, and a model taught from it, therefore reads in the
 * data's terms: "petal_width &lt;= 0.8" rather than "UMAP 1 &lt;= 3.2".
 * <p>
 * Options {@code x} and {@code y} name the columns (default: the table's first two numeric
 * columns). A row missing a value in one of them is placed at that column's mean, and the map's
 * provenance says how many were.
 */
public final class ColumnsAsAxesReducer implements Reducer {

    static final String X = "x";
    static final String Y = "y";

    public ColumnsAsAxesReducer() {
        // created through the extension registry
    }

    @Override
    public MapCoordinates reduce(DataTable table, FeatureMatrix features, Options options, IProgressMonitor monitor)
            throws CoreException {
        List<String> columns = table.columnNames();
        if (!table.hasNumeric() || columns.size() < 1) {
            throw error(table.name() + " has no numeric columns to use as axes");
        }
        String x = options.get(X, columns.get(0));
        String y = options.get(Y, columns.size() > 1 ? columns.get(1) : null);
        if (y == null) {
            throw error(table.name() + " has only one numeric column (" + x + "); two are needed, one per axis");
        }
        int xColumn = column(table, x);
        int yColumn = column(table, y);
        int rows = table.rowCount();
        double[] xs = new double[rows];
        double[] ys = new double[rows];
        int xMissing = copy(table, xColumn, xs);
        int yMissing = copy(table, yColumn, ys);
        StringBuilder provenance = new StringBuilder(String.format(Locale.ROOT,
                "Two columns as axes: %s across, %s up, in the data's own units (no reduction).", x, y));
        if (xMissing + yMissing > 0) {
            provenance.append(String.format(Locale.ROOT, " Missing values placed at the column's mean: %s%s%s.",
                    xMissing > 0 ? xMissing + " in " + x : "", xMissing > 0 && yMissing > 0 ? ", " : "",
                    yMissing > 0 ? yMissing + " in " + y : ""));
        }
        return new MapCoordinates(xs, ys, x, y, provenance.toString());
    }

    private static int column(DataTable table, String name) throws CoreException {
        int c = table.columnNames().indexOf(name);
        if (c < 0) {
            String nominal = table.nominalColumnNames().contains(name) ? " (it is nominal: it holds words, which "
                    + "have no position on an axis)" : "";
            throw error(table.name() + " has no numeric column '" + name + "'" + nominal + "; its numeric columns are "
                    + String.join(", ", table.columnNames()));
        }
        return c;
    }

    /** Copies a column, missing values replaced by the column's mean; returns how many were missing. */
    private static int copy(DataTable table, int column, double[] target) throws CoreException {
        double sum = 0;
        int present = 0;
        for (int r = 0; r < target.length; r++) {
            double v = table.numeric()[r][column];
            target[r] = v;
            if (!Double.isNaN(v)) {
                sum += v;
                present++;
            }
        }
        if (present == 0) {
            throw error("the column '" + table.columnNames().get(column) + "' has no values at all");
        }
        double mean = sum / present;
        for (int r = 0; r < target.length; r++) {
            if (Double.isNaN(target[r])) {
                target[r] = mean;
            }
        }
        return target.length - present;
    }

    private static CoreException error(String message) {
        return new CoreException(new Status(IStatus.ERROR, "org.contour.core", message));
    }
}
