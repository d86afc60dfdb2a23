package org.contour.core.teach;

import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.stream.IntStream;

import org.contour.model.NearestNeighbourModel;

/**
 * Evaluates a {@link NearestNeighbourModel}: the {@code k} reference points nearest to the query
 * (Euclidean distance) vote, each with weight {@code 1/k}; the class with the largest vote share
 * wins, the first in the model's class order on a tie, and its share is the confidence. Points at
 * equal distance are taken in the order they are stored. These are the rules of Tribuo's
 * {@code KNNModel} with its {@code VotingCombiner}, and distances are summed in the order of
 * Tribuo's feature ids (sorted names), so a converted model agrees with Tribuo's exactly.
 * <p>
 * For two features the points are kept in a k-d tree, so a raster of the canvas costs a few dozen
 * distances per cell instead of one per reference point, and allocates nothing (per-thread
 * scratch arrays).
 */
public final class NearestNeighbourPredictor implements Predictor {

    private final double[] points;
    private final int[] pointClasses;
    private final int pointCount;
    private final int k;
    private final int classCount;
    private final int featureCount;
    // summation order of the squared differences: features by name, like Tribuo's feature ids
    private final int[] distanceOrder;
    private final List<String> classNames;
    private final List<String> featureNames;
    private final KdTree tree;
    private final ThreadLocal<Scratch> scratch;

    /**
     * @throws IllegalArgumentException when k is below 1, there are no points, or the arrays do
     *                                  not fit the model's features and classes
     */
    public NearestNeighbourPredictor(NearestNeighbourModel model) {
        classNames = List.copyOf(model.getClassNames());
        featureNames = List.copyOf(model.getFeatureNames());
        classCount = classNames.size();
        featureCount = featureNames.size();
        if (classCount < 1 || featureCount < 1) {
            throw new IllegalArgumentException("a nearest-neighbour model needs classes and features, got " + classCount
                    + " and " + featureCount);
        }
        double[] p = model.getPoints();
        int[] pc = model.getPointClasses();
        if (p == null || p.length == 0 || p.length % featureCount != 0) {
            throw new IllegalArgumentException("expected reference points of " + featureCount + " values each, got "
                    + (p == null ? "none" : p.length + " values"));
        }
        pointCount = p.length / featureCount;
        if (pc == null || pc.length != pointCount) {
            throw new IllegalArgumentException("expected a class for each of the " + pointCount + " points, got "
                    + (pc == null ? "none" : pc.length));
        }
        for (int i = 0; i < pointCount; i++) {
            if (pc[i] < 0 || pc[i] >= classCount) {
                throw new IllegalArgumentException("point " + i + " has class " + pc[i] + ", the model has " + classCount);
            }
        }
        for (double v : p) {
            if (!Double.isFinite(v)) {
                throw new IllegalArgumentException("a reference point has a coordinate that is not a finite number");
            }
        }
        if (model.getK() < 1) {
            throw new IllegalArgumentException("k must be at least 1, got " + model.getK());
        }
        points = p.clone();
        pointClasses = pc.clone();
        k = Math.min(model.getK(), pointCount);
        distanceOrder = IntStream.range(0, featureCount).boxed()
                .sorted(Comparator.comparing(featureNames::get)).mapToInt(Integer::intValue).toArray();
        tree = featureCount == 2 ? new KdTree(points, pointCount) : null;
        int kk = k;
        int cc = classCount;
        scratch = ThreadLocal.withInitial(() -> new Scratch(kk, cc));
    }

    @Override
    public List<String> classNames() {
        return classNames;
    }

    @Override
    public List<String> featureNames() {
        return featureNames;
    }

    @Override
    public int classCount() {
        return classCount;
    }

    @Override
    public int featureCount() {
        return featureCount;
    }

    /** The number of neighbours that vote: the model's k, or fewer when it has fewer points. */
    public int k() {
        return k;
    }

    @Override
    public int predict(double[] features, double[] probabilitiesOut) {
        if (features.length != featureCount) {
            throw new IllegalArgumentException("expected " + featureCount + " features, got " + features.length);
        }
        if (featureCount == 2) {
            return predict(features[0], features[1], probabilitiesOut);
        }
        Scratch s = scratch.get();
        s.count = 0;
        for (int i = 0; i < pointCount; i++) {
            double sum = 0;
            int base = i * featureCount;
            for (int f : distanceOrder) {
                double d = points[base + f] - features[f];
                sum += d * d;
            }
            s.offer(Math.sqrt(sum), i);
        }
        return vote(s, probabilitiesOut);
    }

    @Override
    public int predict(double x, double y, double[] probabilitiesOut) {
        if (featureCount != 2) {
            throw new IllegalStateException("the model takes " + featureCount + " features, not a 2-D point");
        }
        Scratch s = scratch.get();
        s.count = 0;
        tree.search(x, y, s);
        return vote(s, probabilitiesOut);
    }

