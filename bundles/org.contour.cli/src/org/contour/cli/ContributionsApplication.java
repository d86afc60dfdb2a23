package org.contour.cli;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;

import org.contour.api.Options;
import org.contour.api.data.DataTable;
import org.contour.api.data.FeatureMatrix;
import org.contour.core.data.CsvDatasetImporter;
import org.contour.core.data.DatasetImportException;
import org.contour.core.registry.Contribution;
import org.contour.core.registry.Contributions;
import org.contour.core.registry.OptionSpec;
import org.contour.core.session.DatasetPipeline;
import org.contour.core.session.ProjectSession;
import org.contour.model.Embedding;
import org.contour.samples.SampleDatasets;
import org.eclipse.core.runtime.CoreException;
import org.eclipse.core.runtime.IStatus;
import org.eclipse.core.runtime.NullProgressMonitor;
import org.eclipse.equinox.app.IApplication;
import org.eclipse.equinox.app.IApplicationContext;

/**
 * Lists what is contributed to Contour's extension points and runs one vectorizer on a dataset,
 * without the workbench. For whoever installs a plug-in (is it there, does it work on my data?)
 * and for the install test, which runs it in the product as installed.
 *
 * <pre>
 * contour -application org.contour.cli.contributions
 * contour -application org.contour.cli.contributions --vectorize ID (--sample fortunes|digits | --data FILE)
 *         [--option KEY=VALUE]... [--reducer ID]
 * </pre>
 *
 * Vectorizing goes through the same checked path as the workbench's import
 * ({@link DatasetPipeline#vectorize}), then maps the features to 2-D with the reducer (PCA by
 * default) the way an import does. A contribution that fails is reported by its plug-in's name
 * and the exit code is 1; bad arguments give 2.
 */
public final class ContributionsApplication implements IApplication {

    static final Integer FAILED = 1;
    static final Integer USAGE = 2;

    private static final String USAGE_TEXT = """
            Usage: contour -application org.contour.cli.contributions
                     lists every vectorizer, 2-D reduction and classifier with its plug-in and options
                   contour -application org.contour.cli.contributions --vectorize ID (--sample digits|fortunes | --data FILE)
                           [--option KEY=VALUE]... [--reducer ID]
                     vectorizes the dataset with that vectorizer and maps it to 2-D (PCA unless --reducer)""";

    private final PrintStream out = System.out;
    private final PrintStream err = System.err;

    @Override
    public Object start(IApplicationContext context) {
        String[] args = (String[]) context.getArguments().get(IApplicationContext.APPLICATION_ARGS);
        context.applicationRunning();
        try {
            return run(args == null ? new String[0] : args);
        } catch (UsageException e) {
            err.println("Contour: " + e.getMessage());
            err.println(USAGE_TEXT);
            return USAGE;
        }
    }

    private Integer run(String[] args) throws UsageException {
        String vectorizer = null;
        String sample = null;
        String data = null;
        String reducer = "org.contour.core.pca";
        Map<String, String> options = new LinkedHashMap<>();
        for (int i = 0; i < args.length; i++) {
            String arg = args[i];
            switch (arg) {
                case "--vectorize" -> vectorizer = value(args, ++i, arg);
                case "--sample" -> sample = value(args, ++i, arg);
                case "--data" -> data = value(args, ++i, arg);
                case "--reducer" -> reducer = value(args, ++i, arg);
                case "--option" -> {
                    String pair = value(args, ++i, arg);
                    int eq = pair.indexOf('=');
                    if (eq <= 0) {
                        throw new UsageException("--option takes KEY=VALUE, not '" + pair + "'");
                    }
                    options.put(pair.substring(0, eq), pair.substring(eq + 1));
                }
                // A workbench option the start script passes to every application; the
                // workbench reads it, this application has no persisted state to clear.
                case "-clearPersistedState" -> { }
                case "--help", "-h" -> {
                    out.println(USAGE_TEXT);
                    return IApplication.EXIT_OK;
                }
                default -> throw new UsageException("unknown argument '" + arg + "'");
            }
        }
        if (vectorizer == null) {
            if (sample != null || data != null || !options.isEmpty()) {
                throw new UsageException("--sample, --data and --option need --vectorize ID");
            }
            list();
            return IApplication.EXIT_OK;
        }
        if ((sample == null) == (data == null)) {
            throw new UsageException("--vectorize needs exactly one of --sample NAME and --data FILE");
        }
        try {
            vectorize(vectorizer, datasetFile(sample, data), Options.of(options), reducer);
            return IApplication.EXIT_OK;
        } catch (CoreException e) {
            err.println("Contour: " + describe(e.getStatus()));
            return FAILED;
        }
    }

