package org.contour.core.vectorize;

import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.contour.api.data.FeatureMatrix;
import org.contour.api.Options;
import org.contour.api.Vectorizer;
import org.contour.api.data.DataTable;
import org.eclipse.core.runtime.CoreException;
import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.OperationCanceledException;
import org.eclipse.core.runtime.SubMonitor;
import org.tribuo.Feature;
import org.tribuo.data.text.TextPipeline;
import org.tribuo.data.text.impl.FeatureHasher;
import org.tribuo.data.text.impl.TokenPipeline;
import org.tribuo.transform.TransformStatistics;
import org.tribuo.transform.Transformation;
import org.tribuo.transform.Transformer;
import org.tribuo.transform.transformations.IDFTransformation;
import org.tribuo.util.tokens.impl.SplitPatternTokenizer;

/**
 * TF-IDF vectors of word unigrams and bigrams, hashed into a fixed number of columns and scaled
 * to unit length, as a sparse matrix.
 * <p>
 * Tribuo does the text work: its {@link TokenPipeline} counts the n-grams, its
 * {@link FeatureHasher} assigns each n-gram a column, and {@link IDFTransformation} weights a
 * count by how rare the term is, {@code log(N/df) * (1 + log tf)}. Hashing bounds the width
 * whatever the vocabulary, so PCA and training stay affordable on a large corpus.
 * <p>
 * Each column is named after the most widespread n-gram that hashed into it, so an expert who
 * looks at a model's weights reads "computer" rather than "hash 1749".
 */
public final class TextTfidfVectorizer implements Vectorizer {

    public static final int DEFAULT_DIMENSION = 1 << 12;

    // Words are runs of letters and digits; an apostrophe inside a word ("don't") belongs to it,
    // one at a word's edge is a quotation mark and separates.
    private static final String SEPARATORS = "(?:[^\\p{L}\\p{N}']|(?<![\\p{L}\\p{N}])'|'(?![\\p{L}\\p{N}]))+";
    private static final int LONGEST_NGRAM = 2;
    private static final String FEATURE_TAG = "text";
    private static final int ROWS_BETWEEN_CANCEL_CHECKS = 128;

    private final int dimension;

    public TextTfidfVectorizer() {
        this(DEFAULT_DIMENSION);
    }

    /** @param dimension number of hashed columns; a few thousand suit corpora of thousands of texts */
    public TextTfidfVectorizer(int dimension) {
        if (dimension < 1) {
            throw new IllegalArgumentException("the hashed dimension must be positive, was " + dimension);
        }
        this.dimension = dimension;
    }

    public int dimension() {
        return dimension;
    }

    @Override
    public boolean accepts(DataTable table) {
        return table.hasText();
    }

    @Override
    public FeatureMatrix vectorize(DataTable table, Options options, IProgressMonitor monitor) throws CoreException {
        if (!accepts(table)) {
            throw VectorizerErrors.error(table.name() + " has no text column to vectorize");
        }
        List<String> texts = table.texts();
        int rows = texts.size();
        SubMonitor progress = SubMonitor.convert(monitor, "Computing TF-IDF of " + table.name(),
                rows / ROWS_BETWEEN_CANCEL_CHECKS + 2);

        TermCounts counts = countTerms(texts, progress);
        Transformer[] tfidf = idfPerColumn(counts.documentFrequency, rows);
        progress.worked(1);

        int[] rowStart = new int[rows + 1];
        int stored = 0;
        for (int r = 0; r < rows; r++) {
            stored += counts.columns[r].length;
        }
        int[] columns = new int[stored];
        double[] values = new double[stored];
        int next = 0;
        for (int r = 0; r < rows; r++) {
            rowStart[r] = next;
            int[] rowColumns = counts.columns[r];
            double[] rowCounts = counts.counts[r];
            int first = next;
            double squaredLength = 0;
            for (int k = 0; k < rowColumns.length; k++) {
                double weight = tfidf[rowColumns[k]].transform(rowCounts[k]);
                // A term in every text has idf 0: it tells texts apart no better than nothing.
                if (weight > 0) {
                    columns[next] = rowColumns[k];
                    values[next] = weight;
                    squaredLength += weight * weight;
                    next++;
                }
            }
            if (squaredLength > 0) {
                double inverseLength = 1 / Math.sqrt(squaredLength);
                for (int k = first; k < next; k++) {
                    values[k] *= inverseLength;
                }
            }
        }
        rowStart[rows] = next;
        progress.worked(1);
        return FeatureMatrix.sparse(counts.columnNames(dimension), rowStart, Arrays.copyOf(columns, next),
                Arrays.copyOf(values, next));
    }

    /** Per text the hashed columns it touches (ascending) and the term counts in them. */
    private static final class TermCounts {
        final int[][] columns;
        final double[][] counts;
        final int[] documentFrequency;
        /** Per distinct n-gram: its column and in how many texts it occurs. */
        final Map<String, NgramStats> ngrams = new HashMap<>();

