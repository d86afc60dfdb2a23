package org.contour.core.data;

import java.awt.image.BufferedImage;
import java.awt.image.Raster;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.DigestInputStream;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HexFormat;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Stream;

import javax.imageio.ImageIO;

import org.contour.api.data.DataTable;
import org.contour.model.DatasetKind;
import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.OperationCanceledException;
import org.eclipse.core.runtime.SubMonitor;

/**
 * Reads a folder of PNG and JPEG images (decoded by the JDK's {@link ImageIO}) as a dataset of
 * grey-level images, every image one row of pixel columns {@code p0..pN}, 0 (black) to 255 (white).
 * <p>
 * <b>Labels from sub-folders.</b> An image inside a sub-folder gets the sub-folder's name as its
 * label ({@code digits/7/img_0042.png} is a 7; deeper folders count for their top sub-folder);
 * an image directly in the chosen folder has no label. Files that are not {@code .png},
 * {@code .jpg} or {@code .jpeg}, and hidden files and folders, are ignored. Rows are in the order
 * of their paths, and each row's id is its path relative to the folder, so a saved project finds
 * its rows again.
 * <p>
 * <b>Size.</b> All rows need the same pixel columns: with {@code size} 0 every image is scaled to
 * the size of the first one (most folders hold images of one size, which then stay untouched);
 * with a positive {@code size} every image is scaled to {@code size x size} pixels. Colour is
 * turned into luminance, and transparency is laid over white, as a viewer shows it.
 */
public final class ImageFolderImporter {

    /** Most pixels (rows x pixels per image) held in memory; MNIST's 10,000 x 784 is 7.8 million. */
    static final long MAX_CELLS = 80_000_000L;
    private static final Set<String> EXTENSIONS = Set.of("png", "jpg", "jpeg");
    private static final String PROVENANCE_FILE_NAME = "PROVENANCE.md";

    /** What a folder holds, found without decoding any image but the first. */
    public record Scan(Path folder, List<Path> images, List<String> labels, int firstWidth, int firstHeight) {

        /** Distinct labels (sub-folder names) in path order. */
        public List<String> distinctLabels() {
            Set<String> distinct = new LinkedHashSet<>(labels);
            distinct.remove(null);
            return List.copyOf(distinct);
        }

        /** Number of images without a sub-folder label. */
        public long unlabelled() {
            return labels.stream().filter(label -> label == null).count();
        }
    }

    public ImageFolderImporter() {
        // stateless
    }

    /**
     * Lists the images of {@code folder} and decodes the first to learn its size.
     *
     * @throws DatasetImportException when the folder does not exist, holds no images, or the
     *                                first image cannot be decoded
     */
    public Scan scan(Path folder) throws DatasetImportException {
        String name = displayName(folder);
        if (!Files.isDirectory(folder)) {
            throw new DatasetImportException(name, Files.exists(folder) ? "this is a file, not a folder of images"
                    : "the folder does not exist (looked for " + folder.toAbsolutePath() + ")");
        }
        List<Path> images;
        try (Stream<Path> walk = Files.walk(folder)) {
            images = walk.filter(p -> !p.equals(folder) && !isHidden(folder, p) && Files.isRegularFile(p)
                    && EXTENSIONS.contains(extension(p))).sorted(Comparator.comparing(p -> relative(folder, p)))
                    .toList();
        } catch (IOException | UncheckedIOException e) {
            throw new DatasetImportException(name, "the folder cannot be read: " + describe(e), e);
        }
        if (images.isEmpty()) {
            throw new DatasetImportException(name, "the folder holds no PNG or JPEG images (looked in it and in "
                    + "its sub-folders)");
        }
        List<String> labels = new ArrayList<>(images.size());
        for (Path image : images) {
            Path rel = folder.relativize(image);
            labels.add(rel.getNameCount() > 1 ? rel.getName(0).toString() : null);
        }
        BufferedImage first = decode(folder, images.get(0));
        return new Scan(folder, images, labels, first.getWidth(), first.getHeight());
    }

    /**
     * Reads every image of {@code folder}.
     *
     * @param size    0 to keep the first image's size, else the width and height every image is
     *                scaled to
     * @param monitor may be null; cancelling throws {@link OperationCanceledException}
     */
    public DataTable read(Path folder, int size, IProgressMonitor monitor) throws DatasetImportException {
        if (size < 0) {
            throw new IllegalArgumentException("size must be 0 or positive, was " + size);
        }
        String name = displayName(folder);
        Scan scan = scan(folder);
        int width = size > 0 ? size : scan.firstWidth();
        int height = size > 0 ? size : scan.firstHeight();
        int rows = scan.images().size();
        if ((long) rows * width * height > MAX_CELLS) {
            int fitting = (int) Math.sqrt(MAX_CELLS / (double) rows);
            throw new DatasetImportException(name, String.format(Locale.ROOT, "%,d images of %dx%d pixels are "
                    + "more than Contour holds in memory; choose an image size of at most %d", rows, width, height,
                    fitting));
        }
        SubMonitor progress = SubMonitor.convert(monitor, "Reading images in " + name, rows);
        MessageDigest sha256 = sha256();
        double[][] pixels = new double[rows][];
        List<String> ids = new ArrayList<>(rows);
        int rescaled = 0;
        long bytes = 0;
        for (int r = 0; r < rows; r++) {
            if (progress.isCanceled()) {
                throw new OperationCanceledException();
            }
            Path file = scan.images().get(r);
            String id = relative(folder, file);
            ids.add(id);
            BufferedImage image = decode(folder, file);
            bytes += digest(file, sha256, name, id);
            double[] grey = grey(image);
            if (image.getWidth() != width || image.getHeight() != height) {
                grey = GreyImages.resize(grey, image.getWidth(), image.getHeight(), width, height);
                rescaled++;
            }
            pixels[r] = grey;
            progress.worked(1);
        }
        List<String> columns = new ArrayList<>(width * height);
        for (int p = 0; p < width * height; p++) {
            columns.add("p" + p);
        }
        String provenance = provenance(name, scan, width, height, rescaled, bytes, sha256);
        return new DataTable(name, DatasetKind.IMAGE, ids, scan.labels(), columns, pixels, null, width, provenance);
    }

