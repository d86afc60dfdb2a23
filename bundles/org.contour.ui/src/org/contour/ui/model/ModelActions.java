package org.contour.ui.model;

import java.io.IOException;
import java.nio.file.Path;
import java.util.BitSet;
import java.util.function.Consumer;

import org.contour.core.apply.ActiveLearning;
import org.contour.core.apply.ModelApplication;
import org.contour.core.io.ModelFiles;
import org.contour.core.io.PredictionFiles;
import org.contour.core.session.ProjectSession;
import org.contour.core.teach.FeatureMismatchException;
import org.contour.model.ContourPackage;
import org.contour.model.TaughtModel;
import org.contour.tribuo.io.OnnxModelFiles;
import org.contour.tribuo.io.TribuoModelFiles;
import org.contour.ui.canvas.EmbeddingCanvas;
import org.contour.ui.canvas.SelectionMode;
import org.contour.ui.editor.ContourEditor;
import org.eclipse.core.runtime.CoreException;
import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.OperationCanceledException;
import org.eclipse.core.runtime.Status;
import org.eclipse.core.runtime.jobs.Job;
import org.eclipse.emf.common.command.CompoundCommand;
import org.eclipse.emf.edit.command.SetCommand;
import org.eclipse.jface.dialogs.InputDialog;
import org.eclipse.jface.dialogs.MessageDialog;
import org.eclipse.jface.window.Window;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Display;
import org.eclipse.swt.widgets.FileDialog;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.ui.IWorkbenchWindow;
import org.eclipse.ui.progress.IProgressConstants;

/**
 * The Model menu, on the active map editor: apply the model to every example (in a Job with
 * progress and Cancel; the predictions become one undo step, the points are coloured by them
 * and an evaluation against the labels opens), show that evaluation again, select the examples
 * the model is least sure of, export and import the model (Contour's own file, Tribuo's format,
 * ONNX for linear models) and export the predictions (CSV or JSON lines). A model that reads
 * other features than the project has, a file that cannot be read or written, end in a dialog
 * that says what is wrong; the project is left as it was.
 */
public final class ModelActions {

    public static final String APPLY_ERROR_TITLE = "Cannot apply the model";
    public static final String IMPORT_ERROR_TITLE = "Cannot import the model";
    public static final String EXPORT_ERROR_TITLE = "Cannot export";
    public static final String NO_MODEL_TITLE = "No model yet";

    private static volatile Consumer<String> errorSink;

    private ModelActions() {
    }

    /** The active map editor of {@code window}, or null after telling the user to open one. */
    public static ContourEditor editorOf(IWorkbenchWindow window) {
        if (window.getActivePage() != null && window.getActivePage().getActiveEditor() instanceof ContourEditor editor) {
            return editor;
        }
        MessageDialog.openInformation(window.getShell(), "Model", "Open a dataset or project first: the Model menu "
                + "acts on the model of the active map.");
        return null;
    }

    // ---------------------------------------------------------------- apply and evaluate

    /** Model &gt; Apply to All Examples: predicts every example in a Job; returns it (or null). */
    public static Job apply(ContourEditor editor) {
        ProjectSession session = editor.session();
        TaughtModel model = session.project().getModel();
        Shell shell = editor.getSite().getShell();
        if (model == null) {
            info(shell, NO_MODEL_TITLE, "There is no model to apply yet: paint regions for two labels on the map first.");
            return null;
        }
        Display display = Display.getCurrent();
        Job job = Job.create("Applying the model to every example of " + session.project().getName(),
                (IProgressMonitor monitor) -> {
                    try {
                        ModelApplication.Result result = ModelApplication.apply(session, model, monitor);
                        display.asyncExec(() -> applied(editor, model, result));
                    } catch (OperationCanceledException e) {
                        display.asyncExec(() -> status(editor, "Applying the model was cancelled; nothing changed."));
                        return Status.CANCEL_STATUS;
                    } catch (CoreException e) {
                        display.asyncExec(() -> error(shell, APPLY_ERROR_TITLE, e.getStatus().getMessage()));
                    }
                    return Status.OK_STATUS;
                });
        // a user job: the workbench shows its progress with Cancel
        job.setUser(true);
        job.setProperty(IProgressConstants.NO_IMMEDIATE_ERROR_PROMPT_PROPERTY, Boolean.TRUE);
        status(editor, "Applying the model...");
        job.schedule();
        return job;
    }

