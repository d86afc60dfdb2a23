package org.contour.ui.canvas;

import java.util.BitSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Consumer;
import java.util.function.IntPredicate;

import org.contour.core.apply.ModelApplication;
import org.contour.core.select.PointIndex;
import org.contour.core.session.ProjectSession;
import org.contour.core.session.Teacher;
import org.contour.core.session.TeachingChoice;
import org.contour.model.ContourFactory;
import org.contour.model.Embedding;
import org.contour.model.LabelClass;
import org.contour.model.Predictions;
import org.contour.model.Sketch;
import org.contour.model.SketchKind;
import org.contour.model.Subset;
import org.contour.model.TaughtModel;
import org.contour.model.TeachingSpace;
import org.contour.ui.canvas.commands.SessionCommandStack;
import org.contour.ui.canvas.parts.CanvasRequests;
import org.contour.ui.canvas.parts.MapEditPart;
import org.contour.ui.canvas.parts.MapFigure;
import org.contour.ui.canvas.parts.SketchEditPart;
import org.contour.ui.canvas.parts.SketchFigure;
import org.contour.ui.canvas.tools.CanvasTool;
import org.contour.ui.canvas.tools.CanvasTools;
import org.eclipse.core.runtime.CoreException;
import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.OperationCanceledException;
import org.eclipse.core.runtime.Status;
import org.eclipse.core.runtime.jobs.Job;
import org.eclipse.draw2d.ColorConstants;
import org.eclipse.draw2d.DeferredUpdateManager;
import org.eclipse.draw2d.Figure;
import org.eclipse.draw2d.FreeformLayer;
import org.eclipse.draw2d.Graphics;
import org.eclipse.draw2d.IFigure;
import org.eclipse.draw2d.geometry.Point;
import org.eclipse.draw2d.geometry.Rectangle;
import org.eclipse.emf.common.command.CompoundCommand;
import org.eclipse.gef.DefaultEditDomain;
import org.eclipse.gef.EditPart;
import org.eclipse.gef.GraphicalEditPart;
import org.eclipse.gef.GraphicalViewer;
import org.eclipse.gef.Request;
import org.eclipse.gef.RequestConstants;
import org.eclipse.gef.Tool;
import org.eclipse.gef.commands.Command;
import org.eclipse.gef.editparts.FreeformGraphicalRootEditPart;
import org.eclipse.gef.requests.CreateRequest;
import org.eclipse.gef.requests.CreationFactory;
import org.eclipse.gef.requests.GroupRequest;
import org.eclipse.gef.ui.parts.GraphicalViewerImpl;
import org.eclipse.swt.SWT;
import org.eclipse.swt.graphics.Color;
import org.eclipse.swt.graphics.Image;
import org.eclipse.swt.graphics.ImageData;
import org.eclipse.swt.graphics.PaletteData;
import org.eclipse.swt.graphics.Pattern;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Display;
import org.eclipse.swt.widgets.Menu;
import org.eclipse.swt.widgets.MenuItem;

/**
 * The embedding map: a GEF viewer whose contents are the project's points (one painted layer),
 * the taught model's decision regions, the drawn sketches and the model's draggable pieces (GEF
 * edit parts: see {@link MapEditPart}), the pseudo-points the model was trained on, and a legend.
 * Mouse wheel zooms around the pointer; dragging with the middle or right button pans. The
 * left button belongs to the active tool ({@link CanvasTools}): tap, box, lasso, polygon select,
 * the brush, the polygon region, the eraser, or Edit. Hovering a point shows its tooltip
 * ({@link PointTooltip}). Right-clicking a region offers to delete or recolour it.
 *
 * <p>Every change of the drawing is one command on the project's stack, and the model is trained
 * again after it in the background ({@link Retrainer}) and added to the same undo step.
 *
 * <p>UI only: which points a shape holds (the {@link PointIndex}), how a drawing becomes a model
 * and what a model predicts are computed by core. Points of hidden subsets are neither drawn nor
 * selectable.
 */
public final class EmbeddingCanvas {

    /** What a left-button drag does (the two original tools; {@link #setTool} knows all). */
    public enum Mode {
        /** Select points inside a freehand outline. */
        LASSO,
        /** Paint a region for the active label. */
        BRUSH
    }

    /**
     * Receives a finished brush stroke, in data coordinates, instead of the canvas adding it
     * (and training) itself.
     */
    @FunctionalInterface
    public interface StrokeHandler {
        void strokeFinished(LabelClass label, double[] points, double radius);
    }

    /** What colours the points. */
    public enum Colouring {
        /** the labels people gave (no label: grey) */
        LABELS,
        /** what the current model predicts, with rings round the examples it is least sure of */
        PREDICTIONS
    }

    /** Below this sureness (0: a guess among all classes, 1: certain) a prediction is marked with a ring. */
    public static final double UNSURE_BELOW = 0.5;
    /** At most this many of the least sure examples are ringed. */
    public static final int MOST_RINGS = 100;

    /** How long the last turn of the teach loop took, from the end of the drawing change. */
    public record TeachLoopTiming(double trainedMillis, double paintedMillis, int pseudoPoints) {
    }

    /** After this long without a wheel event a zoom gesture counts as finished. */
    private static final int WHEEL_SETTLE_MS = 180;

    private final ViewTransform transform = new ViewTransform();
    private final CanvasColours colours = new CanvasColours();
    private final GraphicalViewer viewer;
    private final DefaultEditDomain domain = new DefaultEditDomain(null);
    private final RegionsFigure regions = new RegionsFigure(transform);
    private final PointsFigure points = new PointsFigure(transform);
    private final FreeformLayer sketchLayer = new FreeformLayer();
    private final Figure modelLayer = new PassThroughLayer(true);
    private final MarksFigure pseudoPointMarks = new MarksFigure(transform, MarksFigure.Shape.CROSS);
    private final MarksFigure unsureMarks = new MarksFigure(transform, MarksFigure.Shape.RING);
    private final Figure feedbackLayer = new PassThroughLayer(false);
    private final LegendFigure legend = new PinnedLegend(colours);
    private final AxesFigure axes = new AxesFigure(transform, this::axisNames);
    private final List<Consumer<int[]>> selectionListeners = new CopyOnWriteArrayList<>();
    private final ProjectSession.Listener sessionListener = s -> modelChanged();
    /** The embedding the view was last fitted to. */
    private Embedding shownEmbedding;
    private final List<CanvasTool> tools = CanvasTools.defaults();
    private final Map<String, Tool> toolInstances = new HashMap<>();
    private final PointTooltip tooltip;
    /** Per Subset value: drawn and selectable. Excluded examples are left out of the map at first. */
    private final boolean[] visibleSubsets = new boolean[Subset.VALUES.size()];

