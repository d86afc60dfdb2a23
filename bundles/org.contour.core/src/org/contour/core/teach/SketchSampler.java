package org.contour.core.teach;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.SplittableRandom;

import org.contour.api.data.TrainingSet;
import org.contour.model.LabelClass;
import org.contour.model.LabellingProject;
import org.contour.model.Sketch;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.Envelope;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.GeometryFactory;
import org.locationtech.jts.geom.Polygon;
import org.locationtech.jts.geom.prep.PreparedGeometry;
import org.locationtech.jts.geom.prep.PreparedGeometryFactory;
import org.locationtech.jts.geom.util.PolygonExtracter;
import org.locationtech.jts.operation.overlayng.OverlayNG;
import org.locationtech.jts.operation.overlayng.OverlayNGRobust;

/**
 * Turns the expert's freehand strokes into pseudo-labelled training points.
 * <p>
 * A stroke is a polyline painted with a round brush, so the area it claims for its class is the
 * polyline buffered by the brush radius (a single click is a disc). The strokes of one class are
 * unioned into that class's region, and the same number of points is drawn uniformly from every
 * region: the classifier then learns where the expert painted, not how much ink each class got.
 * <p>
 * Instances are immutable and thread-safe; configure with the {@code with...} methods. Results
 * depend only on the sketches, the settings and the seed.
 */
public final class SketchSampler {

    public static final int DEFAULT_POINTS_PER_CLASS = 500;

    // JTS's default circle approximation. Its vertices lie on the true circle and its edges
    // inside it, so every sampled point is within the brush radius of the stroke.
    private static final int QUADRANT_SEGMENTS = 8;

    // A buffered stroke fills at least a few percent of its bounding box, so a point needs a
    // handful of tries; only a sliver left over by overlap removal can come near this bound.
    private static final int MAX_TRIES_PER_POINT = 1_000_000;

    private static final GeometryFactory GEOMETRY = new GeometryFactory();

    private final int pointsPerClass;
    private final boolean overlapsDropped;
    private final String xAxisName;
    private final String yAxisName;

    /** {@value #DEFAULT_POINTS_PER_CLASS} points per class, overlaps kept, axes named "x" and "y". */
    public SketchSampler() {
        this(DEFAULT_POINTS_PER_CLASS, false, "x", "y");
    }

    private SketchSampler(int pointsPerClass, boolean overlapsDropped, String xAxisName, String yAxisName) {
        this.pointsPerClass = pointsPerClass;
        this.overlapsDropped = overlapsDropped;
        this.xAxisName = xAxisName;
        this.yAxisName = yAxisName;
    }

    /** A sampler drawing {@code count} points from each class's region. */
    public SketchSampler withPointsPerClass(int count) {
        if (count < 1) {
            throw new IllegalArgumentException("points per class must be at least 1, got " + count);
        }
        return new SketchSampler(count, overlapsDropped, xAxisName, yAxisName);
    }

    /**
     * A sampler that, when {@code drop} is true, leaves out the area painted by two or more
     * different classes: the expert contradicted themselves there, and training on both labels
     * would only blur the boundary. A class painted entirely under other classes then fails with
     * {@link SketchException.Reason#CLASS_COVERED}.
     */
    public SketchSampler withOverlapsDropped(boolean drop) {
        return new SketchSampler(pointsPerClass, drop, xAxisName, yAxisName);
    }

    /** A sampler naming the two features of its training points, for example after the embedding's axes. */
    public SketchSampler withAxisNames(String xName, String yName) {
        Objects.requireNonNull(xName, "xName");
        Objects.requireNonNull(yName, "yName");
        if (xName.equals(yName)) {
            throw new IllegalArgumentException("the two axes need different names, both are '" + xName + "'");
        }
        return new SketchSampler(pointsPerClass, overlapsDropped, xName, yName);
    }

    public int pointsPerClass() {
        return pointsPerClass;
    }

    public boolean overlapsDropped() {
        return overlapsDropped;
    }

    public String[] axisNames() {
        return new String[] { xAxisName, yAxisName };
    }

    /** Samples the sketches of {@code project}, classes in the order of {@link LabellingProject#getLabels()}. */
    public TrainingSet sample(LabellingProject project, long seed) throws SketchException {
        return sample(project.getLabels(), project.getSketches(), seed);
    }

