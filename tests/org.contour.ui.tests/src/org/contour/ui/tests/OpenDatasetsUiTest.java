package org.contour.ui.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.atomic.AtomicReference;

import org.contour.core.session.ProjectSession;
import org.contour.model.LabelClass;
import org.contour.ui.ContourPerspective;
import org.contour.ui.ProjectOpener;
import org.contour.ui.dataset.DatasetView;
import org.contour.ui.editor.ContourEditor;
import org.eclipse.swt.graphics.ImageData;
import org.eclipse.swt.widgets.Display;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.ui.IWorkbenchPage;
import org.eclipse.ui.PlatformUI;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Opening the text sample, and what the user sees when a file cannot be opened. */
class OpenDatasetsUiTest {

    private IWorkbenchPage page;

    @BeforeEach
    void setUp() {
        page = PlatformUI.getWorkbench().getActiveWorkbenchWindow().getActivePage();
        page.closeAllEditors(false);
    }

    @AfterEach
    void tearDown() {
        page.closeAllEditors(false);
    }

    @Test
    void fortunesOpensAsAMapColouredByTopic() throws Exception {
        ProjectOpener.openSample("fortunes");
        UiTestSupport.waitUntil("the fortunes map to open", 120_000, () -> page.getActiveEditor() instanceof ContourEditor);
        UiTestSupport.settle(500);
        ContourEditor editor = (ContourEditor) page.getActiveEditor();
        ProjectSession session = editor.session();
        assertEquals(4679, session.project().getEmbedding().getXs().length);
        assertEquals(12, session.project().getLabels().size());

        ImageData shown = UiTestSupport.pixels(editor.canvas().getControl());
        Set<Integer> onScreen = new HashSet<>();
        for (int y = 0; y < shown.height; y++) {
            for (int x = 0; x < shown.width; x++) {
                onScreen.add(UiTestSupport.rgbAt(shown, x, y));
            }
        }
        for (LabelClass label : session.project().getLabels()) {
            assertTrue(onScreen.contains(label.getColor()), "topic " + label.getName() + " is painted");
        }
        DatasetView examples = (DatasetView) page.findView(ContourPerspective.DATASET_VIEW);
        assertEquals(4679, examples.rowCount());
        String firstText = examples.cellText(0, "content");
        assertTrue(firstText.startsWith("7:30, Channel 5: The Bionic Dog"), firstText);
        UiTestSupport.screenshot(editor.canvas().getControl().getShell(), "fortunes-workbench");
    }

    @Test
    void onlyPositionalArgumentsAreOpenedNeverTheValuesOfOptions() {
        // what Tycho's UI test harness passes through to the application, plus a user's files
        String[] args = { "-testproperties", "surefire.properties", "-testApplication", "org.contour.ui.application",
            "--sample=fortunes", "--verbose", "data/my.csv", "saved.contour" };
        assertEquals(List.of("--sample=fortunes", "data/my.csv", "saved.contour"),
                org.contour.ui.StartupArguments.filesToOpen(args));
        // what the start script passes: a flag without a value, then the user's sample
        // (the flag once took --sample=digits for its value, and the workbench opened nothing)
        assertEquals(List.of("--sample=digits"), org.contour.ui.StartupArguments.filesToOpen(
                new String[] { "-clearPersistedState", "--sample=digits" }));
        assertEquals(List.of("data/my.csv"), org.contour.ui.StartupArguments.filesToOpen(
                new String[] { "-consoleLog", "-clearPersistedState", "data/my.csv" }));
    }

    @Test
    void missingFileGivesAClearMessage(@TempDir Path dir) {
        String message = errorDialogAfterOpening(dir.resolve("no-such-file.csv"));
        assertTrue(message.contains("no-such-file.csv"), message);
        assertTrue(message.toLowerCase().contains("not") || message.toLowerCase().contains("no "), message);
    }

    @Test
    void raggedCsvGivesAClearMessageWithTheLine(@TempDir Path dir) throws Exception {
        Path ragged = dir.resolve("ragged.csv");
        Files.writeString(ragged, "id,label,p0,p1,p2,p3\n0,a,1,2,3,4\n1,b,1,2\n", StandardCharsets.UTF_8);
        String message = errorDialogAfterOpening(ragged);
        assertTrue(message.contains("ragged.csv"), message);
        assertTrue(message.contains("3"), "names the line: " + message);
    }

    @Test
    void emptyFileGivesAClearMessage(@TempDir Path dir) throws Exception {
        Path empty = dir.resolve("empty.csv");
        Files.writeString(empty, "");
        String message = errorDialogAfterOpening(empty);
        assertTrue(message.contains("empty.csv"), message);
        assertTrue(message.toLowerCase().contains("empty"), message);
    }

    /**
     * Opens {@code file}, waits for the error dialog, reads its text and closes it. The dialog
     * is modal and runs its own event loop, so it is read from a timer inside that loop.
     */
    private String errorDialogAfterOpening(Path file) {
        Display display = Display.getCurrent();
        AtomicReference<String> seen = new AtomicReference<>();
        Runnable[] poll = new Runnable[1];
        poll[0] = () -> {
            for (Shell shell : display.getShells()) {
                if (ProjectOpener.ERROR_TITLE.equals(shell.getText()) && shell.isVisible()) {
                    List<String> texts = UiTestSupport.texts(shell);
                    seen.set(String.join("\n", texts));
                    shell.close();
                    return;
                }
            }
            display.timerExec(50, poll[0]);
        };
        display.timerExec(50, poll[0]);
        ProjectOpener.open(file);
        UiTestSupport.waitUntil("the error dialog for " + file.getFileName(), 30_000, () -> seen.get() != null);
        assertNotNull(seen.get());
        assertTrue(!(page.getActiveEditor() instanceof ContourEditor), "nothing was half-opened");
        return seen.get();
    }
}
