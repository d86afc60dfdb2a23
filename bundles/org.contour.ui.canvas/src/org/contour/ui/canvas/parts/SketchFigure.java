package org.contour.ui.canvas.parts;

import org.contour.core.teach.SketchException;
import org.contour.core.teach.SketchSampler;
import org.contour.model.Sketch;
import org.contour.model.SketchKind;
import org.contour.ui.canvas.ViewTransform;
import org.eclipse.draw2d.Figure;
import org.eclipse.draw2d.Graphics;
import org.eclipse.draw2d.geometry.Point;
import org.eclipse.swt.SWT;
import org.eclipse.swt.graphics.Color;
import org.eclipse.swt.graphics.Path;
import org.eclipse.swt.graphics.Pattern;
import org.eclipse.swt.widgets.Display;
import org.locationtech.jts.algorithm.locate.IndexedPointInAreaLocator;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.Location;
import org.locationtech.jts.geom.Polygon;
import org.locationtech.jts.geom.util.PolygonExtracter;

/**
 * One sketch, drawn as exactly the area it claims (the sampler's own geometry: a stroke buffered
 * by its brush, a polygon's inside), so that what the expert sees is what the model is trained
 * on. Painted over the decision regions, which are tinted in the same colours, a sketch must
 * stand out from its own region: a diagonal hatching in a darker shade of its label's colour over
 * a light wash, under the points, and a solid rim in that shade above the points (see
 * {@link #paintOutline}). An eraser stroke is white with grey cross-hatching and a dashed rim. A
 * selected sketch gets a black rim.
 */
public final class SketchFigure extends Figure {

    /** How the canvas makes the hatching: a pattern per colour, kept by the canvas. */
    public interface Hatching {
        Pattern hatch(int rgb, boolean cross);

        Color colour(int rgb);
    }

    private final ViewTransform transform;
    private final Hatching hatching;
    private Sketch sketch;
    private Geometry area;
    private IndexedPointInAreaLocator[] locators = new IndexedPointInAreaLocator[0];
    private String problem;
    private int rgb = 0x808080;
    private boolean eraser;
    private boolean selected;

    public SketchFigure(ViewTransform transform, Hatching hatching) {
        this.transform = transform;
        this.hatching = hatching;
    }

    /** Shows {@code shown} as it is now (its points, kind, radius, label colour). */
    public void setSketch(Sketch shown, int labelColour) {
        sketch = shown;
        rgb = labelColour;
        eraser = shown.getKind() == SketchKind.ERASER;
        try {
            area = SketchSampler.areaOf(shown);
            problem = null;
        } catch (SketchException e) {
            area = null;
            problem = e.getMessage();
        }
        var polygons = area == null ? java.util.List.<Polygon>of() : PolygonExtracter.getPolygons(area);
        locators = new IndexedPointInAreaLocator[polygons.size()];
        for (int i = 0; i < locators.length; i++) {
            locators[i] = new IndexedPointInAreaLocator((Geometry) polygons.get(i));
        }
        repaint();
    }

    public void setSelected(boolean on) {
        if (selected != on) {
            selected = on;
            repaint();
        }
    }

    public boolean isSelected() {
        return selected;
    }

    /** The area drawn, in map coordinates, or {@code null} when the sketch has no usable geometry. */
    public Geometry area() {
        return area;
    }

    /** Why the sketch cannot be drawn, or {@code null}. */
    public String problem() {
        return problem;
    }

    /** Hits inside the sketch's area only, so clicks elsewhere reach the map (and its tools). */
    @Override
    public boolean containsPoint(int x, int y) {
        if (area == null || !getBounds().contains(x, y)) {
            return false;
        }
        Coordinate c = new Coordinate(transform.toDataX(x), transform.toDataY(y));
        for (IndexedPointInAreaLocator locator : locators) {
            if (locator.locate(c) != Location.EXTERIOR) {
                return true;
            }
        }
        return false;
    }

