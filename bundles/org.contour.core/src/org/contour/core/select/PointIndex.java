package org.contour.core.select;

import java.util.ArrayList;
import java.util.BitSet;
import java.util.List;
import java.util.function.IntPredicate;

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
 * or a coordinate per point (about 100 bytes each: 100 MB per million points, over the canvas's
 * whole memory budget) and take far longer to build, while a lasso query needs no tree: only
 * the cells that the outline crosses need a per-point test. The geometry itself is JTS's: the
 * outline is made valid by {@link PointSelection#area} (self-intersecting lassos keep every
 * lobe), and every inside/outside decision is made by JTS's {@link IndexedPointInAreaLocator}:
 * per point in the cells the outline crosses, once per run of uncrossed cells in a grid row
 * (no boundary runs through such a run, so all its points share the answer).
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
        for (int i = 0; i < n; i++) {
            int c = cellOf[i];
            cellRows[cellStart[c] + fill[c]++] = i;
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
        return 16L + 4L * cellStart.length + 16L + 4L * cellRows.length + 16L;
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
     * @throws IllegalArgumentException if the outline has fewer than 3 distinct vertices
     */
    public BitSet insideOutline(double[] outline, IntPredicate selectable) {
        return inside(PointSelection.area(outline), selectable);
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

    /** Points inside or on the boundary of a polygonal {@code area}. */
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
        int width = c1 - c0 + 1;
        boolean[] crossed = crossedCells(area, c0, c1, r0, r1);
        IndexedPointInAreaLocator locator = new IndexedPointInAreaLocator(area);
        Coordinate probe = new Coordinate();
        for (int r = r0; r <= r1; r++) {
            boolean runInside = false;
            boolean inRun = false;
            for (int c = c0; c <= c1; c++) {
                int cell = r * columns + c;
                int from = cellStart[cell];
                int to = cellStart[cell + 1];
                if (crossed[(r - r0) * width + (c - c0)]) {
                    inRun = false;
                    for (int k = from; k < to; k++) {
                        int i = cellRows[k];
                        probe.x = xs[i];
                        probe.y = ys[i];
                        if (locator.locate(probe) != Location.EXTERIOR && (selectable == null || selectable.test(i))) {
                            hits.set(i);
                        }
                    }
                    continue;
                }
                if (!inRun) {
                    probe.x = minX + (c + 0.5) * cellWidth;
                    probe.y = minY + (r + 0.5) * cellHeight;
                    runInside = locator.locate(probe) != Location.EXTERIOR;
                    inRun = true;
                }
                if (runInside) {
                    for (int k = from; k < to; k++) {
                        int i = cellRows[k];
                        if (selectable == null || selectable.test(i)) {
                            hits.set(i);
                        }
                    }
                }
            }
        }
        return hits;
    }

    /**
     * Marks every cell of the range that a boundary line of {@code area} may pass through.
     * Conservative: each edge is cut into pieces shorter than half a cell and the cells under
     * each piece's (slightly widened) bounding box are marked, so no crossed cell is missed.
     */
    private boolean[] crossedCells(Geometry area, int c0, int c1, int r0, int r1) {
        int width = c1 - c0 + 1;
        boolean[] crossed = new boolean[width * (r1 - r0 + 1)];
        List<LineString> lines = new ArrayList<>();
        area.apply((GeometryComponentFilter) g -> {
            if (g instanceof LineString line) {
                lines.add(line);
            }
        });
        double step = 0.5 * Math.min(cellWidth, cellHeight);
        double slackX = cellWidth * 1e-6;
        double slackY = cellHeight * 1e-6;
        for (LineString line : lines) {
            Coordinate[] cs = line.getCoordinates();
            for (int s = 0; s + 1 < cs.length; s++) {
                double ax = cs[s].x;
                double ay = cs[s].y;
                double bx = cs[s + 1].x;
                double by = cs[s + 1].y;
                int pieces = (int) Math.min(1 << 20, Math.ceil(Math.hypot(bx - ax, by - ay) / step)) + 1;
                double px = ax;
                double py = ay;
                for (int k = 1; k <= pieces; k++) {
                    double t = (double) k / pieces;
                    double qx = k == pieces ? bx : ax + (bx - ax) * t;
                    double qy = k == pieces ? by : ay + (by - ay) * t;
                    int fromC = Math.max(c0, column(Math.min(px, qx) - slackX));
                    int toC = Math.min(c1, column(Math.max(px, qx) + slackX));
                    int fromR = Math.max(r0, row(Math.min(py, qy) - slackY));
                    int toR = Math.min(r1, row(Math.max(py, qy) + slackY));
                    for (int r = fromR; r <= toR; r++) {
                        for (int c = fromC; c <= toC; c++) {
                            crossed[(r - r0) * width + (c - c0)] = true;
                        }
                    }
                    px = qx;
                    py = qy;
                }
            }
        }
        return crossed;
    }

    // ---------------------------------------------------------------- nearest

    /**
     * The selectable point nearest to (x, y) within {@code maxDistance} (data units), or -1 when
     * there is none. Ties go to the lower row.
     */
    public int nearest(double x, double y, double maxDistance, IntPredicate selectable) {
        if (xs.length == 0 || !(maxDistance >= 0)) {
            return -1;
        }
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
                    double dx = xs[i] - x;
                    double dy = ys[i] - y;
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