    private ProjectSession session;
    private PointIndex index;
    private BitSet selection = new BitSet();
    private BitSet highlight;
    private LabelClass activeLabel;
    private int brushRadiusPixels = 14;
    private StrokeHandler strokeHandler;
    private Consumer<String> messages = m -> { };
    private String toolId = CanvasTools.LASSO;
    private SelectionMode selectionMode = SelectionMode.REPLACE;
    private boolean fitted;
    private int wheelToken;
    private List<Point> lastOutline = List.of();
    private final boolean[] panning = new boolean[1];
    private final Retrainer retrainer = new Retrainer(this);
    private TaughtModel modelPreview;
    private Colouring colouring = Colouring.LABELS;
    private int predictionGeneration;
    private TaughtModel predictedModel;
    private Predictions livePredictions;
    private int[] predictedLabels;
    private Retrainer.Drawing pseudoPointsDrawing;
    private double[][] pseudoPointsShown;
    private int[] pseudoPointColours;
    private int pseudoGeneration;
    private TeachLoopTiming lastTeachLoop;
    private final Map<Long, Image> hatchImages = new HashMap<>();
    private final Map<Long, Pattern> hatchPatterns = new HashMap<>();
    private final List<Consumer<Colouring>> colouringListeners = new CopyOnWriteArrayList<>();

    public EmbeddingCanvas(Composite parent) {
        viewer = new GraphicalViewerImpl();
        viewer.createControl(parent);
        viewer.getControl().setBackground(ColorConstants.white);
        viewer.setRootEditPart(new FreeformGraphicalRootEditPart());
        if (((GraphicalEditPart) viewer.getRootEditPart()).getFigure().getUpdateManager()
                instanceof DeferredUpdateManager updates) {
            updates.setGraphicsSource(new PatternBufferSource(viewer.getControl()));
        }
        viewer.setEditDomain(domain);
        // GEF's tools execute through this stack; the history itself is the project's EMF stack
        domain.setCommandStack(new SessionCommandStack());
        viewer.setEditPartFactory(MapEditPart.factory(this));
        regions.setPaintedListener(this::regionsPainted);
        java.util.Arrays.fill(visibleSubsets, true);
        visibleSubsets[Subset.EXCLUDED_VALUE] = false;
        points.setVisibleSubsets(visibleSubsets.clone());
        setTool(CanvasTools.LASSO);
        installNavigation(viewer.getControl());
        installSketchKeysAndMenu(viewer.getControl());
        tooltip = new PointTooltip(this);
        viewer.getControl().addListener(SWT.Resize, e -> layoutMap());
        viewer.getControl().addListener(SWT.Dispose, e -> dispose());
    }

    // ---------------------------------------------------------------- content

    public void setSession(ProjectSession newSession) {
        if (session != null) {
            session.removeListener(sessionListener);
        }
        retrainer.cancel();
        session = newSession;
        shownEmbedding = session.project().getEmbedding();
        transform.setEqualAspect(!isColumnsMap(shownEmbedding));
        colouring = Colouring.LABELS;
        livePredictions = null;
        predictedLabels = null;
        predictedModel = null;
        modelPreview = null;
        pseudoPointsDrawing = null;
        pseudoPointsShown = null;
        selection = new BitSet();
        highlight = null;
        index = null;
        fitted = false;
        viewer.setContents(session);
        regions.setProject(session.project());
        points.setProject(session.project());
        points.setSelection(selection);
        points.setHighlight(null);
        legend.setProject(session.project());
        session.addListener(sessionListener);
        activeLabel = session.project().getLabels().isEmpty() ? null : session.project().getLabels().get(0);
        points.setAssignmentsOverride(null);
        legend.setAssignmentsOverride(null, null);
        unsureMarks.setMarks(null, null, null);
        pseudoPointMarks.setMarks(null, null, null);
        layoutMap();
        updatePseudoPoints();
    }

    /** A map of two table columns: their units differ, so each axis gets its own scale at first. */
    private static boolean isColumnsMap(Embedding e) {
        return e != null && "org.contour.core.columns".equals(e.getReducerId());
    }

    public ProjectSession session() {
        return session;
    }

    /** The project changed through a command (or undo/redo): repaint what depends on it. */
    private void modelChanged() {
        if (viewer.getControl().isDisposed()) {
            return;
        }
        if (activeLabel != null && !session.project().getLabels().contains(activeLabel)) {
            activeLabel = null; // deleted (or its addition undone)
        }
        points.contentChanged();
        regions.contentChanged();
        legend.recount();
        if (session.project().getEmbedding() != shownEmbedding) {
            // a new map (or its undo): other coordinates, so show all of it again
            shownEmbedding = session.project().getEmbedding();
            transform.setEqualAspect(!isColumnsMap(shownEmbedding));
            fitToData();
        }
        if (viewer.getContents() instanceof MapEditPart map) {
            map.refreshAll();
        }
        modelLayer.repaint();
        if (colouring == Colouring.PREDICTIONS) {
            refreshPredictions();
        }
        updatePseudoPoints();
        // examples moved to a hidden subset cannot stay selected
        keepOnlySelectable();
    }

    private java.util.List<String> axisNames() {
        return session == null || session.project().getEmbedding() == null ? null
                : session.project().getEmbedding().getAxisNames();
    }

    /** Called by the map edit part: builds the map figure with its layers, bottom to top. */
    public IFigure createMapFigure() {
        MapFigure map = new MapFigure();
        map.setBackgroundColor(ColorConstants.white);
        sketchLayer.setLayoutManager(MapFigure.fillingLayout());
        modelLayer.setLayoutManager(MapFigure.fillingLayout());
        map.add(regions);
        map.add(axes);
        map.add(sketchLayer);
        map.add(points);
        map.add(new SketchOutlines());
        map.add(unsureMarks);
        map.add(pseudoPointMarks);
        map.add(modelLayer);
        map.add(legend);
        map.add(feedbackLayer);
        return map;
    }

    public IFigure sketchLayer() {
        return sketchLayer;
    }

    /** Where the model's draggable pieces (boundaries, splits) are drawn: above the points. */
    public IFigure modelLayer() {
        return modelLayer;
    }

    public IFigure feedbackLayer() {
        return feedbackLayer;
    }

    private void layoutMap() {
        if (session == null || !(viewer.getContents() instanceof MapEditPart map)) {
            return;
        }
        org.eclipse.swt.graphics.Rectangle area = viewer.getControl().getBounds();
        if (area.width <= 0 || area.height <= 0) {
            return;
        }
        IFigure figure = map.getFigure();
        figure.getParent().setConstraint(figure, new Rectangle(0, 0, area.width, area.height));
        figure.setBounds(new Rectangle(0, 0, area.width, area.height));
        if (!fitted) {
            fitToData();
        }
        figure.revalidate();
        figure.repaint();
    }

