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
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Shell;

/** Drives the real SWT event loop for UI tests: waiting, posting OS-level mouse events, reading pixels. */
final class UiTestSupport {

    private UiTestSupport() {
    }

    /**
     * Runs {@code action} and returns the errors and warnings the workbench logged meanwhile
     * (an exception in an event handler lands there, and in a dialog in the product).
     */
    static List<String> collectErrors(Runnable action) {
        List<String> errors = new ArrayList<>();
        org.eclipse.core.runtime.ILogListener listener = (status, plugin) -> {
            if (status.getSeverity() >= org.eclipse.core.runtime.IStatus.WARNING) {
                errors.add(status.getMessage() + (status.getException() == null ? "" : ": " + status.getException()));
            }
        };
        org.eclipse.core.runtime.Platform.addLogListener(listener);
        try {
            action.run();
        } finally {
            org.eclipse.core.runtime.Platform.removeLogListener(listener);
        }
        return errors;
    }

    /**
     * Closes every map, gives the window the size the tests' pixel positions assume, opens the
     * bundled sample {@code name} and returns its editor once it shows.
     */
    static org.contour.ui.editor.ContourEditor openSample(org.eclipse.ui.IWorkbenchPage page, String name, long millis) {
        page.closeAllEditors(false);
        page.getWorkbenchWindow().getShell().setSize(1400, 900);
        org.contour.ui.ProjectOpener.openSample(name);
        waitUntil("the " + name + " map to open", millis,
                () -> page.getActiveEditor() instanceof org.contour.ui.editor.ContourEditor);
        settle(500);
        return (org.contour.ui.editor.ContourEditor) page.getActiveEditor();
    }

