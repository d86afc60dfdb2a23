package org.contour.ui.canvas;

import java.util.BitSet;

import org.contour.core.session.LabelPalette;
import org.contour.model.LabelClass;
import org.contour.model.LabellingProject;
import org.eclipse.draw2d.Figure;
import org.eclipse.draw2d.Graphics;
import org.eclipse.draw2d.geometry.Rectangle;
import org.eclipse.emf.common.util.EList;
import org.eclipse.swt.graphics.Image;
import org.eclipse.swt.graphics.ImageData;
import org.eclipse.swt.graphics.Pattern;
import org.eclipse.swt.widgets.Display;

/**
 * All points of the map, painted by one figure from one raster: a figure or edit part per point
 * would cost far too much for a million points. The raster ({@link PointRaster}, shown as one
 * SWT image per tile that has points) is rebuilt only when the view, the labels, the selection,
 * the search or the visible subsets changed; plain repaints just blit it, and during a zoom or
 * pan gesture the last raster is drawn moved and scaled until the gesture ends.
 */
final class PointsFigure extends Figure {

    private final ViewTransform transform;
    private final PointRaster raster = new PointRaster();
    private final PointRaster.Style style = new PointRaster.Style();
    private LabellingProject project;
    private Image[] tiles = new Image[0];
    private Pattern[] patterns = new Pattern[0];
    private int tileColumns;
    private ViewTransform.Snapshot imageView;
    private String imageKey = "";
    private int contentVersion;
    private int[] assignmentsOverride;
    private long lastRenderNanos;
    private long paints;

    PointsFigure(ViewTransform transform) {
        this.transform = transform;
        style.unlabelledColour = LabelPalette.UNLABELLED;
    }

    void setProject(LabellingProject project) {
        this.project = project;
        contentChanged();
    }

    void setSelection(BitSet selection) {
        style.selection = selection;
        contentChanged();
    }

    /**
     * Per row the label index to colour it by instead of its own label (the model's prediction;
     * -1 grey), or {@code null} to colour by the labels again.
     */
    void setAssignmentsOverride(int[] assignments) {
        assignmentsOverride = assignments;
        contentChanged();
    }

    /** Search matches to show, the rest dimmed; {@code null}: no search. */
    void setHighlight(BitSet matches) {
        style.highlight = matches;
        contentChanged();
    }

    void setVisibleSubsets(boolean[] visible) {
        style.visibleSubsets = visible;
        contentChanged();
    }

    /** Labels, colours, subsets or points changed: the cached raster is stale. */
    void contentChanged() {
        contentVersion++;
        repaint();
    }

    /** Never hit: clicks go through to the sketches below (GEF would take a hit here for the map). */
    @Override
    public boolean containsPoint(int x, int y) {
        return false;
    }

    @Override
    protected void paintFigure(Graphics g) {
        if (project == null || project.getEmbedding() == null || project.getEmbedding().getXs() == null) {
            return;
        }
        Rectangle b = getBounds();
        if (b.width <= 0 || b.height <= 0) {
            return;
        }
        paints++;
        String key = b.width + "x" + b.height + "/" + contentVersion;
        boolean sameView = imageView != null && imageView.equals(transform.snapshot());
        if (!key.equals(imageKey) || !(sameView || transform.inGesture())) {
            render(b);
            sameView = true;
        }
        int side = PointRaster.TILE;
        if (sameView) {
            // each tile through its cairo pattern: GC.drawImage would first read every tile back
            // into an ImageData (SWT 3.135 on GTK), which costs more than drawing it
            for (int t = 0; t < tiles.length; t++) {
                if (tiles[t] != null) {
                    float x = b.x + (t % tileColumns) * side;
                    float y = b.y + (t / tileColumns) * side;
                    org.eclipse.swt.graphics.Rectangle size = tiles[t].getBounds();
                    g.translate(x, y);
                    g.setBackgroundPattern(patterns[t]);
                    g.fillRectangle(0, 0, size.width, size.height);
                    g.translate(-x, -y);
                }
            }
            g.setBackgroundPattern(null);
            return;
        }
        // a zoom or pan is going on: move and scale the last raster, tile by tile, without gaps
        double[] to = transform.moved(imageView, b.width, b.height);
        double kx = to[2] / b.width;
        double ky = to[3] / b.height;
        for (int t = 0; t < tiles.length; t++) {
            if (tiles[t] == null) {
                continue;
            }
            int tx = t % tileColumns;
            int ty = t / tileColumns;
            org.eclipse.swt.graphics.Rectangle size = tiles[t].getBounds();
            int x0 = (int) Math.round(to[0] + tx * side * kx);
            int y0 = (int) Math.round(to[1] + ty * side * ky);
            int x1 = (int) Math.round(to[0] + (tx * side + size.width) * kx);
            int y1 = (int) Math.round(to[1] + (ty * side + size.height) * ky);
            if (x1 > x0 && y1 > y0) {
                g.drawImage(tiles[t], 0, 0, size.width, size.height, b.x + x0, b.y + y0, x1 - x0, y1 - y0);
            }
        }
    }

    /** Rasterises the points for the current view into new tile images. */
    private void render(Rectangle b) {
        long start = System.nanoTime();
        EList<LabelClass> labels = project.getLabels();
        int[] colours = new int[labels.size()];
        for (int i = 0; i < colours.length; i++) {
            colours[i] = labels.get(i).getColor();
        }
        style.labelColours = colours;
        style.assignments = assignmentsOverride != null ? assignmentsOverride : project.getAssignments();
        style.subsets = project.getSubsets();
        raster.render(b.width, b.height, transform.scaleX(), transform.scaleY(), transform.originX(), transform.originY(), b.x, b.y,
                project.getEmbedding().getXs(), project.getEmbedding().getYs(), style);
        disposeTiles();
        tileColumns = raster.tileColumns();
        tiles = new Image[tileColumns * raster.tileRows()];
        Display display = Display.getCurrent();
        ImageData[] data = raster.usedTileImageData();
        patterns = new Pattern[tiles.length];
        for (int t = 0; t < tiles.length; t++) {
            if (data[t] != null) {
                tiles[t] = new Image(display, data[t]);
                patterns[t] = new Pattern(display, tiles[t]);
            }
        }
        imageView = transform.snapshot();
        imageKey = b.width + "x" + b.height + "/" + contentVersion;
        lastRenderNanos = System.nanoTime() - start;
    }

    /** Forgets the cached raster, so the next paint rasterises (for benchmarks: a full redraw). */
    void forgetRaster() {
        contentChanged();
    }

    /** How often the layer was painted (rasterised or blitted). */
    long paints() {
        return paints;
    }

    PointRaster raster() {
        return raster;
    }

    /** How long the last rasterisation took, making the SWT images included. */
    long lastRenderNanos() {
        return lastRenderNanos;
    }

    private void disposeTiles() {
        for (Pattern pattern : patterns) {
            if (pattern != null) {
                pattern.dispose();
            }
        }
        for (Image image : tiles) {
            if (image != null) {
                image.dispose();
            }
        }
        tiles = new Image[0];
        patterns = new Pattern[0];
    }

    void dispose() {
        disposeTiles();
    }
}