    /** Zooms and pans so that all points are in view. */
    public void fitToData() {
        Embedding e = session == null ? null : session.project().getEmbedding();
        org.eclipse.swt.graphics.Rectangle area = viewer.getControl().getBounds();
        if (e == null || e.getXs() == null || e.getXs().length == 0 || area.width <= 0) {
            return;
        }
        double minX = Double.POSITIVE_INFINITY, maxX = Double.NEGATIVE_INFINITY;
        double minY = Double.POSITIVE_INFINITY, maxY = Double.NEGATIVE_INFINITY;
        for (int i = 0; i < e.getXs().length; i++) {
            minX = Math.min(minX, e.getXs()[i]);
            maxX = Math.max(maxX, e.getXs()[i]);
            minY = Math.min(minY, e.getYs()[i]);
            maxY = Math.max(maxY, e.getYs()[i]);
        }
        transform.fit(minX, maxX, minY, maxY, area.width, area.height);
        fitted = true;
        viewChanged();
    }

    private void viewChanged() {
        tooltip.hide();
        if (viewer.getContents() instanceof MapEditPart map) {
            map.getFigure().repaint();
        }
        // the corner handles of a selected polygon stay on its corners
        for (Object selected : viewer.getSelectedEditParts()) {
            if (selected instanceof GraphicalEditPart part) {
                part.refresh();
            }
        }
    }

    /** Whether the next fit keeps one map unit as long on both axes; changing it fits the view again. */
    public void setEqualAspect(boolean equal) {
        transform.setEqualAspect(equal);
        fitToData();
    }

    public boolean isEqualAspect() {
        return transform.isEqualAspect();
    }

    /** The map coordinates the canvas shows: {minX, maxX, minY, maxY}. */
    public double[] viewBox() {
        org.eclipse.swt.graphics.Rectangle area = viewer.getControl().getBounds();
        double x0 = transform.toDataX(0);
        double x1 = transform.toDataX(Math.max(1, area.width));
        double y0 = transform.toDataY(Math.max(1, area.height));
        double y1 = transform.toDataY(0);
        return new double[] {Math.min(x0, x1), Math.max(x0, x1), Math.min(y0, y1), Math.max(y0, y1)};
    }

    // ---------------------------------------------------------------- navigation

    /**
     * Zoom and pan are gestures: while one goes on, the point and region layers draw their last
     * raster moved and scaled (a blit per frame), and rasterise once when it ends.
     */
    private void installNavigation(Control control) {
        control.addListener(SWT.MouseVerticalWheel, e -> {
            transform.beginGesture();
            transform.zoomAt(e.x, e.y, e.count > 0 ? 1.25 : 0.8);
            viewChanged();
            int token = ++wheelToken;
            control.getDisplay().timerExec(WHEEL_SETTLE_MS, () -> {
                if (token == wheelToken && !control.isDisposed()) {
                    endGesture();
                }
            });
        });
        int[] last = new int[2];
        control.addListener(SWT.MouseDown, e -> {
            // a right press on a painted region opens its menu, which takes the release: no pan then
            if (e.button == 2 || (e.button == 3 && sketchAt(e.x, e.y) == null)) {
                panning[0] = true;
                transform.beginGesture();
                last[0] = e.x;
                last[1] = e.y;
            }
        });
        control.addListener(SWT.MouseMove, e -> {
            if (panning[0] && (e.stateMask & (SWT.BUTTON2 | SWT.BUTTON3)) == 0) {
                // the release went elsewhere (a menu, another window): the pan is over, or the map
                // would follow the bare pointer and every later stroke land in the wrong place
                panning[0] = false;
                endGesture();
                return;
            }
            if (panning[0]) {
                transform.panBy(e.x - last[0], e.y - last[1]);
                last[0] = e.x;
                last[1] = e.y;
                viewChanged();
            }
        });
        control.addListener(SWT.MouseUp, e -> {
            if (panning[0] && (e.button == 2 || e.button == 3)) {
                panning[0] = false;
                endGesture();
            }
        });
    }

    private void endGesture() {
        transform.endGesture();
        viewChanged();
    }

    /** Zooms by {@code factor} around the centre of the canvas. */
    public void zoom(double factor) {
        org.eclipse.swt.graphics.Rectangle area = viewer.getControl().getBounds();
        transform.zoomAt(area.width / 2.0, area.height / 2.0, factor);
        viewChanged();
    }

    // ---------------------------------------------------------------- tools

    /** The tools of the tool row, in order. */
    public List<CanvasTool> tools() {
        return tools;
    }

    /** Makes the tool with {@code id} (see {@link CanvasTools}) the one the left button drives. */
    public void setTool(String id) {
        CanvasTool entry = tools.stream().filter(t -> t.id().equals(id)).findFirst()
                .orElseThrow(() -> new IllegalArgumentException("No canvas tool with id " + id));
        Tool tool = toolInstances.computeIfAbsent(id, k -> entry.factory().apply(this));
        boolean wasEditing = isEditing();
        toolId = id;
        domain.setDefaultTool(tool);
        domain.setActiveTool(tool);
        if (wasEditing && !isEditing()) {
            viewer.deselectAll();
        }
        modelLayer.repaint();
    }

    /** Whether the Edit tool is chosen: then the model's handles show and can be dragged. */
    public boolean isEditing() {
        return CanvasTools.EDIT.equals(toolId);
    }

    public String toolId() {
        return toolId;
    }

    /** The active GEF tool (for example to ask a polygon tool whether a polygon is open). */
    public Tool activeTool() {
        return domain.getActiveTool();
    }

    public void setMode(Mode newMode) {
        setTool(newMode == Mode.BRUSH ? CanvasTools.BRUSH : CanvasTools.LASSO);
    }

    public Mode mode() {
        return CanvasTools.BRUSH.equals(toolId) ? Mode.BRUSH : Mode.LASSO;
    }

    /** How a gesture without modifier keys combines with the selection (the tool row's choice). */
    public void setSelectionMode(SelectionMode mode) {
        selectionMode = mode;
    }

    public SelectionMode selectionMode() {
        return selectionMode;
    }

    /** The label that the brush paints and that "assign" gives. */
    public void setActiveLabel(LabelClass label) {
        activeLabel = label;
    }

    public LabelClass activeLabel() {
        return activeLabel;
    }

    public int activeLabelColour() {
        return activeLabel == null ? 0x808080 : activeLabel.getColor();
    }

    public int brushRadiusPixels() {
        return brushRadiusPixels;
    }

    public void setBrushRadiusPixels(int pixels) {
        brushRadiusPixels = Math.max(1, pixels);
    }

    public void setStrokeHandler(StrokeHandler handler) {
        strokeHandler = handler;
    }

    /** Where status messages for the user go (the editor's status line). */
    public void setMessageSink(Consumer<String> sink) {
        messages = sink == null ? m -> { } : sink;
    }