    /** Opens the iris sample beside what is open, and waits until its map is the active editor. */
    static org.contour.ui.editor.ContourEditor openIris(org.eclipse.ui.IWorkbenchPage page) {
        org.eclipse.ui.IEditorPart before = page.getActiveEditor();
        org.contour.ui.ProjectOpener.openSample("iris");
        waitUntil("the iris map to open", 60_000,
                () -> page.getActiveEditor() instanceof org.contour.ui.editor.ContourEditor e && e != before);
        settle(500);
        return (org.contour.ui.editor.ContourEditor) page.getActiveEditor();
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
     * A left-button drag through {@code path} (control coordinates), made by the X server itself
     * (xdotool, through the XTEST extension), so it travels exactly the way a user's mouse does:
     * through GTK, SWT and GEF's edit domain into the active tool.
     * <p>
     * Not {@link Display#post}: on GTK 3, SWT 3.135 simulates button events at the shell's origin
     * and without setting the button state of the moves that follow, so a posted drag arrives as
     * a click at (0, 0) plus plain hovering (checked with a bare SWT program under Xvfb).
     *
     * @param modifierKey SWT.SHIFT, SWT.CTRL, SWT.ALT (or several of them or'ed) held during the drag, or 0
     */
    static void drag(Control control, List<Point> path, int modifierKey) {
        List<String> command = new ArrayList<>();
        List<String> keys = keyNames(modifierKey);
        addMove(command, control.toDisplay(path.get(0)));
        for (String key : keys) {
            command.addAll(List.of("keydown", key, "sleep", "0.03"));
        }
        command.addAll(List.of("mousedown", "1", "sleep", "0.03"));
        for (Point p : path.subList(1, path.size())) {
            addMove(command, control.toDisplay(p));
        }
        // a person rests at the end before letting go; released at once, GTK now and then handed
        // the release over before the last motion, and the drop landed a few pixels short
        command.addAll(List.of("sleep", "0.1", "mouseup", "1", "sleep", "0.03"));
        for (String key : keys) {
            command.addAll(List.of("keyup", key));
        }
        xdotool(control, command);
    }

    /** A left click at {@code at} (control coordinates), optionally with a modifier key held. */
    static void click(Control control, Point at, int modifierKey) {
        List<String> command = new ArrayList<>();
        List<String> keys = keyNames(modifierKey);
        addMove(command, control.toDisplay(at));
        for (String key : keys) {
            command.addAll(List.of("keydown", key, "sleep", "0.03"));
        }
        command.addAll(List.of("click", "1", "sleep", "0.03"));
        for (String key : keys) {
            command.addAll(List.of("keyup", key));
        }
        xdotool(control, command);
    }

    /** A left double-click at {@code at} (control coordinates). */
    static void doubleClick(Control control, Point at) {
        List<String> command = new ArrayList<>();
        addMove(command, control.toDisplay(at));
        command.addAll(List.of("click", "--repeat", "2", "--delay", "60", "1", "sleep", "0.05"));
        xdotool(control, command);
    }

    /** A right click at {@code at} (control coordinates): opens a context menu. */
    static void rightClick(Control control, Point at) {
        List<String> command = new ArrayList<>();
        addMove(command, control.toDisplay(at));
        command.addAll(List.of("click", "3", "sleep", "0.2"));
        xdotool(control, command);
    }

    /** Types {@code text} on the keyboard into whatever has the focus (xdotool type). */
    static void type(Control control, String text) {
        xdotool(control, List.of("type", "--delay", "20", "--", text));
    }

    /**
     * Presses keys in order, xdotool names: "Return", "Escape", "Delete", "Down", "ctrl+z".
     */
    static void keys(Control control, String... keys) {
        List<String> command = new ArrayList<>();
        for (String k : keys) {
            command.addAll(List.of("key", k, "sleep", "0.05"));
        }
        xdotool(control, command);
    }

    /** A left click in the middle of a widget (a button, a radio button), with the mouse. */
    static void clickCentre(Control widget) {
        // through the parent: on GTK a Text with icons (SWT.SEARCH) or a Spinner maps its own
        // coordinates from an inner window, 9 and 15 pixels off its bounds
        Rectangle b = widget.getParent() == null ? widget.getBounds()
                : widget.getDisplay().map(widget.getParent(), null, widget.getBounds());
        Point onScreen = new Point(b.x + b.width / 2, b.y + b.height / 2);
        List<String> command = new ArrayList<>();
        addMove(command, onScreen);
        command.addAll(List.of("click", "1", "sleep", "0.03"));
        xdotool(widget, command);
    }

    /** Presses the left button at {@code at} (control coordinates) and keeps it down: a drag begins. */
    static void mouseDown(Control control, Point at) {
        List<String> command = new ArrayList<>();
        addMove(command, control.toDisplay(at));
        command.addAll(List.of("mousedown", "1", "sleep", "0.03"));
        xdotool(control, command);
    }

    /** Moves the pointer through {@code path} (control coordinates), the button as it is: a drag goes on. */
    static void mouseMoves(Control control, List<Point> path) {
        List<String> command = new ArrayList<>();
        for (Point p : path) {
            addMove(command, control.toDisplay(p));
        }
        xdotool(control, command);
    }

    /** Releases the left button where the pointer is: the drag ends. */
    static void mouseUp(Control control) {
        xdotool(control, new ArrayList<>(List.of("sleep", "0.1", "mouseup", "1", "sleep", "0.03")));
    }

    /** Moves the pointer to {@code at} (control coordinates) and leaves it there. */
    static void hover(Control control, Point at) {
        List<String> command = new ArrayList<>();
        addMove(command, control.toDisplay(at));
        xdotool(control, command);
    }

    /** Presses and releases a key (an X keysym such as Return, Escape, 3) in the active window. */
    static void key(Control control, String keysym) {
        xdotool(control, new ArrayList<>(List.of("key", keysym)));
    }

    /**
     * Chooses item {@code index} of a read-only combo the way a mouse wheel does it: GTK moves a
     * combo box to the next or previous item per wheel step, firing a selection event each time.
     */
    static void chooseInCombo(org.eclipse.swt.widgets.Combo combo, int index) {
        int steps = index - combo.getSelectionIndex();
        if (steps == 0) {
            return;
        }
        List<String> command = new ArrayList<>();
        org.eclipse.swt.graphics.Point size = combo.getSize();
        addMove(command, combo.toDisplay(new Point(size.x / 2, size.y / 2)));
        for (int i = 0; i < Math.abs(steps); i++) {
            command.addAll(List.of("click", steps > 0 ? "5" : "4", "sleep", "0.05"));
        }
        xdotool(combo, command);
    }

    /** Turns the mouse wheel over {@code at}: {@code steps} notches down (negative: up). */
    static void wheel(Control control, Point at, int steps) {
        List<String> command = new ArrayList<>();
        addMove(command, control.toDisplay(at));
        for (int i = 0; i < Math.abs(steps); i++) {
            command.addAll(List.of("click", steps > 0 ? "5" : "4", "sleep", "0.05"));
        }
        xdotool(control, command);
    }

    /** A left click on the header of column {@code column} of {@code table}. */
    static void clickHeader(org.eclipse.swt.widgets.Table table, int column) {
        int x = 0;
        for (int c = 0; c < column; c++) {
            x += table.getColumn(c).getWidth();
        }
        x += table.getColumn(column).getWidth() / 2;
        // on GTK the header lies above the items' origin: at negative y in the table's coordinates
        click(table, new Point(x - table.getHorizontalBar().getSelection(), -table.getHeaderHeight() / 2), 0);
    }

    /**
     * Runs {@code action} on the UI thread as soon as a shell titled {@code title} is open: for
     * driving a modal dialog that the next click opens (its event loop runs timer runnables).
     */
    static void whenShellOpens(String title, java.util.function.Consumer<Shell> action) {
        Display display = Display.getCurrent();
        long end = System.currentTimeMillis() + 20_000;
        Runnable[] poll = new Runnable[1];
        poll[0] = () -> {
            for (Shell shell : display.getShells()) {
                if (title.equals(shell.getText()) && shell.isVisible()) {
                    settle(200);
                    action.accept(shell);
                    return;
                }
            }
            if (System.currentTimeMillis() < end) {
                display.timerExec(100, poll[0]);
            }
        };
        display.timerExec(100, poll[0]);
    }

    /** All widgets of type {@code type} under {@code root}. */
    static <T extends Control> List<T> find(Composite root, Class<T> type) {
        List<T> out = new ArrayList<>();
        for (Control c : root.getChildren()) {
            if (type.isInstance(c)) {
                out.add(type.cast(c));
            }
            if (c instanceof Composite inner) {
                out.addAll(find(inner, type));
            }
        }
        return out;
    }

    /**
     * Runs xdotool commands from another thread, without the UI thread (which may be blocked in
     * a native dialog's loop, such as GTK's colour chooser).
     */
    static Thread xdotoolInBackground(List<List<String>> commands) {
        Thread t = new Thread(() -> {
            for (List<String> c : commands) {
                List<String> command = new ArrayList<>();
                command.add("xdotool");
                command.addAll(c);
                try {
                    new ProcessBuilder(command).redirectErrorStream(true).start().waitFor();
                } catch (Exception e) {
                    throw new IllegalStateException(e);
                }
            }
        }, "xdotool");
        t.setDaemon(true);
        t.start();
        return t;
    }

    private static void addMove(List<String> command, Point onScreen) {
        command.addAll(List.of("mousemove", Integer.toString(onScreen.x), Integer.toString(onScreen.y), "sleep", "0.01"));
    }

    /** xdotool names of the keys in {@code modifiers} (SWT.SHIFT, SWT.CTRL, SWT.ALT, or'ed). */
    private static List<String> keyNames(int modifiers) {
        if ((modifiers & ~(SWT.SHIFT | SWT.CTRL | SWT.ALT)) != 0) {
            throw new IllegalArgumentException("no xdotool name for key " + modifiers);
        }
        List<String> out = new ArrayList<>();
        if ((modifiers & SWT.SHIFT) != 0) {
            out.add("shift");
        }
        if ((modifiers & SWT.CTRL) != 0) {
            out.add("ctrl");
        }
        if ((modifiers & SWT.ALT) != 0) {
            out.add("alt");
        }
        return out;
    }

    /**
     * Runs xdotool while this (UI) thread keeps dispatching, so each event is handled as it
     * arrives, as it would be for a person; then lets the results settle.
     */
    private static void xdotool(Control control, List<String> arguments) {
        control.getShell().forceActive();
        settle(50);
        List<String> command = new ArrayList<>();
        command.add("xdotool");
        command.addAll(arguments);
        Process process;
        try {
            process = new ProcessBuilder(command).redirectErrorStream(true).start();
        } catch (java.io.IOException e) {
            fail("xdotool is needed for the UI tests (apt-get install xdotool): " + e.getMessage());
            return;
        }
        Display display = control.getDisplay();
        long end = System.currentTimeMillis() + 30_000;
        while (process.isAlive()) {
            if (System.currentTimeMillis() > end) {
                process.destroyForcibly();
                fail("xdotool did not finish: " + command);
            }
            if (!display.readAndDispatch()) {
                display.timerExec(5, () -> { });
                display.sleep();
            }
        }
        if (process.exitValue() != 0) {
            String output;
            try {
                output = new String(process.getInputStream().readAllBytes());
            } catch (java.io.IOException e) {
                output = e.toString();
            }
            fail("xdotool failed (" + process.exitValue() + "): " + output);
        }
        settle(150);
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
