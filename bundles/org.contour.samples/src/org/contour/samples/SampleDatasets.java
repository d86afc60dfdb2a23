package org.contour.samples;

import java.io.IOException;
import java.net.URL;
import java.nio.file.Path;

import org.eclipse.core.runtime.FileLocator;

/**
 * The real datasets shipped with Contour, each beside its PROVENANCE.md. The files stay inside
 * this bundle; {@link #file} hands out a file-system path (Equinox extracts the entry once when
 * the bundle is a jar) because the importers read files.
 */
public final class SampleDatasets {

    /** UCI hand-written digits, 1,797 images of 8x8 pixels, labels 0 to 9 (BSD-3). */
    public static final String DIGITS = "data/digits/digits_8x8.csv";
    /** 4,679 fortune-cookie texts from 12 topics, most spanning several lines (BSD). */
    public static final String FORTUNES = "data/fortunes/fortunes_12topics.csv";
    /** Fisher's iris: 150 flowers, 4 measurements in cm, 3 species (BSD-3 / CC BY 4.0). */
    public static final String IRIS = "data/iris/iris.csv";
    /** Iris's columns that make its map: petal length and width, which separate the species. */
    public static final String IRIS_X = "petal_length_cm", IRIS_Y = "petal_width_cm";

    private SampleDatasets() {
    }

    /** This bundle's symbolic name, which a saved project's {@code platform:/plugin/} location names. */
    public static final String BUNDLE = "org.contour.samples";

    /** A path on disk to one of the sample files named by the constants above. */
    public static Path file(String entry) throws IOException {
        URL url = SampleDatasets.class.getClassLoader().getResource(entry);
        if (url == null) {
            throw new IOException("Sample dataset " + entry + " is missing from bundle org.contour.samples");
        }
        try {
            // Extract the provenance note too: Equinox mirrors the bundle's folders when it
            // extracts entries, so the note lands beside the data file where the importer looks.
            URL note = SampleDatasets.class.getClassLoader()
                    .getResource(entry.substring(0, entry.lastIndexOf('/') + 1) + "PROVENANCE.md");
            if (note != null) {
                FileLocator.toFileURL(note);
            }
            return Path.of(FileLocator.toFileURL(url).toURI());
        } catch (java.net.URISyntaxException e) {
            throw new IOException("Cannot locate sample dataset " + entry + ": " + e.getMessage(), e);
        }
    }
}
