package org.contour.install.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Properties;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer.OrderAnnotation;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.TestMethodOrder;

/**
 * What a user of an enterprise mirror does, on the built artefacts: unpack the product archive,
 * install the example plug-in from the built update site with the product's own p2 director into
 * the product's own p2 profile, start the product again and use the plug-in. Then the same with a
 * broken plug-in from a second site: Contour names it and keeps working.
 * <p>
 * The tests run in order on one installation, each step building on the last, as a user's would.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
@TestMethodOrder(OrderAnnotation.class)
class InstallFromUpdateSiteTest {

    private static final String SAMPLE_FEATURE = "com.example.contour.charngrams.feature.feature.group";
    private static final String SAMPLE_VECTORIZER = "com.example.contour.charngrams";
    private static final String FAULTY_BUNDLE = "com.example.contour.faulty";
    private static final int FORTUNES_ROWS = 4679;
    private static final Pattern VECTORIZED = Pattern.compile(
            "vectorized (\\S+) with (\\S+): (\\d+) rows, (\\d+) features, (\\d+) non-zero entries, (\\d+) rows without any");
    /** A warning or error in Eclipse's log format (severity 2 or 4); OK and INFO entries are fine. */
    private static final Pattern LOGGED_PROBLEM = Pattern.compile("(?m)^!(ENTRY|SUBENTRY \\d+) \\S+ [24] ");

    private Path product;
    private Path site;
    private Path fixtures;
    private String profile;

    @BeforeAll
    void unpackTheProduct() throws Exception {
        Path archive = Path.of(property("contour.product.archive"));
        site = Path.of(property("contour.site"));
        fixtures = Path.of(property("contour.fixtures.site"));
        assertTrue(Files.isRegularFile(archive), "no product archive at " + archive);
        assertTrue(Files.isRegularFile(site.resolve("content.jar")) || Files.isRegularFile(site.resolve("content.xml.xz")),
                "no update site at " + site);
        Path dir = Path.of(property("contour.install.dir"));
        deleteRecursively(dir);
        Files.createDirectories(dir);
        long start = System.nanoTime();
        Run tar = run(dir, List.of("tar", "xzf", archive.toString()), 120);
        assertEquals(0, tar.exitCode, tar.output);
        product = dir.resolve("contour");
        log("unpacked " + archive.getFileName() + " (" + Files.size(archive) / 1024 / 1024 + " MiB) in "
                + millisSince(start) + " ms");

        // the profile the product was materialized with: installs must go into that one
        Properties config = new Properties();
        try (var in = Files.newInputStream(product.resolve("configuration/config.ini"))) {
            config.load(in);
        }
        profile = config.getProperty("eclipse.p2.profile");
        assertEquals("DefaultProfile", profile, "config.ini names no p2 profile: installs would go nowhere");
        assertEquals("@config.dir/../p2", config.getProperty("eclipse.p2.data.area"));
        assertTrue(Files.isDirectory(product.resolve("p2/org.eclipse.equinox.p2.engine/profileRegistry/" + profile
                + ".profile")), "the product has no p2 profile registry");
    }

    @Test
    @Order(1)
    void theProductsOwnDirectorInstallsTheSampleFeatureFromTheUpdateSite() throws Exception {
        Run director = director(site.toUri().toString(), SAMPLE_FEATURE);
        log("director install of " + SAMPLE_FEATURE + " (" + director.millis + " ms):\n" + director.output);
        assertEquals(0, director.exitCode, director.output);
        assertTrue(director.output.contains("Installing " + SAMPLE_FEATURE), director.output);
        assertTrue(director.output.contains("Operation completed"), director.output);
        assertClean(director);

        try (Stream<Path> plugins = Files.list(product.resolve("plugins"))) {
            assertTrue(plugins.anyMatch(p -> p.getFileName().toString().startsWith(SAMPLE_VECTORIZER + "_")),
                    "the plug-in was not laid into plugins/");
        }
        String bundlesInfo = Files.readString(
                product.resolve("configuration/org.eclipse.equinox.simpleconfigurator/bundles.info"));
        assertTrue(bundlesInfo.contains("\n" + SAMPLE_VECTORIZER + ","), "the plug-in is not configured to start");

        Run roots = run(product, launcher("-application", "org.eclipse.equinox.p2.director", "-listInstalledRoots",
                "-profile", profile), 180);
        assertTrue(roots.output.contains(SAMPLE_FEATURE + "/"),
                "the feature is no installed root of " + profile + ":\n" + roots.output);
    }

    @Test
    @Order(2)
    void theInstalledProductListsTheSampleVectorizerWithItsDeclaredOptions() throws Exception {
        Run list = contour();
        log("contributions (" + list.millis + " ms):\n" + list.output);
        assertEquals(0, list.exitCode, list.output);
        assertClean(list);
        assertTrue(list.output.contains(SAMPLE_VECTORIZER + "  'Character n-grams (hashed)'  from plug-in "
                + SAMPLE_VECTORIZER), list.output);
        assertTrue(list.output.contains("option n (integer) 'N-gram length' default=3 min=1 max=8"), list.output);
        assertTrue(list.output.contains("option dimensions (integer) 'Hashing dimensions' default=4096 min=16 max=1048576"),
                list.output);
        // Contour's own vectorizers are still there beside it
        assertTrue(list.output.contains("org.contour.core.tfidf"), list.output);
    }

    @Test
    @Order(3)
    void theSampleVectorizerVectorizesTheFortunesSampleInTheInstalledProduct() throws Exception {
        Run defaults = contour("--vectorize", SAMPLE_VECTORIZER, "--sample", "fortunes");
        log("vectorize with defaults (" + defaults.millis + " ms):\n" + defaults.output);
        assertEquals(0, defaults.exitCode, defaults.output);
        assertClean(defaults);
        Matcher m = vectorized(defaults);
        assertEquals(FORTUNES_ROWS, Integer.parseInt(m.group(3)), "rows");
        int features = Integer.parseInt(m.group(4));
        assertTrue(features > 1000 && features <= 4096, "features " + features);
        long nonZero = Long.parseLong(m.group(5));
        assertTrue(nonZero > 20L * FORTUNES_ROWS, "a fortune has dozens of distinct trigrams: " + nonZero);
        assertEquals(0, Integer.parseInt(m.group(6)), "every fortune has some text");
        assertTrue(defaults.output.contains("options: n=3, dimensions=4096, lowercase=true"), defaults.output);
        assertTrue(defaults.output.contains("provenance: Character 3-grams of the lower-cased text"), defaults.output);
        assertTrue(defaults.output.contains("mapped with org.contour.core.pca: " + FORTUNES_ROWS + " points"),
                defaults.output);

        // the options reach the plug-in: longer n-grams into fewer buckets
        Run chosen = contour("--vectorize", SAMPLE_VECTORIZER, "--sample", "fortunes", "--option", "n=5", "--option",
                "dimensions=512");
        assertEquals(0, chosen.exitCode, chosen.output);
        Matcher c = vectorized(chosen);
        assertEquals(FORTUNES_ROWS, Integer.parseInt(c.group(3)));
        assertTrue(Integer.parseInt(c.group(4)) <= 512, chosen.output);
        assertTrue(chosen.output.contains("provenance: Character 5-grams"), chosen.output);
    }

    @Test
    @Order(4)
    void anOptionOutsideTheDeclaredRangeIsRefusedNamingThePlugin() throws Exception {
        Run refused = contour("--vectorize", SAMPLE_VECTORIZER, "--sample", "fortunes", "--option", "n=20");
        assertEquals(1, refused.exitCode, refused.output);
        assertTrue(refused.output.contains("N-gram length must be at most 8, not 20."), refused.output);
        assertTrue(refused.output.contains("from plug-in " + SAMPLE_VECTORIZER), refused.output);
    }

    @Test
    @Order(5)
    void aBrokenPluginIsNamedWhenItFailsAndTheProductKeepsWorking() throws Exception {
        Run director = director(fixtures.toUri().toString(), FAULTY_BUNDLE);
        assertEquals(0, director.exitCode, director.output);
        assertClean(director);

        Run list = contour();
        assertEquals(0, list.exitCode, list.output);
        assertTrue(list.output.contains("com.example.contour.faulty.throws  'Faulty: throws'  from plug-in "
                + FAULTY_BUNDLE), list.output);

        Run throwing = contour("--vectorize", "com.example.contour.faulty.throws", "--sample", "fortunes");
        log("a vectorizer that throws:\n" + throwing.output);
        assertEquals(1, throwing.exitCode, throwing.output);
        assertTrue(throwing.output.contains("'Faulty: throws' (com.example.contour.faulty.throws) from plug-in "
                + FAULTY_BUNDLE + " failed while vectorizing fortunes_12topics.csv: "
                + "java.lang.IllegalStateException: simulated bug"), throwing.output);

        Run shortRows = contour("--vectorize", "com.example.contour.faulty.rows", "--sample", "fortunes");
        log("a vectorizer that drops a row:\n" + shortRows.output);
        assertEquals(1, shortRows.exitCode, shortRows.output);
        assertTrue(shortRows.output.contains(String.format(java.util.Locale.ROOT,
                "from plug-in %s returned %,d rows of features for the %,d rows of fortunes_12topics.csv", FAULTY_BUNDLE,
                FORTUNES_ROWS - 1, FORTUNES_ROWS)), shortRows.output);

        // the broken plug-in harms nobody else: the sample still works in the same installation
        Run sample = contour("--vectorize", SAMPLE_VECTORIZER, "--sample", "fortunes");
        assertEquals(0, sample.exitCode, sample.output);
        assertEquals(FORTUNES_ROWS, Integer.parseInt(vectorized(sample).group(3)));
    }

    // ---------------------------------------------------------------------------------------------

    private Run director(String repository, String iu) throws Exception {
        return run(product, launcher("-application", "org.eclipse.equinox.p2.director", "-repository", repository,
                "-installIU", iu, "-profile", profile), 300);
    }

    /** The installed product through its own start script, running the headless contributions tool. */
    private Run contour(String... args) throws Exception {
        List<String> command = new ArrayList<>(List.of(product.resolve("contour").toString(), "-nosplash",
                "-application", "org.contour.cli.contributions"));
        command.addAll(List.of(args));
        return run(product, command, 300);
    }

    private List<String> launcher(String... args) throws IOException {
        Path launcher;
        try (Stream<Path> plugins = Files.list(product.resolve("plugins"))) {
            launcher = plugins.filter(p -> p.getFileName().toString().matches("org\\.eclipse\\.equinox\\.launcher_.*\\.jar"))
                    .findFirst().orElseThrow(() -> new AssertionError("no Equinox launcher in the product"));
        }
        List<String> command = new ArrayList<>(List.of(javaExecutable(), "-jar", launcher.toString(), "-nosplash",
                "-consoleLog"));
        command.addAll(List.of(args));
        return command;
    }

    private Run run(Path dir, List<String> command, int timeoutSeconds) throws Exception {
        Path out = Files.createTempFile("contour-install", ".log");
        ProcessBuilder builder = new ProcessBuilder(command).directory(dir.toFile()).redirectErrorStream(true)
                .redirectOutput(out.toFile());
        // the product's workspace goes to target/, never to the user's home; its Java is ours
        builder.environment().put("CONTOUR_WORKSPACE", dir.resolveSibling("workspace").toString());
        builder.environment().put("JAVA_HOME", System.getProperty("java.home"));
        long start = System.nanoTime();
        Process process = builder.start();
        if (!process.waitFor(timeoutSeconds, TimeUnit.SECONDS)) {
            process.destroyForcibly();
            throw new AssertionError(String.join(" ", command) + " did not finish in " + timeoutSeconds + " s:\n"
                    + Files.readString(out, StandardCharsets.UTF_8));
        }
        Run run = new Run(process.exitValue(), Files.readString(out, StandardCharsets.UTF_8), millisSince(start));
        Files.delete(out);
        return run;
    }

    private static Matcher vectorized(Run run) {
        Matcher m = VECTORIZED.matcher(run.output);
        assertTrue(m.find(), "no vectorizing summary in:\n" + run.output);
        return m;
    }

    private static void assertClean(Run run) {
        assertTrue(!LOGGED_PROBLEM.matcher(run.output).find() && !run.output.contains("Exception"),
                "warnings or errors on the console:\n" + run.output);
    }

    private static String javaExecutable() {
        return Path.of(System.getProperty("java.home"), "bin", "java").toString();
    }

    private static String property(String name) {
        String value = System.getProperty(name);
        assertTrue(value != null && !value.isBlank(), "system property " + name + " is not set (run through Maven)");
        return value;
    }

    private static long millisSince(long start) {
        return (System.nanoTime() - start) / 1_000_000;
    }

    private static void log(String text) {
        System.out.println("[install test] " + text);
    }

    private static void deleteRecursively(Path dir) throws IOException {
        if (!Files.exists(dir)) {
            return;
        }
        try (Stream<Path> paths = Files.walk(dir)) {
            for (Path p : paths.sorted(Comparator.reverseOrder()).toList()) {
                Files.delete(p);
            }
        }
    }

    private record Run(int exitCode, String output, long millis) {
    }
}
