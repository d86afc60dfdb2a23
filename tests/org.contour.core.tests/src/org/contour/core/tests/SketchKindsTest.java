package org.contour.core.tests;

import static org.contour.core.tests.SketchSamplerTest.label;
import static org.contour.core.tests.SketchSamplerTest.sketch;
import static org.contour.core.tests.TeachData.eraser;
import static org.contour.core.tests.TeachData.polygon;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;

import org.contour.api.data.TrainingSet;
import org.contour.core.teach.SketchException;
import org.contour.core.teach.SketchSampler;
import org.contour.model.LabelClass;
import org.contour.model.Sketch;
import org.junit.jupiter.api.Test;
import org.locationtech.jts.geom.Geometry;

/** Polygon regions, the eraser (order matters), labelled examples, counts and seeds. */
class SketchKindsTest {

    private final LabelClass a = label("a");
    private final LabelClass b = label("b");

    @Test
    void aPolygonClaimsItsInside() throws Exception {
        TrainingSet data = new SketchSampler().withPointsPerClass(500).sample(List.of(a, b),
                List.of(polygon(a, 0, 0, 4, 0, 4, 4, 0, 4), polygon(b, 10, 0, 12, 0, 11, 3)), 1);
        for (int i = 0; i < data.size(); i++) {
            double x = data.features()[i][0], y = data.features()[i][1];
            if (data.labels()[i] == 0) {
                assertTrue(x >= 0 && x <= 4 && y >= 0 && y <= 4, x + ", " + y);
            } else {
                // inside the triangle (10,0) (12,0) (11,3)
                assertTrue(y >= 0 && y <= 3 * (1 - Math.abs(x - 11)), x + ", " + y);
            }
        }
        // a self-crossing outline (a bow tie) is repaired, not refused: both loops count
        Geometry bowTie = SketchSampler.polygonRegion(polygon(a, 0, 0, 2, 2, 2, 0, 0, 2));
        assertEquals(2.0, bowTie.getArea(), 1e-9);
    }

    @Test
    void degeneratePolygonsSayWhy() {
        SketchException line = assertThrows(SketchException.class, () -> SketchSampler.polygonRegion(polygon(a, 0, 0, 1, 1, 2, 2)));
        assertTrue(line.getMessage().contains("no area"), line.getMessage());
        SketchException two = assertThrows(SketchException.class, () -> SketchSampler.polygonRegion(polygon(a, 0, 0, 1, 1, 0, 0)));
        assertTrue(two.getMessage().contains("at least three"), two.getMessage());
        SketchException nan = assertThrows(SketchException.class,
                () -> SketchSampler.polygonRegion(polygon(a, 0, 0, Double.NaN, 1, 2, 0)));
        assertTrue(nan.getMessage().contains("not a finite number"), nan.getMessage());
        assertEquals(SketchException.Reason.DEGENERATE_STROKE, nan.getReason());
    }

    @Test
    void theEraserRemovesPaintFromEveryClassAndLaterPaintWins() throws Exception {
        Sketch paintA = polygon(a, 0, 0, 10, 0, 10, 10, 0, 10);
        Sketch paintB = polygon(b, 5, 0, 15, 0, 15, 10, 5, 10);
        // erase a vertical band x in [6, 9] (radius 1.5 around x = 7.5) through both regions
        Sketch band = eraser(1.5, 7.5, -5, 7.5, 15);
        Map<LabelClass, Geometry> regions = SketchSampler.paintedRegions(List.of(a, b), List.of(paintA, paintB, band));
        assertFalse(regions.get(a).contains(geometryPoint(7.5, 5)));
        assertFalse(regions.get(b).contains(geometryPoint(7.5, 5)));
        assertTrue(regions.get(a).contains(geometryPoint(3, 5)));
        assertTrue(regions.get(b).contains(geometryPoint(12, 5)));
        // paint laid after the eraser stays
        Sketch repaint = sketch(a, 0.5, 7.5, 5, 7.5, 5.1);
        regions = SketchSampler.paintedRegions(List.of(a, b), List.of(paintA, paintB, band, repaint));
        assertTrue(regions.get(a).contains(geometryPoint(7.5, 5)));
        // the same strokes in another order: the eraser wins over the earlier repaint
        regions = SketchSampler.paintedRegions(List.of(a, b), List.of(paintA, paintB, repaint, band));
        assertFalse(regions.get(a).contains(geometryPoint(7.5, 5)));
        // sampled points avoid the erased band
        TrainingSet data = new SketchSampler().withPointsPerClass(2000).sample(List.of(a, b),
                List.of(paintA, paintB, band), 3);
        for (double[] p : data.features()) {
            assertFalse(Math.abs(p[0] - 7.5) < 1.4, "a point in the erased band at " + p[0]);
        }
    }

