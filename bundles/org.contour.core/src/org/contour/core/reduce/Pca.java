package org.contour.core.reduce;

import java.util.Locale;
import java.util.Random;

import org.contour.api.data.FeatureMatrix;
import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.OperationCanceledException;
import org.eclipse.core.runtime.SubMonitor;
import org.tribuo.math.la.DenseMatrix;

/**
 * Principal component analysis: the axes along which the rows vary most, and every row's
 * position on them, for the 2-D map an expert labels on.
 * <p>
 * Every eigenproblem is solved by Tribuo ({@link DenseMatrix#eigenDecomposition()}). Narrow
 * input (at most {@value #EXACT_COLUMN_LIMIT} varying columns: tables, 8x8 digits) gets the
 * textbook method, the eigendecomposition of the full covariance matrix. Tribuo's solver is
 * cubic and measured here at 0.4 s for 300 columns, 3 s for 784 and 13 s for 1,024, so wider input
 * (MNIST's 784 pixels, thousands of hashed text columns) goes through randomized subspace
 * iteration (Halko, Martinsson and Tropp 2011): repeated passes over the data multiply it with a
 * thin block of vectors, which converges to the leading principal subspace, until the leading
 * variances stop changing; only small eigenproblems, (components + {@value #OVERSAMPLING}) square,
 * go to Tribuo. Unlike keeping only the highest-variance columns it uses every column, and it
 * never densifies sparse input: the centring is folded into the products. Measured against the
 * exact decomposition on MNIST and on hashed TF-IDF, the axes agree to 1e-9.
 * <p>
 * The result is deterministic: the random start is seeded, and each axis is oriented so that
 * its largest-magnitude loading is positive (an eigenvector's sign is otherwise arbitrary, and a
 * map that flips between runs would confuse the person drawing on it).
 */
public final class Pca {

    /** Widest input, in varying columns, whose covariance matrix is decomposed directly. */
    static final int EXACT_COLUMN_LIMIT = 300;
    /** Extra sketch vectors beyond the axes asked for; ten is the customary safe margin. */
    private static final int OVERSAMPLING = 10;
    /**
     * Subspace iteration stops once the leading variances change by less than this share between
     * two iterations. Variances converge about twice as fast as the axes, so this leaves the axes
     * within about 1e-5 radians of the exact ones. MNIST needs a handful of iterations; text,
     * whose variance is spread thinly over many directions, needs more.
     */
    private static final double CONVERGENCE_TOLERANCE = 1e-10;
    private static final int MAX_POWER_ITERATIONS = 40;
    private static final long SKETCH_SEED = 0x5EED_C0DEL;
    /** Directions whose squared length is below this share of the largest are numerically absent. */
    private static final double RANK_TOLERANCE = 1e-10;
    private static final int ROWS_BETWEEN_CANCEL_CHECKS = 512;

    private Pca() {
    }

    /** The first two principal axes, for a 2-D map. */
    public static Projection fit(FeatureMatrix matrix, IProgressMonitor monitor) {
        return fit(matrix, 2, monitor);
    }

    /**
     * Computes the leading principal axes of the rows of {@code matrix} and projects the rows on
     * them. When the data varies in fewer directions than {@code components} (one varying
     * column, or fewer rows than axes), the missing axes are all zeros with explained variance 0.
     *
     * @param monitor may be null; cancelling throws {@link OperationCanceledException}
     * @throws IllegalArgumentException with fewer than two rows, {@code components < 1}, or a
     *                                  NaN or infinite value in the matrix
     */
    public static Projection fit(FeatureMatrix matrix, int components, IProgressMonitor monitor) {
        if (matrix.rows() < 2) {
            throw new IllegalArgumentException("PCA needs at least 2 rows to measure variance; the matrix has "
                    + matrix.rows());
        }
        if (components < 1) {
            throw new IllegalArgumentException("PCA needs at least 1 component, " + components + " were asked for");
        }
        SubMonitor progress = SubMonitor.convert(monitor, "Principal component analysis", 100);
        CentredData data = new CentredData(matrix, progress.split(10));
        Axes axes;
        if (data.varyingColumns() == 0) {
            axes = new Axes(new double[0][], new double[0], "no column varies, every row maps to the origin");
        } else if (data.varyingColumns() <= EXACT_COLUMN_LIMIT) {
            axes = covarianceAxes(data, components, progress.split(70));
        } else {
            axes = subspaceIterationAxes(data, components, progress.split(70));
        }
        orientAxes(axes.directions);
        return project(data, axes, components, progress.split(20));
    }