    private int vote(Scratch s, double[] probabilitiesOut) {
        double[] share = probabilitiesOut != null ? probabilitiesOut : s.votes;
        if (share.length < classCount) {
            throw new IllegalArgumentException("output array holds " + share.length + " values, need " + classCount);
        }
        Arrays.fill(share, 0, classCount, 0);
        double weight = 1.0 / s.count;
        for (int n = 0; n < s.count; n++) {
            share[pointClasses[s.index[n]]] += weight;
        }
        int best = 0;
        double bestShare = Double.NEGATIVE_INFINITY;
        for (int c = 0; c < classCount; c++) {
            if (share[c] > bestShare) {
                bestShare = share[c];
                best = c;
            }
        }
        return best;
    }

    /** The k best (distance, point index) pairs so far, ascending. */
    private static final class Scratch {
        final double[] distance;
        final int[] index;
        final double[] votes;
        int count;

        Scratch(int k, int classes) {
            distance = new double[k];
            index = new int[k];
            votes = new double[classes];
        }

        double worst() {
            return count < distance.length ? Double.POSITIVE_INFINITY : distance[count - 1];
        }

        void offer(double d, int i) {
            int k = distance.length;
            if (count == k && !(d < distance[k - 1] || (d == distance[k - 1] && i < index[k - 1]))) {
                return;
            }
            int at = count == k ? k - 1 : count++;
            while (at > 0 && (d < distance[at - 1] || (d == distance[at - 1] && i < index[at - 1]))) {
                distance[at] = distance[at - 1];
                index[at] = index[at - 1];
                at--;
            }
            distance[at] = d;
            index[at] = i;
        }
    }

    /**
     * The reference points of a 2-D model in an implicit k-d tree: {@code order[lo..hi)} is a
     * subtree whose root is its middle element, split on {@code axis[mid]}; the left half holds
     * points not greater on that axis, the right half points not smaller. A query descends to its
     * own side first and crosses a split only when the split line is no farther than the k-th
     * best distance so far, so it visits a few dozen points wherever it lies, near the strokes or
     * far from them.
     */
    private static final class KdTree {
        final int[] order;
        final byte[] axis;
        final double[] xy;

        KdTree(double[] xy, int n) {
            this.xy = xy;
            order = new int[n];
            for (int i = 0; i < n; i++) {
                order[i] = i;
            }
            axis = new byte[n];
            build(0, n);
        }

        private void build(int lo, int hi) {
            if (hi - lo <= 1) {
                return;
            }
            double x0 = Double.POSITIVE_INFINITY, x1 = Double.NEGATIVE_INFINITY;
            double y0 = Double.POSITIVE_INFINITY, y1 = Double.NEGATIVE_INFINITY;
            for (int m = lo; m < hi; m++) {
                int i = order[m];
                x0 = Math.min(x0, xy[2 * i]);
                x1 = Math.max(x1, xy[2 * i]);
                y0 = Math.min(y0, xy[2 * i + 1]);
                y1 = Math.max(y1, xy[2 * i + 1]);
            }
            int a = x1 - x0 >= y1 - y0 ? 0 : 1;
            // sort the range by the split axis (ranges shrink by half, so n log^2 n overall)
            Integer[] boxed = new Integer[hi - lo];
            for (int m = lo; m < hi; m++) {
                boxed[m - lo] = order[m];
            }
            java.util.Arrays.sort(boxed, (p, q) -> Double.compare(xy[2 * p + a], xy[2 * q + a]));
            for (int m = lo; m < hi; m++) {
                order[m] = boxed[m - lo];
            }
            int mid = (lo + hi) >>> 1;
            axis[mid] = (byte) a;
            build(lo, mid);
            build(mid + 1, hi);
        }

        void search(double x, double y, Scratch s) {
            search(0, order.length, x, y, 0, 0, 0, s);
        }

        /**
         * {@code boxDistance} is the squared distance from the query to the region of this
         * subtree, {@code offX}/{@code offY} its components along each axis (Arya and Mount's
         * incremental distance): a subtree is skipped only when its whole region is farther than
         * the k-th best, not merely its split line, which matters for queries far from every point.
         */
        private void search(int lo, int hi, double x, double y, double boxDistance, double offX, double offY,
                Scratch s) {
            if (lo >= hi) {
                return;
            }
            int mid = (lo + hi) >>> 1;
            int i = order[mid];
            double dx = xy[2 * i] - x;
            double dy = xy[2 * i + 1] - y;
            s.offer(Math.sqrt(dx * dx + dy * dy), i);
            if (hi - lo == 1) {
                return;
            }
            boolean onX = axis[mid] == 0;
            double gap = onX ? x - xy[2 * i] : y - xy[2 * i + 1];
            // equal coordinates may sit on either side of the split, so a query on the line sees both
            boolean leftFirst = gap <= 0;
            if (leftFirst) {
                search(lo, mid, x, y, boxDistance, offX, offY, s);
            } else {
                search(mid + 1, hi, x, y, boxDistance, offX, offY, s);
            }
            double old = onX ? offX : offY;
            double farDistance = boxDistance - old * old + gap * gap;
            double worst = s.worst();
            // a margin for rounding: a point at exactly the k-th distance must still be seen,
            // its index may win the tie
            if (farDistance * (1 - 1e-9) <= worst * worst) {
                double fx = onX ? gap : offX;
                double fy = onX ? offY : gap;
                if (leftFirst) {
                    search(mid + 1, hi, x, y, farDistance, fx, fy, s);
                } else {
                    search(lo, mid, x, y, farDistance, fx, fy, s);
                }
            }
        }
    }
}
