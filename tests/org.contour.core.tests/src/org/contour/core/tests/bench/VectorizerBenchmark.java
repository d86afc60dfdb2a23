package org.contour.core.tests.bench;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;

import org.contour.api.Options;
import org.contour.api.Vectorizer;
import org.contour.api.data.DataTable;
import org.contour.core.data.CsvDatasetImporter;
import org.contour.core.vectorize.ImagePixelsVectorizer;
import org.contour.core.vectorize.TableColumnsVectorizer;
import org.contour.core.vectorize.TextTfidfVectorizer;
import org.contour.core.vectorize.VocabularyTfidfVectorizer;

/**
 * Times reading and vectorizing the real datasets: the vocabulary TF-IDF against the hashed one
 * (Contour 0.1's, the baseline), pixels as they are and scaled, and the table vectorizer. Run as
 * a plain Java program (the shared datasets folder is the first argument, default
 * /work/shared/datasets); prints the first (cold) run and the median of the others.
 */
public final class VectorizerBenchmark {

    private static final int RUNS = 11;

    public static void main(String[] args) throws Exception {
        Path shared = Path.of(args.length > 0 ? args[0] : "/work/shared/datasets");
        CsvDatasetImporter importer = new CsvDatasetImporter();
        Path fortunesFile = shared.resolve("fortunes/fortunes_12topics.csv");
        Path smsFile = shared.resolve("sms_spam/sms_spam_stemmed.csv");
        Path mnistFile = shared.resolve("mnist_10k/mnist_10k.csv.gz");
        Path cancerFile = shared.resolve("tabular/breast_cancer.csv");
        for (Path file : new Path[] {fortunesFile, smsFile, mnistFile, cancerFile}) {
            if (!Files.isRegularFile(file)) {
                System.out.println("missing " + file + ": nothing measured");
                return;
            }
        }
        System.out.printf(Locale.ROOT, "%d runs each: first (cold) and median of the rest, in ms%n", RUNS);
        DataTable fortunes = importer.read(fortunesFile);
        DataTable sms = importer.read(smsFile);
        DataTable mnist = importer.read(mnistFile);
        DataTable cancer = importer.read(cancerFile);
        time("read MNIST 10k (csv.gz, 7.8 M pixels)", () -> importer.read(mnistFile));
        time("read fortunes (4,679 texts)", () -> importer.read(fortunesFile));

        for (DataTable texts : new DataTable[] {fortunes, sms}) {
            double hashed = time(texts.name() + ": TF-IDF hashed, 4,096 columns (baseline)",
                    () -> vectorize(new TextTfidfVectorizer(), texts, Options.NONE));
            double words = time(texts.name() + ": TF-IDF vocabulary, words",
                    () -> vectorize(new VocabularyTfidfVectorizer(), texts, Options.NONE));
            double pairs = time(texts.name() + ": TF-IDF vocabulary, words and pairs",
                    () -> vectorize(new VocabularyTfidfVectorizer(), texts, Options.of(Map.of("ngrams", "1-2"))));
            System.out.printf(Locale.ROOT, "  ratio to the hashed baseline: words %.2f, words and pairs %.2f%n",
                    words / hashed, pairs / hashed);
        }
        double raw = time("MNIST pixels as they are", () -> vectorize(new ImagePixelsVectorizer(), mnist, Options.NONE));
        double half = time("MNIST pixels scaled to 14x14",
                () -> vectorize(new ImagePixelsVectorizer(), mnist, Options.of(Map.of("size", "14"))));
        System.out.printf(Locale.ROOT, "  ratio scaled / as they are: %.2f%n", half / raw);
        time("breast_cancer table columns", () -> vectorize(new TableColumnsVectorizer(), cancer, Options.NONE));
    }

    private static Object vectorize(Vectorizer vectorizer, DataTable table, Options options) throws Exception {
        return vectorizer.vectorize(table, options, null);
    }

    /** Prints and returns the median in ms. */
    private static double time(String what, Callable<Object> work) throws Exception {
        double[] ms = new double[RUNS];
        Object keep = null;
        for (int run = 0; run < RUNS; run++) {
            long start = System.nanoTime();
            keep = work.call();
            ms[run] = (System.nanoTime() - start) / 1e6;
        }
        double[] warm = Arrays.copyOfRange(ms, 1, RUNS);
        Arrays.sort(warm);
        double median = warm[warm.length / 2];
        System.out.printf(Locale.ROOT, "%-58s first %8.1f   median %8.1f%s%n", what, ms[0], median,
                keep == null ? " (no result)" : "");
        return median;
    }
}