    public void showMessage(String message) {
        messages.accept(message);
    }

    /** Called by the brush tool with the stroke in canvas pixels: adds it as a sketch of the chosen label. */
    public void strokeFinished(List<Point> path) {
        if (activeLabel == null) {
            showMessage("Add a label first: the brush paints a region for the selected label.");
            return;
        }
        double[] data = toData(path);
        if (strokeHandler != null) {
            strokeHandler.strokeFinished(activeLabel, data, brushRadiusPixels / transform.scaleX());
            return;
        }
        Sketch sketch = ContourFactory.eINSTANCE.createSketch();
        sketch.setKind(SketchKind.BRUSH);
        sketch.setLabel(activeLabel);
        sketch.setPoints(data);
        sketch.setRadius(brushRadiusPixels / transform.scaleX());
        // a round brush on screen is an ellipse in the map's units when the axes have their own scales
        sketch.setAspect(transform.aspect());
        addSketch(sketch);
    }

    /** Called by the polygon-region tool with the corners in canvas pixels. */
    public void polygonRegionFinished(List<Point> corners) {
        if (activeLabel == null) {
            showMessage("Add a label first: a polygon region belongs to the selected label.");
            return;
        }
        if (corners.size() < 3) {
            showMessage("A polygon region needs at least 3 corners: click each corner, then double-click or press"
                    + " Enter. Nothing was drawn.");
            return;
        }
        Sketch sketch = ContourFactory.eINSTANCE.createSketch();
        sketch.setKind(SketchKind.POLYGON);
        sketch.setLabel(activeLabel);
        sketch.setPoints(toData(corners));
        addSketch(sketch);
    }

    /** Called by the eraser with the stroke in canvas pixels. */
    public void eraserStrokeFinished(List<Point> path) {
        if (session == null) {
            return;
        }
        if (session.project().getSketches().stream().noneMatch(s -> s.getKind() != SketchKind.ERASER)) {
            showMessage("Nothing is painted yet, so there is nothing to erase.");
            return;
        }
        Sketch sketch = ContourFactory.eINSTANCE.createSketch();
        sketch.setKind(SketchKind.ERASER);
        sketch.setPoints(toData(path));
        sketch.setRadius(brushRadiusPixels / transform.scaleX());
        sketch.setAspect(transform.aspect());
        addSketch(sketch);
    }

    /**
     * Adds a new sketch through GEF (a creation request to the map, answered by its layout
     * policy): one undo step, after which the model is trained again and joins that step.
     */
    public void addSketch(Sketch sketch) {
        if (!(viewer.getContents() instanceof MapEditPart map)) {
            return;
        }
        CreateRequest request = new CreateRequest();
        request.setFactory(new CreationFactory() {
            @Override
            public Object getNewObject() {
                return sketch;
            }

            @Override
            public Object getObjectType() {
                return Sketch.class;
            }
        });
        execute(map.getCommand(request));
    }

    private void execute(Command command) {
        if (command == null || !command.canExecute()) {
            return;
        }
        domain.getCommandStack().execute(command);
    }

    // ---------------------------------------------------------------- sketches as edit parts

    /** The drawing changed through {@code owner}, just executed: train again and join that undo step. */
    public void sketchesChanged(CompoundCommand owner) {
        if (session != null) {
            retrainer.sketchesChanged(session, owner);
        }
    }

    /** True while the model is being trained after a change of the drawing. */
    public boolean isTraining() {
        return retrainer.isTraining();
    }

    /** A sketch is dragged: preview the drawing with {@code replaced} in place of {@code original}. */
    public void previewDrawing(Sketch original, Sketch replaced) {
        if (session != null) {
            retrainer.preview(session, original, replaced);
        }
    }

    /** The drag of a sketch ended (dropped or cancelled). */
    public void endPreview() {
        retrainer.endPreview(true);
        Display.getCurrent().asyncExec(() -> {
            // no change was executed with the drop (cancelled, or dropped where it was): drop the preview;
            // else it stays until the change is trained, so the regions do not flicker back
            if (!getControl().isDisposed() && !retrainer.isTraining()) {
                regionsPreview(null);
            }
        });
    }

    /** The regions of a model trained on a drawing being dragged ({@code null}: the project's model). */
    void regionsPreview(TaughtModel model) {
        if (modelPreview == null) {
            regions.setPreview(model);
        }
    }

    /**
     * The model as a boundary or split drag would leave it, painted instead of the project's
     * until {@code null} ends the preview.
     */
    public void previewModel(TaughtModel model) {
        modelPreview = model;
        regions.setPreview(model);
        modelLayer.repaint();
    }

    /** The model the canvas shows now: the preview of a drag, else the project's. */
    public TaughtModel shownModel() {
        if (modelPreview != null) {
            return modelPreview;
        }
        return session == null ? null : session.project().getModel();
    }

    /** The sketches selected on the map (with the Edit tool, or by right-clicking one). */
    public List<Sketch> selectedSketches() {
        List<Sketch> out = new java.util.ArrayList<>();
        for (Object part : viewer.getSelectedEditParts()) {
            if (part instanceof SketchEditPart s) {
                out.add(s.getSketch());
            }
        }
        return out;
    }

    /** The edit part showing {@code sketch}, or {@code null}. */
    public SketchEditPart sketchPart(Sketch sketch) {
        Object part = viewer.getEditPartRegistry().get(sketch);
        return part instanceof SketchEditPart s ? s : null;
    }

    /** Selects the edit part of {@code sketch} on the map ({@code null}: none). */
    public void selectSketch(Sketch sketch) {
        SketchEditPart part = sketch == null ? null : sketchPart(sketch);
        if (part == null) {
            viewer.deselectAll();
        } else {
            viewer.select(part);
        }
    }

    /** The region drawn under pixel (x, y), topmost first, or {@code null}. */
    public Sketch sketchAt(int x, int y) {
        EditPart part = viewer.findObjectAtExcluding(new org.eclipse.draw2d.geometry.Point(x, y), java.util.Set.of(),
                p -> p instanceof SketchEditPart);
        return part instanceof SketchEditPart s ? s.getSketch() : null;
    }

    /** Deletes the selected regions through GEF's delete request: one undo step, then retraining. */
    public boolean deleteSelectedSketches() {
        List<?> parts = List.copyOf(viewer.getSelectedEditParts());
        if (parts.stream().noneMatch(p -> p instanceof SketchEditPart)) {
            return false;
        }
        GroupRequest request = new GroupRequest(RequestConstants.REQ_DELETE);
        request.setEditParts(parts);
        execute(combined(parts, request, "Delete"));
        return true;
    }