    /** The wash and the hatching, under the points; the rim is drawn above them ({@link #paintOutline}). */
    @Override
    protected void paintFigure(Graphics g) {
        if (area == null) {
            return;
        }
        Path path = toPath(area, transform, 0, 0);
        try {
            g.setAntialias(SWT.ON);
            g.setFillRule(SWT.FILL_EVEN_ODD);
            g.setAlpha(eraser ? 170 : 70);
            g.setBackgroundColor(hatching.colour(eraser ? 0xFFFFFF : rgb));
            g.fillPath(path);
            g.setAlpha(255);
            g.setBackgroundPattern(hatching.hatch(eraser ? 0x707070 : rgb, eraser));
            g.fillPath(path);
            g.setBackgroundPattern(null);
        } finally {
            path.dispose();
        }
    }

    /**
     * The rim, drawn by the canvas above the points so that a region stays readable where points
     * crowd it: a white halo under a solid line in a darker shade of the label's colour (black
     * when selected); an eraser's rim is dashed grey.
     */
    public void paintOutline(Graphics g) {
        if (area == null) {
            return;
        }
        Path path = toPath(area, transform, 0, 0);
        try {
            g.setAntialias(SWT.ON);
            if (eraser) {
                g.setForegroundColor(hatching.colour(0xFFFFFF));
                g.setLineWidth(selected ? 5 : 4);
                g.drawPath(path);
                g.setForegroundColor(hatching.colour(selected ? 0x000000 : 0x404040));
                g.setLineWidth(selected ? 3 : 2);
                g.setLineDash(new int[] {6, 4});
                g.drawPath(path);
                g.setLineStyle(Graphics.LINE_SOLID);
            } else {
                g.setForegroundColor(hatching.colour(0xFFFFFF));
                g.setLineWidth(selected ? 5 : 4);
                g.drawPath(path);
                g.setForegroundColor(hatching.colour(selected ? 0x000000 : darker(rgb)));
                g.setLineWidth(selected ? 3 : 2);
                g.drawPath(path);
            }
        } finally {
            path.dispose();
        }
    }

    /** The outline of {@code area} (map coordinates) in canvas pixels, moved by (dx, dy) pixels. */
    public static Path toPath(Geometry area, ViewTransform transform, double dx, double dy) {
        Path path = new Path(Display.getCurrent());
        for (Object o : PolygonExtracter.getPolygons(area)) {
            Polygon polygon = (Polygon) o;
            ring(path, polygon.getExteriorRing().getCoordinates(), transform, dx, dy);
            for (int h = 0; h < polygon.getNumInteriorRing(); h++) {
                ring(path, polygon.getInteriorRingN(h).getCoordinates(), transform, dx, dy);
            }
        }
        return path;
    }

    private static void ring(Path path, Coordinate[] ring, ViewTransform transform, double dx, double dy) {
        if (ring.length == 0) {
            return;
        }
        for (int i = 0; i < ring.length; i++) {
            float x = (float) (transform.toScreenX(ring[i].x) + dx);
            float y = (float) (transform.toScreenY(ring[i].y) + dy);
            if (i == 0) {
                path.moveTo(x, y);
            } else {
                path.lineTo(x, y);
            }
        }
        path.close();
    }

    static int darker(int rgb) {
        int r = ((rgb >> 16) & 0xFF) * 55 / 100;
        int g = ((rgb >> 8) & 0xFF) * 55 / 100;
        int b = (rgb & 0xFF) * 55 / 100;
        return (r << 16) | (g << 8) | b;
    }

    public Sketch sketch() {
        return sketch;
    }

    /** Where the sketch's first point is drawn, for tests and tooltips. */
    public Point firstPoint() {
        double[] points = sketch == null ? null : sketch.getPoints();
        if (points == null || points.length < 2) {
            return new Point(0, 0);
        }
        return new Point((int) Math.round(transform.toScreenX(points[0])), (int) Math.round(transform.toScreenY(points[1])));
    }

    /** The centre of the drawn area on screen (its interior point), for tests and menus. */
    public Point interiorPoint() {
        if (area == null) {
            return firstPoint();
        }
        Coordinate c = area.getInteriorPoint().getCoordinate();
        return new Point((int) Math.round(transform.toScreenX(c.x)), (int) Math.round(transform.toScreenY(c.y)));
    }
}
