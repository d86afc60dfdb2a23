package org.contour.ui.canvas.parts;

import org.contour.ui.canvas.ViewTransform;
import org.eclipse.draw2d.Figure;
import org.eclipse.draw2d.Graphics;
import org.eclipse.draw2d.geometry.Point;
import org.eclipse.swt.SWT;
import org.eclipse.swt.graphics.Color;

/** One painted stroke: a wide, translucent line in its label's colour. */
public final class SketchFigure extends Figure {

    private final ViewTransform transform;
    private double[] points = new double[0];
    private double radius;
    private Color colour;

    public SketchFigure(ViewTransform transform) {
        this.transform = transform;
    }

    public void setStroke(double[] points, double radius, Color colour) {
        this.points = points == null ? new double[0] : points;
        this.radius = radius;
        this.colour = colour;
        repaint();
    }

    /** Hits only on the stroke itself, so clicks elsewhere reach the map (and its tools). */
    @Override
    public boolean containsPoint(int x, int y) {
        double limit = Math.max(radius * transform.scale(), 3);
        for (int i = 0; i + 1 < points.length; i += 2) {
            double dx = transform.toScreenX(points[i]) - x;
            double dy = transform.toScreenY(points[i + 1]) - y;
            if (dx * dx + dy * dy <= limit * limit) {
                return true;
            }
        }
        return false;
    }

    @Override
    protected void paintFigure(Graphics g) {
        if (points.length < 2 || colour == null) {
            return;
        }
        int[] screen = new int[points.length];
        for (int i = 0; i + 1 < points.length; i += 2) {
            screen[i] = (int) Math.round(transform.toScreenX(points[i]));
            screen[i + 1] = (int) Math.round(transform.toScreenY(points[i + 1]));
        }
        int width = (int) Math.max(2, Math.round(2 * radius * transform.scale()));
        g.setAlpha(110);
        g.setForegroundColor(colour);
        g.setBackgroundColor(colour);
        g.setLineWidth(width);
        g.setLineCap(SWT.CAP_ROUND);
        g.setLineJoin(SWT.JOIN_ROUND);
        if (screen.length == 2) {
            g.fillOval(screen[0] - width / 2, screen[1] - width / 2, width, width);
        } else {
            g.drawPolyline(screen);
        }
        g.setAlpha(255);
    }

    /** Top-left of the stroke's extent, for tests and tooltips. */
    public Point firstPoint() {
        return new Point((int) transform.toScreenX(points[0]), (int) transform.toScreenY(points[1]));
    }
}
