package org.contour.core.select;

import java.util.ArrayList;
import java.util.BitSet;
import java.util.List;
import java.util.function.IntPredicate;

import org.locationtech.jts.algorithm.CGAlgorithmsDD;
import org.locationtech.jts.algorithm.locate.IndexedPointInAreaLocator;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.Envelope;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.GeometryComponentFilter;
import org.locationtech.jts.geom.GeometryFactory;
import org.locationtech.jts.geom.LineString;
import org.locationtech.jts.geom.Location;

/**
 * A spatial index over the points of a map, for selecting by shape (lasso, polygon, box) and for
 * finding the point under the pointer (tap, tooltip) among up to millions of points.
 *
 * <p>The points are bucketed into a uniform grid stored as two int arrays (rows sorted by cell
 * and the start of each cell): 4 bytes per point plus 4 per cell, built in linear time by a
 * counting sort. A JTS {@code STRtree} or {@code KdTree} would hold an object with an envelope
 * or a coordinate per point (about 100 bytes each: 100 MB per million points, half the canvas's
 * whole memory budget) and take far longer to build, while a lasso query needs no tree: only
 * the cells that the outline crosses need a per-point test. The geometry is JTS's: the outline
 * is made valid by {@link PointSelection#area} (self-intersecting lassos keep every lobe), each
 * crossing is decided by JTS's robust orientation predicate, and every case that is not a clean
 * crossing goes to JTS's {@link IndexedPointInAreaLocator} (see {@link #inside}).
 *
 * <p>Immutable; safe to query from several threads.
 */
public final class PointIndex {

    /** Average points per cell the grid aims at: small enough for cheap boundary cells. */
    private static final int POINTS_PER_CELL = 4;
    private static final int MAX_CELLS = 1 << 20;

    private static final GeometryFactory GEOMETRY = new GeometryFactory();

    private final double[] xs;
    private final double[] ys;
    private final double minX;
    private final double minY;
    private final double cellWidth;
    private final double cellHeight;
    private final int columns;
    private final int rows;
    /** Points of cell c are cellRows[cellStart[c] .. cellStart[c+1]), ascending. */
    private final int[] cellStart;
    private final int[] cellRows;
    /** The coordinates again, in cell order: the queries then read memory in sequence, not at random. */
    private final double[] cellXs;
    private final double[] cellYs;

    private PointIndex(double[] xs, double[] ys) {
        this.xs = xs;
        this.ys = ys;
        int n = xs.length;
        double loX = Double.POSITIVE_INFINITY, hiX = Double.NEGATIVE_INFINITY;
        double loY = Double.POSITIVE_INFINITY, hiY = Double.NEGATIVE_INFINITY;
        for (int i = 0; i < n; i++) {
            double x = xs[i];
            double y = ys[i];
            if (x < loX) {
                loX = x;
            }
            if (x > hiX) {
                hiX = x;
            }
            if (y < loY) {
                loY = y;
            }
            if (y > hiY) {
                hiY = y;
            }
        }
        if (n == 0 || !Double.isFinite(loX) || !Double.isFinite(hiX) || !Double.isFinite(loY)
                || !Double.isFinite(hiY)) {
            loX = 0;
            hiX = 1;
            loY = 0;
            hiY = 1;
        }
        double spanX = hiX - loX;
        double spanY = hiY - loY;
        if (spanX <= 0) {
            spanX = Math.max(Math.abs(loX), 1) * 1e-6;
        }
        if (spanY <= 0) {
            spanY = Math.max(Math.abs(loY), 1) * 1e-6;
        }
        long cells = Math.max(1, Math.min(MAX_CELLS, n / POINTS_PER_CELL));
        int cols = (int) Math.max(1, Math.min(4096, Math.round(Math.sqrt(cells * spanX / spanY))));
        int rws = (int) Math.max(1, Math.min(4096, (cells + cols - 1) / cols));
        minX = loX;
        minY = loY;
        columns = cols;
        rows = rws;
        // a hair wider than the span, so the largest coordinate falls into the last cell
        cellWidth = spanX / cols * (1 + 1e-9);
        cellHeight = spanY / rws * (1 + 1e-9);

        int[] cellOf = new int[n];
        cellStart = new int[cols * rws + 1];
        for (int i = 0; i < n; i++) {
            int c = cellIndex(xs[i], ys[i]);
            cellOf[i] = c;
            cellStart[c + 1]++;
        }
        for (int c = 0; c < cols * rws; c++) {
            cellStart[c + 1] += cellStart[c];
        }
        int[] fill = new int[cols * rws];
        cellRows = new int[n];
        cellXs = new double[n];
        cellYs = new double[n];
        for (int i = 0; i < n; i++) {
            int c = cellOf[i];
            int k = cellStart[c] + fill[c]++;
            cellRows[k] = i;
            cellXs[k] = xs[i];
            cellYs[k] = ys[i];
        }
    }

