package org.contour.ui.tests;

import static org.junit.jupiter.api.Assertions.fail;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.function.BooleanSupplier;

import org.eclipse.swt.SWT;
import org.eclipse.swt.graphics.GC;
import org.eclipse.swt.graphics.Image;
import org.eclipse.swt.graphics.ImageData;
import org.eclipse.swt.graphics.ImageLoader;
import org.eclipse.swt.graphics.Point;
import org.eclipse.swt.graphics.Rectangle;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Display;
import org.eclipse.swt.widgets.Event;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Shell;

/** Drives the real SWT event loop for UI tests: waiting, posting OS-level mouse events, reading pixels. */
final class UiTestSupport {

    private UiTestSupport() {
    }

    /** Runs the event loop until {@code condition} holds; fails after {@code millis}. */
    static void waitUntil(String what, long millis, BooleanSupplier condition) {
        Display display = Display.getCurrent();
        long end = System.currentTimeMillis() + millis;
        while (!condition.getAsBoolean()) {
            if (System.currentTimeMillis() > end) {
                fail("Timed out after " + millis + " ms waiting for " + what);
            }
            if (!display.readAndDispatch()) {
                display.timerExec(20, () -> { });
                display.sleep();
            }
        }
    }

    /** Lets pending events, async runnables and paints run. */
    static void settle(long millis) {
        Display display = Display.getCurrent();
        long end = System.currentTimeMillis() + millis;
        while (System.currentTimeMillis() < end) {
            while (display.readAndDispatch()) {
                // drain
            }
            display.timerExec(10, () -> { });
            display.sleep();
        }
        while (display.readAndDispatch()) {
            // drain
        }
    }

    /**
     * A left-button drag through {@code path} (control coordinates), posted as real OS events
     * (XTest under Xvfb), so it travels the same way as a user's mouse: through SWT and GEF's
     * edit domain into the active tool.
     */
    static void drag(Control control, List<Point> path, int modifierKey) {
        Display display = control.getDisplay();
        control.getShell().forceActive();
        settle(50);
        if (modifierKey != 0) {
            post(display, SWT.KeyDown, modifierKey, null);
        }
        Point first = control.toDisplay(path.get(0));
        post(display, SWT.MouseMove, 0, first);
        settle(30);
        post(display, SWT.MouseDown, 1, null);
        settle(30);
        for (Point p : path.subList(1, path.size())) {
            post(display, SWT.MouseMove, 0, control.toDisplay(p));
            settle(8);
        }
        post(display, SWT.MouseUp, 1, null);
        if (modifierKey != 0) {
            post(display, SWT.KeyUp, modifierKey, null);
        }
        settle(150);
    }

    private static void post(Display display, int type, int detail, Point at) {
        Event e = new Event();
        e.type = type;
        if (type == SWT.MouseDown || type == SWT.MouseUp) {
            e.button = detail;
        } else if (type == SWT.KeyDown || type == SWT.KeyUp) {
            e.keyCode = detail;
        }
        if (at != null) {
            e.x = at.x;
            e.y = at.y;
        }
        if (!display.post(e)) {
            fail("The display refused a posted event (" + type + "); is XTest available?");
        }
    }

    /** What the control shows now, pixel for pixel. */
    static ImageData pixels(Control control) {
        Rectangle size = control.getBounds();
        Image image = new Image(control.getDisplay(), size.width, size.height);
        GC gc = new GC(image);
        try {
            control.print(gc);
        } finally {
            gc.dispose();
        }
        ImageData data = image.getImageData();
        image.dispose();
        return data;
    }

    static int rgbAt(ImageData data, int x, int y) {
        org.eclipse.swt.graphics.RGB rgb = data.palette.getRGB(data.getPixel(x, y));
        return (rgb.red << 16) | (rgb.green << 8) | rgb.blue;
    }

    /** Saves what the screen shows of {@code shell} as a PNG under -Dcontour.screenshots. */
    static Path screenshot(Shell shell, String name) throws Exception {
        String folder = System.getProperty("contour.screenshots", "target/screenshots");
        Path out = Path.of(folder, name + ".png");
        Files.createDirectories(out.getParent());
        settle(300);
        Display display = shell.getDisplay();
        Rectangle bounds = shell.getBounds();
        Image image = new Image(display, bounds.width, bounds.height);
        GC gc = new GC(display);
        try {
            gc.copyArea(image, bounds.x, bounds.y);
        } finally {
            gc.dispose();
        }
        ImageLoader loader = new ImageLoader();
        loader.data = new ImageData[] {image.getImageData()};
        loader.save(out.toString(), SWT.IMAGE_PNG);
        image.dispose();
        return out;
    }

    /** All label texts in a shell, for reading what a dialog says. */
    static List<String> texts(Composite root) {
        List<String> out = new ArrayList<>();
        for (Control c : root.getChildren()) {
            if (c instanceof Label l && l.getText() != null) {
                out.add(l.getText());
            }
            if (c instanceof Composite inner) {
                out.addAll(texts(inner));
            }
        }
        return out;
    }
}
