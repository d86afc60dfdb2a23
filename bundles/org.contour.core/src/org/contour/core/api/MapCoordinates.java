package org.contour.core.api;

import java.util.Objects;

/**
 * What a {@link Reducer} made: one (x, y) per example, in row order, the names of the two axes
 * (shown on the map and used as feature names of models taught on it) and a line or two on how
 * the map was made, for the project's provenance.
 */
public record MapCoordinates(double[] xs, double[] ys, String xAxisName, String yAxisName, String provenance) {

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

    public int rows() {
        return xs.length;
    }

    /** The first row whose coordinates are NaN or infinite, or -1 when all are finite. */
    public int firstNonFiniteRow() {
        for (int i = 0; i < xs.length; i++) {
            if (!Double.isFinite(xs[i]) || !Double.isFinite(ys[i])) {
                return i;
            }
        }
        return -1;
    }
}
