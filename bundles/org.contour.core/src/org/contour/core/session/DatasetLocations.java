package org.contour.core.session;

import java.io.IOException;
import java.net.URISyntaxException;
import java.net.URL;
import java.nio.file.Path;

import org.eclipse.core.runtime.FileLocator;

/**
 * Where a project says its dataset is. Usually an absolute file path; a dataset shipped inside a
 * plug-in is named by its {@code platform:/plugin/...} URL instead, because the file Equinox
 * extracts it to lies in the install's bundle cache, which an update, a reinstall or
 * {@code -clean} replaces: a project saved with that path would lose its data.
 */
public final class DatasetLocations {

    private static final String PLUGIN_URL = "platform:/plugin/";

    private DatasetLocations() {
    }

    /** The location of entry {@code path} (e.g. {@code data/iris/iris.csv}) of bundle {@code bundle}. */
    public static String inBundle(String bundle, String path) {
        return PLUGIN_URL + bundle + "/" + path;
    }

    /**
     * The file {@code location} names: the path itself, or for a plug-in's entry the file it is
     * extracted to now.
     *
     * @throws IOException with a message naming the location when a plug-in entry cannot be found
     */
    public static Path resolve(String location) throws IOException {
        if (!location.startsWith(PLUGIN_URL)) {
            return Path.of(location);
        }
        try {
            URL file = FileLocator.toFileURL(new URL(location));
            return Path.of(file.toURI());
        } catch (IOException | URISyntaxException | RuntimeException e) {
            throw new IOException("The dataset " + location + " is not in this installation (is the plug-in that "
                    + "ships it installed?): " + e.getMessage(), e);
        }
    }
}
