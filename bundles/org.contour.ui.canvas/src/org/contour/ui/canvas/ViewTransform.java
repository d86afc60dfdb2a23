package org.contour.ui.canvas;

/**
 * Maps the map's data coordinates (the 2-D embedding) to canvas pixels and back. Zoom and pan
 * only change this transform; figures repaint from it, so nothing is re-laid-out per frame.
 * Screen y grows downwards, data y upwards, hence the sign flip.
 *
 * <p>While a zoom or pan gesture is going on ({@link #inGesture()}), figures with an expensive
 * raster (the points, the regions) draw their last image moved and scaled to the new view
 * instead of rasterising again, and re-rasterise once the gesture ends.
 */
public final class ViewTransform {

    /** The transform at one moment: what a cached raster was drawn with. */
    public record Snapshot(double scale, double originX, double originY) {
    }

    private double scale = 1; // pixels per data unit
    private double originX;   // pixel position of data x = 0
    private double originY;   // pixel position of data y = 0
    private int version;      // bumped on every change, so caches know when to rebuild
    private boolean gesture;

    /** Shows the data box [minX,maxX]x[minY,maxY] whole in a width x height canvas, with a margin. */
    public void fit(double minX, double maxX, double minY, double maxY, int width, int height) {
        int margin = 24;
        double spanX = Math.max(maxX - minX, 1e-9);
        double spanY = Math.max(maxY - minY, 1e-9);
        scale = Math.min(Math.max(width - 2 * margin, 1) / spanX, Math.max(height - 2 * margin, 1) / spanY);
        originX = width / 2.0 - scale * (minX + maxX) / 2;
        originY = height / 2.0 + scale * (minY + maxY) / 2;
        version++;
    }

    /** Zooms by {@code factor} keeping the data point under pixel (px, py) in place. */
    public void zoomAt(double px, double py, double factor) {
        double dx = toDataX(px);
        double dy = toDataY(py);
        scale *= factor;
        originX = px - dx * scale;
        originY = py + dy * scale;
        version++;
    }

    public void panBy(double dxPixels, double dyPixels) {
        originX += dxPixels;
        originY += dyPixels;
        version++;
    }

    public double toScreenX(double x) {
        return originX + x * scale;
    }

    public double toScreenY(double y) {
        return originY - y * scale;
    }

    public double toDataX(double px) {
        return (px - originX) / scale;
    }

    public double toDataY(double py) {
        return (originY - py) / scale;
    }

    public double scale() {
        return scale;
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
        return new Snapshot(scale, originX, originY);
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
        double k = scale / then.scale();
        return new double[] {originX - then.originX() * k, originY - then.originY() * k, width * k, height * k};
    }
}