    /** Gives the selected regions to {@code label}: one undo step, then retraining. */
    public boolean recolourSelectedSketches(LabelClass label) {
        List<?> parts = List.copyOf(viewer.getSelectedEditParts());
        if (label == null || parts.stream().noneMatch(p -> p instanceof SketchEditPart)) {
            return false;
        }
        execute(combined(parts, new CanvasRequests.Recolour(label), "Recolour"));
        return true;
    }

    private static Command combined(List<?> parts, Request request, String label) {
        org.eclipse.gef.commands.CompoundCommand all = new org.eclipse.gef.commands.CompoundCommand(label);
        for (Object part : parts) {
            if (part instanceof SketchEditPart s) {
                Command c = s.getCommand(request);
                if (c != null) {
                    all.add(c);
                }
            }
        }
        return all.unwrap();
    }

    /**
     * Delete removes the selected regions and Esc deselects them; a right-click on a region
     * selects it and opens its menu (delete, recolour). Elsewhere the right button pans, so
     * no menu opens there.
     */
    private void installSketchKeysAndMenu(Control control) {
        control.addListener(SWT.KeyDown, e -> {
            if (!e.doit || selectedSketches().isEmpty()) {
                return;
            }
            if (e.keyCode == SWT.DEL || e.keyCode == SWT.BS) {
                e.doit = false;
                deleteSelectedSketches();
            } else if (e.keyCode == SWT.ESC) {
                e.doit = false;
                viewer.deselectAll();
            }
        });
        Menu menu = new Menu(control);
        control.setMenu(menu);
        control.addListener(SWT.MenuDetect, e -> {
            org.eclipse.swt.graphics.Point at = control.toControl(e.x, e.y);
            Sketch sketch = sketchAt(at.x, at.y);
            if (sketch == null) {
                e.doit = false;
                return;
            }
            // the menu takes the pointer: the pan that the press began ends here
            if (panning[0]) {
                panning[0] = false;
                endGesture();
            }
            if (!selectedSketches().contains(sketch)) {
                selectSketch(sketch);
            }
            fillSketchMenu(menu);
        });
    }

    private void fillSketchMenu(Menu menu) {
        for (MenuItem item : menu.getItems()) {
            item.dispose();
        }
        List<Sketch> chosen = selectedSketches();
        MenuItem delete = new MenuItem(menu, SWT.PUSH);
        delete.setText(chosen.size() == 1 ? "Delete region	Del" : "Delete " + chosen.size() + " regions	Del");
        delete.addListener(SWT.Selection, e -> deleteSelectedSketches());
        boolean recolourable = chosen.stream().anyMatch(s -> s.getKind() != SketchKind.ERASER);
        if (!recolourable || session == null) {
            return;
        }
        new MenuItem(menu, SWT.SEPARATOR);
        if (activeLabel != null) {
            MenuItem toActive = new MenuItem(menu, SWT.PUSH);
            toActive.setText("Recolour to the chosen label (" + activeLabel.getName() + ")");
            LabelClass target = activeLabel;
            toActive.addListener(SWT.Selection, e -> recolourSelectedSketches(target));
        }
        MenuItem to = new MenuItem(menu, SWT.CASCADE);
        to.setText("Recolour to");
        Menu labels = new Menu(to);
        to.setMenu(labels);
        for (LabelClass label : session.project().getLabels()) {
            MenuItem item = new MenuItem(labels, SWT.PUSH);
            item.setText(label.getName());
            item.setImage(swatch(label.getColor()));
            item.setEnabled(chosen.stream().anyMatch(s -> s.getKind() != SketchKind.ERASER && s.getLabel() != label));
            item.addListener(SWT.Selection, e -> recolourSelectedSketches(label));
        }
    }

    private Image swatch(int rgb) {
        long key = 0x2_0000_0000L | rgb;
        return hatchImages.computeIfAbsent(key, k -> {
            ImageData data = new ImageData(12, 12, 24, new PaletteData(0xFF0000, 0xFF00, 0xFF));
            for (int y = 0; y < 12; y++) {
                for (int x = 0; x < 12; x++) {
                    data.setPixel(x, y, x == 0 || y == 0 || x == 11 || y == 11 ? 0x404040 : rgb);
                }
            }
            return new Image(Display.getCurrent(), data);
        });
    }

    /** Hatching patterns for the sketches, one per colour, made once per canvas. */
    public SketchFigure.Hatching hatching() {
        return new SketchFigure.Hatching() {
            @Override
            public Pattern hatch(int rgb, boolean cross) {
                long key = (cross ? 0x1_0000_0000L : 0) | rgb;
                return hatchPatterns.computeIfAbsent(key, k -> {
                    int dark = cross ? rgb : darkerHatch(rgb);
                    int side = 8;
                    ImageData data = new ImageData(side, side, 24, new PaletteData(0xFF0000, 0xFF00, 0xFF));
                    byte[] alpha = new byte[side * side];
                    for (int y = 0; y < side; y++) {
                        for (int x = 0; x < side; x++) {
                            boolean on = (x + y) % side < 2 || (cross && (x - y + side) % side < 1);
                            data.setPixel(x, y, dark);
                            alpha[y * side + x] = (byte) (on ? 200 : 0);
                        }
                    }
                    data.alphaData = alpha;
                    Image image = new Image(Display.getCurrent(), data);
                    hatchImages.put(key | 0x4_0000_0000L, image);
                    return new Pattern(Display.getCurrent(), image);
                });
            }

            @Override
            public Color colour(int rgb) {
                return colours.get(rgb);
            }
        };
    }

    private static int darkerHatch(int rgb) {
        int r = ((rgb >> 16) & 0xFF) * 6 / 10;
        int g = ((rgb >> 8) & 0xFF) * 6 / 10;
        int b = (rgb & 0xFF) * 6 / 10;
        return (r << 16) | (g << 8) | b;
    }

    // ---------------------------------------------------------------- after training

    /** Called by the retrainer with what the last training learned from {@code drawing}. */
    void lessonLearned(Teacher.Lesson lesson, Retrainer.Drawing drawing) {
        double[][] shown = lesson.space() == TeachingSpace.FEATURES ? lesson.points().features() : lesson.pseudoPoints();
        int[] classes = lesson.space() == TeachingSpace.FEATURES ? lesson.points().labels() : lesson.pseudoPointLabels();
        setPseudoPoints(shown, classes, lesson.points().classNames(), drawing);
        Retrainer.Turn turn = retrainer.lastTurn();
        if (turn != null) {
            lastTeachLoop = new TeachLoopTiming((turn.trainedNanos() - turn.changedNanos()) / 1e6, Double.NaN,
                    turn.pseudoPoints());
        }
    }

    /** Called by the retrainer when a training ended ({@code null}: nothing could be trained). */
    void trainingFinished(TaughtModel model) {
        if (model != null && session != null && !readsTheMap(model) && colouring != Colouring.PREDICTIONS) {
            // a model of the full features has no regions on the map: its predictions colour the points
            setColouring(Colouring.PREDICTIONS);
        }
    }

