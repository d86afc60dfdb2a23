package org.contour.ui.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.util.ArrayList;
import java.util.List;

import org.contour.core.session.ProjectSession;
import org.contour.model.LabelClass;
import org.contour.ui.canvas.EmbeddingCanvas;
import org.contour.ui.editor.ContourEditor;
import org.eclipse.swt.graphics.ImageData;
import org.eclipse.swt.graphics.Point;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.swt.widgets.Text;
import org.eclipse.ui.IWorkbenchPage;
import org.eclipse.ui.PlatformUI;
import org.eclipse.ui.actions.ActionFactory;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The label palette on the real digits data: add a label (a duplicate name is refused in the
 * dialog), assign it with the keyboard, rename it, recolour it in GTK's own colour dialog,
 * delete it after being asked, and undo; all through the real widgets and dialogs.
 */
class LabelPaletteUiTest {

    private IWorkbenchPage page;
    private ContourEditor editor;
    private EmbeddingCanvas canvas;
    private ProjectSession session;
    private Control map;

    @BeforeEach
    void openDigits() {
        page = PlatformUI.getWorkbench().getActiveWorkbenchWindow().getActivePage();
        editor = UiTestSupport.openSample(page, "digits", 60_000);
        canvas = editor.canvas();
        session = editor.session();
        map = canvas.getControl();
    }

    @AfterEach
    void close() {
        page.closeAllEditors(false);
    }

    @Test
    void addAssignRenameRecolourDeleteAndUndo() {
        // Add: a name that exists is refused in the dialog itself, then a new one is taken
        boolean[] refused = new boolean[1];
        String[] refusal = new String[1];
        UiTestSupport.whenShellOpens("Add label", dialog -> {
            Text field = UiTestSupport.find(dialog, Text.class).get(0);
            UiTestSupport.type(field, "3");
            UiTestSupport.settle(300);
            refusal[0] = dialogMessage(dialog);
            refused[0] = !button(dialog, "OK").isEnabled();
            UiTestSupport.key(field, "ctrl+a");
            UiTestSupport.type(field, "odd");
            UiTestSupport.settle(300);
            UiTestSupport.clickCentre(button(dialog, "OK"));
        });
        org.eclipse.swt.widgets.Button addButton = DigitsTeachLoopUiTest.findButton(map.getParent(), "Add...");
        Point addAt = addButton.toDisplay(0, 0);
        UiTestSupport.clickCentre(addButton);
        UiTestSupport.waitUntil("the new label", 10_000, () -> session.project().getLabels().size() == 11);
        UiTestSupport.settle(200);
        // a new label does not move the buttons: a second click where Add... was once hit Assign label
        assertEquals(addAt, DigitsTeachLoopUiTest.findButton(map.getParent(), "Add...").toDisplay(0, 0));
        assertTrue(refused[0], "OK is disabled for a duplicate name");
        assertTrue(refusal[0].contains("already a label called '3'"), refusal[0]);
        LabelClass odd = session.project().getLabels().get(10);
        assertEquals("odd", odd.getName());
        assertEquals(odd, canvas.activeLabel(), "the new label is the chosen one");
        assertTrue(DigitsTeachLoopUiTest.findButton(map.getParent(), "odd").getSelection());

        // assign it with the keyboard: lasso, then Enter
        Point c = new Point(map.getSize().x / 2, map.getSize().y / 2);
        UiTestSupport.drag(map, CanvasToolsUiTest.circle(c, 50), 0);
        int[] selected = canvas.selection();
        assertTrue(selected.length > 10, "selected " + selected.length);
        UiTestSupport.key(map, "Return");
        for (int r : selected) {
            assertEquals(odd, session.labelOf(r), "row " + r);
        }

        // rename
        UiTestSupport.whenShellOpens("Rename label", dialog -> {
            Text field = UiTestSupport.find(dialog, Text.class).get(0);
            UiTestSupport.key(field, "ctrl+a");
            UiTestSupport.type(field, "odd digits");
            UiTestSupport.settle(300);
            UiTestSupport.clickCentre(button(dialog, "OK"));
        });
        UiTestSupport.clickCentre(DigitsTeachLoopUiTest.findButton(map.getParent(), "Rename..."));
        UiTestSupport.waitUntil("the rename", 10_000, () -> "odd digits".equals(odd.getName()));
        UiTestSupport.settle(300);
        assertTrue(DigitsTeachLoopUiTest.findButton(map.getParent(), "odd digits").getSelection(), "palette renamed");

        // recolour in GTK's colour chooser: its first swatch
        int before = odd.getColor();
        pickFirstSwatchOfGtkColourDialog("Colour of label 'odd digits'");
        UiTestSupport.clickCentre(DigitsTeachLoopUiTest.findButton(map.getParent(), "Colour..."));
        UiTestSupport.waitUntil("the new colour", 20_000, () -> odd.getColor() != before);
        UiTestSupport.settle(400);
        int colour = odd.getColor();
        ImageData shown = UiTestSupport.pixels(map);
        boolean painted = false;
        for (int r : selected) {
            Point p = canvas.pixelOf(r);
            if (p.x > 0 && p.y > 0 && p.x < shown.width && p.y < shown.height
                    && UiTestSupport.rgbAt(shown, p.x, p.y) == colour) {
                painted = true;
            }
        }
        assertTrue(painted, "points of the label are drawn in #" + Integer.toHexString(colour));

        // delete, after a question (the label has examples); undo brings everything back
        int[] withOdd = session.project().getAssignments().clone();
        UiTestSupport.whenShellOpens("Delete label", dialog -> {
            assertTrue(UiTestSupport.texts(dialog).stream().anyMatch(t -> t.contains(selected.length + " examples")),
                    UiTestSupport.texts(dialog).toString());
            UiTestSupport.clickCentre(button(dialog, "Delete"));
        });
        UiTestSupport.clickCentre(DigitsTeachLoopUiTest.findButton(map.getParent(), "Delete..."));
        UiTestSupport.waitUntil("the deletion", 10_000, () -> session.project().getLabels().size() == 10);
        for (int r : selected) {
            assertNull(session.labelOf(r), "row " + r + " lost the deleted label");
        }
        assertTrue(editor.lastStatus().contains("Deleted label 'odd digits'"), editor.lastStatus());
        editor.getEditorSite().getActionBars().getGlobalActionHandler(ActionFactory.UNDO.getId()).run();
        UiTestSupport.settle(300);
        assertEquals(11, session.project().getLabels().size());
        assertArrayEquals(withOdd, session.project().getAssignments(), "undo restores the labels");
        assertEquals("odd digits", session.project().getLabels().get(10).getName());
    }

