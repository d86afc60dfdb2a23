package org.contour.core.data;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;

import org.contour.api.Options;
import org.contour.api.data.DataTable;
import org.eclipse.core.runtime.IProgressMonitor;

/**
 * Reads a dataset from wherever it is: a CSV file ({@link CsvDatasetImporter}) or a folder of
 * image files ({@link ImageFolderImporter}).
 * <p>
 * Reading can take settings of its own (the image size a folder is scaled to). A project stores
 * them with the vectorizer's options in {@code DatasetSource.vectorizerOptions}, under keys that
 * start with {@value #PREFIX}, so that re-opening the project reads the data exactly as before;
 * {@link #readerOptions} and {@link #withoutReaderOptions} take the two apart.
 */
public final class DatasetReaders {

    /** Prefix of the reader's settings among the stored vectorizer options. */
    public static final String PREFIX = "reader.";
    /** Image folders: width and height every image is scaled to; 0 keeps the first image's size. */
    public static final String IMAGE_SIZE = PREFIX + "imageSize";

    private DatasetReaders() {
    }

    /** Whether {@code location} is read as a folder of images rather than as a CSV file. */
    public static boolean isImageFolder(Path location) {
        return Files.isDirectory(location);
    }

    /**
     * Reads {@code location}.
     *
     * @param options reader settings ({@link #IMAGE_SIZE}); other keys are ignored
     */
    public static DataTable read(Path location, Options options, IProgressMonitor monitor)
            throws DatasetImportException {
        if (isImageFolder(location)) {
            int size = options.getInt(IMAGE_SIZE, 0);
            if (size < 0 || size > 1024) {
                throw new DatasetImportException(ImageFolderImporter.displayName(location),
                        "the image size must be between 1 and 1024 pixels, or 0 for the images' own size, not " + size);
            }
            return new ImageFolderImporter().read(location, size, monitor);
        }
        return new CsvDatasetImporter().read(location, monitor);
    }

    /** The reader's settings among {@code stored}. */
    public static Options readerOptions(Map<String, String> stored) {
        Map<String, String> reader = new LinkedHashMap<>();
        stored.forEach((key, value) -> {
            if (key.startsWith(PREFIX)) {
                reader.put(key, value);
            }
        });
        return Options.of(reader);
    }

    /** {@code stored} without the reader's settings: what the vectorizer is given. */
    public static Options withoutReaderOptions(Map<String, String> stored) {
        Map<String, String> rest = new LinkedHashMap<>();
        stored.forEach((key, value) -> {
            if (!key.startsWith(PREFIX)) {
                rest.put(key, value);
            }
        });
        return Options.of(rest);
    }
}
