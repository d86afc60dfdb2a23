package org.contour.ui.canvas.parts;

import org.contour.ui.canvas.ViewTransform;
import org.eclipse.draw2d.ColorConstants;
import org.eclipse.draw2d.Figure;
import org.eclipse.draw2d.Graphics;
import org.eclipse.swt.SWT;
import org.eclipse.swt.graphics.Path;
import org.locationtech.jts.geom.Geometry;

/**
 * Feedback while a sketch is dragged: its outline, dashed, where it would land (moved by the
 * drag), or a polygon's new outline while a corner is dragged. Never hit by the mouse.
 */
final class GhostFigure extends Figure {

    private final ViewTransform transform;
    private final Geometry area;
    private double dx;
    private double dy;
    private double[] outline;

    GhostFigure(ViewTransform transform, Geometry area) {
        this.transform = transform;
        this.area = area;
    }

    void setOffset(double x, double y) {
        dx = x;
        dy = y;
        repaint();
    }

    /** A polygon's corners (map coordinates) to draw instead of the moved area. */
    void setOutline(double[] corners) {
        outline = corners;
        repaint();
    }

    @Override
    public boolean containsPoint(int x, int y) {
        return false;
    }

    @Override
    protected void paintFigure(Graphics g) {
        g.setAntialias(SWT.ON);
        g.setForegroundColor(ColorConstants.black);
        g.setLineWidth(2);
        g.setLineDash(new int[] {5, 4});
        if (outline != null && outline.length >= 4) {
            int[] screen = new int[outline.length];
            for (int i = 0; i + 1 < outline.length; i += 2) {
                screen[i] = (int) Math.round(transform.toScreenX(outline[i]));
                screen[i + 1] = (int) Math.round(transform.toScreenY(outline[i + 1]));
            }
            g.drawPolygon(screen);
        } else if (area != null) {
            Path path = SketchFigure.toPath(area, transform, dx, dy);
            try {
                g.drawPath(path);
            } finally {
                path.dispose();
            }
        }
        g.setLineStyle(Graphics.LINE_SOLID);
    }
}