    @Test
    void erasingEverythingIsRefusedClearly() {
        Sketch paintA = sketch(a, 1, 0, 0);
        Sketch paintB = sketch(b, 1, 3, 0);
        SketchException all = assertThrows(SketchException.class, () -> new SketchSampler().sample(List.of(a, b),
                List.of(paintA, paintB, eraser(10, 1.5, 0)), 1));
        assertEquals(SketchException.Reason.ERASED, all.getReason());
        assertTrue(all.getMessage().contains("erased"), all.getMessage());
        SketchException one = assertThrows(SketchException.class, () -> new SketchSampler().sample(List.of(a, b),
                List.of(paintA, paintB, eraser(1.5, 3, 0)), 1));
        assertEquals(SketchException.Reason.SINGLE_CLASS, one.getReason());
        assertTrue(one.getMessage().contains("'a'"), one.getMessage());
        SketchException onlyEraser = assertThrows(SketchException.class,
                () -> new SketchSampler().sample(List.of(a, b), List.of(eraser(1, 0, 0)), 1));
        assertEquals(SketchException.Reason.NO_SKETCHES, onlyEraser.getReason());
    }

    @Test
    void labelledExamplesJoinThePseudoPoints() throws Exception {
        SketchSampler.LabelledExamples examples = new SketchSampler.LabelledExamples(new double[] { 50, 51, 52 },
                new double[] { 0, 0, 0 }, new int[] { 1, 1, 0 }, "three points");
        // one painted class plus labelled examples of the other: trainable
        SketchSampler.Sample sample = new SketchSampler().withPointsPerClass(100).sample(List.of(a, b),
                List.of(sketch(a, 1, 0, 0)), 9, examples);
        TrainingSet data = sample.points();
        assertEquals(103, data.size());
        assertEquals(100, sample.pseudoPointCount());
        assertEquals(100, sample.pseudoPoints().length);
        assertArrayEquals(new String[] { "a", "b" }, data.classNames());
        assertArrayEquals(new double[] { 50, 0 }, data.features()[100]);
        assertEquals(1, data.labels()[100]);
        assertEquals(0, data.labels()[102]);
        assertArrayEquals(new int[] { 1, 2 }, sample.examplesPerClass());
        assertArrayEquals(new int[] { 1, 0 }, sample.strokesPerClass());
        assertTrue(data.origin().contains("a: 1 sketch, 1 labelled example"), data.origin());
        assertTrue(data.origin().contains("b: 0 sketches, 2 labelled examples"), data.origin());
        assertTrue(data.origin().contains("three points"), data.origin());
        // no sketch at all, labels only
        TrainingSet labelsOnly = new SketchSampler().sample(List.of(a, b), List.of(), 9, examples).points();
        assertEquals(3, labelsOnly.size());
        // a labelled example at NaN is refused with its number
        SketchSampler.LabelledExamples nan = new SketchSampler.LabelledExamples(new double[] { Double.NaN },
                new double[] { 0 }, new int[] { 1 }, "bad");
        SketchException e = assertThrows(SketchException.class,
                () -> new SketchSampler().sample(List.of(a, b), List.of(sketch(a, 1, 0, 0)), 9, nan));
        assertTrue(e.getMessage().contains("Labelled example 0"), e.getMessage());
    }

    @Test
    void aMovedOrReshapedSketchIsSampledWhereItIsNow() throws Exception {
        Sketch stroke = sketch(a, 1, 0, 0, 2, 0);
        Sketch other = sketch(b, 1, 20, 20);
        Map<LabelClass, Geometry> before = SketchSampler.paintedRegions(List.of(a, b), List.of(stroke, other));
        assertTrue(before.get(a).contains(geometryPoint(1, 0)));
        stroke.setPoints(new double[] { 10, 0, 12, 0 }); // moved: a new array, as an EMF edit sets
        Map<LabelClass, Geometry> moved = SketchSampler.paintedRegions(List.of(a, b), List.of(stroke, other));
        assertFalse(moved.get(a).contains(geometryPoint(1, 0)));
        assertTrue(moved.get(a).contains(geometryPoint(11, 0)));
        stroke.getPoints()[0] = -30; // even changed in place
        stroke.getPoints()[2] = -28;
        assertTrue(SketchSampler.paintedRegions(List.of(a, b), List.of(stroke, other)).get(a)
                .contains(geometryPoint(-29, 0)));
        stroke.setRadius(5);
        assertTrue(SketchSampler.paintedRegions(List.of(a, b), List.of(stroke, other)).get(a)
                .contains(geometryPoint(-29, 4)));
    }

    @Test
    void countAndSeedFixThePoints() throws Exception {
        List<Sketch> sketches = List.of(sketch(a, 1, 0, 0, 2, 0), polygon(b, 5, 5, 8, 5, 8, 8));
        SketchSampler sampler = new SketchSampler().withPointsPerClass(77);
        TrainingSet first = sampler.sample(List.of(a, b), sketches, 12);
        TrainingSet again = sampler.sample(List.of(a, b), sketches, 12);
        TrainingSet other = sampler.sample(List.of(a, b), sketches, 13);
        assertEquals(154, first.size());
        for (int i = 0; i < first.size(); i++) {
            assertArrayEquals(first.features()[i], again.features()[i]);
        }
        assertFalse(java.util.Arrays.equals(first.features()[0], other.features()[0]));
    }

    private static org.locationtech.jts.geom.Point geometryPoint(double x, double y) {
        return new org.locationtech.jts.geom.GeometryFactory().createPoint(new org.locationtech.jts.geom.Coordinate(x, y));
    }
}