    /** Indexes the points (xs[i], ys[i]); the arrays are kept, not copied, and must not change. */
    public static PointIndex of(double[] xs, double[] ys) {
        if (xs.length != ys.length) {
            throw new IllegalArgumentException(xs.length + " x coordinates but " + ys.length + " y coordinates");
        }
        return new PointIndex(xs, ys);
    }

    /** Whether this index was built over exactly these coordinate arrays. */
    public boolean indexes(double[] x, double[] y) {
        return x == xs && y == ys;
    }

    public int size() {
        return xs.length;
    }

    /** Heap bytes held by the index itself (the coordinate arrays belong to the caller). */
    public long memoryBytes() {
        return 16L + 4L * cellStart.length + 16L + 4L * cellRows.length + 32L + 16L * cellXs.length;
    }

    private int column(double x) {
        int c = (int) Math.floor((x - minX) / cellWidth);
        return c < 0 ? 0 : c >= columns ? columns - 1 : c;
    }

    private int row(double y) {
        int r = (int) Math.floor((y - minY) / cellHeight);
        return r < 0 ? 0 : r >= rows ? rows - 1 : r;
    }

    private int cellIndex(double x, double y) {
        return row(y) * columns + column(x);
    }

    // ---------------------------------------------------------------- shapes

    /**
     * Points inside or on the boundary of the closed outline x0,y0,x1,y1,... (a lasso or a
     * polygon; closed if needed, made valid if it crosses itself).
     *
     * @param selectable which rows may be selected at all (for example: not in a hidden
     *                   subset), or {@code null} for every row
     * @throws IllegalArgumentException if the outline has fewer than 3 distinct vertices or
     *                                  encloses no area (all on one line)
     */
    public BitSet insideOutline(double[] outline, IntPredicate selectable) {
        Geometry area = PointSelection.area(outline);
        if (area.isEmpty() || area.getArea() == 0) {
            throw new IllegalArgumentException("This outline encloses no area: its points lie on one line.");
        }
        return inside(area, selectable);
    }

    /** Points inside or on the axis-parallel box spanned by two corners. */
    public BitSet insideBox(double x0, double y0, double x1, double y1, IntPredicate selectable) {
        Envelope box = new Envelope(x0, x1, y0, y1);
        if (box.getWidth() <= 0 || box.getHeight() <= 0) {
            throw new IllegalArgumentException("A selection box needs a width and a height; this one is "
                    + box.getWidth() + " x " + box.getHeight() + ".");
        }
        return inside(GEOMETRY.toGeometry(box), selectable);
    }

