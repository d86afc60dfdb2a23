package org.contour.ui.canvas;

import java.util.List;
import java.util.function.Supplier;

import org.contour.core.interpret.Numbers;
import org.eclipse.draw2d.ColorConstants;
import org.eclipse.draw2d.FigureUtilities;
import org.eclipse.draw2d.Graphics;
import org.eclipse.draw2d.Figure;
import org.eclipse.draw2d.geometry.Dimension;
import org.eclipse.draw2d.geometry.Rectangle;

/**
 * The map's axes along the bottom and left edges: round values at round places and the axes'
 * names, so that a rule the model view shows ("petal_width_cm ≤ 0.8") can be found on the map.
 * It follows zoom and pan through the shared transform and takes no mouse events.
 */
public final class AxesFigure extends Figure {

    /** About this many pixels between two ticks. */
    private static final int TICK_SPACING = 90;
    private static final int TICK = 4;

    private final ViewTransform transform;
    private final Supplier<List<String>> axisNames;

    AxesFigure(ViewTransform transform, Supplier<List<String>> axisNames) {
        this.transform = transform;
        this.axisNames = axisNames;
    }

    @Override
    public boolean containsPoint(int x, int y) {
        return false;
    }

    @Override
    protected void paintFigure(Graphics g) {
        List<String> names = axisNames.get();
        if (names == null) {
            return;
        }
        Rectangle area = getClientArea();
        g.setForegroundColor(ColorConstants.darkGray);
        g.setLineWidth(1);
        int textHeight = FigureUtilities.getFontMetrics(getFont()).getHeight();

        // x: ticks on the bottom edge, labels just above them
        double x0 = transform.toDataX(area.x);
        double x1 = transform.toDataX(area.right());
        double step = niceStep(Math.abs(x1 - x0) * TICK_SPACING / Math.max(1, area.width));
        int lastRight = Integer.MIN_VALUE;
        for (double v = Math.ceil(Math.min(x0, x1) / step) * step; v <= Math.max(x0, x1); v += step) {
            int px = (int) Math.round(transform.toScreenX(v));
            g.drawLine(px, area.bottom() - TICK, px, area.bottom());
            String text = Numbers.format(round(v, step));
            Dimension size = FigureUtilities.getTextExtents(text, getFont());
            int left = px - size.width / 2;
            if (left > lastRight + 6) {
                g.drawText(text, left, area.bottom() - TICK - textHeight);
                lastRight = left + size.width;
            }
        }
        // y: ticks on the left edge, labels just above them (beside a tick, "2" read as "-2")
        double y0 = transform.toDataY(area.bottom());
        double y1 = transform.toDataY(area.y);
        step = niceStep(Math.abs(y1 - y0) * TICK_SPACING / Math.max(1, area.height));
        for (double v = Math.ceil(Math.min(y0, y1) / step) * step; v <= Math.max(y0, y1); v += step) {
            int py = (int) Math.round(transform.toScreenY(v));
            if (py > area.bottom() - 2 * textHeight - TICK || py - textHeight < area.y) {
                continue; // leave the corner to the x axis
            }
            g.drawLine(area.x, py, area.x + TICK, py);
            g.drawText(Numbers.format(round(v, step)), area.x + 2, py - textHeight);
        }
        // the names: x at the bottom right, y at the top right (the legend holds the top left)
        if (names.size() >= 2) {
            g.setForegroundColor(ColorConstants.black);
            g.setBackgroundColor(ColorConstants.white);
            String x = names.get(0) + " \u2192";
            Dimension xs = FigureUtilities.getTextExtents(x, getFont());
            // on a white ground: the names stay legible over regions (points are drawn above)
            g.fillText(x, area.right() - xs.width - 6, area.bottom() - TICK - 2 * textHeight);
            String y = "\u2191 " + names.get(1);
            Dimension ys = FigureUtilities.getTextExtents(y, getFont());
            g.fillText(y, area.right() - ys.width - 6, area.y + 4);
        }
    }

    /** 1, 2 or 5 times a power of ten, at least {@code raw}. */
    public static double niceStep(double raw) {
        if (!(raw > 0) || !Double.isFinite(raw)) {
            return 1;
        }
        double power = Math.pow(10, Math.floor(Math.log10(raw)));
        double m = raw / power;
        return (m <= 1 ? 1 : m <= 2 ? 2 : m <= 5 ? 5 : 10) * power;
    }

    /** {@code v} without the float noise of adding up steps (0.30000000000000004). */
    private static double round(double v, double step) {
        double r = Math.round(v / step) * step;
        return Math.abs(r) < step * 1e-9 ? 0 : r;
    }
}
