package org.contour.core.vectorize;

import java.util.Locale;

import org.contour.api.Options;
import org.contour.api.Vectorizer;
import org.contour.api.data.DataTable;
import org.contour.api.data.FeatureMatrix;
import org.contour.core.data.GreyImages;
import org.contour.model.DatasetKind;
import org.eclipse.core.runtime.CoreException;
import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.OperationCanceledException;
import org.eclipse.core.runtime.SubMonitor;

/**
 * The pixels of images as features, one dense row per image, optionally scaled to a smaller (or
 * larger) size first.
 * <p>
 * Pixels are left as they are, not standardized: they share one scale already, and a corner pixel
 * that is almost always 0 should not be blown up to the weight of a stroke pixel. Scaling down
 * ({@code size}, the new width; the height keeps the aspect ratio) averages neighbouring pixels
 * ({@link GreyImages}): 28x28 MNIST digits at 14x14 keep their shapes with a quarter of the
 * columns, which makes every later step faster.
 */
public final class ImagePixelsVectorizer implements Vectorizer {

    static final String SIZE = "size";
    private static final int ROWS_BETWEEN_CANCEL_CHECKS = 512;

    public ImagePixelsVectorizer() {
        // created through the extension registry
    }

    @Override
    public boolean accepts(DataTable table) {
        return table.kind() == DatasetKind.IMAGE && table.hasNumeric() && table.imageWidth() > 0;
    }

    @Override
    public FeatureMatrix vectorize(DataTable table, Options options, IProgressMonitor monitor) throws CoreException {
        if (!accepts(table)) {
            throw VectorizerErrors.error(table.name() + " holds no images (pixel columns of a known width)");
        }
        int width = table.imageWidth();
        int height = table.imageHeight();
        int size = options.getInt(SIZE, 0);
        if (size < 0 || size > 1024) {
            throw VectorizerErrors.error("the image size must be between 1 and 1024 pixels, or 0 to keep it, not "
                    + size);
        }
        int newWidth = size == 0 ? width : size;
        int newHeight = size == 0 ? height : Math.max(1, (int) Math.round((double) height * size / width));
        int rows = table.rowCount();
        int pixels = newWidth * newHeight;
        if ((long) rows * pixels > Integer.MAX_VALUE - 8) {
            throw VectorizerErrors.error(String.format(Locale.ROOT, "%,d images of %dx%d pixels are too many to hold "
                    + "in one matrix; choose a smaller size", rows, newWidth, newHeight));
        }
        SubMonitor progress = SubMonitor.convert(monitor, "Reading the pixels of " + table.name(),
                rows / ROWS_BETWEEN_CANCEL_CHECKS + 1);
        double[] rowMajor = new double[rows * pixels];
        double[][] numeric = table.numeric();
        for (int r = 0; r < rows; r++) {
            double[] row = numeric[r];
            for (int p = 0; p < row.length; p++) {
                if (!Double.isFinite(row[p])) {
                    throw VectorizerErrors.error(table.name() + ": image " + table.ids().get(r) + ", pixel "
                            + table.columnNames().get(p) + " is " + row[p] + "; pixels must be finite numbers");
                }
            }
            double[] scaled = GreyImages.resize(row, width, height, newWidth, newHeight);
            System.arraycopy(scaled, 0, rowMajor, r * pixels, pixels);
            if (r % ROWS_BETWEEN_CANCEL_CHECKS == ROWS_BETWEEN_CANCEL_CHECKS - 1) {
                if (progress.isCanceled()) {
                    throw new OperationCanceledException();
                }
                progress.worked(1);
            }
        }
        String[] names = new String[pixels];
        for (int p = 0; p < pixels; p++) {
            names[p] = "p" + p;
        }
        String provenance = newWidth == width && newHeight == height
                ? String.format(Locale.ROOT, "Pixels of %dx%d images as they are.", width, height)
                : String.format(Locale.ROOT, "Pixels of %dx%d images scaled to %dx%d (area averaging).", width, height,
                        newWidth, newHeight);
        return FeatureMatrix.dense(names, rows, rowMajor).withProvenance(provenance);
    }
}
