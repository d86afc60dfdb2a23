package org.contour.api.data;

import java.util.Objects;

/**
 * What a reducer made: one (x, y) per example, in row order, the names of the two axes (shown
 * on the map and used as the feature names of models taught on it, so "petal_length" where
 * the axes mean something, "UMAP 1" where they do not) and a line or two on how the map was
 * made, for the project's provenance.
 *
 * @param xs         horizontal coordinate per row
 * @param ys         vertical coordinate per row
 * @param xAxisName  name of the horizontal axis
 * @param yAxisName  name of the vertical axis
 * @param provenance how the map was made (method, library, settings, seed); {@code null} means
 *                   none
 * @since 1.0
 */
public record MapCoordinates(double[] xs, double[] ys, String xAxisName, String yAxisName, String provenance) {

    /**
     * Checks that there are as many x as y coordinates.
     *
     * @throws IllegalArgumentException when they differ
     */
    public MapCoordinates {
        Objects.requireNonNull(xs, "xs");
        Objects.requireNonNull(ys, "ys");
        Objects.requireNonNull(xAxisName, "xAxisName");
        Objects.requireNonNull(yAxisName, "yAxisName");
        if (xs.length != ys.length) {
            throw new IllegalArgumentException(xs.length + " x coordinates but " + ys.length + " y coordinates");
        }
        provenance = provenance == null ? "" : provenance;
    }

    /** @return the number of points */
    public int rows() {
        return xs.length;
    }

    /** @return the first row whose coordinates are NaN or infinite, or -1 when all are finite */
    public int firstNonFiniteRow() {
        for (int i = 0; i < xs.length; i++) {
            if (!Double.isFinite(xs[i]) || !Double.isFinite(ys[i])) {
                return i;
            }
        }
        return -1;
    }
}