    private static void applied(ContourEditor editor, TaughtModel model, ModelApplication.Result result) {
        ProjectSession session = editor.session();
        if (editor.canvas() == null || editor.canvas().getControl().isDisposed() || session.project().getModel() != model) {
            status(editor, "The model changed while it was applied; apply it again.");
            return;
        }
        ModelApplication.set(session, result);
        editor.canvas().setColouring(EmbeddingCanvas.Colouring.PREDICTIONS);
        status(editor, "Applied to " + result.predictions().getPredicted().length + " examples: "
                + EvaluationDialog.summary(result.evaluation()) + " (Edit > Undo removes the predictions)");
        EvaluationDialog.open(editor.getSite().getShell(), result.evaluation(), result.predictions().getModelDescription());
    }

    /** Model &gt; Evaluation...: the accuracy and confusion matrix of the last application. */
    public static void showEvaluation(ContourEditor editor) {
        ProjectSession session = editor.session();
        if (session.project().getPredictions() == null) {
            info(editor.getSite().getShell(), "Evaluation", "The model has not been applied yet: choose Model > Apply to"
                    + " All Examples.");
            return;
        }
        EvaluationDialog.open(editor.getSite().getShell(),
                ModelApplication.evaluate(session.project(), session.project().getPredictions()),
                session.project().getPredictions().getModelDescription());
    }

    // ---------------------------------------------------------------- active learning

    /** Model &gt; Select Least Confident...: asks how many, then selects them on the map. */
    public static void selectLeastConfident(ContourEditor editor) {
        InputDialog ask = new InputDialog(editor.getSite().getShell(), "Select the least confident examples",
                "How many of the examples the model is least sure of (unlabelled ones first) should be selected?", "20",
                text -> {
                    try {
                        return Integer.parseInt(text.strip()) > 0 ? null : "Type a number of examples, 1 or more.";
                    } catch (NumberFormatException e) {
                        return "Type a whole number, not '" + text.strip() + "'.";
                    }
                });
        if (ask.open() == Window.OK) {
            selectLeastConfident(editor, Integer.parseInt(ask.getValue().strip()));
        }
    }

    /** Selects on the map the {@code n} examples the current model is least sure of, unlabelled first. */
    public static Job selectLeastConfident(ContourEditor editor, int n) {
        ProjectSession session = editor.session();
        TaughtModel model = session.project().getModel();
        if (model == null) {
            info(editor.getSite().getShell(), NO_MODEL_TITLE, "There is no model yet: paint regions for two labels first.");
            return null;
        }
        EmbeddingCanvas canvas = editor.canvas();
        Display display = Display.getCurrent();
        var selectable = canvas.selectable();
        int[] assignments = session.project().getAssignments().clone();
        Job job = Job.create("Finding the examples the model is least sure of", (IProgressMonitor monitor) -> {
            try {
                ModelApplication.Result result = ModelApplication.apply(session, model, monitor);
                BitSet rows = ActiveLearning.leastConfident(result.predictions(), assignments, selectable, n, true);
                display.asyncExec(() -> {
                    if (!canvas.getControl().isDisposed()) {
                        canvas.select(rows, SelectionMode.REPLACE, "Least confident");
                    }
                });
            } catch (CoreException e) {
                display.asyncExec(() -> error(editor.getSite().getShell(), APPLY_ERROR_TITLE, e.getStatus().getMessage()));
            } catch (OperationCanceledException e) {
                return Status.CANCEL_STATUS;
            }
            return Status.OK_STATUS;
        });
        job.setUser(true);
        job.schedule();
        return job;
    }

    // ---------------------------------------------------------------- model files

