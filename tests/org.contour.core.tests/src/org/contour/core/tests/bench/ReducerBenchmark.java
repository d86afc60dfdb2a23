package org.contour.core.tests.bench;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.contour.api.data.FeatureMatrix;
import org.contour.api.data.MapCoordinates;
import org.contour.api.Options;
import org.contour.api.Reducer;
import org.contour.core.data.CsvDatasetImporter;
import org.contour.api.data.DataTable;
import org.contour.core.vectorize.NumericColumnsVectorizer;
import org.contour.reduce.MapQuality;
import org.contour.reduce.TsneReducer;
import org.contour.reduce.UmapReducer;

/**
 * Our UMAP and t-SNE against umap-learn 0.5.3 and scikit-learn 1.2's Barnes-Hut t-SNE on the
 * same data with the same settings, in one run: each round starts the Python side
 * ({@code releng/scripts/bench_reducers.py}, under /usr/bin/python3) and then runs ours in this
 * JVM, so each round's speed ratio is measured under the same machine load. umap-learn is fitted
 * twice per Python process: the first fit pays numba's just-in-time compilation, the second does
 * not; both are reported. Ours is also run twice per round; the first run of the first round
 * includes the JVM's warm-up.
 * <p>
 * Quality, computed here for both sides alike: the mean share of each example's 15 nearest
 * neighbours in the input space (exact, all 784 pixels) that are among its 15 nearest on the map.
 * <p>
 * Run with {@code releng/scripts/bench-reducers.sh}; arguments: {@code --data FILE},
 * {@code --rounds N}, {@code --methods umap,tsne}, {@code --epochs N}, {@code --python PATH},
 * {@code --script PATH}, {@code --out DIR}.
 */
public final class ReducerBenchmark {

    private static final int K = 15;

    public static void main(String[] args) throws Exception {
        Map<String, String> arg = parse(args);
        Path data = Path.of(arg.getOrDefault("data", "/work/shared/datasets/mnist_10k/mnist_10k.csv.gz"));
        int rounds = Integer.parseInt(arg.getOrDefault("rounds", "3"));
        List<String> methods = List.of(arg.getOrDefault("methods", "umap,tsne").split(","));
        int epochs = Integer.parseInt(arg.getOrDefault("epochs", "200"));
        String python = arg.getOrDefault("python", "/usr/bin/python3");
        Path script = Path.of(arg.getOrDefault("script", "releng/scripts/bench_reducers.py"));
        Path out = Path.of(arg.getOrDefault("out", "target/bench"));
        Files.createDirectories(out);

        long t0 = System.nanoTime();
        DataTable table = new CsvDatasetImporter().read(data);
        FeatureMatrix features = new NumericColumnsVectorizer().vectorize(table, Options.NONE, null);
        System.out.printf(Locale.ROOT, "%s: %d rows x %d columns, read in %.1f s; %d cores, Java %s%n",
                data.getFileName(), features.rows(), features.columns(), seconds(t0),
                Runtime.getRuntime().availableProcessors(), System.getProperty("java.version"));
        t0 = System.nanoTime();
        int[][] truth = MapQuality.inputNeighbours(features, K, null);
        System.out.printf(Locale.ROOT, "exact %d nearest neighbours in the input space: %.1f s%n%n", K, seconds(t0));

        for (String method : methods) {
            boolean umap = method.equals("umap");
            Options options = umap
                    ? Options.NONE.with(UmapReducer.N_NEIGHBORS, "15").with(UmapReducer.MIN_DIST, "0.1")
                            .with(UmapReducer.N_EPOCHS, Integer.toString(epochs)).with("seed", "42")
                    : Options.NONE.with(TsneReducer.PERPLEXITY, "30").with(TsneReducer.ITERATIONS, "1000")
                            .with(TsneReducer.EARLY_EXAGGERATION, "12").with(TsneReducer.THETA, "0.5")
                            .with("seed", "42");
            String reference = umap ? "umap-learn" : "sklearn TSNE";
            System.out.println(umap
                    ? "== UMAP: n_neighbors 15, min_dist 0.1, n_epochs " + epochs + ", seed 42 (both sides)"
                    : "== t-SNE: Barnes-Hut, perplexity 30, 1000 iterations, early exaggeration 12, learning rate auto, "
                            + "angle 0.5, PCA init, seed 42 (both sides)");
            List<Double> pyCold = new ArrayList<>();
            List<Double> pyWarm = new ArrayList<>();
            List<Double> pyImport = new ArrayList<>();
            List<Double> ours = new ArrayList<>();
            List<Double> ratiosWarm = new ArrayList<>();
            List<Double> ratiosCold = new ArrayList<>();
            double pyQuality = Double.NaN;
            double ourQuality = Double.NaN;
            for (int round = 1; round <= rounds; round++) {
                String load = loadAverage();
                Path coordinates = out.resolve(method + "-python.csv");
                List<String> command = List.of(python, script.toString(), "--data", data.toString(), "--method",
                        method, "--runs", umap ? "2" : "1", "--n-epochs", Integer.toString(epochs), "--out",
                        coordinates.toString());
                Map<String, List<Double>> python1 = runPython(command);
                double imported = python1.get("import").get(0);
                List<Double> fits = python1.get("fit");
                double cold = fits.get(0);
                double warm = fits.get(fits.size() - 1);
                pyImport.add(imported);
                pyCold.add(cold);
                pyWarm.add(warm);
                double[][] py = readCoordinates(coordinates);
                pyQuality = MapQuality.neighbourPreservation(truth, py[0], py[1]);

                Reducer reducer = umap ? new UmapReducer() : new TsneReducer();
                double first = 0;
                double last = 0;
                MapCoordinates map = null;
                for (int run = 0; run < 2; run++) {
                    long start = System.nanoTime();
                    map = reducer.reduce(table, features, options, null);
                    double s = seconds(start);
                    if (run == 0) {
                        first = s;
                    }
                    last = s;
                }
                ours.add(last);
                ourQuality = MapQuality.neighbourPreservation(truth, map.xs(), map.ys());
                double ourTime = last;
                ratiosWarm.add(warm / ourTime);
                ratiosCold.add((imported + cold) / ourTime);
                if (umap) {
                    System.out.printf(Locale.ROOT,
                            "round %d (load %s): umap-learn import %.1f s, 1st fit (with JIT) %.1f s, 2nd fit %.1f s | "
                                    + "ours %.1f s, %.1f s | speed-up vs 2nd fit %.2fx, vs import+1st fit %.2fx%n",
                            round, load, imported, cold, warm, first, last, warm / ourTime, (imported + cold) / ourTime);
                } else {
                    System.out.printf(Locale.ROOT,
                            "round %d (load %s): sklearn import %.1f s, fit %.1f s | ours %.1f s, %.1f s | "
                                    + "speed-up %.2fx%n",
                            round, load, imported, cold, first, last, warm / ourTime);
                }
                if (round == 1) {
                    System.out.println("  " + map.provenance());
                }
            }
            System.out.printf(Locale.ROOT, "%s median of %d rounds: %s %.1f s (%s), ours %.1f s (2nd run) -> ours %.2fx "
                    + "faster (median of per-round ratios)%n", umap ? "UMAP" : "t-SNE", rounds, reference,
                    median(pyWarm), umap ? "2nd fit, JIT excluded" : "fit", median(ours), median(ratiosWarm));
            if (umap) {
                System.out.printf(Locale.ROOT, "  umap-learn including JIT warm-up (import + 1st fit): %.1f s -> ours "
                        + "%.2fx faster%n", median(pyImport) + median(pyCold), median(ratiosCold));
            }
            System.out.printf(Locale.ROOT, "  quality (%d-NN preservation): %s %.4f, ours %.4f, difference %+.4f%n%n",
                    K, reference, pyQuality, ourQuality, ourQuality - pyQuality);
        }
    }

