package org.contour.ui;

import java.io.IOException;
import java.nio.file.Path;
import java.util.function.Consumer;

import org.contour.api.Options;
import org.contour.api.data.DataTable;
import org.contour.core.data.DatasetImportException;
import org.contour.core.data.ImageFolderImporter;
import org.contour.core.session.DatasetLocations;
import org.contour.core.session.DatasetPipeline;
import org.contour.core.session.ImportChoices;
import org.contour.core.session.ProjectSession;
import org.contour.samples.SampleDatasets;
import org.contour.ui.editor.ContourEditor;
import org.contour.ui.editor.ProjectEditorInput;
import org.contour.ui.pipeline.ImageFolderDialog;
import org.contour.ui.pipeline.ImportDialog;
import org.eclipse.core.runtime.CoreException;
import org.eclipse.core.runtime.ILog;
import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.IStatus;
import org.eclipse.core.runtime.OperationCanceledException;
import org.eclipse.core.runtime.Status;
import org.eclipse.core.runtime.SubMonitor;
import org.eclipse.core.runtime.jobs.Job;
import org.eclipse.jface.dialogs.MessageDialog;
import org.eclipse.jface.window.Window;
import org.eclipse.swt.widgets.Display;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.ui.IWorkbenchPage;
import org.eclipse.ui.IWorkbenchWindow;
import org.eclipse.ui.PartInitException;
import org.eclipse.ui.PlatformUI;

/**
 * Opens datasets and projects. Reading, vectorizing and mapping to 2-D run in a background Job
 * (progress in the status line, cancellable); only opening the editor happens on the UI thread.
 * Failures end in a dialog that says what is wrong with which file; nothing is half-opened.
 */
public final class ProjectOpener {

    /** Title of the dialog that reports a file that cannot be opened. */
    public static final String ERROR_TITLE = "Cannot open";

    private static volatile Consumer<String> errorSink;

    private ProjectOpener() {
    }

    /** Opens a .contour project, or imports any other file as a dataset. */
    public static Job open(Path file) {
        boolean project = file.getFileName().toString().endsWith(ProjectSession.PROJECT_EXTENSION);
        return schedule("Opening " + file.getFileName(), monitor -> project
                ? ProjectSession.open(file, monitor)
                : ProjectSession.importDataset(file, monitor));
    }

    /**
     * Imports a dataset shipped with Contour: "digits", "fortunes" (mapped by PCA) or "iris"
     * (mapped by two of its columns, petal length and width).
     */
    public static Job openSample(String name) {
        String entry = switch (name) {
            case "digits" -> SampleDatasets.DIGITS;
            case "fortunes" -> SampleDatasets.FORTUNES;
            case "iris" -> SampleDatasets.IRIS;
            default -> null;
        };
        if (entry == null) {
            reportError("There is no sample dataset called '" + name + "'. The samples are: digits, fortunes, iris.");
            return null;
        }
        return schedule("Opening sample " + name, monitor -> {
            try {
                Path file = SampleDatasets.file(entry);
                ProjectSession session;
                if (entry.equals(SampleDatasets.IRIS)) {
                    SubMonitor progress = SubMonitor.convert(monitor, "Opening iris", 100);
                    DataTable table = DatasetPipeline.read(file, Options.NONE, progress.split(10));
                    ImportChoices columns = new ImportChoices(Options.NONE, DatasetPipeline.TABLE_VECTORIZER, Options.NONE,
                            DatasetPipeline.COLUMNS_REDUCER, Options.NONE.with("x", SampleDatasets.IRIS_X)
                                    .with("y", SampleDatasets.IRIS_Y));
                    session = ProjectSession.importDataset(file, table, columns, progress.split(90));
                } else {
                    session = ProjectSession.importDataset(file, monitor);
                }
                // saved projects name the sample by its plug-in, not by the bundle cache it was extracted to
                session.project().getDataset().setLocation(DatasetLocations.inBundle(SampleDatasets.BUNDLE, entry));
                return session;
            } catch (IOException e) {
                throw new CoreException(Status.error(e.getMessage(), e));
            }
        });
    }

    /**
     * File &gt; Open Dataset...: reads a CSV file in the background, then lets the user choose the
     * vectorizer, the map and their options ({@link ImportDialog}) before the project is made.
     * A .contour project opens directly.
     */
    public static Job openDataset(Path file) {
        if (file.getFileName().toString().endsWith(ProjectSession.PROJECT_EXTENSION)) {
            return open(file);
        }
        return readThenChoose(file, Options.NONE);
    }