    /** Model &gt; Export Model...: asks where and in which format. */
    public static void exportModel(ContourEditor editor) {
        if (editor.session().project().getModel() == null) {
            info(editor.getSite().getShell(), NO_MODEL_TITLE, "There is no model to export yet.");
            return;
        }
        FileDialog dialog = new FileDialog(editor.getSite().getShell(), SWT.SAVE);
        dialog.setText("Export the model");
        dialog.setFilterExtensions(new String[] {"*." + ModelFiles.EXTENSION, "*.tribuo", "*.onnx"});
        dialog.setFilterNames(new String[] {"Contour model (XMI, any model, with its edits)", "Tribuo model",
            "ONNX (linear models)"});
        dialog.setFileName(editor.session().project().getName() + "." + ModelFiles.EXTENSION);
        dialog.setOverwrite(true);
        String path = dialog.open();
        if (path != null) {
            String[] extensions = {ModelFiles.EXTENSION, "tribuo", "onnx"};
            exportModel(editor, Path.of(withExtension(path, extensions, Math.max(0, dialog.getFilterIndex()))));
        }
    }

    /**
     * Writes the project's model to {@code file} in the format its extension names: .onnx,
     * .tribuo, else Contour's own model file.
     *
     * @return false (after a dialog saying why) when it cannot be written in that format
     */
    public static boolean exportModel(ContourEditor editor, Path file) {
        TaughtModel model = editor.session().project().getModel();
        if (model == null) {
            info(editor.getSite().getShell(), NO_MODEL_TITLE, "There is no model to export yet.");
            return false;
        }
        try {
            String name = file.getFileName().toString().toLowerCase();
            if (name.endsWith(".onnx")) {
                OnnxModelFiles.write(model, file);
            } else if (name.endsWith(".tribuo")) {
                TribuoModelFiles.write(model, file);
            } else {
                ModelFiles.write(model, file);
            }
            status(editor, "Model exported to " + file);
            return true;
        } catch (IOException | RuntimeException e) {
            error(editor.getSite().getShell(), EXPORT_ERROR_TITLE, "The model could not be written to " + file + ": "
                    + e.getMessage());
            return false;
        }
    }

    /** Model &gt; Import Model...: asks for the file. */
    public static void importModel(ContourEditor editor) {
        FileDialog dialog = new FileDialog(editor.getSite().getShell(), SWT.OPEN);
        dialog.setText("Import a model");
        dialog.setFilterExtensions(new String[] {"*." + ModelFiles.EXTENSION + ";*.tribuo;*.onnx", "*.*"});
        dialog.setFilterNames(new String[] {"Models (Contour, Tribuo, ONNX)", "All files"});
        String path = dialog.open();
        if (path != null) {
            importModel(editor, Path.of(path));
        }
    }

    /**
     * Reads a model from {@code file} (format by extension, as {@link #exportModel(ContourEditor, Path)}
     * writes them) and makes it the project's model as one undo step, if it reads this project's
     * map or features.
     *
     * @return false (after a dialog naming what is wrong: the file, or the features the model
     *         reads that this dataset lacks) when nothing was imported
     */
    public static boolean importModel(ContourEditor editor, Path file) {
        ProjectSession session = editor.session();
        TaughtModel model;
        try {
            String name = file.getFileName().toString().toLowerCase();
            model = name.endsWith(".onnx") ? OnnxModelFiles.read(file)
                    : name.endsWith(".tribuo") ? TribuoModelFiles.read(file) : ModelFiles.read(file);
        } catch (IOException | RuntimeException e) {
            error(editor.getSite().getShell(), IMPORT_ERROR_TITLE, e.getMessage());
            return false;
        }
        try {
            ModelApplication.inputsFor(model, session.project().getEmbedding(), session.features());
        } catch (FeatureMismatchException e) {
            error(editor.getSite().getShell(), IMPORT_ERROR_TITLE, file.getFileName() + ": " + e.getMessage()
                    + " The project's model is unchanged.");
            return false;
        }
        CompoundCommand command = new CompoundCommand("Import model");
        command.append(SetCommand.create(session.domain(), session.project(),
                ContourPackage.Literals.LABELLING_PROJECT__MODEL, model));
        session.commandStack().execute(command);
        status(editor, "Imported the model from " + file + " (Edit > Undo brings the previous one back)");
        return true;
    }

