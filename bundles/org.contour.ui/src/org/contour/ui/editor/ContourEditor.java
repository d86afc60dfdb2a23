package org.contour.ui.editor;

import java.io.IOException;
import java.nio.file.Path;

import org.contour.core.session.ProjectSession;
import org.contour.core.session.TeachingEdits;
import org.contour.ui.canvas.EmbeddingCanvas;
import org.contour.ui.canvas.SelectionMode;
import org.contour.ui.canvas.tools.CanvasTool;
import org.contour.ui.common.RowSelection;
import org.contour.ui.common.RowSelectionProvider;
import org.contour.ui.common.UndoRedoHandlers;
import org.contour.ui.model.ModelActions;
import org.contour.ui.pipeline.MapProgressStrip;
import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.jface.action.Action;
import org.eclipse.jface.dialogs.MessageDialog;
import org.eclipse.jface.viewers.ISelection;
import org.eclipse.swt.SWT;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.layout.GridLayout;
import org.eclipse.swt.layout.RowData;
import org.eclipse.swt.layout.RowLayout;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Display;
import org.eclipse.swt.widgets.Event;
import org.eclipse.swt.widgets.FileDialog;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Scale;
import org.eclipse.swt.widgets.Text;
import org.eclipse.ui.IEditorInput;
import org.eclipse.ui.IEditorSite;
import org.eclipse.ui.ISelectionListener;
import org.eclipse.ui.IWorkbenchPart;
import org.eclipse.ui.PartInitException;
import org.eclipse.ui.actions.ActionFactory;
import org.eclipse.ui.part.EditorPart;

/**
 * The map editor of one project: above the GEF embedding canvas a tool row (tap, box, lasso,
 * polygon select; the brush, polygon region, eraser and Edit; the selection mode; the view's
 * aspect; colouring by labels or predictions; the pseudo-points; applying the model), the label
 * palette with its actions, the subsets row and, for text datasets, the search row. Drawing
 * trains the model by itself (the canvas does it, see {@link EmbeddingCanvas}). Undo and redo go to the project's EMF
 * command stack. The canvas's point selection is published as a {@link RowSelection}, which the
 * examples view follows; a RowSelection of this project from another view selects on the map.
 */
public final class ContourEditor extends EditorPart {

    public static final String ID = "org.contour.ui.editor";

    private ProjectSession session;
    private EmbeddingCanvas canvas;
    private LabelPaletteRow labelRow;
    private SubsetRow subsetRow;
    private SearchRow searchRow;
    private Button equalAspect;
    private Button byLabels;
    private Button byPredictions;
    private Button pseudoPoints;
    private Button applyModel;
    private String lastStatus = "";
    /** Progress and Cancel of a new map being computed (Map > Change map...). */
    private MapProgressStrip mapProgress;
    private final RowSelectionProvider selectionProvider = new RowSelectionProvider();
    private final ISelectionListener rowSelectionFromViews = this::rowsSelectedElsewhere;
    private final ProjectSession.Listener dirtyListener = s -> {
        if (canvas != null && !canvas.getControl().isDisposed()) {
            canvas.getControl().getDisplay().asyncExec(this::projectChanged);
        }
    };

    @Override
    public void init(IEditorSite site, IEditorInput input) throws PartInitException {
        if (!(input instanceof ProjectEditorInput projectInput)) {
            throw new PartInitException("Contour's map editor opens Contour projects only, not " + input.getName());
        }
        setSite(site);
        setInput(input);
        session = projectInput.session();
        setPartName(session.project().getName());
        site.setSelectionProvider(selectionProvider);
        session.addListener(dirtyListener);
        UndoRedoHandlers.install(site.getActionBars(), () -> session);
        site.getActionBars().setGlobalActionHandler(ActionFactory.SELECT_ALL.getId(), new Action("Select All") {
            @Override
            public void run() {
                // Ctrl+A in the search fields selects their text, as everywhere else
                if (Display.getCurrent().getFocusControl() instanceof Text field) {
                    field.selectAll();
                    return;
                }
                if (canvas != null) {
                    java.util.BitSet all = new java.util.BitSet();
                    all.set(0, session.project().getAssignments().length);
                    canvas.select(all, SelectionMode.REPLACE, "Select all");
                }
            }
        });
    }