    private void list() {
        section("vectorizer", Contributions.vectorizers());
        section("reducer", Contributions.reducers());
        section("classifier", Contributions.classifiers());
    }

    private <T> void section(String kind, List<Contribution<T>> contributions) {
        out.println(contributions.size() + " " + kind + (contributions.size() == 1 ? "" : "s") + ":");
        for (Contribution<T> c : contributions) {
            out.println("  " + c.id() + "  '" + c.name() + "'  from plug-in " + c.pluginId());
            for (OptionSpec o : c.options()) {
                StringBuilder line = new StringBuilder("    option " + o.id() + " (" + o.type().name()
                        .toLowerCase(Locale.ROOT) + ") '" + o.name() + "' default=" + o.defaultValue());
                if (!Double.isNaN(o.min())) {
                    line.append(" min=").append(number(o.min()));
                }
                if (!Double.isNaN(o.max())) {
                    line.append(" max=").append(number(o.max()));
                }
                if (!o.choices().isEmpty()) {
                    line.append(" choices=").append(String.join("|", o.choices()));
                }
                out.println(line);
            }
        }
    }

    private void vectorize(String vectorizerId, Path file, Options chosen, String reducerId) throws CoreException {
        DataTable table;
        try {
            table = new CsvDatasetImporter().read(file);
        } catch (DatasetImportException e) {
            throw new CoreException(org.eclipse.core.runtime.Status.error(e.getMessage(), e));
        }
        long start = System.nanoTime();
        FeatureMatrix features = DatasetPipeline.vectorize(table, vectorizerId, chosen, new NullProgressMonitor()).features();
        long millis = (System.nanoTime() - start) / 1_000_000;
        long nonZero = 0;
        int emptyRows = 0;
        for (int r = 0; r < features.rows(); r++) {
            long[] count = {0};
            features.forEachNonZero(r, (c, v) -> count[0]++);
            nonZero += count[0];
            if (count[0] == 0) {
                emptyRows++;
            }
        }
        Options used = Contributions.vectorizer(vectorizerId).orElseThrow().resolve(chosen);
        out.println("vectorized " + table.name() + " with " + vectorizerId + ": " + features.rows() + " rows, "
                + features.columns() + " features, " + nonZero + " non-zero entries, " + emptyRows
                + " rows without any, in " + millis + " ms");
        out.println("options: " + used.asMap().entrySet().stream().map(e -> e.getKey() + "=" + e.getValue())
                .collect(Collectors.joining(", ")));
        out.println("provenance: " + features.provenance());
        int shown = Math.min(5, features.columns());
        StringBuilder names = new StringBuilder("first features:");
        for (int c = 0; c < shown; c++) {
            names.append(c == 0 ? " " : ", ").append(features.featureName(c));
        }
        out.println(names);
        Embedding map = ProjectSession.reduce(table, features, reducerId, Options.NONE, new NullProgressMonitor());
        out.println("mapped with " + reducerId + ": " + map.getXs().length + " points on axes "
                + String.join(" / ", map.getAxisNames()));
    }

    private static Path datasetFile(String sample, String data) throws UsageException, CoreException {
        if (data != null) {
            Path file = Path.of(data);
            if (!Files.isRegularFile(file)) {
                throw new UsageException("there is no file " + file.toAbsolutePath());
            }
            return file;
        }
        String entry = switch (sample) {
            case "digits" -> SampleDatasets.DIGITS;
            case "fortunes" -> SampleDatasets.FORTUNES;
            default -> throw new UsageException("there is no sample '" + sample + "'; the samples are digits, fortunes");
        };
        try {
            return SampleDatasets.file(entry);
        } catch (IOException e) {
            throw new CoreException(org.eclipse.core.runtime.Status.error(e.getMessage(), e));
        }
    }

    /** The status message with its cause's, so "failed: ..." says what the plug-in threw. */
    private static String describe(IStatus status) {
        StringBuilder text = new StringBuilder(status.getMessage());
        Throwable cause = status.getException();
        if (cause != null && !status.getMessage().contains(String.valueOf(cause.getMessage()))) {
            text.append(" (").append(cause).append(')');
        }
        for (IStatus child : status.getChildren()) {
            text.append("; ").append(describe(child));
        }
        return text.toString();
    }

    private static String number(double d) {
        return d == Math.rint(d) ? Long.toString((long) d) : Double.toString(d);
    }

    private static String value(String[] args, int i, String option) throws UsageException {
        if (i >= args.length) {
            throw new UsageException(option + " needs a value");
        }
        return args[i];
    }

    @Override
    public void stop() {
        // runs to completion in a few seconds; nothing to interrupt
    }

    private static final class UsageException extends Exception {
        private static final long serialVersionUID = 1L;

        UsageException(String message) {
            super(message);
        }
    }
}