    @Test
    void numberKeysChooseLabelsAndNoLabelRemovesThem() {
        Point c = new Point(map.getSize().x / 2, map.getSize().y / 2);
        UiTestSupport.drag(map, CanvasToolsUiTest.circle(c, 40), 0);
        int[] selected = canvas.selection();
        assertTrue(selected.length > 5);
        UiTestSupport.key(map, "6");
        assertEquals("5", canvas.activeLabel().getName(), "key 6 chooses the sixth label");
        assertTrue(DigitsTeachLoopUiTest.findButton(map.getParent(), "5").getSelection(), "and its button shows it");
        UiTestSupport.key(map, "Return");
        for (int r : selected) {
            assertEquals("5", session.labelOf(r).getName());
        }
        UiTestSupport.key(map, "0");
        assertNull(canvas.activeLabel(), "key 0: no label");
        UiTestSupport.key(map, "Return");
        for (int r : selected) {
            assertNull(session.labelOf(r), "Enter with 'no label' removes the label of row " + r);
        }
        assertFalse(session.project().getLabels().isEmpty());
    }

    // ---------------------------------------------------------------- helpers

    private static Button button(Shell dialog, String text) {
        for (Button b : UiTestSupport.find(dialog, Button.class)) {
            if (text.equals(b.getText().replace("&", ""))) {
                return b;
            }
        }
        throw new AssertionError("no button '" + text + "' in " + dialog.getText());
    }

    /** The message a JFace input dialog shows below its field (a read-only Text). */
    private static String dialogMessage(Shell dialog) {
        List<String> texts = new ArrayList<>();
        for (Text t : UiTestSupport.find(dialog, Text.class)) {
            texts.add(t.getText());
        }
        return String.join(" | ", texts);
    }

    /**
     * When GTK's colour chooser titled {@code title} appears, clicks its first swatch and then
     * "Select" (bottom right). The UI thread is inside the native dialog by then, so this runs
     * xdotool from a thread of its own.
     */
    private static void pickFirstSwatchOfGtkColourDialog(String title) {
        Thread t = new Thread(() -> {
            try {
                String window = run("xdotool", "search", "--sync", "--name", title).get(0);
                Thread.sleep(600);
                int width = 0;
                int height = 0;
                for (String line : run("xdotool", "getwindowgeometry", "--shell", window)) {
                    if (line.startsWith("WIDTH=")) {
                        width = Integer.parseInt(line.substring(6));
                    } else if (line.startsWith("HEIGHT=")) {
                        height = Integer.parseInt(line.substring(7));
                    }
                }
                run("xdotool", "mousemove", "--window", window, "36", "28", "click", "1");
                Thread.sleep(400);
                run("xdotool", "mousemove", "--window", window, Integer.toString(width - 50),
                        Integer.toString(height - 24), "click", "1");
            } catch (Exception e) {
                e.printStackTrace();
            }
        }, "gtk colour dialog");
        t.setDaemon(true);
        t.start();
    }

    private static List<String> run(String... command) throws Exception {
        Process p = new ProcessBuilder(command).redirectErrorStream(true).start();
        List<String> lines = new ArrayList<>();
        try (BufferedReader r = new BufferedReader(new InputStreamReader(p.getInputStream()))) {
            for (String line = r.readLine(); line != null; line = r.readLine()) {
                lines.add(line);
            }
        }
        p.waitFor();
        return lines;
    }
}