    private static String provenance(String name, Scan scan, int width, int height, int rescaled, long bytes,
            MessageDigest sha256) {
        StringBuilder text = new StringBuilder(String.format(Locale.ROOT,
                "%s/: folder of %,d images (PNG/JPEG, %,d bytes, SHA-256 of the files in path order %s), read as "
                        + "%dx%d grey levels 0-255",
                name, scan.images().size(), bytes, HexFormat.of().formatHex(sha256.digest()), width, height));
        if (rescaled > 0) {
            text.append(String.format(Locale.ROOT, " (%,d scaled to that size)", rescaled));
        }
        List<String> labels = scan.distinctLabels();
        text.append(String.format(Locale.ROOT, "; labels from %d sub-folders, %,d images without one.",
                labels.size(), scan.unlabelled()));
        Path note = scan.folder().resolve(PROVENANCE_FILE_NAME);
        if (Files.isRegularFile(note)) {
            try {
                text.append("\n\n").append(Files.readString(note).strip());
            } catch (IOException | UncheckedIOException e) {
                text.append("\n\n(").append(PROVENANCE_FILE_NAME).append(" exists but cannot be read)");
            }
        }
        return text.toString();
    }

    /**
     * Luminance per pixel, row-major, 0..255. Grey rasters are read directly: converting them to
     * RGB first would apply the grey colour space's gamma and change every value.
     */
    static double[] grey(BufferedImage image) {
        int width = image.getWidth();
        int height = image.getHeight();
        double[] out = new double[width * height];
        Raster raster = image.getRaster();
        int bands = raster.getNumBands();
        boolean greyScale = image.getColorModel().getColorSpace().getNumComponents() == 1;
        if (greyScale && (bands == 1 || bands == 2)) {
            double max = (1 << raster.getSampleModel().getSampleSize(0)) - 1;
            for (int y = 0; y < height; y++) {
                for (int x = 0; x < width; x++) {
                    double value = raster.getSample(x, y, 0) * 255.0 / max;
                    if (bands == 2) {
                        double alpha = raster.getSample(x, y, 1) / max;
                        value = alpha * value + (1 - alpha) * 255;
                    }
                    out[y * width + x] = value;
                }
            }
            return out;
        }
        for (int y = 0; y < height; y++) {
            for (int x = 0; x < width; x++) {
                int argb = image.getRGB(x, y);
                double alpha = ((argb >>> 24) & 0xFF) / 255.0;
                double luminance = 0.299 * ((argb >> 16) & 0xFF) + 0.587 * ((argb >> 8) & 0xFF) + 0.114 * (argb & 0xFF);
                out[y * width + x] = alpha * luminance + (1 - alpha) * 255;
            }
        }
        return out;
    }

    private static BufferedImage decode(Path folder, Path file) throws DatasetImportException {
        String where = displayName(folder) + "/" + relative(folder, file);
        BufferedImage image;
        try {
            image = ImageIO.read(file.toFile());
        } catch (IOException | RuntimeException e) {
            throw new DatasetImportException(where, "the image cannot be decoded (" + describe(e) + "); it may be "
                    + "damaged, or a kind of " + extension(file).toUpperCase(Locale.ROOT)
                    + " the Java image reader does not support (such as CMYK JPEG)", e);
        }
        if (image == null || image.getWidth() <= 0 || image.getHeight() <= 0) {
            throw new DatasetImportException(where, "this is not a PNG or JPEG image Contour can read, although "
                    + "its name says so; it may be damaged or have the wrong extension");
        }
        return image;
    }

    private static long digest(Path file, MessageDigest sha256, String name, String id)
            throws DatasetImportException {
        try (InputStream in = new DigestInputStream(Files.newInputStream(file), sha256)) {
            return in.transferTo(java.io.OutputStream.nullOutputStream());
        } catch (IOException e) {
            throw new DatasetImportException(name + "/" + id, "the file cannot be read: " + describe(e), e);
        }
    }

    private static boolean isHidden(Path folder, Path p) {
        for (Path part : folder.relativize(p)) {
            if (part.toString().startsWith(".")) {
                return true;
            }
        }
        return false;
    }

    private static String relative(Path folder, Path file) {
        return folder.relativize(file).toString().replace('\\', '/');
    }

    private static String extension(Path p) {
        String name = p.getFileName().toString();
        int dot = name.lastIndexOf('.');
        return dot < 0 ? "" : name.substring(dot + 1).toLowerCase(Locale.ROOT);
    }

    static String displayName(Path folder) {
        Path name = folder.toAbsolutePath().normalize().getFileName();
        return name == null ? folder.toString() : name.toString();
    }

    private static MessageDigest sha256() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java runtime provides SHA-256", e);
        }
    }

    private static String describe(Exception e) {
        String message = e.getMessage();
        return message == null || message.isBlank() ? e.getClass().getSimpleName() : message;
    }
}
