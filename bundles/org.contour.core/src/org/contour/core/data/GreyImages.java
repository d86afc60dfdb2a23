package org.contour.core.data;

/**
 * Rescaling of grey images held as row-major pixel arrays, shared by the image folder reader
 * and the pixel vectorizer. Each target pixel is the area-weighted mean of the source pixels it
 * covers: shrinking a 28x28 digit to 14x14 averages 2x2 blocks, so thin strokes fade rather than
 * vanish, as they would with point sampling; enlarging repeats and blends neighbours.
 */
public final class GreyImages {

    private GreyImages() {
    }

    /**
     * @param pixels row-major, {@code width * height} values
     * @return row-major, {@code newWidth * newHeight} values; the same array when the size is unchanged
     */
    public static double[] resize(double[] pixels, int width, int height, int newWidth, int newHeight) {
        if (pixels.length != width * height) {
            throw new IllegalArgumentException(pixels.length + " pixels for " + width + "x" + height);
        }
        if (newWidth <= 0 || newHeight <= 0) {
            throw new IllegalArgumentException("the new size must be positive, was " + newWidth + "x" + newHeight);
        }
        if (newWidth == width && newHeight == height) {
            return pixels;
        }
        double[] out = new double[newWidth * newHeight];
        double scaleX = (double) width / newWidth;
        double scaleY = (double) height / newHeight;
        for (int ty = 0; ty < newHeight; ty++) {
            double y0 = ty * scaleY;
            double y1 = y0 + scaleY;
            for (int tx = 0; tx < newWidth; tx++) {
                double x0 = tx * scaleX;
                double x1 = x0 + scaleX;
                double sum = 0;
                double area = 0;
                for (int sy = (int) y0; sy < Math.min(height, Math.ceil(y1)); sy++) {
                    double overlapY = Math.min(y1, sy + 1) - Math.max(y0, sy);
                    if (overlapY <= 0) {
                        continue;
                    }
                    int base = sy * width;
                    for (int sx = (int) x0; sx < Math.min(width, Math.ceil(x1)); sx++) {
                        double overlap = overlapY * (Math.min(x1, sx + 1) - Math.max(x0, sx));
                        if (overlap > 0) {
                            sum += overlap * pixels[base + sx];
                            area += overlap;
                        }
                    }
                }
                out[ty * newWidth + tx] = area > 0 ? sum / area : 0;
            }
        }
        return out;
    }
}
