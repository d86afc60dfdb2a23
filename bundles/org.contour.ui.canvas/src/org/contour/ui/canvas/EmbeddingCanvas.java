package org.contour.ui.canvas;

import java.util.BitSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Consumer;
import java.util.function.IntPredicate;

import org.contour.core.select.PointIndex;
import org.contour.core.session.ProjectSession;
import org.contour.model.Embedding;
import org.contour.model.LabelClass;
import org.contour.model.Subset;
import org.contour.ui.canvas.parts.MapEditPart;
import org.contour.ui.canvas.parts.MapFigure;
import org.contour.ui.canvas.tools.CanvasTool;
import org.contour.ui.canvas.tools.CanvasTools;
import org.eclipse.draw2d.ColorConstants;
import org.eclipse.draw2d.DeferredUpdateManager;
import org.eclipse.draw2d.Figure;
import org.eclipse.draw2d.FreeformLayer;
import org.eclipse.draw2d.IFigure;
import org.eclipse.draw2d.geometry.Point;
import org.eclipse.draw2d.geometry.Rectangle;
import org.eclipse.gef.DefaultEditDomain;
import org.eclipse.gef.GraphicalEditPart;
import org.eclipse.gef.GraphicalViewer;
import org.eclipse.gef.Tool;
import org.eclipse.gef.editparts.FreeformGraphicalRootEditPart;
import org.eclipse.gef.ui.parts.GraphicalViewerImpl;
import org.eclipse.swt.SWT;
import org.eclipse.swt.graphics.Color;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;

/**
 * The embedding map: a GEF viewer whose contents are the project's points (one painted layer),
 * the taught model's decision regions, the drawn sketches (GEF edit parts) and a legend.
 * Mouse wheel zooms around the pointer; dragging with the middle or right button pans. The
 * left button belongs to the active tool ({@link CanvasTools}): tap, box, lasso, polygon select,
 * or the brush. Hovering a point shows its tooltip ({@link PointTooltip}).
 *
 * <p>UI only: which points a shape holds (the {@link PointIndex}), and how a drawn stroke becomes
 * a model, are computed by core. Points of hidden subsets are neither drawn nor selectable.
 */
public final class EmbeddingCanvas {

    /** What a left-button drag does (the two original tools; {@link #setTool} knows all). */
    public enum Mode {
        /** Select points inside a freehand outline. */
        LASSO,
        /** Paint a region for the active label. */
        BRUSH
    }

    /** Receives a finished brush stroke, in data coordinates. */
    @FunctionalInterface
    public interface StrokeHandler {
        void strokeFinished(LabelClass label, double[] points, double radius);
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
    private final Figure feedbackLayer = new Figure();
    private final LegendFigure legend = new PinnedLegend(colours);
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
        viewer.setEditPartFactory(MapEditPart.factory(this));
        java.util.Arrays.fill(visibleSubsets, true);
        visibleSubsets[Subset.EXCLUDED_VALUE] = false;
        points.setVisibleSubsets(visibleSubsets.clone());
        setTool(CanvasTools.LASSO);
        installNavigation(viewer.getControl());
        tooltip = new PointTooltip(this);
        viewer.getControl().addListener(SWT.Resize, e -> layoutMap());
        viewer.getControl().addListener(SWT.Dispose, e -> dispose());
    }

    // ---------------------------------------------------------------- content

    public void setSession(ProjectSession newSession) {
        if (session != null) {
            session.removeListener(sessionListener);
        }
        session = newSession;
        shownEmbedding = session.project().getEmbedding();
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
        layoutMap();
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
            fitToData();
        }
        if (viewer.getContents() instanceof MapEditPart map) {
            map.refreshAll();
        }
        // examples moved to a hidden subset cannot stay selected
        keepOnlySelectable();
    }

    /** Called by the map edit part: builds the map figure with its layers, bottom to top. */
    public IFigure createMapFigure() {
        MapFigure map = new MapFigure();
        map.setBackgroundColor(ColorConstants.white);
        sketchLayer.setLayoutManager(MapFigure.fillingLayout());
        map.add(regions);
        map.add(sketchLayer);
        map.add(points);
        map.add(legend);
        map.add(feedbackLayer);
        return map;
    }

    public IFigure sketchLayer() {
        return sketchLayer;
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
        boolean[] panning = new boolean[1];
        control.addListener(SWT.MouseDown, e -> {
            if (e.button == 2 || e.button == 3) {
                panning[0] = true;
                transform.beginGesture();
                last[0] = e.x;
                last[1] = e.y;
            }
        });
        control.addListener(SWT.MouseMove, e -> {
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
        toolId = id;
        domain.setDefaultTool(tool);
        domain.setActiveTool(tool);
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

    /** Called by the brush tool with the stroke in canvas pixels. */
    public void strokeFinished(List<Point> path) {
        if (activeLabel == null) {
            showMessage("Add a label first: the brush paints a region for the selected label.");
            return;
        }
        double[] data = toData(path);
        if (strokeHandler != null) {
            strokeHandler.strokeFinished(activeLabel, data, brushRadiusPixels / transform.scale());
        }
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
        return i.nearest(transform.toDataX(x), transform.toDataY(y), pixels / transform.scale(), selectable());
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
        if (session != null) {
            session.removeListener(sessionListener);
        }
        points.dispose();
        regions.dispose();
    }

    /** The legend keeps its own size in the corner of the map. */
    private static final class PinnedLegend extends LegendFigure implements MapFigure.Pinned {
        PinnedLegend(CanvasColours colours) {
            super(colours);
        }
    }
}
