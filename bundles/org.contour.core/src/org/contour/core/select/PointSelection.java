package org.contour.core.select;

import java.util.Arrays;

import org.locationtech.jts.algorithm.locate.IndexedPointInAreaLocator;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.Envelope;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.GeometryFactory;
import org.locationtech.jts.geom.Location;
import org.locationtech.jts.geom.Polygon;
import org.locationtech.jts.geom.util.GeometryFixer;

/**
 * Which points of the map fall inside a shape the user drew. Geometry is JTS's: a lasso that
 * crosses itself is made valid by {@link GeometryFixer} (each lobe counts, as users expect),
 * and the point-in-area test uses JTS's indexed locator so long lassos stay fast.
 */
public final class PointSelection {

    private static final GeometryFactory GEOMETRY = new GeometryFactory();

    private PointSelection() {
    }

    /**
     * Rows whose point (xs[i], ys[i]) lies inside or on the boundary of the closed polygon
     * through {@code outline} (x0,y0,x1,y1,...), in ascending order.
     *
     * @throws IllegalArgumentException if the outline has fewer than 3 distinct vertices
     */
    public static int[] insidePolygon(double[] xs, double[] ys, double[] outline) {
        Geometry area = area(outline);
        Envelope box = area.getEnvelopeInternal();
        IndexedPointInAreaLocator locator = new IndexedPointInAreaLocator(area);
        int[] hits = new int[xs.length];
        int count = 0;
        Coordinate probe = new Coordinate();
        for (int i = 0; i < xs.length; i++) {
            double x = xs[i];
            double y = ys[i];
            if (!box.contains(x, y)) {
                continue; // cheap reject: most points of a big map are far from a small lasso
            }
            probe.x = x;
            probe.y = y;
            if (locator.locate(probe) != Location.EXTERIOR) {
                hits[count++] = i;
            }
        }
        return Arrays.copyOf(hits, count);
    }

    /** The valid area enclosed by an outline, closing it if needed. */
    public static Geometry area(double[] outline) {
        int n = outline.length / 2;
        Coordinate[] ring = new Coordinate[n + 1];
        int distinct = 0;
        for (int i = 0; i < n; i++) {
            ring[i] = new Coordinate(outline[2 * i], outline[2 * i + 1]);
            if (i == 0 || !ring[i].equals2D(ring[i - 1])) {
                distinct++;
            }
        }
        if (n > 0 && ring[n - 1].equals2D(ring[0])) {
            distinct--;
        }
        if (distinct < 3) {
            throw new IllegalArgumentException("A selection outline needs at least 3 distinct points; this one has "
                    + Math.max(distinct, 0) + ".");
        }
        ring[n] = ring[0].copy();
        Polygon polygon = GEOMETRY.createPolygon(ring);
        return polygon.isValid() ? polygon : GeometryFixer.fix(polygon);
    }
}