    /**
     * Points inside or on the boundary of a polygonal {@code area}.
     *
     * <p>Row by row of the grid, the inside/outside state is carried from a point left of the
     * area to each cell centre, and from the cell centre to each of its points, by counting
     * proper crossings with only the boundary segments recorded for the cells the path runs
     * through (JTS's robust orientation test decides each crossing). A cell no boundary passes
     * through needs no test at all. Whenever a path touches the boundary instead of crossing it
     * (a vertex on the path, a point on an edge, collinear edges), the answer for that one point
     * comes from JTS's {@link IndexedPointInAreaLocator} instead, so the result is exact: what
     * a per-point test with JTS gives, at a cost that does not grow with the number of edges a
     * horizontal ray would meet (a star with long spikes costs what a circle costs).
     */
    public BitSet inside(Geometry area, IntPredicate selectable) {
        BitSet hits = new BitSet(xs.length);
        if (area.isEmpty() || xs.length == 0) {
            return hits;
        }
        Envelope env = area.getEnvelopeInternal();
        int c0 = column(env.getMinX());
        int c1 = column(env.getMaxX());
        int r0 = row(env.getMinY());
        int r1 = row(env.getMaxY());
        Edges edges = new Edges(area, c0, c1, r0, r1);
        int width = c1 - c0 + 1;
        for (int r = r0; r <= r1; r++) {
            double yc = minY + (r + 0.5) * cellHeight;
            // start left of the area and of the grid range: certainly outside
            double refX = Math.min(env.getMinX(), minX + c0 * cellWidth) - cellWidth;
            int refState = OUT;
            for (int c = c0; c <= c1; c++) {
                int local = (r - r0) * width + (c - c0);
                double xc = minX + (c + 0.5) * cellWidth;
                int state;
                if (refState == ON) {
                    state = edges.locate(xc, yc);
                } else {
                    int parity;
                    if (c == c0) {
                        parity = edges.crossings(local, refX, yc, xc, yc);
                    } else {
                        double border = minX + c * cellWidth;
                        int left = edges.crossings(local - 1, refX, yc, border, yc);
                        int right = left < 0 ? -1 : edges.crossings(local, border, yc, xc, yc);
                        parity = right < 0 ? -1 : left + right;
                    }
                    state = parity < 0 ? edges.locate(xc, yc) : (parity & 1) == 0 ? refState : 1 - refState;
                }
                int cell = r * columns + c;
                int from = cellStart[cell];
                int to = cellStart[cell + 1];
                if (from < to) {
                    boolean crossed = edges.count(local) > 0;
                    for (int k = from; k < to; k++) {
                        int i = cellRows[k];
                        int pointState = state;
                        if (crossed) {
                            double x = cellXs[k];
                            double y = cellYs[k];
                            if (state == ON) {
                                pointState = edges.locate(x, y);
                            } else {
                                int n = edges.crossings(local, x, y, xc, yc);
                                pointState = n < 0 ? edges.locate(x, y) : (n & 1) == 0 ? state : 1 - state;
                            }
                        }
                        if (pointState != OUT && (selectable == null || selectable.test(i))) {
                            hits.set(i);
                        }
                    }
                }
                refX = xc;
                refState = state;
            }
        }
        return hits;
    }

    private static final int OUT = 0;
    private static final int IN = 1;
    private static final int ON = 2;

    /**
     * The boundary segments of an area, and for each grid cell of a range the segments that may
     * pass through it. Conservative: each segment is cut into pieces shorter than half a cell
     * and recorded in every cell under each piece's slightly widened bounding box, so no cell a
     * segment touches misses it (segments outside the grid count for the edge cells).
     */
    private final class Edges {
        private final Geometry area;
        private final double[] ax;
        private final double[] ay;
        private final double[] bx;
        private final double[] by;
        private final int c0;
        private final int c1;
        private final int r0;
        private final int r1;
        private final int width;
        private final int[] start;
        private final int[] list;
        private IndexedPointInAreaLocator locator;
        private final Coordinate probe = new Coordinate();