    @Override
    public void createPartControl(Composite parent) {
        Composite root = new Composite(parent, SWT.NONE);
        GridLayout layout = new GridLayout(1, false);
        layout.marginWidth = 0;
        layout.marginHeight = 0;
        layout.verticalSpacing = 0;
        root.setLayout(layout);

        Composite tools = new Composite(root, SWT.NONE);
        tools.setLayoutData(new GridData(SWT.FILL, SWT.TOP, true, false));
        RowLayout toolsLayout = new RowLayout(SWT.HORIZONTAL);
        toolsLayout.wrap = true;
        toolsLayout.center = true;
        toolsLayout.marginTop = 2;
        toolsLayout.marginBottom = 0;
        tools.setLayout(toolsLayout);
        // radio buttons are exclusive per parent: the tools and the modes get a group each
        Composite toolGroup = new Composite(tools, SWT.NONE);
        toolGroup.setLayout(tightRow());
        Scale brushSize = new Scale(tools, SWT.HORIZONTAL);
        brushSize.setMinimum(3);
        brushSize.setMaximum(60);
        brushSize.setSelection(14);
        brushSize.setLayoutData(new RowData(80, SWT.DEFAULT));
        brushSize.setToolTipText("Brush size");
        Composite modeGroup = new Composite(tools, SWT.NONE);
        modeGroup.setLayout(tightRow());
        Button fitView = new Button(tools, SWT.PUSH);
        fitView.setText("Fit view");
        equalAspect = new Button(tools, SWT.CHECK);
        equalAspect.setText("Equal aspect");
        equalAspect.setToolTipText("One map unit as long on both axes (on: PCA, UMAP, t-SNE); off: each axis fills the"
                + " view, for two columns of different units");
        Composite colourGroup = new Composite(tools, SWT.NONE);
        colourGroup.setLayout(tightRow());
        new Label(colourGroup, SWT.NONE).setText(" Colour:");
        byLabels = new Button(colourGroup, SWT.RADIO);
        byLabels.setText("Labels");
        byLabels.setToolTipText("Colour the points by the labels people gave");
        byPredictions = new Button(colourGroup, SWT.RADIO);
        byPredictions.setText("Predictions");
        byPredictions.setToolTipText("Colour the points by what the model predicts; rings mark the examples it is least"
                + " sure of");
        pseudoPoints = new Button(tools, SWT.CHECK);
        pseudoPoints.setText("Pseudo-points");
        pseudoPoints.setToolTipText("Show the points sampled from the painted regions that the model is trained on");
        applyModel = new Button(tools, SWT.PUSH);
        applyModel.setText("Apply model");
        applyModel.setToolTipText("Predict every example with the model, and compare with the labels (Model menu)");

        mapProgress = new MapProgressStrip(root);

        canvas = new EmbeddingCanvas(root);
        labelRow = new LabelPaletteRow(root, canvas, session, this::status);
        labelRow.control().setLayoutData(new GridData(SWT.FILL, SWT.TOP, true, false));
        labelRow.control().moveAbove(canvas.getControl());
        subsetRow = new SubsetRow(root, canvas, session, this::status);
        subsetRow.control().setLayoutData(new GridData(SWT.FILL, SWT.TOP, true, false));
        subsetRow.control().moveAbove(canvas.getControl());
        if (session.table() != null && session.table().hasText()) {
            searchRow = new SearchRow(root, canvas, session, this::status);
            searchRow.control().setLayoutData(new GridData(SWT.FILL, SWT.TOP, true, false));
            searchRow.control().moveAbove(canvas.getControl());
        }
        canvas.getControl().setLayoutData(new GridData(SWT.FILL, SWT.FILL, true, true));
        // below the map: shown or gone, it never moves the buttons above the map (a click on its
        // Cancel just after the map arrived once landed on the palette's Delete...)
        mapProgress.control().moveBelow(canvas.getControl());
        canvas.setSession(session);
        canvas.setMessageSink(this::status);
        canvas.addSelectionListener(rows -> selectionProvider.publish(RowSelection.of(session, rows)));
        canvas.getControl().addListener(SWT.KeyDown, this::canvasKey);

        for (CanvasTool tool : canvas.tools()) {
            Button b = new Button(toolGroup, SWT.RADIO);
            b.setText(tool.label());
            b.setToolTipText(tool.tooltip());
            b.setData(tool.id());
            b.setSelection(tool.id().equals(canvas.toolId()));
            b.addListener(SWT.Selection, e -> {
                if (b.getSelection()) {
                    canvas.setTool(tool.id());
                    canvas.getControl().setFocus();
                }
            });
        }
        new Label(modeGroup, SWT.NONE).setText(" Selection:");
        for (SelectionMode m : SelectionMode.values()) {
            Button b = new Button(modeGroup, SWT.RADIO);
            b.setText(m.label());
            b.setToolTipText(m.description());
            b.setData(m);
            b.setSelection(m == canvas.selectionMode());
            b.addListener(SWT.Selection, e -> {
                if (b.getSelection()) {
                    canvas.setSelectionMode(m);
                    canvas.getControl().setFocus();
                }
            });
        }
        brushSize.addListener(SWT.Selection, e -> canvas.setBrushRadiusPixels(brushSize.getSelection()));
        fitView.addListener(SWT.Selection, e -> canvas.fitToData());
        equalAspect.setSelection(canvas.isEqualAspect());
        equalAspect.addListener(SWT.Selection, e -> {
            canvas.setEqualAspect(equalAspect.getSelection());
            canvas.getControl().setFocus();
        });
        byLabels.setSelection(true);
        byLabels.addListener(SWT.Selection, e -> {
            if (byLabels.getSelection()) {
                canvas.setColouring(EmbeddingCanvas.Colouring.LABELS);
            }
        });
        byPredictions.addListener(SWT.Selection, e -> {
            if (byPredictions.getSelection()) {
                if (session.project().getModel() == null) {
                    status("There is no model yet: paint regions for two labels first.");
                }
                canvas.setColouring(EmbeddingCanvas.Colouring.PREDICTIONS);
            }
        });
        canvas.addColouringListener(how -> {
            if (!byLabels.isDisposed()) {
                byLabels.setSelection(how == EmbeddingCanvas.Colouring.LABELS);
                byPredictions.setSelection(how == EmbeddingCanvas.Colouring.PREDICTIONS);
            }
        });
        pseudoPoints.addListener(SWT.Selection, e -> {
            TeachingEdits edits = new TeachingEdits(session);
            edits.apply(edits.current().withShowPseudoPoints(pseudoPoints.getSelection()), null);
            canvas.getControl().setFocus();
        });
        applyModel.addListener(SWT.Selection, e -> ModelActions.apply(this));
        getSite().getPage().addSelectionListener(rowSelectionFromViews);
        labelRow.refresh();
        pseudoPoints.setSelection(new TeachingEdits(session).current().showPseudoPoints());
    }

