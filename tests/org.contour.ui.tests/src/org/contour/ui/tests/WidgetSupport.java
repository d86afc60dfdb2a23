package org.contour.ui.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.fail;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Predicate;

import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Combo;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Display;
import org.eclipse.swt.widgets.Group;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.swt.widgets.Text;

/**
 * Finding widgets in dialogs and using them as a person does: clicks through
 * {@link UiTestSupport}, keys typed by the X server (xdotool), and steps run inside a modal
 * dialog's own event loop.
 */
final class WidgetSupport {

    /** The key under which Contour's option forms store an option field's id. */
    static final String OPTION_KEY = "org.contour.option";

    /** Steps to run once a dialog is open, in its event loop. */
    @FunctionalInterface
    interface DialogSteps {
        void run(Shell dialog) throws Exception;
    }

    private WidgetSupport() {
    }

    /**
     * Runs {@code steps} as soon as a visible shell titled {@code title} appears: modal dialogs
     * run an event loop of their own, so a test acts on them from a timer inside that loop. A
     * failure is kept and rethrown by {@link Pending#rethrow()}; the dialog is closed if a step
     * fails, so that the workbench is usable for the next test.
     */
    static Pending whenShellOpens(String title, DialogSteps steps) {
        Display display = Display.getCurrent();
        Pending pending = new Pending();
        Runnable[] poll = new Runnable[1];
        poll[0] = () -> {
            for (Shell shell : display.getShells()) {
                if (title.equals(shell.getText()) && shell.isVisible()) {
                    try {
                        UiTestSupport.settle(200);
                        steps.run(shell);
                    } catch (Throwable t) {
                        pending.failure.set(t);
                        if (!shell.isDisposed()) {
                            shell.close();
                        }
                    } finally {
                        pending.done = true;
                    }
                    return;
                }
            }
            display.timerExec(50, poll[0]);
        };
        display.timerExec(50, poll[0]);
        return pending;
    }

    /** The outcome of {@link #whenShellOpens}. */
    static final class Pending {
        final AtomicReference<Throwable> failure = new AtomicReference<>();
        volatile boolean done;

        void rethrow() throws Exception {
            Throwable t = failure.get();
            if (t instanceof Exception e) {
                throw e;
            }
            if (t instanceof Error e) {
                throw e;
            }
        }
    }

    static List<Control> all(Composite root) {
        List<Control> out = new ArrayList<>();
        for (Control c : root.getChildren()) {
            out.add(c);
            if (c instanceof Composite inner) {
                out.addAll(all(inner));
            }
        }
        return out;
    }

    static <T extends Control> T find(Composite root, Class<T> type, Predicate<T> test, String what) {
        for (Control c : all(root)) {
            if (type.isInstance(c) && test.test(type.cast(c)) && c.isVisible()) {
                return type.cast(c);
            }
        }
        fail("no " + what + " in " + root);
        return null;
    }

    static Button button(Composite root, String text) {
        return find(root, Button.class, b -> text.equals(b.getText()), "button '" + text + "'");
    }

    static Group group(Composite root, String text) {
        return find(root, Group.class, g -> text.equals(g.getText()), "group '" + text + "'");
    }

    /** The first drop-down directly in {@code group} (the contribution chooser). */
    static Combo methodCombo(Group group) {
        for (Control c : group.getChildren()) {
            if (c instanceof Combo combo) {
                return combo;
            }
        }
        fail("no method drop-down in " + group.getText());
        return null;
    }

    static <T extends Control> T option(Composite root, Class<T> type, String id) {
        return find(root, type, c -> id.equals(c.getData(OPTION_KEY)), "option field '" + id + "'");
    }

    /**
     * Picks {@code item} in a read-only drop-down with the keyboard, as a person who clicks it
     * and presses the arrow keys and Enter; checks that it took.
     */
    static void choose(Combo combo, String item) {
        int target = combo.indexOf(item);
        if (target < 0) {
            fail("'" + item + "' is not among " + List.of(combo.getItems()));
        }
        int current = combo.getSelectionIndex();
        if (target == current) {
            return;
        }
        UiTestSupport.clickCentre(combo);
        UiTestSupport.settle(300);
        List<String> keys = new ArrayList<>();
        String key = target > current ? "Down" : "Up";
        for (int i = 0; i < Math.abs(target - current); i++) {
            keys.add(key);
        }
        keys.add("Return");
        keys(combo, keys.toArray(String[]::new));
        UiTestSupport.settle(300);
        assertEquals(item, combo.getText(), "the drop-down shows the chosen item");
    }

    /** Replaces the text of a field by typing, as a person does: click, select all, type. */
    static void typeInto(Text text, String value) {
        UiTestSupport.clickCentre(text);
        keys(text, "ctrl+a");
        if (value.isEmpty()) {
            keys(text, "BackSpace");
        } else {
            UiTestSupport.type(text, value);
        }
        UiTestSupport.settle(200);
        assertEquals(value, text.getText());
    }

    static void keys(Control control, String... keys) {
        UiTestSupport.keys(control, keys);
    }
}
