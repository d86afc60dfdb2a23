package org.contour.core.interpret;

import java.util.ArrayList;
import java.util.List;

import org.contour.model.DecisionTreeModel;
import org.contour.model.TreeNode;

/**
 * Where the splits of a decision tree over two inputs (the map's axes) lie on the map: each
 * split is a vertical (input 0) or horizontal (input 1) segment inside the cell its ancestors'
 * conditions leave, which is also the range its threshold can move in without overtaking them.
 */
public final class TreeSplits {

    /**
     * One split on the map.
     *
     * @param node      the split
     * @param feature   0: a vertical line at x = threshold; 1: a horizontal line at y = threshold
     * @param threshold where it is
     * @param low       the least value the threshold can take within its cell (may be -infinity)
     * @param high      the greatest (may be +infinity)
     * @param from      where the segment starts along the other axis (may be -infinity)
     * @param to        where it ends along the other axis (may be +infinity)
     */
    public record Split(TreeNode node, int feature, double threshold, double low, double high, double from,
            double to) {

        /** {@code value} kept inside the split's cell, a hair away from its edges. */
        public double clamp(double value) {
            double span = high - low;
            double lo = Double.isFinite(low) ? low + margin(span, low) : Double.NEGATIVE_INFINITY;
            double hi = Double.isFinite(high) ? high - margin(span, high) : Double.POSITIVE_INFINITY;
            return Math.max(lo, Math.min(hi, value));
        }

        /** A millionth of the cell, or of the edge's own size when the cell is open on the other side. */
        private static double margin(double span, double edge) {
            return Double.isFinite(span) && span > 0 ? span * 1e-6 : Math.max(1e-9, Math.abs(edge) * 1e-6);
        }
    }

    private TreeSplits() {
    }

    /** Whether {@code model} splits on exactly two inputs, so that it can be drawn on the map. */
    public static boolean applies(DecisionTreeModel model) {
        return model.getRoot() != null && model.getFeatureNames().size() == 2;
    }

    /** The splits of {@code model}, from the root down (parents before children). */
    public static List<Split> of(DecisionTreeModel model) {
        List<Split> out = new ArrayList<>();
        if (model.getRoot() != null) {
            collect(model.getRoot(), new double[] {Double.NEGATIVE_INFINITY, Double.POSITIVE_INFINITY,
                    Double.NEGATIVE_INFINITY, Double.POSITIVE_INFINITY}, out);
        }
        return out;
    }

    /** bounds: {minX, maxX, minY, maxY} of the node's cell. */
    private static void collect(TreeNode node, double[] bounds, List<Split> out) {
        int f = node.getFeature();
        if (f < 0 || f > 1 || node.getLeft() == null || node.getRight() == null) {
            return;
        }
        double t = node.getThreshold();
        int other = 1 - f;
        out.add(new Split(node, f, t, bounds[2 * f], bounds[2 * f + 1], bounds[2 * other], bounds[2 * other + 1]));
        double[] left = bounds.clone();
        left[2 * f + 1] = Math.min(left[2 * f + 1], t);
        collect(node.getLeft(), left, out);
        double[] right = bounds.clone();
        right[2 * f] = Math.max(right[2 * f], t);
        collect(node.getRight(), right, out);
    }
}
