package org.contour.core.vectorize;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;

import org.contour.api.Options;
import org.contour.api.Vectorizer;
import org.contour.api.data.DataTable;
import org.contour.api.data.FeatureMatrix;
import org.eclipse.core.runtime.CoreException;
import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.SubMonitor;
import org.tribuo.Feature;
import org.tribuo.data.text.impl.FeatureHasher;

/**
 * TF-IDF of word n-grams hashed into a fixed number of columns, as a sparse matrix: the variant
 * for corpora whose vocabulary would be too large to keep ({@link VocabularyTfidfVectorizer}
 * keeps one).
 * <p>
 * Tribuo does the text work: its tokenizer and n-gram processors count the n-grams
 * ({@link TextTerms}), its {@link FeatureHasher} assigns each n-gram a column, and its IDF
 * transformation weights a count by how rare the column's terms are ({@link TfidfWeights}).
 * Hashing bounds the width whatever the vocabulary, so PCA and training stay affordable on a
 * large corpus, at the price of unrelated n-grams sharing a column now and then.
 * <p>
 * Each column is named after the most widespread n-gram that hashed into it, so an expert who
 * looks at a model's weights reads "computer (+2 more)" rather than "hash 1749".
 * <p>
 * Options (plugin.xml): {@code dimensions}, {@code ngrams} ("1-2"), {@code lowercase},
 * {@code sublinearTf}, {@code l2Norm}. The defaults are those of Contour 0.1, whose projects
 * name this vectorizer.
 */
public final class TextTfidfVectorizer implements Vectorizer {

    public static final int DEFAULT_DIMENSION = 1 << 12;
    static final String DIMENSIONS = "dimensions";
    private static final String FEATURE_TAG = "text";

    private final int dimension;

    public TextTfidfVectorizer() {
        this(DEFAULT_DIMENSION);
    }

    /**
     * @param dimension number of hashed columns when the options set none; a few thousand suit
     *                  corpora of thousands of texts
     */
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
        int width = options.getInt(DIMENSIONS, dimension);
        if (width < 1 || width > (1 << 22)) {
            throw VectorizerErrors.error("the number of hashed columns must be between 1 and 4,194,304, not " + width);
        }
        int[] range = TextTerms.ngramRange(options, "1-2");
        boolean lowercase = options.getBoolean(TextTerms.LOWERCASE, true);
        boolean sublinear = options.getBoolean(TextTerms.SUBLINEAR_TF, true);
        boolean l2 = options.getBoolean(TextTerms.L2_NORM, true);
        List<String> texts = table.texts();
        int rows = texts.size();
        SubMonitor progress = SubMonitor.convert(monitor, "Computing TF-IDF of " + table.name(),
                TextTerms.workFor(rows) + 2);
        TextTerms terms = TextTerms.count(texts, range[0], range[1], lowercase, progress);

        // hashing each distinct n-gram once, rather than every occurrence
        FeatureHasher hasher = new FeatureHasher(width, true);
        int[] columnOfTerm = new int[terms.termNames.size()];
        for (int t = 0; t < columnOfTerm.length; t++) {
            columnOfTerm[t] = hashedColumn(hasher, terms.termNames.get(t));
        }
        // per text: counts summed per column; columns ascend
        int[][] rowColumns = new int[rows][];
        double[][] rowCounts = new double[rows][];
        int[] documentFrequency = new int[width];
        double[] countInColumn = new double[width];
        int[] touched = new int[width];
        for (int r = 0; r < rows; r++) {
            int touchedCount = 0;
            int[] rowTerms = terms.termsPerText[r];
            for (int k = 0; k < rowTerms.length; k++) {
                int c = columnOfTerm[rowTerms[k]];
                if (countInColumn[c] == 0) {
                    touched[touchedCount++] = c;
                }
                countInColumn[c] += terms.countsPerText[r][k];
            }
            int[] cs = Arrays.copyOf(touched, touchedCount);
            Arrays.sort(cs);
            double[] counts = new double[touchedCount];
            for (int k = 0; k < touchedCount; k++) {
                counts[k] = countInColumn[cs[k]];
                countInColumn[cs[k]] = 0;
                documentFrequency[cs[k]]++;
            }
            rowColumns[r] = cs;
            rowCounts[r] = counts;
        }
        TfidfWeights[] weights = new TfidfWeights[width];
        for (int c = 0; c < width; c++) {
            if (documentFrequency[c] > 0) {
                weights[c] = TfidfWeights.fit(documentFrequency[c], rows);
            }
        }
        progress.worked(1);

        int stored = 0;
        for (int r = 0; r < rows; r++) {
            stored += rowColumns[r].length;
        }
        int[] rowStart = new int[rows + 1];
        int[] columns = new int[stored];
        double[] values = new double[stored];
        int next = 0;
        for (int r = 0; r < rows; r++) {
            rowStart[r] = next;
            int first = next;
            for (int k = 0; k < rowColumns[r].length; k++) {
                int c = rowColumns[r][k];
                double weight = weights[c].weight(rowCounts[r][k], sublinear);
                // A term in every text has idf 0: it tells texts apart no better than nothing.
                if (weight > 0) {
                    columns[next] = c;
                    values[next] = weight;
                    next++;
                }
            }
            if (l2) {
                TextTerms.normalise(values, first, next);
            }
        }
        rowStart[rows] = next;
        progress.worked(1);
        String provenance = String.format(Locale.ROOT, "TF-IDF of %s (Tribuo tokenizer, n-grams, feature hashing and "
                + "IDF): %,d distinct n-grams hashed into %,d columns, %s tf%s%s.", terms.describeRange(),
                terms.termNames.size(), width, sublinear ? "sublinear" : "raw", lowercase ? ", lower-cased" : "",
                l2 ? ", rows L2-normalised" : "");
        return FeatureMatrix.sparse(columnNames(terms, columnOfTerm, width), rowStart, Arrays.copyOf(columns, next),
                Arrays.copyOf(values, next)).withProvenance(provenance);
    }

    /** Each column after its most widespread n-gram; ties go to the alphabetically first. */
    private static String[] columnNames(TextTerms terms, int[] columnOfTerm, int width) {
        String[] best = new String[width];
        int[] bestFrequency = new int[width];
        int[] termsInColumn = new int[width];
        for (int t = 0; t < columnOfTerm.length; t++) {
            int column = columnOfTerm[t];
            termsInColumn[column]++;
            String ngram = TextTerms.readable(terms.termNames.get(t));
            int frequency = terms.documentFrequency[t];
            if (best[column] == null || frequency > bestFrequency[column]
                    || (frequency == bestFrequency[column] && ngram.compareTo(best[column]) < 0)) {
                best[column] = ngram;
                bestFrequency[column] = frequency;
            }
        }
        String[] names = new String[width];
        for (int c = 0; c < width; c++) {
            if (best[c] == null) {
                names[c] = "(unused column " + c + ")";
            } else if (termsInColumn[c] == 1) {
                names[c] = best[c];
            } else {
                names[c] = best[c] + " (+" + (termsInColumn[c] - 1) + " more)";
            }
        }
        return names;
    }

    private static int hashedColumn(FeatureHasher hasher, String ngramName) {
        List<Feature> hashed = hasher.map(FEATURE_TAG, List.of(new Feature(ngramName, 1)));
        String name = hashed.get(0).getName(); // "<tag>-hash=<column>"
        return Integer.parseInt(name.substring(name.lastIndexOf('=') + 1));
    }

    @Override
    public String toString() {
        return "TF-IDF of word n-grams hashed to " + dimension + " columns";
    }
}
