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
import org.contour.model.SketchKind;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.Envelope;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.GeometryFactory;
import org.locationtech.jts.geom.Polygon;
import org.locationtech.jts.algorithm.locate.IndexedPointInAreaLocator;
import org.locationtech.jts.geom.Location;
import org.locationtech.jts.geom.util.AffineTransformation;
import org.locationtech.jts.geom.util.GeometryFixer;
import org.locationtech.jts.geom.util.PolygonExtracter;
import org.locationtech.jts.operation.overlayng.OverlayNG;
import org.locationtech.jts.operation.overlayng.OverlayNGRobust;

/**
 * Turns the expert's sketches into pseudo-labelled training points.
 * <p>
 * A brush stroke is a polyline painted with a round brush, so the area it claims for its class is
 * the polyline buffered by the brush radius (a single click is a disc); a polygon claims the area
 * its closed outline encloses; an eraser stroke (buffered like a brush) removes its area from
 * every class. Sketches apply in order, so paint laid after an eraser stays. The areas of one
 * class are unioned into that class's region, and the same number of points is drawn uniformly
 * from every region: the classifier then learns where the expert painted, not how much ink each
 * class got. Real labelled examples can be added beside them.
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
     * @param sketches   the strokes, oldest first; each brush or polygon must belong to a class of
     *                   {@code labelOrder}
     * @param seed       fixes the points; also handed on to the trainer through the training set
     * @throws SketchException when there are no sketches, only one sketched class, a stroke
     *                         without usable geometry or class, everything painted was erased, or
     *                         (overlaps dropped) a class painted only where others painted too
     */
    public TrainingSet sample(List<? extends LabelClass> labelOrder, List<? extends Sketch> sketches, long seed)
            throws SketchException {
        return sample(labelOrder, sketches, seed, null).points();
    }

    /**
     * What {@link #sample(List, List, long, LabelledExamples)} made: the training set (the
     * pseudo-points first, class by class, then the labelled examples) and what went into it.
     *
     * @param points           the training set
     * @param pseudoPointCount how many of its rows, from the first, were sampled from regions
     * @param strokesPerClass  brush and polygon sketches per class of the training set
     * @param examplesPerClass labelled examples per class of the training set
     * @param erasers          eraser strokes applied
     */
    public record Sample(TrainingSet points, int pseudoPointCount, int[] strokesPerClass, int[] examplesPerClass,
            int erasers) {

        /** The sampled pseudo-points alone, for showing them as a layer on the map. */
        public double[][] pseudoPoints() {
            return Arrays.copyOf(points.features(), pseudoPointCount);
        }

        /** The class (index into the training set's classes) of each pseudo-point. */
        public int[] pseudoPointLabels() {
            return Arrays.copyOf(points.labels(), pseudoPointCount);
        }
    }

    /**
     * Real examples to train on beside the pseudo-points: the labelled rows of the project at
     * their map coordinates.
     *
     * @param xs     map x per example
     * @param ys     map y per example
     * @param labels per example an index into the {@code labelOrder} given to the sampler
     * @param origin a few words for the provenance ("labelled examples of digits")
     */
    public record LabelledExamples(double[] xs, double[] ys, int[] labels, String origin) {
        public LabelledExamples {
            Objects.requireNonNull(xs, "xs");
            Objects.requireNonNull(ys, "ys");
            Objects.requireNonNull(labels, "labels");
            if (xs.length != ys.length || xs.length != labels.length) {
                throw new IllegalArgumentException(xs.length + " x, " + ys.length + " y and " + labels.length
                        + " labels given for the labelled examples");
            }
        }
    }

    /**
     * Samples the painted regions as {@link #sample(List, List, long)} does and adds the labelled
     * examples {@code examples} (may be null). A class then needs either a painted region or a
     * labelled example; the training set needs two such classes.
     *
     * @throws SketchException as {@link #sample(List, List, long)}, or when a labelled example
     *                         lies at a non-finite position
     */
    public Sample sample(List<? extends LabelClass> labelOrder, List<? extends Sketch> sketches, long seed,
            LabelledExamples examples) throws SketchException {
        boolean haveExamples = examples != null && examples.labels().length > 0;
        Map<LabelClass, Geometry> regions = haveExamples && sketches.isEmpty() ? new LinkedHashMap<>()
                : paintedRegions(labelOrder, sketches);
        if (overlapsDropped && regions.size() > 1) {
            regions = withoutOverlaps(regions);
        }
        int[] exampleCounts = new int[labelOrder.size()];
        if (haveExamples) {
            for (int i = 0; i < examples.labels().length; i++) {
                int l = examples.labels()[i];
                if (l < 0 || l >= labelOrder.size()) {
                    throw new IllegalArgumentException("labelled example " + i + " has label " + l + ", outside the "
                            + labelOrder.size() + " classes");
                }
                if (!Double.isFinite(examples.xs()[i]) || !Double.isFinite(examples.ys()[i])) {
                    throw new SketchException(SketchException.Reason.DEGENERATE_STROKE,
                            "Labelled example " + i + " is at a position that is not a finite number.");
                }
                exampleCounts[l]++;
            }
        }
        // the classes to learn, in the project's order: painted or labelled
        List<LabelClass> classes = new ArrayList<>();
        for (int l = 0; l < labelOrder.size(); l++) {
            if (regions.containsKey(labelOrder.get(l)) || exampleCounts[l] > 0) {
                classes.add(labelOrder.get(l));
            }
        }
        if (classes.size() < 2) {
            String only = classes.isEmpty() ? null : classes.get(0).getName();
            throw new SketchException(SketchException.Reason.SINGLE_CLASS, only == null
                    ? "Nothing is left to learn from: draw regions for at least two classes."
                    : "Draw regions for at least two classes (so far only '" + only + "' has any).");
        }
        requireDistinctNames(classes);

        int sketchedCount = regions.size();
        int pseudo = sketchedCount * pointsPerClass;
        int labelled = 0;
        for (LabelClass label : classes) {
            labelled += exampleCounts[labelOrder.indexOf(label)];
        }
        String[] classNames = new String[classes.size()];
        double[][] features = new double[pseudo + labelled][];
        int[] labels = new int[features.length];
        int[] strokes = new int[classes.size()];
        int[] examplesPerClass = new int[classes.size()];
        int offset = 0;
        for (int c = 0; c < classes.size(); c++) {
            LabelClass label = classes.get(c);
            String name = label.getName();
            classNames[c] = name;
            Geometry region = regions.get(label);
            if (region == null) {
                continue;
            }
            // Seeded per class name, so redrawing one class leaves the points of the others where
            // they were (unless overlaps are dropped and the edit cut into them), and the boundary
            // moves only because of what the expert changed.
            SplittableRandom random = new SplittableRandom(seed + 0x9E3779B97F4A7C15L * name.hashCode());
            double[][] points = samplePoints(name, region, pointsPerClass, random);
            System.arraycopy(points, 0, features, offset, pointsPerClass);
            Arrays.fill(labels, offset, offset + pointsPerClass, c);
            offset += pointsPerClass;
        }
        for (Sketch sketch : sketches) {
            if (kindOf(sketch) != SketchKind.ERASER) {
                int c = classes.indexOf(sketch.getLabel());
                if (c >= 0) {
                    strokes[c]++;
                }
            }
        }
        if (haveExamples) {
            for (int i = 0; i < examples.labels().length; i++) {
                int c = classes.indexOf(labelOrder.get(examples.labels()[i]));
                features[offset] = new double[] { examples.xs()[i], examples.ys()[i] };
                labels[offset++] = c;
                examplesPerClass[c]++;
            }
        }
        int erasers = (int) sketches.stream().filter(s -> kindOf(s) == SketchKind.ERASER).count();
        String origin = describe(classNames, strokes, examplesPerClass, erasers, sketchedCount, seed,
                haveExamples ? examples.origin() : null);
        return new Sample(new TrainingSet(features, labels, classNames, axisNames(), seed, origin), pseudo, strokes,
                examplesPerClass, erasers);
    }

    private static void requireDistinctNames(List<LabelClass> classes) throws SketchException {
        Map<String, LabelClass> byName = new LinkedHashMap<>();
        for (LabelClass label : classes) {
            if (label.getName() == null || label.getName().isBlank()) {
                throw new SketchException(SketchException.Reason.UNKNOWN_CLASS, "A class to learn has no name.");
            }
            LabelClass earlier = byName.putIfAbsent(label.getName(), label);
            if (earlier != null) {
                throw new SketchException(SketchException.Reason.DUPLICATE_CLASS_NAME, "Two classes are named '"
                        + earlier.getName() + "'; rename one so their regions can be told apart.");
            }
        }
    }

    private static SketchKind kindOf(Sketch sketch) {
        return sketch.getKind() == null ? SketchKind.BRUSH : sketch.getKind();
    }

    /**
     * The area each sketched class painted, in the order of {@code labelOrder}, classes whose
     * region is empty left out. Sketches apply oldest first: a brush stroke (its centre line
     * buffered by its radius) or a polygon (its closed outline) adds to its class's region, an
     * eraser stroke removes its area from every class's region, so paint laid after an eraser
     * stays. Overlaps between classes are not removed here.
     *
     * @throws SketchException when there are no sketches, a sketch has no usable geometry or
     *                         class, or everything painted was erased
     */
    public static Map<LabelClass, Geometry> paintedRegions(List<? extends LabelClass> labelOrder,
            List<? extends Sketch> sketches) throws SketchException {
        if (sketches.isEmpty()) {
            throw new SketchException(SketchException.Reason.NO_SKETCHES,
                    "Nothing is sketched yet: paint regions for at least two classes.");
        }
        Map<LabelClass, Geometry> regions = new LinkedHashMap<>();
        // strokes painted since the last eraser, per class: unioned in one go, which is much
        // faster than one union per stroke
        Map<LabelClass, List<Geometry>> pending = new LinkedHashMap<>();
        for (LabelClass label : labelOrder) {
            pending.put(label, new ArrayList<>());
        }
        boolean anyPaint = false;
        for (int i = 0; i < sketches.size(); i++) {
            Sketch sketch = sketches.get(i);
            SketchKind kind = kindOf(sketch);
            if (kind == SketchKind.ERASER) {
                Geometry erased = area(sketch, SketchKind.ERASER, i);
                flush(pending, regions);
                for (Map.Entry<LabelClass, Geometry> entry : regions.entrySet()) {
                    entry.setValue(OverlayNGRobust.overlay(entry.getValue(), erased, OverlayNG.DIFFERENCE));
                }
                continue;
            }
            LabelClass label = sketch.getLabel();
            if (label == null || !pending.containsKey(label)) {
                throw new SketchException(SketchException.Reason.UNKNOWN_CLASS, i, "Stroke " + (i + 1)
                        + (label == null ? " has no class." : " belongs to a class that is not in the project."));
            }
            if (label.getName() == null || label.getName().isBlank()) {
                throw new SketchException(SketchException.Reason.UNKNOWN_CLASS, i,
                        "The class of stroke " + (i + 1) + " has no name.");
            }
            pending.get(label).add(area(sketch, kind, i));
            anyPaint = true;
        }
        flush(pending, regions);
        if (!anyPaint) {
            throw new SketchException(SketchException.Reason.NO_SKETCHES,
                    "Only eraser strokes so far: paint regions for at least two classes.");
        }

        Map<LabelClass, Geometry> ordered = new LinkedHashMap<>();
        Map<String, LabelClass> byName = new LinkedHashMap<>();
        for (LabelClass label : labelOrder) {
            Geometry region = regions.get(label);
            if (region == null || !(region.getArea() > 0)) {
                continue;
            }
            LabelClass earlier = byName.putIfAbsent(label.getName(), label);
            if (earlier != null) {
                throw new SketchException(SketchException.Reason.DUPLICATE_CLASS_NAME, "Two sketched classes are named '"
                        + earlier.getName() + "'; rename one so their regions can be told apart.");
            }
            ordered.put(label, region);
        }
        if (ordered.isEmpty()) {
            throw new SketchException(SketchException.Reason.ERASED,
                    "Everything painted has been erased: paint regions for at least two classes.");
        }
        return ordered;
    }

    /**
     * The area one sketch covers, whatever its kind (a brush or eraser stroke buffered by its
     * brush, a polygon's inside): what the canvas draws for it, from the same cache the sampling
     * uses, so the drawn shape is exactly the trained one.
     *
     * @throws SketchException when the sketch has no usable geometry
     */
    public static Geometry areaOf(Sketch sketch) throws SketchException {
        return area(sketch, kindOf(sketch), -1);
    }

    /**
     * The area of one sketch, from a cache: the canvas retrains after every stroke, and all the
     * earlier strokes are the same as last time, so only the new one is buffered. An entry is
     * valid while the sketch keeps the same points array (EMF sets a new one on every edit), the
     * same contents of it, radius and kind; the cache holds sketches weakly.
     */
    private static Geometry area(Sketch sketch, SketchKind kind, int index) throws SketchException {
        double[] points = sketch.getPoints();
        CachedArea cached;
        synchronized (AREAS) {
            cached = AREAS.get(sketch);
        }
        if (cached != null && cached.points == points && cached.kind == kind && cached.radius == sketch.getRadius()
                && cached.aspect == sketch.getAspect() && points != null && cached.hash == Arrays.hashCode(points)) {
            return cached.area;
        }
        Geometry area = kind == SketchKind.POLYGON ? polygonRegion(sketch, index) : strokeRegion(sketch, index);
        synchronized (AREAS) {
            AREAS.put(sketch, new CachedArea(points, Arrays.hashCode(points), sketch.getRadius(), sketch.getAspect(),
                    kind, area));
        }
        return area;
    }

    private record CachedArea(double[] points, int hash, double radius, double aspect, SketchKind kind,
            Geometry area) {
    }

    private static final Map<Sketch, CachedArea> AREAS = new java.util.WeakHashMap<>();

    private static void flush(Map<LabelClass, List<Geometry>> pending, Map<LabelClass, Geometry> regions) {
        for (Map.Entry<LabelClass, List<Geometry>> entry : pending.entrySet()) {
            List<Geometry> strokes = entry.getValue();
            if (strokes.isEmpty()) {
                continue;
            }
            Geometry before = regions.get(entry.getKey());
            if (before != null) {
                strokes.add(before);
            }
            // The robust overlay copes with the nearly coincident edges that overlapping round
            // brush strokes produce, where the classic overlay can throw a TopologyException.
            regions.put(entry.getKey(), OverlayNGRobust.union(strokes, GEOMETRY));
            strokes.clear();
        }
    }

    /**
     * The area a polygon sketch encloses: its outline closed from the last point back to the
     * first. An outline that crosses itself is repaired (JTS's GeometryFixer), so a figure
     * eight encloses both loops.
     */
    public static Geometry polygonRegion(Sketch sketch) throws SketchException {
        return polygonRegion(sketch, -1);
    }

    private static Geometry polygonRegion(Sketch sketch, int index) throws SketchException {
        String which = index >= 0 ? "Polygon " + (index + 1) : "The polygon";
        double[] xy = sketch.getPoints();
        if (xy == null || xy.length % 2 != 0) {
            throw new SketchException(SketchException.Reason.DEGENERATE_STROKE, index, which
                    + " has no outline (expected x,y pairs, got " + (xy == null ? "none" : xy.length + " numbers") + ").");
        }
        List<Coordinate> ring = new ArrayList<>();
        for (int k = 0; k < xy.length; k += 2) {
            if (!Double.isFinite(xy[k]) || !Double.isFinite(xy[k + 1])) {
                throw new SketchException(SketchException.Reason.DEGENERATE_STROKE, index,
                        which + " has a corner that is not a finite number.");
            }
            Coordinate c = new Coordinate(xy[k], xy[k + 1]);
            if (ring.isEmpty() || !ring.get(ring.size() - 1).equals2D(c)) {
                ring.add(c);
            }
        }
        if (ring.size() > 1 && ring.get(0).equals2D(ring.get(ring.size() - 1))) {
            ring.remove(ring.size() - 1);
        }
        if (ring.size() < 3) {
            throw new SketchException(SketchException.Reason.DEGENERATE_STROKE, index,
                    which + " has " + ring.size() + " distinct corners; it needs at least three.");
        }
        ring.add(ring.get(0));
        Geometry polygon = GeometryFixer.fix(GEOMETRY.createPolygon(ring.toArray(Coordinate[]::new)));
        if (!(polygon.getArea() > 0)) {
            throw new SketchException(SketchException.Reason.DEGENERATE_STROKE, index,
                    which + " encloses no area (its corners lie on one line).");
        }
        return polygon;
    }

    /**
     * The area one stroke painted: its polyline (or a lone point) buffered by the brush radius.
     * A stroke drawn on a view with its own scale per axis ({@link Sketch#getAspect()} not 1)
     * was round on screen, so it is buffered where it was round, with y divided by the aspect,
     * and stretched back: an ellipse-shaped brush in the data.
     */
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
        double aspect = sketch.getAspect();
        if (!(aspect > 0) || Double.isInfinite(aspect)) {
            throw new SketchException(SketchException.Reason.DEGENERATE_STROKE, index,
                    which + " has brush aspect " + aspect + "; it must be a positive number.");
        }
        Geometry centreLine = path.size() == 1 ? GEOMETRY.createPoint(path.get(0))
                : GEOMETRY.createLineString(path.toArray(Coordinate[]::new));
        if (aspect == 1) {
            return centreLine.buffer(radius, QUADRANT_SEGMENTS);
        }
        Geometry round = AffineTransformation.scaleInstance(1, 1 / aspect).transform(centreLine)
                .buffer(radius, QUADRANT_SEGMENTS);
        return AffineTransformation.scaleInstance(1, aspect).transform(round);
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
        // the indexed locator answers "inside?" for a bare coordinate, without making a Point
        IndexedPointInAreaLocator[] inside = new IndexedPointInAreaLocator[polygons.size()];
        Envelope[] boxes = new Envelope[polygons.size()];
        double[] cumulativeArea = new double[polygons.size()];
        double totalArea = 0;
        for (int p = 0; p < polygons.size(); p++) {
            inside[p] = new IndexedPointInAreaLocator(polygons.get(p));
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
                if (inside[p].locate(new Coordinate(x, y)) == Location.INTERIOR) {
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

    private String describe(String[] classNames, int[] strokes, int[] examples, int erasers, int sketched, long seed,
            String examplesOrigin) {
        List<String> parts = new ArrayList<>();
        int totalStrokes = 0;
        int totalExamples = 0;
        for (int c = 0; c < classNames.length; c++) {
            String part = classNames[c] + ": " + strokes[c] + (strokes[c] == 1 ? " sketch" : " sketches");
            if (examples[c] > 0) {
                part += ", " + examples[c] + (examples[c] == 1 ? " labelled example" : " labelled examples");
            }
            parts.add(part);
            totalStrokes += strokes[c];
            totalExamples += examples[c];
        }
        StringBuilder text = new StringBuilder();
        text.append("Sampled from ").append(totalStrokes).append(totalStrokes == 1 ? " sketch" : " sketches");
        if (erasers > 0) {
            text.append(" and ").append(erasers).append(erasers == 1 ? " eraser stroke" : " eraser strokes");
        }
        text.append(" (").append(String.join("; ", parts)).append("), ").append(pointsPerClass)
                .append(" points per painted class (").append(sketched).append(sketched == 1 ? " class" : " classes")
                .append("), overlaps ").append(overlapsDropped ? "dropped" : "kept").append(", seed ").append(seed);
        if (totalExamples > 0) {
            text.append("; plus ").append(totalExamples).append(" labelled examples")
                    .append(examplesOrigin == null || examplesOrigin.isBlank() ? "" : " (" + examplesOrigin + ")");
        }
        return text.toString();
    }
}