    /** Unit directions over the varying columns, and the variance of the data along each. */
    private record Axes(double[][] directions, double[] variances, String method) {
    }

    private static Axes covarianceAxes(CentredData data, int components, SubMonitor progress) {
        int width = data.varyingColumns();
        double[][] covariance = new double[width][width];
        double[] centred = new double[width];
        progress.setWorkRemaining(data.rows() / ROWS_BETWEEN_CANCEL_CHECKS + 2);
        for (int r = 0; r < data.rows(); r++) {
            data.centredRow(r, centred);
            // Upper triangle only; the matrix is symmetric.
            for (int a = 0; a < width; a++) {
                double va = centred[a];
                if (va == 0) {
                    continue;
                }
                double[] covarianceRow = covariance[a];
                for (int b = a; b < width; b++) {
                    covarianceRow[b] += va * centred[b];
                }
            }
            checkpoint(progress, r);
        }
        double scale = 1.0 / (data.rows() - 1);
        for (int a = 0; a < width; a++) {
            for (int b = a; b < width; b++) {
                covariance[a][b] *= scale;
                covariance[b][a] = covariance[a][b];
            }
        }
        DenseMatrix.EigenDecomposition eigen = decompose(covariance);
        // Fewer rows than columns leave eigenvalues that are rounding noise around 0; their
        // eigenvectors are arbitrary, so such axes are reported as absent (all zeros).
        double largest = eigen.eigenvalues().get(0);
        int kept = 0;
        while (kept < Math.min(components, width) && eigen.eigenvalues().get(kept) > largest * RANK_TOLERANCE) {
            kept++;
        }
        double[][] directions = new double[kept][];
        double[] variances = new double[kept];
        for (int k = 0; k < kept; k++) {
            directions[k] = column(eigen.eigenvectors(), k);
            variances[k] = eigen.eigenvalues().get(k);
        }
        progress.worked(1);
        String method = String.format(Locale.ROOT, "eigendecomposition of the %dx%d covariance matrix (Tribuo)%s",
                width, width, data.constantColumnsNote());
        return new Axes(directions, variances, method);
    }

