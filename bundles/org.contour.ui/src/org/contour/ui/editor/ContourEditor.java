package org.contour.ui.editor;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.contour.core.session.ProjectSession;
import org.contour.core.session.TeachingChoice;
import org.contour.core.session.TeachingEdits;
import org.contour.model.ContourFactory;
import org.contour.model.LabelClass;
import org.contour.model.Sketch;
import org.contour.model.TaughtModel;
import org.contour.ui.canvas.EmbeddingCanvas;
import org.contour.ui.canvas.SelectionMode;
import org.contour.ui.canvas.tools.CanvasTool;
import org.contour.ui.common.RowSelection;
import org.contour.ui.common.UndoRedoHandlers;
import org.contour.ui.pipeline.MapProgressStrip;
import org.eclipse.core.runtime.CoreException;
import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.Status;
import org.eclipse.core.runtime.jobs.Job;
import org.eclipse.jface.action.Action;
import org.eclipse.jface.dialogs.MessageDialog;
import org.eclipse.jface.viewers.ISelection;
import org.eclipse.jface.viewers.ISelectionChangedListener;
import org.eclipse.jface.viewers.ISelectionProvider;
import org.eclipse.jface.viewers.SelectionChangedEvent;
import org.eclipse.jface.viewers.StructuredSelection;
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
 * polygon select, the brush; the selection mode), the label palette with its actions, the
 * subsets row and, for text datasets, the search row. Undo and redo go to the project's EMF
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
        canvas.setSession(session);
        canvas.setMessageSink(this::status);
        canvas.setStrokeHandler(this::teach);
        canvas.addSelectionListener(rows -> selectionProvider.publish(session, rows));
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
        getSite().getPage().addSelectionListener(rowSelectionFromViews);
        labelRow.refresh();
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

    // ---------------------------------------------------------------- teaching

    /**
     * A brush stroke finished: train in the background on all regions painted so far plus this
     * one, then add the stroke and the new model as one undo step. If no model can be trained
     * yet (only one class painted), the stroke is kept and the user is told what is missing.
     */
    private void teach(LabelClass label, double[] points, double radius) {
        Sketch sketch = ContourFactory.eINSTANCE.createSketch();
        sketch.setLabel(label);
        sketch.setPoints(points);
        sketch.setRadius(radius);
        status("Training from " + (session.project().getSketches().size() + 1) + " painted regions...");
        // the classifier, its options and the sampling the project's teaching settings choose
        TeachingChoice choice = new TeachingEdits(session).current();
        Job job = Job.create("Training model from painted regions", (IProgressMonitor monitor) -> {
            TaughtModel model;
            String problem = null;
            try {
                model = TeachingEdits.train(session, choice, sketch, monitor);
            } catch (CoreException e) {
                model = null;
                problem = e.getStatus().getMessage();
            }
            TaughtModel trained = model;
            String message = problem;
            canvas.getControl().getDisplay().asyncExec(() -> {
                if (canvas.getControl().isDisposed()) {
                    return;
                }
                session.addSketchAndModel(sketch, trained != null ? trained : session.project().getModel());
                status(message != null ? message : "Model trained: see Model Interpretation");
            });
            return Status.OK_STATUS;
        });
        job.schedule();
    }

    // ---------------------------------------------------------------- state

    private void projectChanged() {
        firePropertyChange(PROP_DIRTY);
        if (labelRow != null && !labelRow.control().isDisposed()) {
            labelRow.refresh();
            subsetRow.refresh();
        }
    }

    private void status(String message) {
        lastStatus = message == null ? "" : message;
        getEditorSite().getActionBars().getStatusLineManager().setMessage(message);
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
        if (session.file() == null) {
            doSaveAs();
            return;
        }
        saveTo(session.file());
    }

    @Override
    public void doSaveAs() {
        FileDialog dialog = new FileDialog(getSite().getShell(), SWT.SAVE);
        dialog.setText("Save Contour project");
        dialog.setFilterExtensions(new String[] {"*" + ProjectSession.PROJECT_EXTENSION});
        dialog.setFileName(session.project().getName() + ProjectSession.PROJECT_EXTENSION);
        dialog.setOverwrite(true);
        String path = dialog.open();
        if (path != null) {
            saveTo(Path.of(path.endsWith(ProjectSession.PROJECT_EXTENSION) ? path : path + ProjectSession.PROJECT_EXTENSION));
        }
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

    /** Publishes the canvas selection as a StructuredSelection of row indices. */
    private static final class RowSelectionProvider implements ISelectionProvider {
        private final List<ISelectionChangedListener> listeners = new ArrayList<>();
        private ISelection selection = StructuredSelection.EMPTY;

        void publish(ProjectSession session, int[] rows) {
            selection = RowSelection.of(session, rows);
            SelectionChangedEvent event = new SelectionChangedEvent(this, selection);
            new ArrayList<>(listeners).forEach(l -> l.selectionChanged(event));
        }

        @Override
        public void addSelectionChangedListener(ISelectionChangedListener listener) {
            listeners.add(listener);
        }

        @Override
        public ISelection getSelection() {
            return selection;
        }

        @Override
        public void removeSelectionChangedListener(ISelectionChangedListener listener) {
            listeners.remove(listener);
        }

        @Override
        public void setSelection(ISelection s) {
            selection = s;
        }
    }
}