        Edges(Geometry area, int c0, int c1, int r0, int r1) {
            this.area = area;
            this.c0 = c0;
            this.c1 = c1;
            this.r0 = r0;
            this.r1 = r1;
            width = c1 - c0 + 1;
            List<LineString> lines = new ArrayList<>();
            area.apply((GeometryComponentFilter) g -> {
                if (g instanceof LineString line) {
                    lines.add(line);
                }
            });
            int m = 0;
            for (LineString line : lines) {
                m += Math.max(0, line.getNumPoints() - 1);
            }
            ax = new double[m];
            ay = new double[m];
            bx = new double[m];
            by = new double[m];
            int k = 0;
            for (LineString line : lines) {
                Coordinate[] cs = line.getCoordinates();
                for (int s = 0; s + 1 < cs.length; s++) {
                    ax[k] = cs[s].x;
                    ay[k] = cs[s].y;
                    bx[k] = cs[s + 1].x;
                    by[k] = cs[s + 1].y;
                    k++;
                }
            }
            int cells = width * (r1 - r0 + 1);
            int[] counts = new int[cells + 1];
            int[] seen = new int[cells];
            java.util.Arrays.fill(seen, -1);
            for (int s = 0; s < m; s++) {
                walk(s, seen, counts, null, 0);
            }
            start = new int[cells + 1];
            for (int c = 0; c < cells; c++) {
                start[c + 1] = start[c] + counts[c];
            }
            list = new int[start[cells]];
            int[] fill = new int[cells];
            for (int s = 0; s < m; s++) {
                walk(s, seen, fill, list, m);
            }
        }

        /** Records segment s in the cells it may touch: counts them, or (list != null) lists them. */
        private void walk(int s, int[] seen, int[] perCell, int[] out, int stamp) {
            double step = 0.5 * Math.min(cellWidth, cellHeight);
            double slackX = cellWidth * 1e-6;
            double slackY = cellHeight * 1e-6;
            double sx = ax[s];
            double sy = ay[s];
            double tx = bx[s];
            double ty = by[s];
            int pieces = (int) Math.min(1 << 20, Math.ceil(Math.hypot(tx - sx, ty - sy) / step)) + 1;
            double px = sx;
            double py = sy;
            for (int k = 1; k <= pieces; k++) {
                double t = (double) k / pieces;
                double qx = k == pieces ? tx : sx + (tx - sx) * t;
                double qy = k == pieces ? ty : sy + (ty - sy) * t;
                int fromC = Math.max(c0, column(Math.min(px, qx) - slackX));
                int toC = Math.min(c1, column(Math.max(px, qx) + slackX));
                int fromR = Math.max(r0, row(Math.min(py, qy) - slackY));
                int toR = Math.min(r1, row(Math.max(py, qy) + slackY));
                for (int r = fromR; r <= toR; r++) {
                    for (int c = fromC; c <= toC; c++) {
                        int local = (r - r0) * width + (c - c0);
                        if (seen[local] != s + stamp) {
                            seen[local] = s + stamp;
                            if (out == null) {
                                perCell[local]++;
                            } else {
                                out[start[local] + perCell[local]++] = s;
                            }
                        }
                    }
                }
                px = qx;
                py = qy;
            }
        }

        int count(int local) {
            return start[local + 1] - start[local];
        }