    private static Axes subspaceIterationAxes(CentredData data, int components, SubMonitor progress) {
        int width = data.varyingColumns();
        int sketch = Math.min(components + OVERSAMPLING, Math.min(width, data.rows()));
        // Each power iteration is two passes over the data, plus the first and last pass.
        progress.setWorkRemaining(2 * MAX_POWER_ITERATIONS + 3);
        data.compact();
        Random random = new Random(SKETCH_SEED);
        double[][] start = new double[width][sketch];
        for (double[] row : start) {
            for (int j = 0; j < sketch; j++) {
                row[j] = random.nextGaussian();
            }
        }
        double[][] basis = orthonormalColumns(data.times(start, progress.split(1)));
        double[] previousVariances = null;
        int iterations = 0;
        boolean converged = false;
        while (!converged && iterations < MAX_POWER_ITERATIONS && basis[0].length > 0) {
            progress.setWorkRemaining(2 * (MAX_POWER_ITERATIONS - iterations) + 2);
            double[][] columnImage = data.transposeTimes(basis, progress.split(1));
            // The Gram matrix of Xcᵀ Q holds the current estimates of the leading variances.
            double[] variances = leadingEigenvalues(gram(columnImage, columnImage[0].length), components);
            converged = previousVariances != null && relativeChange(previousVariances, variances)
                    < CONVERGENCE_TOLERANCE;
            previousVariances = variances;
            basis = orthonormalColumns(data.times(orthonormalColumns(columnImage), progress.split(1)));
            iterations++;
        }
        int rank = basis[0].length;
        if (rank == 0) {
            return new Axes(new double[0][], new double[0], "randomized subspace iteration found no variance");
        }
        // The data restricted to the subspace found: B = Q^T Xc, held transposed (width x rank).
        double[][] restrictedT = data.transposeTimes(basis, progress.split(1));
        double[][] gram = gram(restrictedT, rank);
        DenseMatrix.EigenDecomposition eigen = decompose(gram);
        int kept = 0;
        double largest = eigen.eigenvalues().get(0);
        while (kept < Math.min(components, rank) && eigen.eigenvalues().get(kept) > largest * RANK_TOLERANCE) {
            kept++;
        }
        double[][] directions = new double[kept][width];
        double[] variances = new double[kept];
        for (int k = 0; k < kept; k++) {
            double squaredSingularValue = eigen.eigenvalues().get(k);
            double inverse = 1 / Math.sqrt(squaredSingularValue);
            double[] weights = column(eigen.eigenvectors(), k);
            for (int c = 0; c < width; c++) {
                double sum = 0;
                double[] restrictedRow = restrictedT[c];
                for (int j = 0; j < rank; j++) {
                    sum += restrictedRow[j] * weights[j];
                }
                directions[k][c] = sum * inverse;
            }
            variances[k] = squaredSingularValue / (data.rows() - 1);
        }
        String method = String.format(Locale.ROOT, "randomized subspace iteration over %d columns (%d-vector sketch, "
                + "%d power iterations%s, seed %d; final %dx%d eigenproblem by Tribuo)%s", width, sketch, iterations,
                converged ? "" : ", not fully converged", SKETCH_SEED, rank, rank, data.constantColumnsNote());
        return new Axes(directions, variances, method);
    }

    private static double[] leadingEigenvalues(double[][] symmetric, int count) {
        if (symmetric.length == 0) {
            return new double[0];
        }
        DenseMatrix.EigenDecomposition eigen = decompose(symmetric);
        double[] leading = new double[Math.min(count, symmetric.length)];
        for (int k = 0; k < leading.length; k++) {
            leading[k] = eigen.eigenvalues().get(k);
        }
        return leading;
    }

    private static double relativeChange(double[] before, double[] after) {
        if (before.length != after.length) {
            return Double.POSITIVE_INFINITY;
        }
        double largest = 0;
        for (int k = 0; k < after.length; k++) {
            double scale = Math.max(Math.abs(after[k]), Double.MIN_NORMAL);
            largest = Math.max(largest, Math.abs(after[k] - before[k]) / scale);
        }
        return largest;
    }

    /**
     * An orthonormal basis (rows x rank) of the column space of {@code block} (rows x columns).
     * With G = AᵀA = W Λ Wᵀ from Tribuo, A W Λ^(-1/2) has orthonormal columns; columns of A that are
     * (numerically) dependent show up as tiny eigenvalues and are dropped. Forming G squares the
     * condition number, so the result is orthonormalized a second time, when G is nearly the
     * identity and the second pass restores full accuracy.
     */
    private static double[][] orthonormalColumns(double[][] block) {
        return orthonormalizeOnce(orthonormalizeOnce(block));
    }

