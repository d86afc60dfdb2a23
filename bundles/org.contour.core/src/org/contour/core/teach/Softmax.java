package org.contour.core.teach;

/**
 * Turns class scores into probabilities the way Tribuo's softmax normaliser does: subtract the
 * largest score, exponentiate, divide by the sum. Shared by the linear and polynomial predictors
 * so both reproduce Tribuo's numbers.
 */
final class Softmax {

    private Softmax() {
    }

    /**
     * Replaces the first {@code classCount} entries of {@code scores} by their softmax;
     * {@code maxScore} is their largest value. Subtracting it first keeps {@code exp} from
     * overflowing when a hand-edited weight is large.
     */
    static void inPlace(double[] scores, int classCount, double maxScore) {
        if (Double.isInfinite(maxScore) || Double.isNaN(maxScore)) {
            // The scores are not finite (an edited weight of infinity, say): certainty in the
            // largest class rather than a vector of NaNs.
            double max = Double.NEGATIVE_INFINITY;
            for (int c = 0; c < classCount; c++) {
                if (scores[c] > max) {
                    max = scores[c];
                }
            }
            for (int c = 0; c < classCount; c++) {
                scores[c] = scores[c] == max ? 1 : 0;
            }
            normalise(scores, classCount);
            return;
        }
        for (int c = 0; c < classCount; c++) {
            scores[c] = Math.exp(scores[c] - maxScore);
        }
        normalise(scores, classCount);
    }

    private static void normalise(double[] values, int classCount) {
        double sum = 0;
        for (int c = 0; c < classCount; c++) {
            sum += values[c];
        }
        if (sum == 0) {
            // Only when every score was NaN: no class is preferred.
            for (int c = 0; c < classCount; c++) {
                values[c] = 1.0 / classCount;
            }
            return;
        }
        for (int c = 0; c < classCount; c++) {
            values[c] /= sum;
        }
    }
}
