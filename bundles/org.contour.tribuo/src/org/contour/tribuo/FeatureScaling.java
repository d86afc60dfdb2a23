package org.contour.tribuo;

/**
 * Per-feature centring and scaling applied before training: {@code z = (x - mean) / scale}.
 * Kept so the trained weights can be mapped back to the original coordinates, and so Tribuo's
 * model can be queried with points given in those coordinates.
 */
final class FeatureScaling {

    private final double[] means;
    private final double[] scales;

    private FeatureScaling(double[] means, double[] scales) {
        this.means = means;
        this.scales = scales;
    }

    /** Mean and population standard deviation of each column; a constant column keeps scale 1. */
    static FeatureScaling of(double[][] rows) {
        int width = rows[0].length;
        double[] means = new double[width];
        double[] scales = new double[width];
        for (double[] row : rows) {
            for (int f = 0; f < width; f++) {
                means[f] += row[f];
            }
        }
        for (int f = 0; f < width; f++) {
            means[f] /= rows.length;
        }
        // Two passes rather than sum-of-squares: the map may sit far from the origin, where
        // E[x^2] - E[x]^2 loses most of its digits.
        for (double[] row : rows) {
            for (int f = 0; f < width; f++) {
                double d = row[f] - means[f];
                scales[f] += d * d;
            }
        }
        for (int f = 0; f < width; f++) {
            double sd = Math.sqrt(scales[f] / rows.length);
            scales[f] = sd > 0 && Double.isFinite(sd) ? sd : 1;
        }
        return new FeatureScaling(means, scales);
    }

    double[] standardise(double[] row) {
        double[] z = new double[row.length];
        for (int f = 0; f < row.length; f++) {
            z[f] = (row[f] - means[f]) / scales[f];
        }
        return z;
    }

    double mean(int feature) {
        return means[feature];
    }

    double scale(int feature) {
        return scales[feature];
    }

    double[] means() {
        return means.clone();
    }

    double[] scales() {
        return scales.clone();
    }
}