    private boolean readsTheMap(TaughtModel model) {
        Embedding e = session.project().getEmbedding();
        return e != null && model.getFeatureNames().equals(e.getAxisNames());
    }

    private void regionsPainted(TaughtModel model) {
        Retrainer.Turn turn = retrainer.lastTurn();
        if (turn != null && turn.model() == model) {
            lastTeachLoop = new TeachLoopTiming((turn.trainedNanos() - turn.changedNanos()) / 1e6,
                    (System.nanoTime() - turn.changedNanos()) / 1e6, turn.pseudoPoints());
        }
    }

    /** The last turn of the teach loop: change to trained model, change to painted regions. */
    public TeachLoopTiming lastTeachLoop() {
        return lastTeachLoop;
    }

    /** How long the decision regions took to rasterise last time. */
    public long regionsRenderNanos() {
        return regions.lastRenderNanos();
    }

    // ---------------------------------------------------------------- pseudo-points

    private void setPseudoPoints(double[][] at, int[] classes, String[] classNames, Retrainer.Drawing drawing) {
        pseudoPointsDrawing = drawing;
        pseudoPointsShown = at;
        Map<String, Integer> colourOf = new HashMap<>();
        for (LabelClass l : session.project().getLabels()) {
            colourOf.put(l.getName(), l.getColor());
        }
        pseudoPointColours = new int[at.length];
        for (int i = 0; i < at.length; i++) {
            pseudoPointColours[i] = colourOf.getOrDefault(classNames[classes[i]], 0x808080);
        }
        showPseudoPointsIfWanted();
    }

    private boolean pseudoPointsWanted() {
        return session != null && TeachingChoice.of(session.project().getTeaching()).showPseudoPoints();
    }

    private void showPseudoPointsIfWanted() {
        if (!pseudoPointsWanted() || pseudoPointsShown == null) {
            pseudoPointMarks.setMarks(null, null, null);
            return;
        }
        double[] xs = new double[pseudoPointsShown.length];
        double[] ys = new double[xs.length];
        for (int i = 0; i < xs.length; i++) {
            xs[i] = pseudoPointsShown[i][0];
            ys[i] = pseudoPointsShown[i][1];
        }
        pseudoPointMarks.setMarks(xs, ys, pseudoPointColours);
    }

    /**
     * Shows the pseudo-points of the drawing as it is now when the teaching settings ask for
     * them: those of the last training when it was trained on this drawing, else sampled again
     * in the background (seeded, so they are the points a training would use).
     */
    private void updatePseudoPoints() {
        if (session == null) {
            return;
        }
        if (!pseudoPointsWanted()) {
            pseudoPointMarks.setMarks(null, null, null);
            return;
        }
        Retrainer.Drawing now = Retrainer.Drawing.of(session);
        if (now.equals(pseudoPointsDrawing)) {
            showPseudoPointsIfWanted();
            return;
        }
        int mine = ++pseudoGeneration;
        pseudoPointMarks.setMarks(null, null, null);
        if (now.choice().space() == TeachingSpace.FEATURES || session.project().getSketches().isEmpty()) {
            return; // no pseudo-points: the examples themselves are trained on, or nothing is drawn
        }
        ProjectSession s = session;
        List<Sketch> sketches = List.copyOf(s.project().getSketches());
        org.contour.model.TeachingSettings settings = Teacher.settingsOf(s.project());
        Display display = Display.getCurrent();
        Job job = Job.create("Sampling the pseudo-points", (IProgressMonitor monitor) -> {
            try {
                var sample = Teacher.pseudoPoints(s, sketches, settings);
                display.asyncExec(() -> {
                    if (mine == pseudoGeneration && s == session && !getControl().isDisposed()) {
                        setPseudoPoints(sample.pseudoPoints(), sample.pseudoPointLabels(),
                                sample.points().classNames(), now);
                    }
                });
            } catch (CoreException | RuntimeException e) {
                // nothing that can be sampled yet: no pseudo-points to show
            }
            return Status.OK_STATUS;
        });
        job.setSystem(true);
        job.schedule();
    }

    /** How many pseudo-points are shown now (0 when the layer is off or empty). */
    public int pseudoPointsShown() {
        return pseudoPointMarks.count();
    }

    /** The canvas pixels of the pseudo-points shown, {x0, y0, x1, y1, ...} (for tests). */
    public int[] pseudoPointPixels() {
        double[] xs = pseudoPointMarks.xs();
        double[] ys = pseudoPointMarks.ys();
        int[] out = new int[2 * xs.length];
        for (int i = 0; i < xs.length; i++) {
            out[2 * i] = (int) Math.round(transform.toScreenX(xs[i]));
            out[2 * i + 1] = (int) Math.round(transform.toScreenY(ys[i]));
        }
        return out;
    }

    // ---------------------------------------------------------------- colouring by predictions

    /** Colours the points by their labels or by the current model's predictions. */
    public void setColouring(Colouring how) {
        if (how == colouring) {
            return;
        }
        colouring = how;
        if (how == Colouring.LABELS) {
            predictionGeneration++;
            points.setAssignmentsOverride(null);
            legend.setAssignmentsOverride(null, null);
            unsureMarks.setMarks(null, null, null);
        } else {
            refreshPredictions();
        }
        colouringListeners.forEach(l -> l.accept(how));
    }

    public Colouring colouring() {
        return colouring;
    }

    /** Told when the colouring changes (also when the canvas switches to predictions by itself). */
    public void addColouringListener(Consumer<Colouring> listener) {
        colouringListeners.add(listener);
    }

    /** The predictions the points show (of the current model), or {@code null} before they are computed. */
    public Predictions shownPredictions() {
        return colouring == Colouring.PREDICTIONS ? livePredictions : null;
    }

    /** The model whose predictions the points show, or {@code null}. */
    public TaughtModel predictedModel() {
        return colouring == Colouring.PREDICTIONS ? predictedModel : null;
    }

    /** How many examples are ringed as uncertain. */
    public int unsureShown() {
        return unsureMarks.count();
    }

    /** Predicts every example with the current model in the background and colours the points by it. */
    private void refreshPredictions() {
        int mine = ++predictionGeneration;
        TaughtModel model = session == null ? null : session.project().getModel();
        if (model == null) {
            livePredictions = null;
            predictedModel = null;
            points.setAssignmentsOverride(new int[0]);
            legend.setAssignmentsOverride(new int[0], "predicted (no model yet)");
            unsureMarks.setMarks(null, null, null);
            return;
        }
        ProjectSession s = session;
        Display display = Display.getCurrent();
        Job job = Job.create("Predicting every example", (IProgressMonitor monitor) -> {
            try {
                ModelApplication.Result result = ModelApplication.apply(s, model, monitor);
                display.asyncExec(() -> showPredictions(mine, s, model, result.predictions()));
            } catch (CoreException e) {
                display.asyncExec(() -> {
                    if (mine == predictionGeneration && !getControl().isDisposed()) {
                        showMessage(e.getStatus().getMessage());
                        setColouring(Colouring.LABELS);
                    }
                });
            } catch (OperationCanceledException e) {
                return Status.CANCEL_STATUS;
            }
            return Status.OK_STATUS;
        });
        job.setSystem(true);
        job.schedule();
    }