    private static RowLayout tightRow() {
        RowLayout row = new RowLayout(SWT.HORIZONTAL);
        row.marginTop = 0;
        row.marginBottom = 0;
        row.marginLeft = 0;
        row.marginRight = 0;
        row.center = true;
        return row;
    }

    /**
     * Keys on the map: Enter assigns the chosen label, 1-9 choose a label (0: no label), Esc
     * clears the selection. A tool that used the key (the polygon tool closing or cancelling its
     * polygon) has marked it done.
     */
    private void canvasKey(Event e) {
        if (!e.doit) {
            return;
        }
        if (e.keyCode == SWT.CR || e.keyCode == SWT.KEYPAD_CR) {
            assignToSelection();
        } else if (e.character >= '0' && e.character <= '9' && (e.stateMask & SWT.MODIFIER_MASK) == 0) {
            labelRow.chooseByKey(e.character - '0');
        } else if (e.keyCode == SWT.ESC && canvas.selectionCount() > 0) {
            canvas.setSelection(new int[0]);
            status("Selection cleared");
        }
    }

    /** The examples view (or another view of this project) selected rows: the map follows. */
    private void rowsSelectedElsewhere(IWorkbenchPart part, ISelection selection) {
        if (part == this || canvas == null || canvas.getControl().isDisposed()
                || !(selection instanceof RowSelection rows) || rows.session() != session) {
            return;
        }
        canvas.setSelection(rows.rows());
    }

    // ---------------------------------------------------------------- palette and labelling

    /** Gives the chosen label to all selected points, as one undoable step. */
    public void assignToSelection() {
        labelRow.assign();
    }

    // ---------------------------------------------------------------- state

    private void projectChanged() {
        firePropertyChange(PROP_DIRTY);
        if (labelRow != null && !labelRow.control().isDisposed()) {
            labelRow.refresh();
            subsetRow.refresh();
            pseudoPoints.setSelection(new TeachingEdits(session).current().showPseudoPoints());
            equalAspect.setSelection(canvas.isEqualAspect());
        }
    }

