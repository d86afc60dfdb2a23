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
 * For two features the points are bucketed in a uniform grid and the search widens ring by ring
 * around the query's cell, so a raster of the canvas costs a few dozen distances per cell instead
 * of one per reference point, and allocates nothing (per-thread scratch arrays).
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
    private final Grid grid;
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
        grid = featureCount == 2 ? new Grid(points, pointCount) : null;
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
        grid.search(points, x, y, s);
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

    /** Reference points of a 2-D model bucketed into cells, each cell's points in stored order. */
    private static final class Grid {
        final double minX;
        final double minY;
        final double cellWidth;
        final double cellHeight;
        final int columns;
        final int rows;
        final int[] cellStart;
        final int[] members;

        Grid(double[] xy, int n) {
            double x0 = Double.POSITIVE_INFINITY, y0 = Double.POSITIVE_INFINITY;
            double x1 = Double.NEGATIVE_INFINITY, y1 = Double.NEGATIVE_INFINITY;
            for (int i = 0; i < n; i++) {
                x0 = Math.min(x0, xy[2 * i]);
                x1 = Math.max(x1, xy[2 * i]);
                y0 = Math.min(y0, xy[2 * i + 1]);
                y1 = Math.max(y1, xy[2 * i + 1]);
            }
            // about two points per cell
            int side = Math.max(1, (int) Math.sqrt(n / 2.0));
            minX = x0;
            minY = y0;
            columns = side;
            rows = side;
            cellWidth = x1 > x0 ? (x1 - x0) / side : 1;
            cellHeight = y1 > y0 ? (y1 - y0) / side : 1;
            int[] cellOf = new int[n];
            cellStart = new int[columns * rows + 1];
            for (int i = 0; i < n; i++) {
                cellOf[i] = cell(column(xy[2 * i]), row(xy[2 * i + 1]));
                cellStart[cellOf[i] + 1]++;
            }
            for (int c = 0; c < columns * rows; c++) {
                cellStart[c + 1] += cellStart[c];
            }
            members = new int[n];
            int[] fill = Arrays.copyOf(cellStart, cellStart.length - 1);
            for (int i = 0; i < n; i++) {
                members[fill[cellOf[i]]++] = i;
            }
        }

        int column(double x) {
            double c = Math.floor((x - minX) / cellWidth);
            return c < 0 ? 0 : c >= columns ? columns - 1 : (int) c;
        }

        int row(double y) {
            double r = Math.floor((y - minY) / cellHeight);
            return r < 0 ? 0 : r >= rows ? rows - 1 : (int) r;
        }

        int cell(int column, int row) {
            return row * columns + column;
        }

        void search(double[] xy, double x, double y, Scratch s) {
            int cx = column(x);
            int cy = row(y);
            for (int r = 0;; r++) {
                int c0 = cx - r, c1 = cx + r, r0 = cy - r, r1 = cy + r;
                for (int row = Math.max(r0, 0); row <= Math.min(r1, rows - 1); row++) {
                    boolean edgeRow = row == r0 || row == r1;
                    for (int col = Math.max(c0, 0); col <= Math.min(c1, columns - 1); col++) {
                        if (!edgeRow && col != c0 && col != c1) {
                            continue; // inside the ring: visited before
                        }
                        int cell = cell(col, row);
                        for (int m = cellStart[cell]; m < cellStart[cell + 1]; m++) {
                            int i = members[m];
                            double dx = xy[2 * i] - x;
                            double dy = xy[2 * i + 1] - y;
                            s.offer(Math.sqrt(dx * dx + dy * dy), i);
                        }
                    }
                }
                boolean left = c0 <= 0, right = c1 >= columns - 1, bottom = r0 <= 0, top = r1 >= rows - 1;
                if (left && right && bottom && top) {
                    return; // every cell visited
                }
                double worst = s.worst();
                if (worst == Double.POSITIVE_INFINITY) {
                    continue;
                }
                // Nearest any unvisited point can be: the distance to the visited square's nearest open side.
                double outside = Double.POSITIVE_INFINITY;
                if (!left) {
                    outside = Math.min(outside, x - (minX + c0 * cellWidth));
                }
                if (!right) {
                    outside = Math.min(outside, minX + (c1 + 1) * cellWidth - x);
                }
                if (!bottom) {
                    outside = Math.min(outside, y - (minY + r0 * cellHeight));
                }
                if (!top) {
                    outside = Math.min(outside, minY + (r1 + 1) * cellHeight - y);
                }
                // a margin for rounding in the cell arithmetic: a point at exactly the k-th
                // distance must still be seen, its index may win the tie
                if (outside * (1 - 1e-9) - 1e-12 * (cellWidth + cellHeight) > worst) {
                    return;
                }
            }
        }
    }
}
