package org.contour.core.session;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import org.contour.api.Options;
import org.contour.api.Reducer;
import org.contour.api.Vectorizer;
import org.contour.api.data.DataTable;
import org.contour.api.data.FeatureMatrix;
import org.contour.api.data.MapCoordinates;
import org.contour.core.data.DatasetImportException;
import org.contour.core.data.DatasetReaders;
import org.contour.core.registry.Contribution;
import org.contour.core.registry.ContributionCalls;
import org.contour.core.registry.Contributions;
import org.contour.model.ContourFactory;
import org.contour.model.DatasetKind;
import org.contour.model.Embedding;
import org.eclipse.core.runtime.CoreException;
import org.eclipse.core.runtime.ILog;
import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.IStatus;
import org.eclipse.core.runtime.Status;

/**
 * The steps from a dataset on disk to a map: read, vectorize, reduce to 2-D. Every step that runs
 * a contribution goes through {@link ContributionCalls} and then checks what came back (one row
 * per example, finite numbers), so that a plug-in that throws, hangs, or returns NaN or the wrong
 * number of rows is reported by name and never reaches a project. Headless and free of state:
 * safe to call from a background job.
 */
public final class DatasetPipeline {

    /** Contour's vectorizer per kind of data, used when nobody chose one. */
    public static final String TEXT_VECTORIZER = "org.contour.core.tfidf.vocabulary";
    public static final String IMAGE_VECTORIZER = "org.contour.core.pixels";
    public static final String TABLE_VECTORIZER = "org.contour.core.table";
    /** The reducer that takes two of the table's columns as the map's axes (options x and y). */
    public static final String COLUMNS_REDUCER = "org.contour.core.columns";

    private DatasetPipeline() {
    }

    /** Reads a CSV file or an image folder; problems become a CoreException with the reader's message. */
    public static DataTable read(Path location, Options readerOptions, IProgressMonitor monitor) throws CoreException {
        try {
            return DatasetReaders.read(location, readerOptions, monitor);
        } catch (DatasetImportException e) {
            throw new CoreException(Status.error(e.getMessage(), e));
        }
    }

    /** Contour's own vectorizer for the kind of {@code table}. */
    public static String defaultVectorizer(DataTable table) {
        return switch (table.kind()) {
            case TEXT -> TEXT_VECTORIZER;
            case IMAGE -> IMAGE_VECTORIZER;
            default -> TABLE_VECTORIZER;
        };
    }

    /**
     * The installed vectorizers that can read {@code table}, Contour's default for its kind first;
     * deprecated ones are left out. A plug-in that fails to load or to answer is left out too, and
     * logged.
     */
    public static List<Contribution<Vectorizer>> vectorizersFor(DataTable table) {
        List<Contribution<Vectorizer>> accepting = new ArrayList<>();
        String preferred = defaultVectorizer(table);
        for (Contribution<Vectorizer> contribution : Contributions.vectorizers()) {
            if (contribution.isDeprecated()) {
                continue;
            }
            try {
                if (contribution.create().accepts(table)) {
                    if (contribution.id().equals(preferred)) {
                        accepting.add(0, contribution);
                    } else {
                        accepting.add(contribution);
                    }
                }
            } catch (CoreException e) {
                ILog.of(DatasetPipeline.class).log(e.getStatus());
            } catch (RuntimeException | LinkageError e) {
                ILog.of(DatasetPipeline.class).log(new Status(IStatus.WARNING, "org.contour.core",
                        contribution.describe() + " failed when asked whether it reads " + table.name(), e));
            }
        }
        return accepting;
    }

    /** The installed 2-D reductions that are not deprecated, Contour's PCA first. */
    public static List<Contribution<Reducer>> reducers() {
        List<Contribution<Reducer>> all = new ArrayList<>();
        for (Contribution<Reducer> contribution : Contributions.reducers()) {
            if (!contribution.isDeprecated()) {
                if (contribution.id().equals(ProjectSession.DEFAULT_REDUCER)) {
                    all.add(0, contribution);
                } else {
                    all.add(contribution);
                }
            }
        }
        return all;
    }

    /** Features made by a vectorizer, and the complete options that made them. */
    public record Vectorized(FeatureMatrix features, String vectorizerId, Options options) {
    }