    private static double[][] orthonormalizeOnce(double[][] block) {
        int rows = block.length;
        int columns = block[0].length;
        if (columns == 0) {
            return block;
        }
        DenseMatrix.EigenDecomposition eigen = decompose(gram(block, columns));
        double largest = eigen.eigenvalues().get(0);
        int rank = 0;
        while (rank < columns && largest > 0 && eigen.eigenvalues().get(rank) > largest * RANK_TOLERANCE) {
            rank++;
        }
        double[][] transform = new double[columns][rank];
        for (int k = 0; k < rank; k++) {
            double inverse = 1 / Math.sqrt(eigen.eigenvalues().get(k));
            for (int j = 0; j < columns; j++) {
                transform[j][k] = eigen.eigenvectors().get(j, k) * inverse;
            }
        }
        double[][] result = new double[rows][rank];
        for (int r = 0; r < rows; r++) {
            double[] source = block[r];
            double[] target = result[r];
            for (int j = 0; j < columns; j++) {
                double value = source[j];
                if (value == 0) {
                    continue;
                }
                double[] transformRow = transform[j];
                for (int k = 0; k < rank; k++) {
                    target[k] += value * transformRow[k];
                }
            }
        }
        return result;
    }

    /** AᵀA of a tall block given as rows. */
    private static double[][] gram(double[][] block, int columns) {
        double[][] gram = new double[columns][columns];
        for (double[] row : block) {
            for (int a = 0; a < columns; a++) {
                double va = row[a];
                if (va == 0) {
                    continue;
                }
                double[] gramRow = gram[a];
                for (int b = a; b < columns; b++) {
                    gramRow[b] += va * row[b];
                }
            }
        }
        for (int a = 0; a < columns; a++) {
            for (int b = 0; b < a; b++) {
                gram[a][b] = gram[b][a];
            }
        }
        return gram;
    }

    /** Tribuo's symmetric eigendecomposition; eigenvalues come in descending order. */
    private static DenseMatrix.EigenDecomposition decompose(double[][] symmetric) {
        return DenseMatrix.createDenseMatrix(symmetric).eigenDecomposition()
                .orElseThrow(() -> new IllegalStateException("Tribuo refused the eigendecomposition of a "
                        + symmetric.length + "x" + symmetric.length + " matrix built symmetric"));
    }

    private static double[] column(DenseMatrix matrix, int column) {
        double[] values = new double[matrix.getDimension1Size()];
        for (int i = 0; i < values.length; i++) {
            values[i] = matrix.get(i, column);
        }
        return values;
    }

    /** Flips each direction so that its largest-magnitude entry is positive (first one on ties). */
    private static void orientAxes(double[][] directions) {
        for (double[] direction : directions) {
            int largest = 0;
            for (int c = 1; c < direction.length; c++) {
                if (Math.abs(direction[c]) > Math.abs(direction[largest])) {
                    largest = c;
                }
            }
            if (direction[largest] < 0) {
                for (int c = 0; c < direction.length; c++) {
                    direction[c] = -direction[c];
                }
            }
        }
    }

    private static Projection project(CentredData data, Axes axes, int components, SubMonitor progress) {
        int rows = data.rows();
        int found = axes.directions.length;
        double[] coordinates = new double[rows * components];
        double[][] asColumns = new double[data.varyingColumns()][found];
        for (int k = 0; k < found; k++) {
            for (int c = 0; c < asColumns.length; c++) {
                asColumns[c][k] = axes.directions[k][c];
            }
        }
        double[][] projected = data.times(asColumns, progress);
        for (int r = 0; r < rows; r++) {
            System.arraycopy(projected[r], 0, coordinates, r * components, found);
        }
        int inputColumns = data.inputColumns();
        double[] loadings = new double[components * inputColumns];
        double[] ratios = new double[components];
        double total = data.totalVariance();
        for (int k = 0; k < found; k++) {
            for (int c = 0; c < axes.directions[k].length; c++) {
                loadings[k * inputColumns + data.inputColumn(c)] = axes.directions[k][c];
            }
            ratios[k] = total > 0 ? Math.min(1, axes.variances[k] / total) : 0;
        }
        return new Projection(rows, components, coordinates, ratios, loadings, data.means(), axes.method);
    }

    static void checkpoint(SubMonitor progress, int row) {
        if (row % ROWS_BETWEEN_CANCEL_CHECKS == ROWS_BETWEEN_CANCEL_CHECKS - 1) {
            if (progress.isCanceled()) {
                throw new OperationCanceledException();
            }
            progress.worked(1);
        }
    }