    /**
     * Samples {@link #pointsPerClass()} points from the painted region of every class that has
     * sketches.
     *
     * @param labelOrder the project's classes; the training set lists the sketched ones in this order
     * @param sketches   the strokes; each must belong to a class of {@code labelOrder}
     * @param seed       fixes the points; also handed on to the trainer through the training set
     * @throws SketchException when there are no sketches, only one sketched class, a stroke
     *                         without usable geometry or class, or (overlaps dropped) a class
     *                         painted only where others painted too
     */
    public TrainingSet sample(List<? extends LabelClass> labelOrder, List<? extends Sketch> sketches, long seed)
            throws SketchException {
        Map<LabelClass, Geometry> regions = paintedRegions(labelOrder, sketches);
        if (regions.size() < 2) {
            String only = regions.keySet().iterator().next().getName();
            throw new SketchException(SketchException.Reason.SINGLE_CLASS,
                    "Draw regions for at least two classes (so far only '" + only + "' has any).");
        }
        if (overlapsDropped) {
            regions = withoutOverlaps(regions);
        }

        int classCount = regions.size();
        String[] classNames = new String[classCount];
        double[][] features = new double[classCount * pointsPerClass][];
        int[] labels = new int[features.length];
        int classIndex = 0;
        for (Map.Entry<LabelClass, Geometry> entry : regions.entrySet()) {
            String name = entry.getKey().getName();
            classNames[classIndex] = name;
            // Seeded per class name, so redrawing one class leaves the points of the others where
            // they were (unless overlaps are dropped and the edit cut into them), and the boundary
            // moves only because of what the expert changed.
            SplittableRandom random = new SplittableRandom(seed + 0x9E3779B97F4A7C15L * name.hashCode());
            double[][] points = samplePoints(name, entry.getValue(), pointsPerClass, random);
            int offset = classIndex * pointsPerClass;
            System.arraycopy(points, 0, features, offset, pointsPerClass);
            Arrays.fill(labels, offset, offset + pointsPerClass, classIndex);
            classIndex++;
        }
        return new TrainingSet(features, labels, classNames, axisNames(), seed, describe(sketches, regions, seed));
    }

    /**
     * The area each sketched class painted: the union of its strokes buffered by their radii, in
     * the order of {@code labelOrder}, classes without sketches left out. Overlaps between classes
     * are not removed here.
     */
    public static Map<LabelClass, Geometry> paintedRegions(List<? extends LabelClass> labelOrder,
            List<? extends Sketch> sketches) throws SketchException {
        if (sketches.isEmpty()) {
            throw new SketchException(SketchException.Reason.NO_SKETCHES,
                    "Nothing is sketched yet: paint regions for at least two classes.");
        }
        Map<LabelClass, List<Geometry>> strokesByClass = new LinkedHashMap<>();
        for (LabelClass label : labelOrder) {
            strokesByClass.put(label, new ArrayList<>());
        }
        for (int i = 0; i < sketches.size(); i++) {
            Sketch sketch = sketches.get(i);
            LabelClass label = sketch.getLabel();
            if (label == null || !strokesByClass.containsKey(label)) {
                throw new SketchException(SketchException.Reason.UNKNOWN_CLASS, i, "Stroke " + (i + 1)
                        + (label == null ? " has no class." : " belongs to a class that is not in the project."));
            }
            if (label.getName() == null || label.getName().isBlank()) {
                throw new SketchException(SketchException.Reason.UNKNOWN_CLASS, i,
                        "The class of stroke " + (i + 1) + " has no name.");
            }
            strokesByClass.get(label).add(strokeRegion(sketch, i));
        }

        Map<LabelClass, Geometry> regions = new LinkedHashMap<>();
        Map<String, LabelClass> byName = new LinkedHashMap<>();
        for (Map.Entry<LabelClass, List<Geometry>> entry : strokesByClass.entrySet()) {
            if (entry.getValue().isEmpty()) {
                continue;
            }
            LabelClass earlier = byName.putIfAbsent(entry.getKey().getName(), entry.getKey());
            if (earlier != null) {
                throw new SketchException(SketchException.Reason.DUPLICATE_CLASS_NAME, "Two sketched classes are named '"
                        + earlier.getName() + "'; rename one so their regions can be told apart.");
            }
            // The robust overlay copes with the nearly coincident edges that overlapping round
            // brush strokes produce, where the classic overlay can throw a TopologyException.
            regions.put(entry.getKey(), OverlayNGRobust.union(entry.getValue(), GEOMETRY));
        }
        return regions;
    }

    /** The area one stroke painted: its polyline (or a lone point) buffered by the brush radius. */
    public static Geometry strokeRegion(Sketch sketch) throws SketchException {
        return strokeRegion(sketch, -1);
    }

    private static Geometry strokeRegion(Sketch sketch, int index) throws SketchException {
        String which = index >= 0 ? "Stroke " + (index + 1) : "The stroke";
        double[] xy = sketch.getPoints();
        if (xy == null || xy.length < 2 || xy.length % 2 != 0) {
            throw new SketchException(SketchException.Reason.DEGENERATE_STROKE, index, which
                    + " has no points (expected x,y pairs, got " + (xy == null ? "none" : xy.length + " numbers") + ").");
        }
        double radius = sketch.getRadius();
        if (!(radius > 0) || Double.isInfinite(radius)) {
            throw new SketchException(SketchException.Reason.DEGENERATE_STROKE, index,
                    which + " has brush radius " + radius + "; it must be a positive number.");
        }
        List<Coordinate> path = new ArrayList<>(xy.length / 2);
        for (int k = 0; k < xy.length; k += 2) {
            if (!Double.isFinite(xy[k]) || !Double.isFinite(xy[k + 1])) {
                throw new SketchException(SketchException.Reason.DEGENERATE_STROKE, index,
                        which + " has a point that is not a finite number.");
            }
            Coordinate c = new Coordinate(xy[k], xy[k + 1]);
            // A mouse that rests sends the same position again; such repeats add nothing to the path.
            if (path.isEmpty() || !path.get(path.size() - 1).equals2D(c)) {
                path.add(c);
            }
        }
        Geometry centreLine = path.size() == 1 ? GEOMETRY.createPoint(path.get(0))
                : GEOMETRY.createLineString(path.toArray(Coordinate[]::new));
        return centreLine.buffer(radius, QUADRANT_SEGMENTS);
    }

