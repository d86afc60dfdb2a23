package org.contour.core.tests;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.contour.api.data.TrainingSet;
import org.contour.core.teach.SketchException;
import org.contour.core.teach.SketchSampler;
import org.contour.model.ContourFactory;
import org.contour.model.LabelClass;
import org.contour.model.LabellingProject;
import org.contour.model.Sketch;
import org.junit.jupiter.api.Test;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.GeometryFactory;

class SketchSamplerTest {

    private static final GeometryFactory GEOMETRY = new GeometryFactory();

    private final LabelClass apple = label("apple");
    private final LabelClass banana = label("banana");
    private final LabelClass cherry = label("cherry");

    @Test
    void sameSeedGivesSamePointsAndAnotherSeedOthers() throws SketchException {
        List<Sketch> sketches = List.of(sketch(apple, 1, -5, 0, -4, 2, -3, 1), sketch(banana, 1.5, 5, 0));
        SketchSampler sampler = new SketchSampler().withPointsPerClass(200);

        TrainingSet first = sampler.sample(List.of(apple, banana), sketches, 42);
        TrainingSet again = sampler.sample(List.of(apple, banana), sketches, 42);
        TrainingSet other = sampler.sample(List.of(apple, banana), sketches, 43);

        assertArrayEquals(first.features(), again.features());
        assertArrayEquals(first.labels(), again.labels());
        assertFalse(java.util.Arrays.deepEquals(first.features(), other.features()));
        assertEquals(42, first.seed());
    }

    @Test
    void everyPointLiesWithinTheBrushRadiusOfAStrokeOfItsOwnClass() throws SketchException {
        List<Sketch> sketches = List.of(
                sketch(apple, 0.8, -6, -2, -5, 0, -6, 2, -4, 3),
                sketch(apple, 0.5, -2, -4), // a single click paints a disc
                sketch(banana, 1.2, 4, -3, 6, 3),
                sketch(cherry, 0.3, 0, 5, 3, 6, 6, 5, 9, 6));
        TrainingSet data = new SketchSampler().withPointsPerClass(1000)
                .sample(List.of(apple, banana, cherry), sketches, 7);

        for (int i = 0; i < data.size(); i++) {
            String className = data.classNames()[data.labels()[i]];
            Geometry point = GEOMETRY.createPoint(new Coordinate(data.features()[i][0], data.features()[i][1]));
            boolean inside = false;
            for (Sketch sketch : sketches) {
                if (sketch.getLabel().getName().equals(className)
                        && centreLine(sketch).distance(point) <= sketch.getRadius() + 1e-9) {
                    inside = true;
                }
            }
            assertTrue(inside, "point " + i + " of " + className + " lies outside its strokes");
        }
    }

    @Test
    void everyClassGetsTheSameNumberOfPointsInProjectLabelOrder() throws SketchException {
        LabellingProject project = ContourFactory.eINSTANCE.createLabellingProject();
        // Project order cherry, apple, banana; banana has no sketch and must not appear.
        project.getLabels().addAll(List.of(cherry, apple, banana));
        // One huge apple stroke and one tiny cherry dot: still equal counts.
        project.getSketches().add(sketch(apple, 4, -10, -10, 10, 10, 10, -10));
        project.getSketches().add(sketch(cherry, 0.2, 20, 20));

        TrainingSet data = new SketchSampler().withPointsPerClass(300).sample(project, 1);

        assertArrayEquals(new String[] { "cherry", "apple" }, data.classNames());
        assertArrayEquals(new String[] { "x", "y" }, data.featureNames());
        assertEquals(600, data.size());
        int[] counts = new int[2];
        for (int label : data.labels()) {
            counts[label]++;
        }
        assertArrayEquals(new int[] { 300, 300 }, counts);
        assertTrue(data.origin().contains("seed 1"), data.origin());
    }

    @Test
    void axisNamesBecomeFeatureNames() throws SketchException {
        TrainingSet data = new SketchSampler().withAxisNames("UMAP-1", "UMAP-2")
                .sample(List.of(apple, banana), List.of(sketch(apple, 1, 0, 0), sketch(banana, 1, 5, 5)), 3);
        assertArrayEquals(new String[] { "UMAP-1", "UMAP-2" }, data.featureNames());
    }

    @Test
    void pointsAreSpreadByAreaAcrossSeparateStrokesOfOneClass() throws SketchException {
        // Two dots of radius 1 and 2: the larger holds four times the area, so about 80% of the points.
        List<Sketch> sketches = List.of(sketch(apple, 1, -10, 0), sketch(apple, 2, 10, 0), sketch(banana, 1, 0, 10));
        TrainingSet data = new SketchSampler().withPointsPerClass(4000).sample(List.of(apple, banana), sketches, 11);
        int inLarge = 0;
        for (int i = 0; i < data.size(); i++) {
            if (data.labels()[i] == 0 && data.features()[i][0] > 0) {
                inLarge++;
            }
        }
        assertEquals(0.8, inLarge / 4000.0, 0.03);
    }

    @Test
    void redrawingOneClassLeavesThePointsOfTheOthersInPlace() throws SketchException {
        Sketch appleStroke = sketch(apple, 1, -5, 0, -3, 1);
        SketchSampler sampler = new SketchSampler().withPointsPerClass(100);
        TrainingSet before = sampler.sample(List.of(apple, banana), List.of(appleStroke, sketch(banana, 1, 5, 0)), 9);
        TrainingSet after = sampler.sample(List.of(apple, banana),
                List.of(appleStroke, sketch(banana, 2, 6, 1, 7, 3)), 9);
        for (int i = 0; i < 100; i++) {
            assertArrayEquals(before.features()[i], after.features()[i]);
        }
    }