    /**
     * The input minus its column means, restricted to the columns that vary, without ever
     * storing it: products subtract the means' contribution instead, so sparse text stays sparse.
     */
    private static final class CentredData {
        private final FeatureMatrix matrix;
        private final double[] means;
        private final double[] variances;
        /** Input column of each varying column. */
        private final int[] inputColumnOf;
        /** Varying-column position of each input column, -1 for constant columns. */
        private final int[] positionOf;
        // Optional compressed-row copy of the varying entries, see compact().
        private int[] compactRowStart;
        private int[] compactPositions;
        private double[] compactValues;

        CentredData(FeatureMatrix matrix, SubMonitor progress) {
            this.matrix = matrix;
            int rows = matrix.rows();
            int columns = matrix.columns();
            progress.setWorkRemaining(2 * (rows / ROWS_BETWEEN_CANCEL_CHECKS + 1));
            means = new double[columns];
            int[] nonZeros = new int[columns];
            double[] smallest = new double[columns];
            double[] largest = new double[columns];
            for (int r = 0; r < rows; r++) {
                int row = r;
                matrix.forEachNonZero(r, (column, value) -> {
                    if (!Double.isFinite(value)) {
                        throw new IllegalArgumentException("PCA needs finite values, but row " + row + ", column "
                                + column + " is " + value);
                    }
                    means[column] += value;
                    if (nonZeros[column] == 0 || value < smallest[column]) {
                        smallest[column] = value;
                    }
                    if (nonZeros[column] == 0 || value > largest[column]) {
                        largest[column] = value;
                    }
                    nonZeros[column]++;
                });
                checkpoint(progress, r);
            }
            for (int c = 0; c < columns; c++) {
                means[c] /= rows;
            }
            // Variance in a second pass over centred values (the one-pass formula cancels badly);
            // the implicit zeros of a sparse column each add mean².
            variances = new double[columns];
            for (int r = 0; r < rows; r++) {
                matrix.forEachNonZero(r, (column, value) -> {
                    double centred = value - means[column];
                    variances[column] += centred * centred;
                });
                checkpoint(progress, r);
            }
            int varying = 0;
            positionOf = new int[columns];
            for (int c = 0; c < columns; c++) {
                variances[c] = (variances[c] + (rows - nonZeros[c]) * means[c] * means[c]) / (rows - 1);
                boolean hasZeros = nonZeros[c] < rows;
                double low = hasZeros ? Math.min(0, smallest[c]) : smallest[c];
                double high = hasZeros ? Math.max(0, largest[c]) : largest[c];
                // Decided on the exact range, not on the variance, which rounding keeps from 0.
                boolean constant = nonZeros[c] == 0 || low == high;
                positionOf[c] = constant ? -1 : varying++;
                if (constant) {
                    variances[c] = 0;
                }
            }
            inputColumnOf = new int[varying];
            for (int c = 0; c < columns; c++) {
                if (positionOf[c] >= 0) {
                    inputColumnOf[positionOf[c]] = c;
                }
            }
        }

        int rows() {
            return matrix.rows();
        }

        int inputColumns() {
            return matrix.columns();
        }

        int varyingColumns() {
            return inputColumnOf.length;
        }

        int inputColumn(int position) {
            return inputColumnOf[position];
        }

        double[] means() {
            return means.clone();
        }

        double totalVariance() {
            double total = 0;
            for (double variance : variances) {
                total += variance;
            }
            return total;
        }

        String constantColumnsNote() {
            int constant = matrix.columns() - inputColumnOf.length;
            return constant == 0 ? "" : "; " + constant + " constant column" + (constant == 1 ? "" : "s") + " left out";
        }

        /** Writes the centred varying columns of one row into {@code target}. */
        void centredRow(int row, double[] target) {
            for (int p = 0; p < target.length; p++) {
                target[p] = -means[inputColumnOf[p]];
            }
            forEachVaryingEntry(row, (position, value) -> target[position] = value - means[inputColumnOf[position]]);
        }

