package org.contour.ui.canvas;

import java.util.HashMap;
import java.util.Map;

import org.contour.core.teach.ModelPredictors;
import org.contour.core.teach.Predictor;
import org.contour.model.LabelClass;
import org.contour.model.LabellingProject;
import org.contour.model.TaughtModel;
import org.eclipse.draw2d.Figure;
import org.eclipse.draw2d.Graphics;
import org.eclipse.draw2d.geometry.Rectangle;
import org.eclipse.swt.graphics.Image;
import org.eclipse.swt.graphics.ImageData;
import org.eclipse.swt.graphics.PaletteData;
import org.eclipse.swt.widgets.Display;

/**
 * The taught model's decision regions under the points: each cell gets the colour of the
 * predicted class, paler where the model is less sure, and cells where the prediction changes
 * form the boundary line. The prediction itself comes from core; this figure only paints.
 *
 * <p>While the expert drags a boundary, a split or a sketch, a preview model (what the drag
 * would give) is painted instead, on a coarser raster so that every mouse move repaints at once;
 * the full raster comes back when the drag ends.
 */
final class RegionsFigure extends Figure {

    /** Pixels per raster cell: fine enough for a crisp boundary, cheap enough to redo on every edit. */
    static final int CELL = 2;
    /** Pixels per raster cell of a preview during a drag: nine times fewer cells. */
    static final int PREVIEW_CELL = 6;

    private final ViewTransform transform;
    private LabellingProject project;
    private Image image;
    private int imageCell = CELL;
    private String imageKey = "";
    private ViewTransform.Snapshot imageView;
    private int contentVersion;
    private TaughtModel preview;
    private TaughtModel lastPainted;
    private java.util.function.Consumer<TaughtModel> paintedListener = m -> { };
    private long lastRenderNanos;

    RegionsFigure(ViewTransform transform) {
        this.transform = transform;
    }

    void setProject(LabellingProject project) {
        this.project = project;
        contentChanged();
    }

    void contentChanged() {
        contentVersion++;
        repaint();
    }

    /** Paints {@code model} (a detached copy) instead of the project's, coarsely; {@code null} ends the preview. */
    void setPreview(TaughtModel model) {
        preview = model;
        contentChanged();
    }

    TaughtModel preview() {
        return preview;
    }

    /** Told on the UI thread when a model's regions were painted for the first time (not previews). */
    void setPaintedListener(java.util.function.Consumer<TaughtModel> listener) {
        paintedListener = listener == null ? m -> { } : listener;
    }

    /** How long the last rasterisation took. */
    long lastRenderNanos() {
        return lastRenderNanos;
    }

    /** Never hit: clicks go through to the sketches below (GEF would take a hit here for the map). */
    @Override
    public boolean containsPoint(int x, int y) {
        return false;
    }

    @Override
    protected void paintFigure(Graphics g) {
        TaughtModel model = preview != null ? preview : project == null ? null : project.getModel();
        Rectangle b = getBounds();
        if (model == null || b.width <= 0 || b.height <= 0) {
            return;
        }
        int cell = preview != null ? PREVIEW_CELL : CELL;
        String key = b.width + "x" + b.height + "/" + contentVersion;
        ViewTransform.Snapshot view = transform.snapshot();
        if (image != null && key.equals(imageKey) && !view.equals(imageView) && transform.inGesture()) {
            // zooming or panning: move the last raster along, predict again when the gesture ends
            int w = image.getBounds().width;
            int h = image.getBounds().height;
            double[] to = transform.moved(imageView, w * imageCell, h * imageCell);
            g.drawImage(image, 0, 0, w, h, b.x + (int) Math.round(to[0]), b.y + (int) Math.round(to[1]),
                    (int) Math.round(to[2]), (int) Math.round(to[3]));
            return;
        }
        if (!key.equals(imageKey) || !view.equals(imageView)) {
            if (image != null) {
                image.dispose();
                image = null;
            }
            long start = System.nanoTime();
            Predictor predictor = mapPredictor(model);
            if (predictor != null) {
                image = new Image(Display.getCurrent(), render(model, predictor, b, cell));
            }
            lastRenderNanos = System.nanoTime() - start;
            imageKey = key;
            imageView = view;
            imageCell = cell;
        }
        if (image == null) {
            return;
        }
        g.drawImage(image, 0, 0, image.getBounds().width, image.getBounds().height, b.x, b.y,
                image.getBounds().width * imageCell, image.getBounds().height * imageCell);
        if (preview == null && model != lastPainted) {
            lastPainted = model;
            paintedListener.accept(model);
        }
    }

    /**
     * The model as a function of the map's two coordinates, or {@code null} when it is not one
     * (a model over all TF-IDF features, a kind without a predictor): then there are no regions
     * to paint, and the points alone show the data.
     */
    private static Predictor mapPredictor(TaughtModel model) {
        try {
            Predictor predictor = ModelPredictors.forModel(model);
            return predictor.featureCount() == 2 ? predictor : null;
        } catch (IllegalArgumentException e) {
            return null;
        }
    }

    private ImageData render(TaughtModel model, Predictor predictor, Rectangle b, int cell) {
        int cols = (b.width + cell - 1) / cell;
        int rows = (b.height + cell - 1) / cell;
        int classes = model.getClassNames().size();
        int[] classColour = new int[classes];
        Map<String, Integer> byName = new HashMap<>();
        for (LabelClass l : project.getLabels()) {
            byName.put(l.getName(), l.getColor());
        }
        for (int c = 0; c < classes; c++) {
            classColour[c] = byName.getOrDefault(model.getClassNames().get(c), 0x808080);
        }
        int[] predicted = new int[cols * rows];
        int[] rgb = new int[cols * rows];
        double[] probabilities = new double[classes];
        double[] point = new double[2];
        double floor = classes > 0 ? 1.0 / classes : 0;
        for (int r = 0; r < rows; r++) {
            point[1] = transform.toDataY(b.y + r * cell + cell / 2.0);
            for (int c = 0; c < cols; c++) {
                point[0] = transform.toDataX(b.x + c * cell + cell / 2.0);
                int k = predictor.predict(point[0], point[1], probabilities);
                double sureness = floor >= 1 ? 1 : Math.max(0, (probabilities[k] - floor) / (1 - floor));
                predicted[r * cols + c] = k;
                rgb[r * cols + c] = CanvasColours.tint(classColour[k], 0.12 + 0.33 * sureness);
            }
        }
        ImageData data = new ImageData(cols, rows, 24, new PaletteData(0xFF0000, 0x00FF00, 0x0000FF));
        for (int r = 0; r < rows; r++) {
            for (int c = 0; c < cols; c++) {
                int i = r * cols + c;
                boolean edge = (c + 1 < cols && predicted[i + 1] != predicted[i])
                        || (r + 1 < rows && predicted[i + cols] != predicted[i]);
                data.setPixel(c, r, edge ? 0x404040 : rgb[i]);
            }
        }
        return data;
    }

    void dispose() {
        if (image != null) {
            image.dispose();
            image = null;
        }
    }
}