    // ---------------------------------------------------------------- prediction files

    /** Model &gt; Export Predictions...: asks where (CSV or JSON lines). */
    public static void exportPredictions(ContourEditor editor) {
        if (editor.session().project().getPredictions() == null) {
            info(editor.getSite().getShell(), "Export predictions", "There are no predictions yet: choose Model > Apply"
                    + " to All Examples first.");
            return;
        }
        FileDialog dialog = new FileDialog(editor.getSite().getShell(), SWT.SAVE);
        dialog.setText("Export the predictions");
        dialog.setFilterExtensions(new String[] {"*.csv", "*.jsonl"});
        dialog.setFilterNames(new String[] {"CSV (id, label, predicted, confidence)", "JSON lines"});
        dialog.setFileName(editor.session().project().getName() + "-predictions.csv");
        dialog.setOverwrite(true);
        String path = dialog.open();
        if (path != null) {
            exportPredictions(editor, Path.of(withExtension(path, new String[] {"csv", "jsonl"},
                    Math.max(0, dialog.getFilterIndex()))));
        }
    }

    /** Writes the applied predictions to {@code file}: JSON lines for .jsonl/.json, else CSV. */
    public static boolean exportPredictions(ContourEditor editor, Path file) {
        ProjectSession session = editor.session();
        try {
            String name = file.getFileName().toString().toLowerCase();
            if (name.endsWith(".jsonl") || name.endsWith(".json")) {
                PredictionFiles.writeJsonLines(file, session.table().ids(), session.project().getAssignments(),
                        session.project().getLabels(), session.project().getPredictions());
            } else {
                PredictionFiles.writeCsv(file, session.table().ids(), session.project().getAssignments(),
                        session.project().getLabels(), session.project().getPredictions());
            }
            status(editor, "Predictions exported to " + file);
            return true;
        } catch (IOException | RuntimeException e) {
            error(editor.getSite().getShell(), EXPORT_ERROR_TITLE, "The predictions could not be written to " + file + ": "
                    + e.getMessage());
            return false;
        }
    }

    /**
     * {@code path} ending in the extension of the format chosen in the dialog: added when it has
     * none, and replacing another of the formats' extensions (the proposed name ends in the
     * first one; choosing ONNX once still wrote a .contourmodel file). Any other ending stays.
     */
    public static String withExtension(String path, String[] extensions, int chosen) {
        String wanted = extensions[Math.min(chosen, extensions.length - 1)];
        String name = Path.of(path).getFileName().toString();
        int dot = name.lastIndexOf('.');
        if (dot < 0) {
            return path + "." + wanted;
        }
        String ext = name.substring(dot + 1);
        if (java.util.Arrays.asList(extensions).contains(ext.toLowerCase()) && !ext.equalsIgnoreCase(wanted)) {
            return path.substring(0, path.length() - ext.length()) + wanted;
        }
        return path;
    }

    // ---------------------------------------------------------------- messages

    private static void status(ContourEditor editor, String text) {
        editor.status(text);
    }

    private static void info(Shell shell, String title, String text) {
        Consumer<String> sink = errorSink;
        if (sink != null) {
            sink.accept(text);
            return;
        }
        MessageDialog.openInformation(shell, title, text);
    }

    private static void error(Shell shell, String title, String text) {
        Consumer<String> sink = errorSink;
        if (sink != null) {
            sink.accept(text);
            return;
        }
        MessageDialog.openError(shell, title, text);
    }

    /** Sends the dialogs' messages to {@code sink} instead (tests); {@code null} restores the dialogs. */
    public static void setMessageSink(Consumer<String> sink) {
        errorSink = sink;
    }
}
