package org.contour.core.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.BitSet;
import java.util.SplittableRandom;
import java.util.function.IntPredicate;

import org.contour.core.select.PointIndex;
import org.contour.core.select.PointSelection;
import org.junit.jupiter.api.Test;
import org.locationtech.jts.algorithm.locate.SimplePointInAreaLocator;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.Location;

/**
 * The grid-indexed selection against brute force: every point tested on its own, without any
 * index, with JTS's simple locator on the same area, and (for simple polygons) with even-odd ray
 * casting written here. Random lassos (which cross themselves), stars, boxes and lattice shapes
 * whose edges and vertices run exactly through points.
 */
class PointIndexTest {

    @Test
    void randomLassosStarsAndBoxesSelectExactlyWhatBruteForceSelects() {
        SplittableRandom random = new SplittableRandom(7);
        for (int trial = 0; trial < 60; trial++) {
            double[][] pts = blobs(random, 2000 + random.nextInt(20000), 6);
            PointIndex index = PointIndex.of(pts[0], pts[1]);
            double[] outline = switch (trial % 3) {
                case 0 -> randomWalk(random, 20 + random.nextInt(300));
                case 1 -> star(random, 5 + random.nextInt(40));
                default -> box(random);
            };
            Geometry area = PointSelection.area(outline);
            BitSet expected = bruteForce(pts, area, null);
            assertEquals(expected, index.insideOutline(outline, null), "trial " + trial);
            if (trial % 3 == 1) {
                // a star is a simple polygon: an independent even-odd test agrees away from edges
                assertEvenOddAgrees(pts, outline, expected);
            }
        }
    }

    @Test
    void pointsExactlyOnEdgesAndVerticesAreInside() {
        // a lattice of points; every shape has its vertices on lattice points, so many points
        // lie exactly on edges and vertices (and on grid cell borders)
        int side = 101;
        double[] xs = new double[side * side];
        double[] ys = new double[side * side];
        for (int i = 0; i < side; i++) {
            for (int j = 0; j < side; j++) {
                xs[i * side + j] = i;
                ys[i * side + j] = j;
            }
        }
        double[][] pts = {xs, ys};
        PointIndex index = PointIndex.of(xs, ys);
        double[] square = {10, 10, 40, 10, 40, 40, 10, 40};
        BitSet inSquare = index.insideOutline(square, null);
        assertEquals(31 * 31, inSquare.cardinality(), "the closed square holds its boundary lattice points");
        assertTrue(inSquare.get(10 * side + 10), "vertex");
        assertTrue(inSquare.get(25 * side + 10), "edge midpoint");
        double[] triangle = {0, 0, 80, 0, 0, 80};
        BitSet inTriangle = index.insideOutline(triangle, null);
        assertTrue(inTriangle.get(40 * side + 40), "(40,40) lies on the hypotenuse");
        assertEquals(81 * 82 / 2, inTriangle.cardinality(), "lattice points with x+y <= 80");

        SplittableRandom random = new SplittableRandom(11);
        for (int trial = 0; trial < 40; trial++) {
            int vertices = 3 + random.nextInt(12);
            double[] outline = new double[vertices * 2];
            for (int v = 0; v < outline.length; v++) {
                outline[v] = random.nextInt(side); // lattice vertices: edges run through points
            }
            Geometry area;
            try {
                area = PointSelection.area(outline);
            } catch (IllegalArgumentException degenerate) {
                continue;
            }
            assertEquals(bruteForce(pts, area, null), index.inside(area, null), "lattice trial " + trial);
        }
    }

    @Test
    void aFigureEightKeepsBothLobes() {
        // a lasso that crosses itself once: both loops count, as a user drawing it expects
        double[] eight = {0, 0, 10, 10, 10, 0, 0, 10};
        double[] xs = {2, 8, 5, 5, -1};
        double[] ys = {5, 5, 2, 8, 5};
        BitSet in = PointIndex.of(xs, ys).insideOutline(eight, null);
        assertTrue(in.get(0), "left lobe");
        assertTrue(in.get(1), "right lobe");
        assertTrue(!in.get(2) && !in.get(3) && !in.get(4), "outside the lobes: " + in);
    }