    private static Map<LabelClass, Geometry> withoutOverlaps(Map<LabelClass, Geometry> regions) throws SketchException {
        Map<LabelClass, Geometry> exclusive = new LinkedHashMap<>();
        for (Map.Entry<LabelClass, Geometry> entry : regions.entrySet()) {
            List<Geometry> others = new ArrayList<>();
            for (Map.Entry<LabelClass, Geometry> other : regions.entrySet()) {
                if (other.getKey() != entry.getKey()) {
                    others.add(other.getValue());
                }
            }
            Geometry rest = OverlayNGRobust.overlay(entry.getValue(), OverlayNGRobust.union(others, GEOMETRY),
                    OverlayNG.DIFFERENCE);
            if (rest.getArea() <= 0) {
                throw new SketchException(SketchException.Reason.CLASS_COVERED, "Everything painted for '"
                        + entry.getKey().getName() + "' is also painted for another class; paint some of it on its own.");
            }
            exclusive.put(entry.getKey(), rest);
        }
        return exclusive;
    }

    /**
     * Uniform points in {@code region}: pick one of its polygons with probability proportional to
     * its area, then rejection-sample inside that polygon's bounding box. Going polygon by polygon
     * keeps the boxes tight when a class is painted in several far-apart places.
     */
    private static double[][] samplePoints(String className, Geometry region, int count, SplittableRandom random)
            throws SketchException {
        @SuppressWarnings("unchecked")
        List<Polygon> polygons = new ArrayList<>(PolygonExtracter.getPolygons(region));
        polygons.removeIf(polygon -> !(polygon.getArea() > 0));
        if (polygons.isEmpty()) {
            throw new SketchException(SketchException.Reason.DEGENERATE_STROKE,
                    "The region painted for '" + className + "' has no area.");
        }
        PreparedGeometry[] prepared = new PreparedGeometry[polygons.size()];
        Envelope[] boxes = new Envelope[polygons.size()];
        double[] cumulativeArea = new double[polygons.size()];
        double totalArea = 0;
        for (int p = 0; p < polygons.size(); p++) {
            prepared[p] = PreparedGeometryFactory.prepare(polygons.get(p));
            boxes[p] = polygons.get(p).getEnvelopeInternal();
            totalArea += polygons.get(p).getArea();
            cumulativeArea[p] = totalArea;
        }

        double[][] points = new double[count][];
        for (int i = 0; i < count; i++) {
            int p = pickByArea(cumulativeArea, random.nextDouble() * totalArea);
            Envelope box = boxes[p];
            int tries = 0;
            while (true) {
                double x = box.getMinX() + random.nextDouble() * box.getWidth();
                double y = box.getMinY() + random.nextDouble() * box.getHeight();
                if (prepared[p].contains(GEOMETRY.createPoint(new Coordinate(x, y)))) {
                    points[i] = new double[] { x, y };
                    break;
                }
                if (++tries == MAX_TRIES_PER_POINT) {
                    throw new SketchException(SketchException.Reason.DEGENERATE_STROKE,
                            "The region painted for '" + className + "' is too thin to sample; widen the brush.");
                }
            }
        }
        return points;
    }

    private static int pickByArea(double[] cumulativeArea, double target) {
        int found = Arrays.binarySearch(cumulativeArea, target);
        int index = found >= 0 ? found + 1 : -found - 1;
        // nextDouble() < 1, but rounding in the running sum could still land past the end.
        return Math.min(index, cumulativeArea.length - 1);
    }

    private String describe(List<? extends Sketch> sketches, Map<LabelClass, Geometry> regions, long seed) {
        Map<LabelClass, Integer> strokes = new LinkedHashMap<>();
        for (LabelClass label : regions.keySet()) {
            strokes.put(label, 0);
        }
        for (Sketch sketch : sketches) {
            strokes.merge(sketch.getLabel(), 1, Integer::sum);
        }
        List<String> parts = new ArrayList<>();
        strokes.forEach((label, n) -> parts.add(label.getName() + ": " + n + (n == 1 ? " stroke" : " strokes")));
        return "Sampled from " + sketches.size() + (sketches.size() == 1 ? " sketch" : " sketches") + " ("
                + String.join(", ", parts) + "), " + pointsPerClass + " points per class, overlaps "
                + (overlapsDropped ? "dropped" : "kept") + ", seed " + seed;
    }
}
