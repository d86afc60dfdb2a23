package org.contour.ui.canvas;

/**
 * Maps the map's data coordinates (the 2-D embedding) to canvas pixels and back. Zoom and pan
 * only change this transform; figures repaint from it, so nothing is re-laid-out per frame.
 * Screen y grows downwards, data y upwards, hence the sign flip.
 *
 * <p>The two axes have their own scale: a map of two table columns can put centimetres against
 * square millimetres, and one scale for both would show such data as a thin strip. Fitting
 * either fills the canvas axis by axis or, with {@link #setEqualAspect equal aspect}, keeps one
 * data unit as long on both axes (right for PCA, UMAP and t-SNE, whose distances mean the same
 * in every direction). Zooming multiplies both scales, so it keeps the aspect the view has.
 *
 * <p>While a zoom or pan gesture is going on ({@link #inGesture()}), figures with an expensive
 * raster (the points, the regions) draw their last image moved and scaled to the new view
 * instead of rasterising again, and re-rasterise once the gesture ends.
 */
public final class ViewTransform {

    /** The transform at one moment: what a cached raster was drawn with. */
    public record Snapshot(double scaleX, double scaleY, double originX, double originY) {
    }

    private double scaleX = 1; // pixels per data unit along x
    private double scaleY = 1; // pixels per data unit along y
    private double originX;    // pixel position of data x = 0
    private double originY;    // pixel position of data y = 0
    private int version;       // bumped on every change, so caches know when to rebuild
    private boolean gesture;
    private boolean equalAspect = true;
    private double fittedScaleX;   // scaleX of the last fit: zoom limits are relative to it

    /** The farthest one can zoom out and in, relative to the fitted view. */
    public static final double MIN_ZOOM = 1.0 / 50, MAX_ZOOM = 100_000;

    /**
     * Shows the data box [minX,maxX]x[minY,maxY] whole in a width x height canvas, with a
     * margin: with the same scale on both axes when {@link #isEqualAspect()}, else each axis
     * filling its side.
     */
    public void fit(double minX, double maxX, double minY, double maxY, int width, int height) {
        int margin = 24;
        double spanX = Math.max(maxX - minX, 1e-9);
        double spanY = Math.max(maxY - minY, 1e-9);
        double sx = Math.max(width - 2 * margin, 1) / spanX;
        double sy = Math.max(height - 2 * margin, 1) / spanY;
        if (equalAspect) {
            sx = sy = Math.min(sx, sy);
        }
        scaleX = sx;
        scaleY = sy;
        fittedScaleX = sx;
        originX = width / 2.0 - scaleX * (minX + maxX) / 2;
        originY = height / 2.0 + scaleY * (minY + maxY) / 2;
        version++;
    }

    /** Whether the next {@link #fit} keeps one data unit equally long on both axes. */
    public void setEqualAspect(boolean equal) {
        equalAspect = equal;
    }

    public boolean isEqualAspect() {
        return equalAspect;
    }

    /**
     * Zooms by {@code factor} keeping the data point under pixel (px, py) in place, within
     * {@link #MIN_ZOOM} and {@link #MAX_ZOOM} times the fitted view (beyond those the points'
     * pixel positions leave int range, or the whole map shrinks to a dot, and the map looked
     * empty with no way back but Fit view).
     */
    public void zoomAt(double px, double py, double factor) {
        if (fittedScaleX > 0) {
            double zoom = scaleX * factor / fittedScaleX;
            double clamped = Math.max(MIN_ZOOM, Math.min(MAX_ZOOM, zoom));
            factor *= clamped / zoom;
        }
        if (!(factor > 0) || factor == 1) {
            return;
        }
        double dx = toDataX(px);
        double dy = toDataY(py);
        scaleX *= factor;
        scaleY *= factor;
        originX = px - dx * scaleX;
        originY = py + dy * scaleY;
        version++;
    }

    public void panBy(double dxPixels, double dyPixels) {
        originX += dxPixels;
        originY += dyPixels;
        version++;
    }

    public double toScreenX(double x) {
        return originX + x * scaleX;
    }

    public double toScreenY(double y) {
        return originY - y * scaleY;
    }

    public double toDataX(double px) {
        return (px - originX) / scaleX;
    }

    public double toDataY(double py) {
        return (originY - py) / scaleY;
    }

    /** Pixels per data unit along x (the scale of a view with equal aspect). */
    public double scale() {
        return scaleX;
    }

    public double scaleX() {
        return scaleX;
    }

    public double scaleY() {
        return scaleY;
    }

    /**
     * How many data units of y make as many pixels as one data unit of x: what a round brush
     * on screen is in the data (1 with equal aspect).
     */
    public double aspect() {
        return scaleX / scaleY;
    }

    public double originX() {
        return originX;
    }

    public double originY() {
        return originY;
    }

    public int version() {
        return version;
    }

    public Snapshot snapshot() {
        return new Snapshot(scaleX, scaleY, originX, originY);
    }

    /** Puts the transform back to {@code view} (a snapshot of this or another transform). */
    public void restore(Snapshot view) {
        scaleX = view.scaleX();
        scaleY = view.scaleY();
        originX = view.originX();
        originY = view.originY();
        version++;
    }

    /** A zoom or pan gesture starts: expensive layers may draw their last raster transformed. */
    public void beginGesture() {
        gesture = true;
    }

    /** The gesture ended: layers rasterise again at their next paint. */
    public void endGesture() {
        gesture = false;
    }

    public boolean inGesture() {
        return gesture;
    }

    /**
     * Where a raster drawn at {@code then} (covering {@code width} x {@code height} pixels from the
     * figure's origin) lands now: {x, y, width, height} in pixels relative to that origin.
     */
    public double[] moved(Snapshot then, double width, double height) {
        double kx = scaleX / then.scaleX();
        double ky = scaleY / then.scaleY();
        return new double[] {originX - then.originX() * kx, originY - then.originY() * ky, width * kx, height * ky};
    }
}