    @Test
    void droppingOverlapsKeepsContestedAreaOutOfBothClasses() throws SketchException {
        // Two discs overlapping around x = 0.
        List<Sketch> sketches = List.of(sketch(apple, 2, -1.5, 0), sketch(banana, 2, 1.5, 0));
        TrainingSet data = new SketchSampler().withPointsPerClass(2000).withOverlapsDropped(true)
                .sample(List.of(apple, banana), sketches, 5);
        // The brush disc is drawn as a 32-gon, whose edges fall short of the circle by up to
        // r(1 - cos(pi/32)), about 0.01 here: points in that rim are not painted by the polygon.
        double inner = 2 - 2 * (1 - Math.cos(Math.PI / 32)) - 1e-9;
        for (int i = 0; i < data.size(); i++) {
            double x = data.features()[i][0];
            double y = data.features()[i][1];
            double toApple = Math.hypot(x + 1.5, y);
            double toBanana = Math.hypot(x - 1.5, y);
            assertFalse(toApple < inner && toBanana < inner, "point " + i + " lies in both discs");
        }
        assertEquals(4000, data.size());
    }

    @Test
    void aClassPaintedOnlyUnderAnotherFailsWhenOverlapsAreDropped() {
        List<Sketch> sketches = List.of(sketch(apple, 5, 0, 0), sketch(banana, 1, 1, 1));
        SketchException e = assertThrows(SketchException.class, () -> new SketchSampler().withOverlapsDropped(true)
                .sample(List.of(apple, banana), sketches, 5));
        assertEquals(SketchException.Reason.CLASS_COVERED, e.getReason());
        assertTrue(e.getMessage().contains("banana"), e.getMessage());
    }

    @Test
    void oneSketchedClassIsRejected() {
        List<Sketch> sketches = List.of(sketch(apple, 1, 0, 0, 1, 1), sketch(apple, 1, 5, 5));
        SketchException e = assertThrows(SketchException.class,
                () -> new SketchSampler().sample(List.of(apple, banana), sketches, 1));
        assertEquals(SketchException.Reason.SINGLE_CLASS, e.getReason());
        assertTrue(e.getMessage().contains("at least two classes"), e.getMessage());
    }

    @Test
    void noSketchesAreRejected() {
        SketchException e = assertThrows(SketchException.class,
                () -> new SketchSampler().sample(List.of(apple, banana), List.of(), 1));
        assertEquals(SketchException.Reason.NO_SKETCHES, e.getReason());
    }

    @Test
    void degenerateStrokesAreRejectedNamingTheStroke() {
        for (Sketch broken : List.of(sketch(banana, 1), sketch(banana, 1, 3), sketch(banana, 0, 1, 1),
                sketch(banana, 1, 1, Double.NaN))) {
            SketchException e = assertThrows(SketchException.class,
                    () -> new SketchSampler().sample(List.of(apple, banana), List.of(sketch(apple, 1, 0, 0), broken), 1));
            assertEquals(SketchException.Reason.DEGENERATE_STROKE, e.getReason());
            assertEquals(1, e.getSketchIndex());
            assertTrue(e.getMessage().startsWith("Stroke 2"), e.getMessage());
        }
        Sketch noPoints = ContourFactory.eINSTANCE.createSketch();
        noPoints.setLabel(banana);
        noPoints.setRadius(1);
        SketchException e = assertThrows(SketchException.class,
                () -> new SketchSampler().sample(List.of(apple, banana), List.of(sketch(apple, 1, 0, 0), noPoints), 1));
        assertEquals(SketchException.Reason.DEGENERATE_STROKE, e.getReason());
    }

    @Test
    void aSketchOfAClassOutsideTheProjectIsRejected() {
        SketchException e = assertThrows(SketchException.class, () -> new SketchSampler()
                .sample(List.of(apple, banana), List.of(sketch(apple, 1, 0, 0), sketch(cherry, 1, 4, 4)), 1));
        assertEquals(SketchException.Reason.UNKNOWN_CLASS, e.getReason());
    }

    @Test
    void repeatedMousePositionsStillPaintTheStroke() throws SketchException {
        // The mouse rested at the start: the stroke is a dot, painted as a disc.
        Geometry dot = SketchSampler.strokeRegion(sketch(apple, 2, 3, 3, 3, 3, 3, 3));
        assertEquals(Math.PI * 4, dot.getArea(), 0.15);
        Geometry line = SketchSampler.strokeRegion(sketch(apple, 1, 0, 0, 0, 0, 10, 0, 10, 0));
        assertEquals(20 + Math.PI, line.getArea(), 0.1);
    }

    static LabelClass label(String name) {
        LabelClass label = ContourFactory.eINSTANCE.createLabelClass();
        label.setName(name);
        return label;
    }

    static Sketch sketch(LabelClass label, double radius, double... xy) {
        Sketch sketch = ContourFactory.eINSTANCE.createSketch();
        sketch.setLabel(label);
        sketch.setRadius(radius);
        sketch.setPoints(xy);
        return sketch;
    }

    /** The stroke's centre line computed independently of the sampler, to check it against. */
    private static Geometry centreLine(Sketch sketch) {
        double[] xy = sketch.getPoints();
        Coordinate[] path = new Coordinate[xy.length / 2];
        for (int k = 0; k < path.length; k++) {
            path[k] = new Coordinate(xy[2 * k], xy[2 * k + 1]);
        }
        return path.length == 1 ? GEOMETRY.createPoint(path[0]) : GEOMETRY.createLineString(path);
    }
}