    /**
     * File &gt; Open Image Folder...: lists the folder's images in the background, asks for the
     * image size ({@link ImageFolderDialog}), reads them, then goes on as {@link #openDataset}.
     */
    public static Job openImageFolder(Path folder) {
        Job scan = Job.create("Looking at the images in " + folder.getFileName(), monitor -> {
            try {
                ImageFolderImporter.Scan found = new ImageFolderImporter().scan(folder);
                Display.getDefault().asyncExec(() -> {
                    ImageFolderDialog dialog = new ImageFolderDialog(activeShell(), found);
                    if (dialog.open() == Window.OK) {
                        readThenChoose(folder, dialog.readerOptions());
                    }
                });
            } catch (DatasetImportException e) {
                reportError(e.getMessage());
            }
            return Status.OK_STATUS;
        });
        scan.setUser(true);
        scan.schedule();
        return scan;
    }

    private static Job readThenChoose(Path location, Options readerOptions) {
        Job read = Job.create("Reading " + location.getFileName(), monitor -> {
            DataTable table;
            try {
                table = DatasetPipeline.read(location, readerOptions, monitor);
            } catch (OperationCanceledException e) {
                return Status.CANCEL_STATUS;
            } catch (CoreException e) {
                reportError(e.getStatus().getMessage());
                return Status.OK_STATUS;
            }
            Display.getDefault().asyncExec(() -> {
                ImportDialog dialog = new ImportDialog(activeShell(), table, readerOptions);
                if (dialog.open() == Window.OK) {
                    ImportChoices choices = dialog.choices();
                    schedule("Importing " + location.getFileName(),
                            m -> ProjectSession.importDataset(location, table, choices, m));
                }
            });
            return Status.OK_STATUS;
        });
        read.setUser(true);
        read.schedule();
        return read;
    }

    private static Shell activeShell() {
        Display display = Display.getCurrent();
        Shell shell = display.getActiveShell();
        if (shell == null) {
            IWorkbenchWindow window = PlatformUI.getWorkbench().getActiveWorkbenchWindow();
            shell = window != null ? window.getShell() : PlatformUI.getWorkbench().getWorkbenchWindows()[0].getShell();
        }
        return shell;
    }

    private interface SessionLoader {
        ProjectSession load(IProgressMonitor monitor) throws CoreException;
    }

    private static Job schedule(String title, SessionLoader loader) {
        Job job = Job.create(title, monitor -> {
            try {
                ProjectSession session = loader.load(monitor);
                Display.getDefault().asyncExec(() -> showInEditor(session));
                return Status.OK_STATUS;
            } catch (OperationCanceledException e) {
                return Status.CANCEL_STATUS;
            } catch (CoreException e) {
                reportError(e.getStatus().getMessage());
                return Status.OK_STATUS; // already reported to the user, once
            } catch (RuntimeException e) {
                ILog.of(ProjectOpener.class).log(Status.error(title + " failed", e));
                reportError(title + " failed unexpectedly: " + e);
                return Status.OK_STATUS;
            }
        });
        job.setUser(true);
        job.schedule();
        return job;
    }

    private static void showInEditor(ProjectSession session) {
        IWorkbenchWindow window = PlatformUI.getWorkbench().getActiveWorkbenchWindow();
        if (window == null) {
            window = PlatformUI.getWorkbench().getWorkbenchWindows()[0];
        }
        IWorkbenchPage page = window.getActivePage();
        try {
            page.openEditor(new ProjectEditorInput(session), ContourEditor.ID);
        } catch (PartInitException e) {
            reportError("The map editor could not be opened: " + e.getMessage());
        }
    }

    /** Shows {@code message} in an error dialog (on the UI thread) and logs it. */
    public static void reportError(String message) {
        ILog.of(ProjectOpener.class).log(new Status(IStatus.WARNING, "org.contour.ui", message));
        Consumer<String> sink = errorSink;
        if (sink != null) {
            sink.accept(message);
            return;
        }
        Display display = Display.getDefault();
        display.asyncExec(() -> MessageDialog.openError(display.getActiveShell(), ERROR_TITLE, message));
    }

    /**
     * Sends error messages to {@code sink} instead of a modal dialog; {@code null} restores the
     * dialog. For embedding Contour in another workbench tool and for tests that check the text.
     */
    public static void setErrorSink(Consumer<String> sink) {
        errorSink = sink;
    }
}
