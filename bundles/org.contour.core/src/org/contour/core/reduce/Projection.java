package org.contour.core.reduce;

import java.util.Arrays;

/**
 * The result of {@link Pca#fit}: every row's coordinates on the principal axes, how much of the
 * data's variance each axis explains, and the axes themselves so that new points can be placed
 * on the same map. Arrays handed out are copies.
 */
public final class Projection {

    private final int rows;
    private final int components;
    // row-major: coordinates[row * components + component]
    private final double[] coordinates;
    private final double[] explainedVarianceRatio;
    // component-major over all input columns: loadings[component * columns + column]
    private final double[] loadings;
    private final double[] columnMeans;
    private final String method;

    Projection(int rows, int components, double[] coordinates, double[] explainedVarianceRatio, double[] loadings,
            double[] columnMeans, String method) {
        this.rows = rows;
        this.components = components;
        this.coordinates = coordinates;
        this.explainedVarianceRatio = explainedVarianceRatio;
        this.loadings = loadings;
        this.columnMeans = columnMeans;
        this.method = method;
    }

    public int rows() {
        return rows;
    }

    public int components() {
        return components;
    }

    /** Number of input columns the axes are expressed in. */
    public int inputColumns() {
        return columnMeans.length;
    }

    public double coordinate(int row, int component) {
        return coordinates[row * components + component];
    }

    /** All rows' coordinates on one axis, in row order. */
    public double[] coordinates(int component) {
        double[] axis = new double[rows];
        for (int r = 0; r < rows; r++) {
            axis[r] = coordinates[r * components + component];
        }
        return axis;
    }

    /** Coordinates on the first axis, the horizontal one of a 2-D map. */
    public double[] xs() {
        return coordinates(0);
    }

    /** Coordinates on the second axis; all zeros when only one axis was asked for. */
    public double[] ys() {
        return components > 1 ? coordinates(1) : new double[rows];
    }

    /**
     * Per axis, the share of the total variance of the input it explains, between 0 and 1. An axis
     * the data has no variance left for (more axes asked for than the data has directions) has 0.
     */
    public double[] explainedVarianceRatio() {
        return explainedVarianceRatio.clone();
    }

    /** The unit direction of one axis in input space, one weight per input column. */
    public double[] loadings(int component) {
        int columns = columnMeans.length;
        return Arrays.copyOfRange(loadings, component * columns, (component + 1) * columns);
    }

    /** Places a new point, given in the input's columns, on the axes. */
    public double[] project(double[] features) {
        int columns = columnMeans.length;
        if (features.length != columns) {
            throw new IllegalArgumentException("expected " + columns + " features, got " + features.length);
        }
        double[] point = new double[components];
        for (int k = 0; k < components; k++) {
            double sum = 0;
            int base = k * columns;
            for (int c = 0; c < columns; c++) {
                double weight = loadings[base + c];
                if (weight != 0) {
                    sum += (features[c] - columnMeans[c]) * weight;
                }
            }
            point[k] = sum;
        }
        return point;
    }

    /** How the axes were computed, for the project's provenance. */
    public String method() {
        return method;
    }

    @Override
    public String toString() {
        return "Projection[" + rows + " rows, " + components + " axes, explained variance "
                + Arrays.toString(explainedVarianceRatio) + ", " + method + "]";
    }
}