        /**
         * Proper crossings of the path (px,py)-(qx,qy) with the segments of cell {@code local},
         * or -1 when the path touches one without crossing it (then only a locator can tell).
         */
        int crossings(int local, double px, double py, double qx, double qy) {
            int crossings = 0;
            double loX = Math.min(px, qx);
            double hiX = Math.max(px, qx);
            double loY = Math.min(py, qy);
            double hiY = Math.max(py, qy);
            for (int k = start[local]; k < start[local + 1]; k++) {
                int s = list[k];
                double sx = ax[s];
                double sy = ay[s];
                double tx = bx[s];
                double ty = by[s];
                if (Math.max(sx, tx) < loX || Math.min(sx, tx) > hiX || Math.max(sy, ty) < loY || Math.min(sy, ty) > hiY) {
                    continue;
                }
                int o1 = CGAlgorithmsDD.orientationIndex(px, py, qx, qy, sx, sy);
                int o2 = CGAlgorithmsDD.orientationIndex(px, py, qx, qy, tx, ty);
                if (o1 * o2 > 0) {
                    continue;
                }
                int o3 = CGAlgorithmsDD.orientationIndex(sx, sy, tx, ty, px, py);
                int o4 = CGAlgorithmsDD.orientationIndex(sx, sy, tx, ty, qx, qy);
                if (o3 * o4 > 0) {
                    continue;
                }
                if (o1 == 0 || o2 == 0 || o3 == 0 || o4 == 0) {
                    return -1; // touching, not crossing
                }
                crossings++;
            }
            return crossings;
        }

        int locate(double x, double y) {
            if (locator == null) {
                locator = new IndexedPointInAreaLocator(area);
            }
            probe.x = x;
            probe.y = y;
            int location = locator.locate(probe);
            return location == Location.INTERIOR ? IN : location == Location.BOUNDARY ? ON : OUT;
        }
    }

    // ---------------------------------------------------------------- nearest

    /**
     * The selectable point nearest to (x, y) within {@code maxDistance} (data units), or -1 when
     * there is none. Ties go to the lower row.
     */
    public int nearest(double x, double y, double maxDistance, IntPredicate selectable) {
        return nearest(x, y, maxDistance, maxDistance, selectable);
    }

    /**
     * The selectable point nearest to (x, y) when distances along x count in units of
     * {@code reachX} and along y in units of {@code reachY}, within one such unit (an ellipse
     * of half-axes reachX, reachY), or -1. A view with its own scale per axis asks this with
     * its reach in pixels converted per axis, so "nearest" is what the eye sees. Ties go to the
     * lower row.
     */
    public int nearest(double x, double y, double reachX, double reachY, IntPredicate selectable) {
        if (xs.length == 0 || !(reachX >= 0) || !(reachY >= 0)) {
            return -1;
        }
        if (reachX == reachY) {
            return nearestRound(x, y, reachX, selectable);
        }
        int c0 = column(x - reachX);
        int c1 = column(x + reachX);
        int r0 = row(y - reachY);
        int r1 = row(y + reachY);
        double best = 1;
        int found = -1;
        for (int r = r0; r <= r1; r++) {
            for (int c = c0; c <= c1; c++) {
                int cell = r * columns + c;
                for (int k = cellStart[cell]; k < cellStart[cell + 1]; k++) {
                    int i = cellRows[k];
                    double dx = (cellXs[k] - x) / reachX;
                    double dy = (cellYs[k] - y) / reachY;
                    double d = dx * dx + dy * dy;
                    if ((d < best || (d == best && (found < 0 || i < found)))
                            && (selectable == null || selectable.test(i))) {
                        best = d;
                        found = i;
                    }
                }
            }
        }
        return found;
    }

    private int nearestRound(double x, double y, double maxDistance, IntPredicate selectable) {
        int c0 = column(x - maxDistance);
        int c1 = column(x + maxDistance);
        int r0 = row(y - maxDistance);
        int r1 = row(y + maxDistance);
        double best = maxDistance * maxDistance;
        int found = -1;
        for (int r = r0; r <= r1; r++) {
            for (int c = c0; c <= c1; c++) {
                int cell = r * columns + c;
                for (int k = cellStart[cell]; k < cellStart[cell + 1]; k++) {
                    int i = cellRows[k];
                    double dx = cellXs[k] - x;
                    double dy = cellYs[k] - y;
                    double d = dx * dx + dy * dy;
                    if ((d < best || (d == best && (found < 0 || i < found)))
                            && (selectable == null || selectable.test(i))) {
                        best = d;
                        found = i;
                    }
                }
            }
        }
        return found;
    }
}
