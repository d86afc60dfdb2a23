package org.contour.ui.canvas;

import java.util.BitSet;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Consumer;

import org.contour.core.select.PointSelection;
import org.contour.core.session.ProjectSession;
import org.contour.model.Embedding;
import org.contour.model.LabelClass;
import org.contour.ui.canvas.parts.MapEditPart;
import org.contour.ui.canvas.parts.MapFigure;
import org.contour.ui.canvas.tools.BrushTool;
import org.contour.ui.canvas.tools.LassoTool;
import org.eclipse.draw2d.ColorConstants;
import org.eclipse.draw2d.Figure;
import org.eclipse.draw2d.FreeformLayer;
import org.eclipse.draw2d.IFigure;
import org.eclipse.draw2d.geometry.Point;
import org.eclipse.draw2d.geometry.Rectangle;
import org.eclipse.gef.DefaultEditDomain;
import org.eclipse.gef.GraphicalViewer;
import org.eclipse.gef.editparts.FreeformGraphicalRootEditPart;
import org.eclipse.gef.tools.AbstractTool;
import org.eclipse.gef.ui.parts.GraphicalViewerImpl;
import org.eclipse.swt.SWT;
import org.eclipse.swt.graphics.Color;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Event;

/**
 * The embedding map: a GEF viewer whose contents are the project's points (one painted layer),
 * the taught model's decision regions, the drawn sketches (GEF edit parts) and a legend.
 * Mouse wheel zooms around the pointer; dragging with the middle or right button pans.
 *
 * <p>UI only: which points a lasso holds, and how a drawn stroke becomes a model, are computed
 * by core ({@link PointSelection}, the editor's teach job).
 */
public final class EmbeddingCanvas {

    /** What a left-button drag does. */
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
    private final AbstractTool lasso;
    private final AbstractTool brush;

    private ProjectSession session;
    private BitSet selection = new BitSet();
    private LabelClass activeLabel;
    private int brushRadiusPixels = 14;
    private StrokeHandler strokeHandler;
    private Consumer<String> messages = m -> { };
    private Mode mode = Mode.LASSO;
    private boolean fitted;

    public EmbeddingCanvas(Composite parent) {
        viewer = new GraphicalViewerImpl();
        viewer.createControl(parent);
        viewer.getControl().setBackground(ColorConstants.white);
        viewer.setRootEditPart(new FreeformGraphicalRootEditPart());
        viewer.setEditDomain(domain);
        viewer.setEditPartFactory(MapEditPart.factory(this));
        lasso = new LassoTool(this);
        brush = new BrushTool(this);
        domain.setDefaultTool(lasso);
        domain.setActiveTool(lasso);
        installNavigation(viewer.getControl());
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
        fitted = false;
        viewer.setContents(session);
        regions.setProject(session.project());
        points.setProject(session.project());
        points.setSelection(selection);
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
        if (viewer.getContents() instanceof MapEditPart map) {
            map.getFigure().repaint();
        }
    }

    // ---------------------------------------------------------------- navigation

    private void installNavigation(Control control) {
        control.addListener(SWT.MouseVerticalWheel, e -> {
            transform.zoomAt(e.x, e.y, e.count > 0 ? 1.25 : 0.8);
            viewChanged();
        });
        int[] last = new int[2];
        boolean[] panning = new boolean[1];
        control.addListener(SWT.MouseDown, e -> {
            if (e.button == 2 || e.button == 3) {
                panning[0] = true;
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
        control.addListener(SWT.MouseUp, e -> panning[0] = false);
    }

    /** Zooms by {@code factor} around the centre of the canvas. */
    public void zoom(double factor) {
        org.eclipse.swt.graphics.Rectangle area = viewer.getControl().getBounds();
        transform.zoomAt(area.width / 2.0, area.height / 2.0, factor);
        viewChanged();
    }

    // ---------------------------------------------------------------- tools

    public void setMode(Mode newMode) {
        mode = newMode;
        domain.setActiveTool(newMode == Mode.BRUSH ? brush : lasso);
    }

    public Mode mode() {
        return mode;
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
        double[] data = new double[path.size() * 2];
        for (int i = 0; i < path.size(); i++) {
            data[2 * i] = transform.toDataX(path.get(i).x);
            data[2 * i + 1] = transform.toDataY(path.get(i).y);
        }
        if (strokeHandler != null) {
            strokeHandler.strokeFinished(activeLabel, data, brushRadiusPixels / transform.scale());
        }
    }

    // ---------------------------------------------------------------- selection

    /** Called by the lasso tool with the outline in canvas pixels. */
    public void selectInsideOutline(List<Point> outline, SelectionMode selectionMode) {
        if (session == null) {
            return;
        }
        double[] data = new double[outline.size() * 2];
        for (int i = 0; i < outline.size(); i++) {
            data[2 * i] = transform.toDataX(outline.get(i).x);
            data[2 * i + 1] = transform.toDataY(outline.get(i).y);
        }
        int[] hits;
        try {
            Embedding e = session.project().getEmbedding();
            hits = PointSelection.insidePolygon(e.getXs(), e.getYs(), data);
        } catch (IllegalArgumentException tooSmall) {
            showMessage(tooSmall.getMessage());
            return;
        }
        BitSet inside = new BitSet();
        for (int r : hits) {
            inside.set(r);
        }
        BitSet next = (BitSet) selection.clone();
        switch (selectionMode) {
            case REPLACE -> next = inside;
            case UNION -> next.or(inside);
            case INTERSECTION -> next.and(inside);
            case DIFFERENCE -> next.andNot(inside);
        }
        applySelection(next);
        showMessage(next.cardinality() + " of " + e().getXs().length + " points selected");
    }

    private Embedding e() {
        return session.project().getEmbedding();
    }

    /** The selected rows, ascending. */
    public int[] selection() {
        return selection.stream().toArray();
    }

    public void setSelection(int[] rows) {
        BitSet next = new BitSet();
        for (int r : rows) {
            next.set(r);
        }
        applySelection(next);
    }

    private void applySelection(BitSet next) {
        if (next.equals(selection)) {
            return;
        }
        selection = next;
        points.setSelection(selection);
        int[] rows = selection();
        selectionListeners.forEach(l -> l.accept(rows));
    }

    public void addSelectionListener(Consumer<int[]> listener) {
        selectionListeners.add(listener);
    }

    public void removeSelectionListener(Consumer<int[]> listener) {
        selectionListeners.remove(listener);
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

    public Color colour(int rgb) {
        return colours.get(rgb);
    }

    /** The canvas pixel at which row {@code row} is drawn. */
    public org.eclipse.swt.graphics.Point pixelOf(int row) {
        return new org.eclipse.swt.graphics.Point((int) Math.round(transform.toScreenX(e().getXs()[row])),
                (int) Math.round(transform.toScreenY(e().getYs()[row])));
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