    @Test
    void unselectableRowsAreNeverSelected() {
        SplittableRandom random = new SplittableRandom(3);
        double[][] pts = blobs(random, 20000, 4);
        PointIndex index = PointIndex.of(pts[0], pts[1]);
        IntPredicate even = r -> r % 2 == 0;
        double[] outline = star(random, 12);
        BitSet expected = bruteForce(pts, PointSelection.area(outline), even);
        assertEquals(expected, index.insideOutline(outline, even));
        BitSet all = index.insideBox(-1e9, -1e9, 1e9, 1e9, even);
        assertEquals(10000, all.cardinality());
    }

    @Test
    void degenerateShapesAreRefusedWithAMessage() {
        PointIndex index = PointIndex.of(new double[] {0, 1}, new double[] {0, 1});
        IllegalArgumentException two = assertThrows(IllegalArgumentException.class,
                () -> index.insideOutline(new double[] {0, 0, 1, 1}, null));
        assertTrue(two.getMessage().contains("at least 3"), two.getMessage());
        IllegalArgumentException flat = assertThrows(IllegalArgumentException.class,
                () -> index.insideBox(0, 0, 5, 0, null));
        assertTrue(flat.getMessage().contains("width and a height"), flat.getMessage());
        // collinear points: an outline of no area is refused too, rather than selecting nothing
        IllegalArgumentException line = assertThrows(IllegalArgumentException.class,
                () -> index.insideOutline(new double[] {0, 0, 1, 1, 2, 2}, null));
        assertTrue(line.getMessage().contains("no area"), line.getMessage());
    }

    @Test
    void nearestIsTheClosestPointWithinTheRadius() {
        SplittableRandom random = new SplittableRandom(5);
        double[][] pts = blobs(random, 30000, 5);
        PointIndex index = PointIndex.of(pts[0], pts[1]);
        IntPredicate notMultipleOfThree = r -> r % 3 != 0;
        for (int q = 0; q < 500; q++) {
            double x = random.nextDouble(-25, 25);
            double y = random.nextDouble(-25, 25);
            double radius = random.nextDouble(0.01, 2);
            IntPredicate filter = q % 2 == 0 ? null : notMultipleOfThree;
            assertEquals(nearestByBruteForce(pts, x, y, radius, filter), index.nearest(x, y, radius, filter),
                    "query " + q + " at " + x + "," + y + " r=" + radius);
        }
        assertEquals(-1, PointIndex.of(new double[0], new double[0]).nearest(0, 0, 10, null));
    }

    @Test
    void identicalPointsAndASinglePointAreIndexed() {
        double[] xs = {3, 3, 3};
        double[] ys = {4, 4, 4};
        PointIndex index = PointIndex.of(xs, ys);
        assertEquals(3, index.insideOutline(new double[] {2, 3, 4, 3, 4, 5, 2, 5}, null).cardinality());
        assertEquals(0, index.nearest(3, 4, 0.1, null));
    }

    // ---------------------------------------------------------------- oracles and shapes

    static BitSet bruteForce(double[][] pts, Geometry area, IntPredicate selectable) {
        BitSet out = new BitSet();
        Coordinate c = new Coordinate();
        for (int i = 0; i < pts[0].length; i++) {
            c.x = pts[0][i];
            c.y = pts[1][i];
            if (SimplePointInAreaLocator.locate(c, area) != Location.EXTERIOR
                    && (selectable == null || selectable.test(i))) {
                out.set(i);
            }
        }
        return out;
    }

