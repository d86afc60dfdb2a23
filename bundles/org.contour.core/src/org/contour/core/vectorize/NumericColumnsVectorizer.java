package org.contour.core.vectorize;

import org.contour.api.data.FeatureMatrix;
import org.contour.api.Options;
import org.contour.api.Vectorizer;
import org.contour.api.data.DataTable;
import org.contour.model.DatasetKind;
import org.eclipse.core.runtime.CoreException;
import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.OperationCanceledException;
import org.eclipse.core.runtime.SubMonitor;

/**
 * Uses a table's numeric columns as the features, one dense row per example.
 * <p>
 * Pixels stay as they are: they share one scale already, and a dark corner pixel that is almost
 * always 0 should not be blown up to the weight of a stroke pixel. Table columns are
 * standardized to zero mean and unit variance, because they come in unrelated units (a wine's
 * proline in the hundreds next to its hue near 1) and the larger unit would otherwise decide
 * the map alone. A constant column carries no information and becomes all zeros.
 */
public final class NumericColumnsVectorizer implements Vectorizer {

    private static final int ROWS_BETWEEN_CANCEL_CHECKS = 1024;

    public NumericColumnsVectorizer() {
        // created through the extension registry
    }

    @Override
    public boolean accepts(DataTable table) {
        return table.hasNumeric();
    }

    @Override
    public FeatureMatrix vectorize(DataTable table, Options options, IProgressMonitor monitor) throws CoreException {
        if (!accepts(table)) {
            throw VectorizerErrors.error(table.name() + " has no numeric columns to use as features");
        }
        int rows = table.rowCount();
        int width = table.columnNames().size();
        if ((long) rows * width > Integer.MAX_VALUE - 8) {
            throw VectorizerErrors.error(table.name() + " has " + rows + " rows of " + width
                    + " values, too many to hold in one dense matrix");
        }
        SubMonitor progress = SubMonitor.convert(monitor, "Reading numeric columns of " + table.name(),
                rows / ROWS_BETWEEN_CANCEL_CHECKS + 2);
        double[][] numeric = table.numeric();
        double[] rowMajor = new double[rows * width];
        for (int r = 0; r < rows; r++) {
            double[] row = numeric[r];
            if (row.length != width) {
                throw VectorizerErrors.error(table.name() + ": row " + table.ids().get(r) + " has " + row.length
                        + " values but the table has " + width + " columns");
            }
            for (int c = 0; c < width; c++) {
                if (!Double.isFinite(row[c])) {
                    throw VectorizerErrors.error(table.name() + ": row " + table.ids().get(r) + ", column "
                            + table.columnNames().get(c) + " is " + row[c] + "; features must be finite numbers");
                }
            }
            System.arraycopy(row, 0, rowMajor, r * width, width);
            checkCanceled(progress, r);
        }
        if (table.kind() == DatasetKind.TABLE) {
            standardizeColumns(rowMajor, rows, width);
        }
        progress.worked(1);
        return FeatureMatrix.dense(table.columnNames().toArray(String[]::new), rows, rowMajor);
    }

    /** Shifts and scales each column in place to mean 0, variance 1 (population variance). */
    static void standardizeColumns(double[] rowMajor, int rows, int width) {
        double[] mean = new double[width];
        for (int r = 0; r < rows; r++) {
            for (int c = 0; c < width; c++) {
                mean[c] += rowMajor[r * width + c];
            }
        }
        for (int c = 0; c < width; c++) {
            mean[c] /= rows;
        }
        // Second pass over the centred values: the one-pass sum-of-squares formula loses all
        // precision for columns with a large mean and a small spread.
        double[] sumOfSquares = new double[width];
        for (int r = 0; r < rows; r++) {
            for (int c = 0; c < width; c++) {
                double centred = rowMajor[r * width + c] - mean[c];
                sumOfSquares[c] += centred * centred;
            }
        }
        double[] scale = new double[width];
        for (int c = 0; c < width; c++) {
            double deviation = Math.sqrt(sumOfSquares[c] / rows);
            // A (numerically) constant column has no spread to scale; it becomes 0 everywhere.
            scale[c] = deviation > 1e-12 * Math.max(1, Math.abs(mean[c])) ? 1 / deviation : 0;
        }
        for (int r = 0; r < rows; r++) {
            for (int c = 0; c < width; c++) {
                int i = r * width + c;
                rowMajor[i] = (rowMajor[i] - mean[c]) * scale[c];
            }
        }
    }

    private static void checkCanceled(SubMonitor progress, int row) {
        if (row % ROWS_BETWEEN_CANCEL_CHECKS == ROWS_BETWEEN_CANCEL_CHECKS - 1) {
            if (progress.isCanceled()) {
                throw new OperationCanceledException();
            }
            progress.worked(1);
        }
    }
}