    /** Tells the user {@code message} in the status line (and keeps it as {@link #lastStatus()}). */
    public void status(String message) {
        lastStatus = message == null ? "" : message;
        getEditorSite().getActionBars().getStatusLineManager().setMessage(message);
        // a view in front (the Model menu used while the model view has the focus) shows its own
        // status line: tell it there too, or "Model exported to ..." was never seen
        var active = getSite().getPage().getActivePart();
        if (active != this && active instanceof org.eclipse.ui.IViewPart view) {
            view.getViewSite().getActionBars().getStatusLineManager().setMessage(message);
        }
    }

    /** The last message this editor put in the status line (what the user was told). */
    public String lastStatus() {
        return lastStatus;
    }

    public ProjectSession session() {
        return session;
    }

    public EmbeddingCanvas canvas() {
        return canvas;
    }

    public MapProgressStrip mapProgress() {
        return mapProgress;
    }

    /** The tool row's "Equal aspect" box. */
    public Button equalAspectButton() {
        return equalAspect;
    }

    /** The tool row's "Colour: Labels" choice. */
    public Button colourByLabelsButton() {
        return byLabels;
    }

    /** The tool row's "Colour: Predictions" choice. */
    public Button colourByPredictionsButton() {
        return byPredictions;
    }

    /** The tool row's "Pseudo-points" box. */
    public Button pseudoPointsButton() {
        return pseudoPoints;
    }

    /** The tool row's "Apply model" button. */
    public Button applyModelButton() {
        return applyModel;
    }

    @Override
    public <T> T getAdapter(Class<T> adapter) {
        if (adapter == ProjectSession.class) {
            return adapter.cast(session);
        }
        if (adapter == EmbeddingCanvas.class) {
            return adapter.cast(canvas);
        }
        return super.getAdapter(adapter);
    }

    @Override
    public void doSave(IProgressMonitor monitor) {
        boolean saved = session.file() == null ? askAndSave() : saveTo(session.file());
        if (!saved && monitor != null) {
            // tells the workbench the save did not happen: closing or exiting stops here. Without
            // it, Cancel in the file dialog of File > Exit's "Save" quit and lost the work.
            monitor.setCanceled(true);
        }
    }

    @Override
    public void doSaveAs() {
        askAndSave();
    }

    /** Asks where to save and saves there; false when the user cancelled or the save failed. */
    private boolean askAndSave() {
        FileDialog dialog = new FileDialog(getSite().getShell(), SWT.SAVE);
        dialog.setText("Save Contour project");
        dialog.setFilterExtensions(new String[] {"*" + ProjectSession.PROJECT_EXTENSION});
        dialog.setFileName(session.project().getName() + ProjectSession.PROJECT_EXTENSION);
        dialog.setOverwrite(true);
        String path = fileChooser.apply(dialog);
        if (path == null) {
            return false;
        }
        return saveTo(Path.of(path.endsWith(ProjectSession.PROJECT_EXTENSION) ? path : path + ProjectSession.PROJECT_EXTENSION));
    }

    /** Opens the save dialog; tests put an answer in its place. */
    private static java.util.function.Function<FileDialog, String> fileChooser = FileDialog::open;

    /** For tests: answers the save dialog with {@code chooser} ({@code null}: the real dialog again). */
    public static void setFileChooser(java.util.function.Function<FileDialog, String> chooser) {
        fileChooser = chooser == null ? FileDialog::open : chooser;
    }

    /** Saves to {@code file}; a failure leaves the previous file untouched and says why. */
    public boolean saveTo(Path file) {
        try {
            session.save(file);
            setPartName(session.project().getName());
            firePropertyChange(PROP_DIRTY);
            status("Saved " + file);
            return true;
        } catch (IOException e) {
            MessageDialog.openError(getSite().getShell(), "Cannot save", e.getMessage());
            return false;
        }
    }

    @Override
    public boolean isDirty() {
        return session.isDirty();
    }

    @Override
    public boolean isSaveAsAllowed() {
        return true;
    }

    @Override
    public void setFocus() {
        canvas.getControl().setFocus();
        // the status line is the window's: show this map's last message, not the one of the map
        // in front before ("20 of 4679 selected" of fortunes once showed on digits)
        getEditorSite().getActionBars().getStatusLineManager().setMessage(lastStatus);
    }

    @Override
    public void dispose() {
        session.removeListener(dirtyListener);
        getSite().getPage().removeSelectionListener(rowSelectionFromViews);
        if (searchRow != null) {
            searchRow.dispose();
        }
        super.dispose();
    }
}
