package org.contour.core.vectorize;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.contour.api.Options;
import org.eclipse.core.runtime.CoreException;
import org.eclipse.core.runtime.OperationCanceledException;
import org.eclipse.core.runtime.SubMonitor;
import org.tribuo.Feature;
import org.tribuo.data.text.TextProcessor;
import org.tribuo.data.text.impl.NgramProcessor;
import org.tribuo.util.tokens.impl.SplitPatternTokenizer;
import org.tribuo.util.tokens.Tokenizer;

/**
 * Counts the word n-grams of every text with Tribuo's text pipeline: its
 * {@link SplitPatternTokenizer} splits the words and one {@link NgramProcessor} per n makes the
 * n-grams. The result is a dictionary of all distinct n-grams (term ids in order of first
 * appearance) and, per text, its term ids (ascending) with their counts. Shared by the TF-IDF
 * vectorizers, which differ in how terms become columns.
 */
final class TextTerms {

    /** Option ids shared by the text vectorizers (see plugin.xml). */
    static final String NGRAMS = "ngrams";
    static final String LOWERCASE = "lowercase";
    static final String SUBLINEAR_TF = "sublinearTf";
    static final String L2_NORM = "l2Norm";

    // Words are runs of letters and digits; an apostrophe inside a word ("don't") belongs to it,
    // one at a word's edge is a quotation mark and separates.
    private static final String SEPARATORS = "(?:[^\\p{L}\\p{N}']|(?<![\\p{L}\\p{N}])'|'(?![\\p{L}\\p{N}]))+";
    private static final String FEATURE_TAG = "text";
    private static final int ROWS_BETWEEN_CANCEL_CHECKS = 128;

    final int minN;
    final int maxN;
    final boolean lowercase;
    /** Distinct n-grams, as Tribuo names them ("text-2-N=the/cat"), by term id. */
    final List<String> termNames = new ArrayList<>();
    /** Per text: its term ids, ascending, and the count of each. */
    int[][] termsPerText;
    double[][] countsPerText;
    /** Per term id: in how many texts it occurs, and how often in all. */
    int[] documentFrequency;
    double[] totalCount;

    private TextTerms(int minN, int maxN, boolean lowercase) {
        this.minN = minN;
        this.maxN = maxN;
        this.lowercase = lowercase;
    }

    /** Reads the n-gram range option, "1-2" and the like. */
    static int[] ngramRange(Options options, String fallback) throws CoreException {
        String text = options.get(NGRAMS, fallback);
        String[] parts = text.split("-");
        try {
            int low = Integer.parseInt(parts[0].strip());
            int high = parts.length > 1 ? Integer.parseInt(parts[1].strip()) : low;
            if (parts.length <= 2 && low >= 1 && high >= low && high <= 5) {
                return new int[] {low, high};
            }
        } catch (NumberFormatException e) {
            // reported below
        }
        throw VectorizerErrors.error("the n-gram range must look like 1-2 (from 1 to 5 words), not '" + text + "'");
    }

    static TextTerms count(List<String> texts, int minN, int maxN, boolean lowercase, SubMonitor progress) {
        TextTerms terms = new TextTerms(minN, maxN, lowercase);
        Tokenizer tokenizer = new SplitPatternTokenizer(SEPARATORS);
        List<TextProcessor> processors = new ArrayList<>();
        for (int n = minN; n <= maxN; n++) {
            processors.add(new NgramProcessor(tokenizer, n, 1.0));
        }
        int rows = texts.size();
        terms.termsPerText = new int[rows][];
        terms.countsPerText = new double[rows][];
        Map<String, Integer> ids = new HashMap<>();
        int[] df = new int[1024];
        double[] total = new double[1024];
        double[] countOfTerm = new double[1024];
        int[] touched = new int[256];
        for (int r = 0; r < rows; r++) {
            String text = texts.get(r);
            int touchedCount = 0;
            if (text != null && !text.isBlank()) {
                String prepared = lowercase ? text.toLowerCase(Locale.ROOT) : text;
                for (TextProcessor processor : processors) {
                    List<Feature> ngrams;
                    try {
                        ngrams = processor.process(FEATURE_TAG, prepared);
                    } catch (org.tribuo.data.text.TextProcessingException e) {
                        continue; // Tribuo's own pipeline skips such a processor, too
                    }
                    for (Feature ngram : ngrams) {
                        Integer known = ids.get(ngram.getName());
                        int id;
                        if (known == null) {
                            id = terms.termNames.size();
                            ids.put(ngram.getName(), id);
                            terms.termNames.add(ngram.getName());
                            if (id == df.length) {
                                df = Arrays.copyOf(df, 2 * id);
                                total = Arrays.copyOf(total, 2 * id);
                                countOfTerm = Arrays.copyOf(countOfTerm, 2 * id);
                            }
                        } else {
                            id = known;
                        }
                        if (countOfTerm[id] == 0) {
                            if (touchedCount == touched.length) {
                                touched = Arrays.copyOf(touched, 2 * touchedCount);
                            }
                            touched[touchedCount++] = id;
                        }
                        countOfTerm[id] += ngram.getValue();
                    }
                }
            }
            int[] rowTerms = Arrays.copyOf(touched, touchedCount);
            Arrays.sort(rowTerms);
            double[] rowCounts = new double[touchedCount];
            for (int k = 0; k < touchedCount; k++) {
                int id = rowTerms[k];
                rowCounts[k] = countOfTerm[id];
                total[id] += countOfTerm[id];
                df[id]++;
                countOfTerm[id] = 0;
            }
            terms.termsPerText[r] = rowTerms;
            terms.countsPerText[r] = rowCounts;
            if (r % ROWS_BETWEEN_CANCEL_CHECKS == ROWS_BETWEEN_CANCEL_CHECKS - 1) {
                if (progress.isCanceled()) {
                    throw new OperationCanceledException();
                }
                progress.worked(1);
            }
        }
        terms.documentFrequency = Arrays.copyOf(df, terms.termNames.size());
        terms.totalCount = Arrays.copyOf(total, terms.termNames.size());
        return terms;
    }

    /** Work units {@link #count} reports for {@code rows} texts. */
    static int workFor(int rows) {
        return rows / ROWS_BETWEEN_CANCEL_CHECKS + 1;
    }

    int texts() {
        return termsPerText.length;
    }

    /** "text-2-N=the/cat" becomes "the cat". */
    static String readable(String featureName) {
        String ngram = featureName.substring(featureName.indexOf('=') + 1);
        return ngram.replace('/', ' ');
    }

    String describeRange() {
        return minN == maxN ? (minN == 1 ? "words" : "word " + minN + "-grams") : "word " + minN + "-" + maxN + "-grams";
    }

    /** Scales one row to unit length in place (rows of only zeros stay zero). */
    static void normalise(double[] values, int from, int to) {
        double squaredLength = 0;
        for (int k = from; k < to; k++) {
            squaredLength += values[k] * values[k];
        }
        if (squaredLength > 0) {
            double inverse = 1 / Math.sqrt(squaredLength);
            for (int k = from; k < to; k++) {
                values[k] *= inverse;
            }
        }
    }
}