    private void showPredictions(int which, ProjectSession s, TaughtModel model, Predictions predictions) {
        if (which != predictionGeneration || s != session || getControl().isDisposed()) {
            return;
        }
        List<LabelClass> labels = session.project().getLabels();
        int[] labelOfClass = new int[predictions.getClassNames().size()];
        for (int c = 0; c < labelOfClass.length; c++) {
            labelOfClass[c] = -1;
            for (int l = 0; l < labels.size(); l++) {
                if (labels.get(l).getName().equals(predictions.getClassNames().get(c))) {
                    labelOfClass[c] = l;
                }
            }
        }
        int[] predicted = predictions.getPredicted();
        double[] confidence = predictions.getConfidence();
        int classes = Math.max(1, labelOfClass.length);
        double floor = 1.0 / classes;
        int[] shown = new int[predicted.length];
        // the least sure examples first; only the first MOST_RINGS get a ring: on a large text
        // dataset thousands of rings covered the map in black and told nothing
        java.util.PriorityQueue<double[]> unsure = new java.util.PriorityQueue<>(
                (a, b) -> Double.compare(b[1], a[1]));
        IntPredicate visible = selectable();
        for (int r = 0; r < predicted.length; r++) {
            shown[r] = predicted[r] < 0 ? -1 : labelOfClass[predicted[r]];
            double sureness = classes == 1 ? 1 : (confidence[r] - floor) / (1 - floor);
            if (predicted[r] >= 0 && sureness < UNSURE_BELOW && (visible == null || visible.test(r))) {
                unsure.add(new double[] {r, sureness});
                if (unsure.size() > MOST_RINGS) {
                    unsure.poll(); // drops the surest of those kept
                }
            }
        }
        double[] xs = new double[unsure.size()];
        double[] ys = new double[unsure.size()];
        int[] rgb = new int[unsure.size()];
        Embedding e = session.project().getEmbedding();
        int k = 0;
        for (double[] mark : unsure) {
            int r = (int) mark[0];
            xs[k] = e.getXs()[r];
            ys[k] = e.getYs()[r];
            rgb[k++] = 0x202020;
        }
        livePredictions = predictions;
        predictedModel = model;
        predictedLabels = shown;
        points.setAssignmentsOverride(shown);
        legend.setAssignmentsOverride(shown, "predicted");
        unsureMarks.setMarks(xs, ys, rgb);
    }

    /** Per example the index of the label the model predicts (-1: none), as the points show it; null when coloured by labels. */
    public int[] shownPredictedLabels() {
        return colouring == Colouring.PREDICTIONS ? predictedLabels : null;
    }

    private double[] toData(List<Point> path) {
        double[] data = new double[path.size() * 2];
        for (int i = 0; i < path.size(); i++) {
            data[2 * i] = transform.toDataX(path.get(i).x);
            data[2 * i + 1] = transform.toDataY(path.get(i).y);
        }
        return data;
    }

    // ---------------------------------------------------------------- selection

    /** The spatial index of the current map (rebuilt when the map's coordinates change). */
    public PointIndex index() {
        Embedding e = session == null ? null : session.project().getEmbedding();
        if (e == null || e.getXs() == null) {
            return null;
        }
        if (index == null || !index.indexes(e.getXs(), e.getYs())) {
            index = PointIndex.of(e.getXs(), e.getYs());
        }
        return index;
    }

    /**
     * Which rows may be selected: those of visible subsets. {@code null} when all rows may
     * (the fast path of every selection).
     */
    public IntPredicate selectable() {
        if (session == null) {
            return null;
        }
        int[] subsets = session.project().getSubsets();
        if (subsets == null) {
            return visibleSubsets[Subset.RAW_VALUE] ? null : r -> false;
        }
        boolean all = true;
        for (boolean v : visibleSubsets) {
            all &= v;
        }
        if (all) {
            return null;
        }
        boolean[] visible = visibleSubsets.clone();
        return r -> {
            int s = r < subsets.length ? subsets[r] : Subset.RAW_VALUE;
            return s >= 0 && s < visible.length && visible[s];
        };
    }

    /** Called by the lasso tool with the outline in canvas pixels. */
    public void selectInsideOutline(List<Point> outline, SelectionMode selectionMode) {
        selectInsideOutline(outline, selectionMode, "Lasso");
    }

    /** Selects inside an outline in canvas pixels; {@code what} names the gesture in the message. */
    public void selectInsideOutline(List<Point> outline, SelectionMode selectionMode, String what) {
        if (session == null || index() == null) {
            return;
        }
        lastOutline = List.copyOf(outline);
        BitSet hits;
        try {
            hits = index().insideOutline(toData(outline), selectable());
        } catch (IllegalArgumentException degenerate) {
            showMessage(degenerate.getMessage() + " The selection is unchanged.");
            return;
        }
        select(hits, selectionMode, what);
    }

    /**
     * The outline (canvas pixels) of the last lasso or polygon, as the tool received it: the
     * pointer positions the window system delivered, which can skip some of those a user (or a
     * test driving the X server) went through.
     */
    public List<Point> lastOutline() {
        return lastOutline;
    }

    /** Called by the box tool with two opposite corners in canvas pixels. */
    public void selectInsideBox(Point a, Point b, SelectionMode selectionMode) {
        if (session == null || index() == null) {
            return;
        }
        BitSet hits;
        try {
            hits = index().insideBox(transform.toDataX(a.x), transform.toDataY(a.y), transform.toDataX(b.x),
                    transform.toDataY(b.y), selectable());
        } catch (IllegalArgumentException flat) {
            showMessage(flat.getMessage() + " The selection is unchanged.");
            return;
        }
        select(hits, selectionMode, "Box");
    }

    /** The visible point nearest to pixel (x, y) within {@code pixels}, or -1. */
    public int pointNear(int x, int y, int pixels) {
        PointIndex i = index();
        if (i == null) {
            return -1;
        }
        return i.nearest(transform.toDataX(x), transform.toDataY(y), pixels / transform.scaleX(), pixels / transform.scaleY(),
                selectable());
    }

