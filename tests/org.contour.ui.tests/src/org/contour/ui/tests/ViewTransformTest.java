package org.contour.ui.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.contour.ui.canvas.AxesFigure;
import org.contour.ui.canvas.ViewTransform;
import org.junit.jupiter.api.Test;

/** The canvas's data-to-pixel transform: fitting, zooming about a point, and the zoom limits. */
class ViewTransformTest {

    @Test
    void zoomKeepsThePointUnderTheMouseAndStopsAtItsLimits() {
        ViewTransform t = new ViewTransform();
        t.fit(-10, 10, -5, 5, 1000, 600);
        double fitted = t.scale();
        double x = t.toDataX(300), y = t.toDataY(200);
        t.zoomAt(300, 200, 2);
        assertEquals(2 * fitted, t.scale(), 1e-9);
        assertEquals(x, t.toDataX(300), 1e-9);
        assertEquals(y, t.toDataY(200), 1e-9);
        // a mouse wheel held down for long once zoomed the map out of int range and it looked empty
        for (int i = 0; i < 1000; i++) {
            t.zoomAt(300, 200, 1.25);
        }
        assertEquals(ViewTransform.MAX_ZOOM * fitted, t.scale(), 1e-6 * fitted * ViewTransform.MAX_ZOOM);
        assertEquals(x, t.toDataX(300), 1e-6);
        for (int i = 0; i < 2000; i++) {
            t.zoomAt(300, 200, 0.8);
        }
        assertEquals(ViewTransform.MIN_ZOOM * fitted, t.scale(), 1e-9);
        assertEquals(y, t.toDataY(200), 1e-6);
    }

    @Test
    void axisTicksFallOnOneTwoOrFiveTimesAPowerOfTen() {
        assertEquals(0.5, AxesFigure.niceStep(0.31), 1e-12);
        assertEquals(1, AxesFigure.niceStep(0.9), 1e-12);
        assertEquals(2, AxesFigure.niceStep(1.2), 1e-12);
        assertEquals(5, AxesFigure.niceStep(4.99), 1e-12);
        assertEquals(10, AxesFigure.niceStep(7), 1e-12);
        assertEquals(2e-6, AxesFigure.niceStep(1.5e-6), 1e-18);
        assertEquals(1, AxesFigure.niceStep(Double.NaN), 0);
        assertEquals(1, AxesFigure.niceStep(0), 0);
    }
}