    /**
     * Runs vectorizer {@code vectorizerId} on {@code table} with {@code chosen} completed by its
     * declared defaults, and checks the result.
     */
    public static Vectorized vectorize(DataTable table, String vectorizerId, Options chosen, IProgressMonitor monitor)
            throws CoreException {
        Contribution<Vectorizer> contribution = Contributions.vectorizer(vectorizerId).orElseThrow(
                () -> new CoreException(Status.error("No vectorizer with id " + vectorizerId + " is installed.")));
        Options options = contribution.resolve(chosen);
        Vectorizer vectorizer = contribution.create();
        String doing = "vectorizing " + table.name();
        boolean accepts;
        try {
            accepts = vectorizer.accepts(table);
        } catch (RuntimeException | LinkageError e) {
            throw contribution.failure("failed when asked whether it reads " + table.name() + ": " + e, e);
        }
        if (!accepts) {
            throw contribution.failure("cannot read the dataset " + table.name() + " (" + kindOf(table) + ")", null);
        }
        FeatureMatrix m = ContributionCalls.call(contribution, doing, monitor,
                watched -> vectorizer.vectorize(table, options, watched));
        if (m == null) {
            throw contribution.failure("returned no features for " + table.name(), null);
        }
        if (m.rows() != table.rowCount()) {
            throw contribution.failure(String.format(Locale.ROOT, "returned %,d rows of features for the %,d rows "
                    + "of %s", m.rows(), table.rowCount(), table.name()), null);
        }
        if (m.columns() == 0) {
            throw contribution.failure("made no feature columns from " + table.name(), null);
        }
        int[] bad = firstNonFinite(m);
        if (bad != null) {
            throw contribution.failure(String.format(Locale.ROOT, "returned %s for row %d, feature '%s'; features "
                    + "must be finite numbers", m.row(bad[0])[bad[1]], bad[0], m.featureName(bad[1])), null);
        }
        return new Vectorized(m, vectorizerId, options);
    }

    /**
     * Runs reducer {@code reducerId} and checks what it returns. Whatever the plug-in does wrong
     * (throws, hangs until cancelled, returns the wrong number of rows, NaN or infinity) becomes
     * a CoreException naming the plug-in (or, when cancelled, an OperationCanceledException);
     * nothing is changed.
     *
     * @return a new embedding, not yet part of any project
     */
    public static Embedding reduce(DataTable table, FeatureMatrix features, String reducerId, Options chosen,
            IProgressMonitor monitor) throws CoreException {
        Contribution<Reducer> contribution = Contributions.reducer(reducerId).orElseThrow(
                () -> new CoreException(Status.error("No 2-D reduction with id " + reducerId + " is installed.")));
        Options options = contribution.resolve(chosen);
        Reducer reducer = contribution.create();
        MapCoordinates map = ContributionCalls.call(contribution, "mapping " + table.name() + " to 2-D", monitor,
                watched -> reducer.reduce(table, features, options, watched));
        if (map == null || map.rows() != features.rows()) {
            throw contribution.failure(String.format(Locale.ROOT, "returned %s for the %,d rows of %s",
                    map == null ? "no map" : String.format(Locale.ROOT, "%,d points", map.rows()), features.rows(),
                    table.name()), null);
        }
        int bad = map.firstNonFiniteRow();
        if (bad >= 0) {
            throw contribution.failure("placed row " + bad + " at (" + map.xs()[bad] + ", " + map.ys()[bad]
                    + "), which is not a point on the map", null);
        }
        Embedding embedding = ContourFactory.eINSTANCE.createEmbedding();
        embedding.setReducerId(reducerId);
        embedding.setXs(map.xs().clone());
        embedding.setYs(map.ys().clone());
        embedding.getAxisNames().addAll(List.of(map.xAxisName(), map.yAxisName()));
        embedding.getReducerOptions().putAll(options.asMap());
        embedding.setProvenance(map.provenance());
        return embedding;
    }

    private static String kindOf(DataTable table) {
        return table.kind() == DatasetKind.TEXT ? "texts" : table.kind() == DatasetKind.IMAGE ? "images" : "a table";
    }

    /** Row and column of the first NaN or infinite entry, or null. */
    private static int[] firstNonFinite(FeatureMatrix m) {
        int[] found = {-1, -1};
        for (int r = 0; r < m.rows() && found[0] < 0; r++) {
            int row = r;
            m.forEachNonZero(r, (c, v) -> {
                if (!Double.isFinite(v) && found[0] < 0) {
                    found[0] = row;
                    found[1] = c;
                }
            });
        }
        return found[0] < 0 ? null : found;
    }
}
