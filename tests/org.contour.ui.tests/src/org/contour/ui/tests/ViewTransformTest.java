package org.contour.ui.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;

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
}