    private static void assertEvenOddAgrees(double[][] pts, double[] outline, BitSet expected) {
        int n = outline.length / 2;
        for (int i = 0; i < pts[0].length; i++) {
            double px = pts[0][i];
            double py = pts[1][i];
            boolean in = false;
            boolean nearEdge = false;
            for (int a = 0, b = n - 1; a < n; b = a++) {
                double ax = outline[2 * a], ay = outline[2 * a + 1];
                double bx = outline[2 * b], by = outline[2 * b + 1];
                if (distanceToSegment(px, py, ax, ay, bx, by) < 1e-9) {
                    nearEdge = true;
                }
                if ((ay > py) != (by > py) && px < (bx - ax) * (py - ay) / (by - ay) + ax) {
                    in = !in;
                }
            }
            if (!nearEdge) {
                assertEquals(in, expected.get(i), "even-odd and JTS disagree on point " + i);
            }
        }
    }

    private static double distanceToSegment(double px, double py, double ax, double ay, double bx, double by) {
        double dx = bx - ax, dy = by - ay;
        double len = dx * dx + dy * dy;
        double t = len == 0 ? 0 : Math.max(0, Math.min(1, ((px - ax) * dx + (py - ay) * dy) / len));
        return Math.hypot(px - ax - t * dx, py - ay - t * dy);
    }

    static int nearestByBruteForce(double[][] pts, double x, double y, double radius, IntPredicate filter) {
        int best = -1;
        double bestD = radius * radius;
        for (int i = 0; i < pts[0].length; i++) {
            if (filter != null && !filter.test(i)) {
                continue;
            }
            double d = (pts[0][i] - x) * (pts[0][i] - x) + (pts[1][i] - y) * (pts[1][i] - y);
            if (d < bestD || (d == bestD && best < 0)) {
                bestD = d;
                best = i;
            }
        }
        return best;
    }

    /** Gaussian blobs in [-20, 20]^2, the shape a 2-D map of real data tends to have. */
    static double[][] blobs(SplittableRandom random, int n, int blobs) {
        double[] cx = new double[blobs];
        double[] cy = new double[blobs];
        double[] sd = new double[blobs];
        for (int b = 0; b < blobs; b++) {
            cx[b] = random.nextDouble(-15, 15);
            cy[b] = random.nextDouble(-15, 15);
            sd[b] = random.nextDouble(0.5, 4);
        }
        double[] xs = new double[n];
        double[] ys = new double[n];
        java.util.Random gauss = new java.util.Random(random.nextLong());
        for (int i = 0; i < n; i++) {
            int b = random.nextInt(blobs);
            xs[i] = cx[b] + sd[b] * gauss.nextGaussian();
            ys[i] = cy[b] + sd[b] * gauss.nextGaussian();
        }
        return new double[][] {xs, ys};
    }

    /** A freehand-like loop that wanders and often crosses itself. */
    static double[] randomWalk(SplittableRandom random, int vertices) {
        double[] xy = new double[vertices * 2];
        double x = random.nextDouble(-10, 10);
        double y = random.nextDouble(-10, 10);
        double heading = random.nextDouble(2 * Math.PI);
        for (int v = 0; v < vertices; v++) {
            xy[2 * v] = x;
            xy[2 * v + 1] = y;
            heading += random.nextDouble(-0.9, 0.9);
            double step = random.nextDouble(0.2, 2.5);
            x += step * Math.cos(heading);
            y += step * Math.sin(heading);
        }
        return xy;
    }

    static double[] star(SplittableRandom random, int spikes) {
        double cx = random.nextDouble(-8, 8);
        double cy = random.nextDouble(-8, 8);
        double[] xy = new double[spikes * 4];
        for (int k = 0; k < spikes * 2; k++) {
            double a = Math.PI * k / spikes;
            double r = k % 2 == 0 ? random.nextDouble(6, 14) : random.nextDouble(1, 5);
            xy[2 * k] = cx + r * Math.cos(a);
            xy[2 * k + 1] = cy + r * Math.sin(a);
        }
        return xy;
    }

    static double[] box(SplittableRandom random) {
        double x0 = random.nextDouble(-20, 10);
        double y0 = random.nextDouble(-20, 10);
        double x1 = x0 + random.nextDouble(0.5, 20);
        double y1 = y0 + random.nextDouble(0.5, 20);
        return new double[] {x0, y0, x1, y0, x1, y1, x0, y1};
    }
}