        TermCounts(int rows, int dimension) {
            columns = new int[rows][];
            counts = new double[rows][];
            documentFrequency = new int[dimension];
        }

        String[] columnNames(int dimension) {
            String[] best = new String[dimension];
            int[] bestFrequency = new int[dimension];
            int[] ngramsInColumn = new int[dimension];
            for (Map.Entry<String, NgramStats> entry : ngrams.entrySet()) {
                NgramStats stats = entry.getValue();
                int column = stats.column;
                ngramsInColumn[column]++;
                String ngram = readableNgram(entry.getKey());
                // Ties go to the alphabetically first n-gram, so names do not depend on map order.
                if (best[column] == null || stats.documents > bestFrequency[column]
                        || (stats.documents == bestFrequency[column] && ngram.compareTo(best[column]) < 0)) {
                    best[column] = ngram;
                    bestFrequency[column] = stats.documents;
                }
            }
            String[] names = new String[dimension];
            for (int c = 0; c < dimension; c++) {
                if (best[c] == null) {
                    names[c] = "(unused column " + c + ")";
                } else if (ngramsInColumn[c] == 1) {
                    names[c] = best[c];
                } else {
                    names[c] = best[c] + " (+" + (ngramsInColumn[c] - 1) + " more)";
                }
            }
            return names;
        }
    }

    private static final class NgramStats {
        final int column;
        int documents;

        NgramStats(int column) {
            this.column = column;
        }
    }

    private TermCounts countTerms(List<String> texts, SubMonitor progress) {
        // Counting without hashing first, then hashing each distinct n-gram once, keeps the
        // n-gram names for the column names and hashes far fewer strings.
        TextPipeline pipeline = new TokenPipeline(new SplitPatternTokenizer(SEPARATORS), LONGEST_NGRAM, true);
        FeatureHasher hasher = new FeatureHasher(dimension, true);
        TermCounts result = new TermCounts(texts.size(), dimension);
        double[] countInColumn = new double[dimension];
        int[] touched = new int[dimension];
        for (int r = 0; r < texts.size(); r++) {
            String text = texts.get(r);
            int touchedCount = 0;
            if (text != null && !text.isBlank()) {
                for (Feature ngram : pipeline.process(FEATURE_TAG, text.toLowerCase(Locale.ROOT))) {
                    NgramStats stats = result.ngrams.computeIfAbsent(ngram.getName(),
                            name -> new NgramStats(hashedColumn(hasher, name)));
                    stats.documents++;
                    int column = stats.column;
                    if (countInColumn[column] == 0) {
                        touched[touchedCount++] = column;
                    }
                    countInColumn[column] += ngram.getValue();
                }
            }
            int[] rowColumns = Arrays.copyOf(touched, touchedCount);
            Arrays.sort(rowColumns);
            double[] rowCounts = new double[touchedCount];
            for (int k = 0; k < touchedCount; k++) {
                int column = rowColumns[k];
                rowCounts[k] = countInColumn[column];
                countInColumn[column] = 0;
                result.documentFrequency[column]++;
            }
            result.columns[r] = rowColumns;
            result.counts[r] = rowCounts;
            if (r % ROWS_BETWEEN_CANCEL_CHECKS == ROWS_BETWEEN_CANCEL_CHECKS - 1) {
                if (progress.isCanceled()) {
                    throw new OperationCanceledException();
                }
                progress.worked(1);
            }
        }
        return result;
    }

    private static int hashedColumn(FeatureHasher hasher, String ngramName) {
        List<Feature> hashed = hasher.map(FEATURE_TAG, List.of(new Feature(ngramName, 1)));
        String name = hashed.get(0).getName(); // "<tag>-hash=<column>"
        return Integer.parseInt(name.substring(name.lastIndexOf('=') + 1));
    }

    /** Tribuo's IDF transformer per column, fitted on the document frequencies. */
    private static Transformer[] idfPerColumn(int[] documentFrequency, int documents) {
        Transformation idf = new IDFTransformation();
        Transformer[] transformers = new Transformer[documentFrequency.length];
        for (int c = 0; c < documentFrequency.length; c++) {
            int frequency = documentFrequency[c];
            if (frequency == 0) {
                continue; // never looked up: no text has a count in this column
            }
            TransformStatistics statistics = idf.createStats();
            for (int d = 0; d < frequency; d++) {
                statistics.observeValue(1);
            }
            statistics.observeSparse(documents - frequency);
            transformers[c] = statistics.generateTransformer();
        }
        return transformers;
    }

    /** "text-2-N=the/cat" becomes "the cat". */
    private static String readableNgram(String featureName) {
        String ngram = featureName.substring(featureName.indexOf('=') + 1);
        return ngram.replace('/', ' ');
    }

    @Override
    public String toString() {
        return "TF-IDF of word 1-2-grams hashed to " + dimension + " columns";
    }
}
