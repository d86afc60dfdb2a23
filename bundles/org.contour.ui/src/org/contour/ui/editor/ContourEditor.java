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
import org.contour.ui.common.UndoRedoHandlers;
import org.contour.ui.pipeline.MapProgressStrip;
import org.eclipse.core.runtime.CoreException;
import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.Status;
import org.eclipse.core.runtime.jobs.Job;
import org.eclipse.jface.dialogs.MessageDialog;
import org.eclipse.jface.viewers.ISelection;
import org.eclipse.jface.viewers.ISelectionChangedListener;
import org.eclipse.jface.viewers.ISelectionProvider;
import org.eclipse.jface.viewers.SelectionChangedEvent;
import org.eclipse.jface.viewers.StructuredSelection;
import org.eclipse.swt.SWT;
import org.eclipse.swt.graphics.GC;
import org.eclipse.swt.graphics.Image;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.layout.GridLayout;
import org.eclipse.swt.layout.RowLayout;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.FileDialog;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Scale;
import org.eclipse.ui.IEditorInput;
import org.eclipse.ui.IEditorSite;
import org.eclipse.ui.PartInitException;
import org.eclipse.ui.part.EditorPart;

/**
 * The map editor of one project: a tool row (lasso or brush, the label palette, assign) above
 * the GEF embedding canvas. Undo and redo go to the project's EMF command stack. The canvas's
 * point selection is published as a selection of row indices (Integer), which the dataset view
 * follows.
 */
public final class ContourEditor extends EditorPart {

    public static final String ID = "org.contour.ui.editor";

    private ProjectSession session;
    private EmbeddingCanvas canvas;
    private Composite palette;
    private Button lassoButton;
    private Button brushButton;
    private final List<Image> swatches = new ArrayList<>();
    /** Progress and Cancel of a new map being computed (Map > Change map...). */
    private MapProgressStrip mapProgress;
    private final RowSelectionProvider selectionProvider = new RowSelectionProvider();
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
        GridLayout toolsLayout = new GridLayout(6, false);
        toolsLayout.marginHeight = 2;
        tools.setLayout(toolsLayout);
        lassoButton = new Button(tools, SWT.RADIO);
        lassoButton.setText("Lasso select");
        lassoButton.setToolTipText("Drag around points to select them (Shift adds, Ctrl removes)");
        lassoButton.setSelection(true);
        brushButton = new Button(tools, SWT.RADIO);
        brushButton.setText("Paint region");
        brushButton.setToolTipText("Paint where the selected label belongs; a model is trained from what you paint");
        new Label(tools, SWT.NONE).setText("  Brush:");
        Scale brushSize = new Scale(tools, SWT.HORIZONTAL);
        brushSize.setMinimum(3);
        brushSize.setMaximum(60);
        brushSize.setSelection(14);
        brushSize.setLayoutData(new GridData(90, SWT.DEFAULT));
        Button assign = new Button(tools, SWT.PUSH);
        assign.setText("Assign label");
        assign.setToolTipText("Give the selected points the chosen label (Enter)");
        Button fitView = new Button(tools, SWT.PUSH);
        fitView.setText("Fit view");
        // the labels get a row of their own that wraps: a dataset may have dozens of classes
        palette = new Composite(root, SWT.NONE);
        palette.setLayoutData(new GridData(SWT.FILL, SWT.TOP, true, false));
        RowLayout paletteLayout = new RowLayout(SWT.HORIZONTAL);
        paletteLayout.wrap = true;
        paletteLayout.marginTop = 0;
        paletteLayout.marginLeft = 6;
        paletteLayout.center = true;
        palette.setLayout(paletteLayout);

        mapProgress = new MapProgressStrip(root);

        canvas = new EmbeddingCanvas(root);
        canvas.getControl().setLayoutData(new GridData(SWT.FILL, SWT.FILL, true, true));
        canvas.setSession(session);
        canvas.setMessageSink(this::status);
        canvas.setStrokeHandler(this::teach);
        canvas.addSelectionListener(rows -> selectionProvider.publish(rows));
        canvas.getControl().addListener(SWT.KeyDown, e -> {
            if (e.character == SWT.CR) {
                assignToSelection();
            }
        });

        lassoButton.addListener(SWT.Selection, e -> canvas.setMode(EmbeddingCanvas.Mode.LASSO));
        brushButton.addListener(SWT.Selection, e -> canvas.setMode(EmbeddingCanvas.Mode.BRUSH));
        brushSize.addListener(SWT.Selection, e -> canvas.setBrushRadiusPixels(brushSize.getSelection()));
        assign.addListener(SWT.Selection, e -> assignToSelection());
        fitView.addListener(SWT.Selection, e -> canvas.fitToData());
        rebuildPalette();
    }

    // ---------------------------------------------------------------- palette and labelling

    private void rebuildPalette() {
        for (Control c : palette.getChildren()) {
            c.dispose();
        }
        swatches.forEach(Image::dispose);
        swatches.clear();
        List<LabelClass> labels = session.project().getLabels();
        new Label(palette, SWT.NONE).setText("Label:");
        for (LabelClass label : labels) {
            Button b = new Button(palette, SWT.RADIO);
            b.setText(label.getName());
            b.setImage(swatch(label.getColor()));
            b.setData(label);
            b.setSelection(label == canvas.activeLabel());
            b.addListener(SWT.Selection, e -> {
                if (b.getSelection()) {
                    canvas.setActiveLabel(label);
                }
            });
        }
        palette.getParent().layout(true, true);
    }

    private Image swatch(int rgb) {
        Image image = new Image(palette.getDisplay(), 12, 12);
        GC gc = new GC(image);
        gc.setBackground(canvas.colour(rgb));
        gc.fillRectangle(0, 0, 12, 12);
        gc.dispose();
        swatches.add(image);
        return image;
    }

    /** Gives the chosen label to all selected points, as one undoable step. */
    public void assignToSelection() {
        int[] rows = canvas.selection();
        if (rows.length == 0) {
            status("Select points first (lasso), then assign a label.");
            return;
        }
        LabelClass label = canvas.activeLabel();
        session.assignLabel(rows, label);
        status(rows.length + " points labelled '" + (label == null ? "no label" : label.getName()) + "'");
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
        if (palette != null && !palette.isDisposed()
                && palette.getChildren().length != session.project().getLabels().size() + 1) {
            rebuildPalette();
        }
    }

    private void status(String message) {
        getEditorSite().getActionBars().getStatusLineManager().setMessage(message);
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
        swatches.forEach(Image::dispose);
        super.dispose();
    }

    /** Publishes the canvas selection as a StructuredSelection of row indices. */
    private static final class RowSelectionProvider implements ISelectionProvider {
        private final List<ISelectionChangedListener> listeners = new ArrayList<>();
        private ISelection selection = StructuredSelection.EMPTY;

        void publish(int[] rows) {
            List<Integer> list = new ArrayList<>(rows.length);
            for (int r : rows) {
                list.add(r);
            }
            selection = new StructuredSelection(list);
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