        /**
         * Copies the non-zero entries of the varying columns into compressed rows. Subspace
         * iteration passes over the data dozens of times; the copy spares each pass the scan
         * over a dense matrix's zeros and constant columns.
         */
        void compact() {
            if (compactRowStart != null) {
                return;
            }
            int rows = rows();
            int[] rowStart = new int[rows + 1];
            for (int r = 0; r < rows; r++) {
                int[] count = {0};
                matrix.forEachNonZero(r, (column, value) -> {
                    if (positionOf[column] >= 0) {
                        count[0]++;
                    }
                });
                rowStart[r + 1] = Math.addExact(rowStart[r], count[0]);
            }
            int[] positions = new int[rowStart[rows]];
            double[] values = new double[rowStart[rows]];
            for (int r = 0; r < rows; r++) {
                int[] next = {rowStart[r]};
                matrix.forEachNonZero(r, (column, value) -> {
                    int position = positionOf[column];
                    if (position >= 0) {
                        positions[next[0]] = position;
                        values[next[0]++] = value;
                    }
                });
            }
            compactRowStart = rowStart;
            compactPositions = positions;
            compactValues = values;
        }

        /** Each non-zero entry of a row in a varying column, as (varying position, raw value). */
        private void forEachVaryingEntry(int row, FeatureMatrix.EntryConsumer consumer) {
            if (compactRowStart != null) {
                for (int i = compactRowStart[row]; i < compactRowStart[row + 1]; i++) {
                    consumer.accept(compactPositions[i], compactValues[i]);
                }
                return;
            }
            matrix.forEachNonZero(row, (column, value) -> {
                int position = positionOf[column];
                if (position >= 0) {
                    consumer.accept(position, value);
                }
            });
        }

        /** Xc W for W given as varyingColumns x k; returns rows x k. */
        double[][] times(double[][] weights, SubMonitor progress) {
            int k = weights.length == 0 ? 0 : weights[0].length;
            progress.setWorkRemaining(rows() / ROWS_BETWEEN_CANCEL_CHECKS + 1);
            // Each output row gets sum(x W) - mean W: the second term is the same for all rows.
            double[] meanTimesWeights = new double[k];
            for (int p = 0; p < weights.length; p++) {
                double mean = means[inputColumnOf[p]];
                for (int j = 0; j < k; j++) {
                    meanTimesWeights[j] += mean * weights[p][j];
                }
            }
            double[][] result = new double[rows()][k];
            for (int r = 0; r < rows(); r++) {
                double[] target = result[r];
                forEachVaryingEntry(r, (position, value) -> {
                    double[] weightRow = weights[position];
                    for (int j = 0; j < k; j++) {
                        target[j] += value * weightRow[j];
                    }
                });
                for (int j = 0; j < k; j++) {
                    target[j] -= meanTimesWeights[j];
                }
                checkpoint(progress, r);
            }
            return result;
        }

        /** Xcᵀ Y for Y given as rows x k; returns varyingColumns x k. */
        double[][] transposeTimes(double[][] block, SubMonitor progress) {
            int k = block[0].length;
            progress.setWorkRemaining(rows() / ROWS_BETWEEN_CANCEL_CHECKS + 1);
            double[][] result = new double[varyingColumns()][k];
            double[] columnSums = new double[k];
            for (int r = 0; r < rows(); r++) {
                double[] source = block[r];
                for (int j = 0; j < k; j++) {
                    columnSums[j] += source[j];
                }
                forEachVaryingEntry(r, (position, value) -> {
                    double[] target = result[position];
                    for (int j = 0; j < k; j++) {
                        target[j] += value * source[j];
                    }
                });
                checkpoint(progress, r);
            }
            for (int p = 0; p < result.length; p++) {
                double mean = means[inputColumnOf[p]];
                for (int j = 0; j < k; j++) {
                    result[p][j] -= mean * columnSums[j];
                }
            }
            return result;
        }
    }
}