    /** Called by the tap tool: the point nearest to the click. */
    public void selectNearest(Point at, SelectionMode selectionMode) {
        if (session == null) {
            return;
        }
        int row = pointNear(at.x, at.y, PointTooltip.HOVER_PIXELS);
        if (row < 0) {
            if (selectionMode == SelectionMode.REPLACE && !selection.isEmpty()) {
                applySelection(new BitSet());
                showMessage("No point within " + PointTooltip.HOVER_PIXELS + " pixels: selection cleared.");
            } else {
                showMessage("No point within " + PointTooltip.HOVER_PIXELS + " pixels of the click.");
            }
            return;
        }
        BitSet hit = new BitSet();
        hit.set(row);
        select(hit, selectionMode, "Point #" + row);
    }

    /** Combines {@code hits} with the selection as {@code mode} says, and reports the result. */
    public void select(BitSet hits, SelectionMode mode, String what) {
        BitSet next = (BitSet) selection.clone();
        switch (mode) {
            case REPLACE -> next = (BitSet) hits.clone();
            case UNION -> next.or(hits);
            case INTERSECTION -> next.and(hits);
            case DIFFERENCE -> next.andNot(hits);
        }
        IntPredicate ok = selectable();
        if (ok != null) {
            next.stream().filter(r -> !ok.test(r)).forEach(next::clear);
        }
        applySelection(next);
        String how = switch (mode) {
            case REPLACE -> "";
            case UNION -> " (added)";
            case INTERSECTION -> " (intersected)";
            case DIFFERENCE -> " (removed)";
        };
        showMessage(what + ": " + hits.cardinality() + " points" + how + "; " + next.cardinality() + " of "
                + e().getXs().length + " selected");
    }

    private Embedding e() {
        return session.project().getEmbedding();
    }

    /** The selected rows, ascending. */
    public int[] selection() {
        return selection.stream().toArray();
    }

    /** The selected rows as a set (a copy). */
    public BitSet selectionBits() {
        return (BitSet) selection.clone();
    }

    public int selectionCount() {
        return selection.cardinality();
    }

    public void setSelection(int[] rows) {
        BitSet next = new BitSet();
        for (int r : rows) {
            next.set(r);
        }
        applySelection(next);
    }

    public void setSelection(BitSet rows) {
        applySelection((BitSet) rows.clone());
    }

    private void applySelection(BitSet next) {
        if (next.equals(selection)) {
            return;
        }
        selection = next;
        points.setSelection(selection);
        if (!selectionListeners.isEmpty()) {
            int[] rows = selection();
            selectionListeners.forEach(l -> l.accept(rows));
        }
    }

    private void keepOnlySelectable() {
        IntPredicate ok = selectable();
        if (ok == null || selection.isEmpty()) {
            return;
        }
        BitSet next = (BitSet) selection.clone();
        next.stream().filter(r -> !ok.test(r)).forEach(next::clear);
        applySelection(next);
    }

    public void addSelectionListener(Consumer<int[]> listener) {
        selectionListeners.add(listener);
    }

    public void removeSelectionListener(Consumer<int[]> listener) {
        selectionListeners.remove(listener);
    }

    // ---------------------------------------------------------------- search and subsets

    /** Search matches to highlight (the other points are dimmed); {@code null} ends the highlight. */
    public void setHighlight(BitSet matches) {
        highlight = matches == null ? null : (BitSet) matches.clone();
        points.setHighlight(highlight);
    }

    public BitSet highlight() {
        return highlight == null ? null : (BitSet) highlight.clone();
    }

    /** Shows or hides the points of {@code subset}; hidden points also leave the selection. */
    public void setSubsetVisible(Subset subset, boolean visible) {
        visibleSubsets[subset.getValue()] = visible;
        points.setVisibleSubsets(visibleSubsets.clone());
        tooltip.hide();
        keepOnlySelectable();
    }

    public boolean isSubsetVisible(Subset subset) {
        return visibleSubsets[subset.getValue()];
    }

    // ---------------------------------------------------------------- misc

    public Control getControl() {
        return viewer.getControl();
    }

    public GraphicalViewer viewer() {
        return viewer;
    }

    public ViewTransform transform() {
        return transform;
    }

    public PointTooltip tooltip() {
        return tooltip;
    }

    public Color colour(int rgb) {
        return colours.get(rgb);
    }

    /** The canvas pixel at which row {@code row} is drawn. */
    public org.eclipse.swt.graphics.Point pixelOf(int row) {
        return new org.eclipse.swt.graphics.Point((int) Math.round(transform.toScreenX(e().getXs()[row])),
                (int) Math.round(transform.toScreenY(e().getYs()[row])));
    }

    /** Forgets the point layer's raster, so the next paint draws every point again (benchmarks). */
    public void invalidatePointLayer() {
        points.forgetRaster();
    }

    /** How long the point layer's last rasterisation took (rasterising plus making the SWT image). */
    public long pointLayerRenderNanos() {
        return points.lastRenderNanos();
    }

    /** How often the point layer has been painted, by rasterising or by blitting its raster (benchmarks). */
    public long pointLayerPaints() {
        return points.paints();
    }

    /** The point layer's rasteriser, for its statistics (radius, points drawn, buffer memory). */
    public PointRaster pointRaster() {
        return points.raster();
    }

    private void dispose() {
        retrainer.cancel();
        if (session != null) {
            session.removeListener(sessionListener);
        }
        points.dispose();
        regions.dispose();
        pseudoPointMarks.dispose();
        unsureMarks.dispose();
        hatchPatterns.values().forEach(Pattern::dispose);
        hatchImages.values().forEach(Image::dispose);
    }

    /**
     * A layer over the whole map that is not hit itself, so that GEF's search for what is under
     * the pointer goes on to the layers below (the sketches): GEF counts a hit on any figure
     * inside the map as a hit on the map. With {@code children} true its children are hit
     * (the model's handles); the feedback layer lets everything through.
     */
    private static final class PassThroughLayer extends Figure {
        private final boolean children;

        PassThroughLayer(boolean children) {
            this.children = children;
        }

        @Override
        public boolean containsPoint(int x, int y) {
            if (!children) {
                return false;
            }
            for (Object child : getChildren()) {
                if (((IFigure) child).isVisible() && ((IFigure) child).containsPoint(x, y)) {
                    return true;
                }
            }
            return false;
        }
    }

    /** The rims of all sketches, above the points (their fill and hatching are under them). */
    private final class SketchOutlines extends Figure {
        @Override
        public boolean containsPoint(int x, int y) {
            return false;
        }

        @Override
        protected void paintFigure(Graphics g) {
            if (viewer.getContents() == null) {
                return;
            }
            for (Object child : viewer.getContents().getChildren()) {
                if (child instanceof SketchEditPart part) {
                    part.sketchFigure().paintOutline(g);
                }
            }
        }
    }

    /** The legend keeps its own size in the corner of the map. */
    private static final class PinnedLegend extends LegendFigure implements MapFigure.Pinned {
        PinnedLegend(CanvasColours colours) {
            super(colours);
        }
    }
}