    private static Map<String, List<Double>> runPython(List<String> command) throws IOException, InterruptedException {
        Process process = new ProcessBuilder(command).redirectErrorStream(true).start();
        Map<String, List<Double>> events = new LinkedHashMap<>();
        Pattern event = Pattern.compile("\"event\": \"(\\w+)\"");
        Pattern secondsField = Pattern.compile("\"seconds\": ([0-9.eE+-]+)");
        StringBuilder transcript = new StringBuilder();
        try (BufferedReader reader = new BufferedReader(
                new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8))) {
            for (String line; (line = reader.readLine()) != null;) {
                transcript.append(line).append('\n');
                Matcher e = event.matcher(line);
                Matcher s = secondsField.matcher(line);
                if (e.find() && s.find()) {
                    events.computeIfAbsent(e.group(1), key -> new ArrayList<>()).add(Double.parseDouble(s.group(1)));
                }
            }
        }
        int exit = process.waitFor();
        if (exit != 0 || !events.containsKey("fit")) {
            throw new IOException("the Python side failed (exit " + exit + "):\n" + transcript);
        }
        return events;
    }

    private static double[][] readCoordinates(Path file) throws IOException {
        List<String> lines = Files.readAllLines(file);
        double[] xs = new double[lines.size()];
        double[] ys = new double[lines.size()];
        for (int i = 0; i < lines.size(); i++) {
            String[] parts = lines.get(i).split(",");
            xs[i] = Double.parseDouble(parts[0]);
            ys[i] = Double.parseDouble(parts[1]);
        }
        return new double[][] {xs, ys};
    }

    private static String loadAverage() {
        try {
            return Files.readString(Path.of("/proc/loadavg")).split(" ")[0];
        } catch (IOException e) {
            return "?";
        }
    }

    private static double median(List<Double> values) {
        double[] sorted = values.stream().mapToDouble(Double::doubleValue).toArray();
        Arrays.sort(sorted);
        int n = sorted.length;
        return n % 2 == 1 ? sorted[n / 2] : (sorted[n / 2 - 1] + sorted[n / 2]) / 2;
    }

    private static double seconds(long start) {
        return (System.nanoTime() - start) / 1e9;
    }

    private static Map<String, String> parse(String[] args) {
        Map<String, String> map = new LinkedHashMap<>();
        for (int i = 0; i < args.length; i++) {
            if (args[i].startsWith("--") && i + 1 < args.length) {
                map.put(args[i].substring(2), args[++i]);
            }
        }
        return map;
    }
}
