package com.example.contour.charngrams;

import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.contour.api.Options;
import org.contour.api.Vectorizer;
import org.contour.api.data.DataTable;
import org.contour.api.data.FeatureMatrix;
import org.eclipse.core.runtime.CoreException;
import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.OperationCanceledException;
import org.eclipse.core.runtime.Status;
import org.eclipse.core.runtime.SubMonitor;

/**
 * Character n-grams of each text, hashed into a fixed number of buckets ("the hashing trick"),
 * weighted by sublinear term frequency (1 + log count) and scaled to unit length.
 * <p>
 * Written against the Contour SDK only ({@code org.contour.api}): the options arrive completed
 * with the defaults declared in plugin.xml, and the workbench has already refused values out of
 * the declared range. Buckets no n-gram fell into are dropped, so the matrix has at most
 * {@code dimensions} columns; each column is named after its most frequent n-gram (with the
 * number of others that share its bucket), so a model taught on these features stays readable.
 */
public final class CharNgramVectorizer implements Vectorizer {

    static final String N = "n";
    static final String DIMENSIONS = "dimensions";
    static final String LOWERCASE = "lowercase";

    @Override
    public boolean accepts(DataTable table) {
        return table.hasText();
    }

    @Override
    public FeatureMatrix vectorize(DataTable table, Options options, IProgressMonitor monitor) throws CoreException {
        if (!table.hasText()) {
            throw new CoreException(Status.error(table.name() + " has no text column to cut into n-grams."));
        }
        int n = options.getInt(N, 3);
        int dimensions = options.getInt(DIMENSIONS, 4096);
        boolean lowercase = options.getBoolean(LOWERCASE, true);
        if (n < 1 || dimensions < 1) {
            throw new CoreException(Status.error("N-gram length and hashing dimensions must be positive, not "
                    + n + " and " + dimensions + "."));
        }
        List<String> texts = table.texts();
        int rows = texts.size();
        SubMonitor progress = SubMonitor.convert(monitor, "Character " + n + "-grams of " + table.name(), rows + 1);

        // per row: its buckets in ascending order and their counts
        int[][] rowBuckets = new int[rows][];
        int[][] rowCounts = new int[rows][];
        // how often each distinct n-gram occurs, and where it landed, to name the buckets afterwards
        Map<String, int[]> grams = new HashMap<>();
        int[] counts = new int[dimensions];
        int[] touched = new int[16];
        for (int r = 0; r < rows; r++) {
            if (r % 256 == 0 && progress.isCanceled()) {
                throw new OperationCanceledException();
            }
            String text = normalise(texts.get(r), lowercase);
            int[] codePoints = text.codePoints().toArray();
            int used = 0;
            for (int start = 0; start + n <= codePoints.length; start++) {
                String gram = new String(codePoints, start, n);
                int bucket = Math.floorMod(hash(gram), dimensions);
                grams.computeIfAbsent(gram, g -> new int[] {bucket, 0})[1]++;
                if (counts[bucket]++ == 0) {
                    if (used == touched.length) {
                        touched = Arrays.copyOf(touched, used * 2);
                    }
                    touched[used++] = bucket;
                }
            }
            int[] buckets = Arrays.copyOf(touched, used);
            Arrays.sort(buckets);
            int[] c = new int[used];
            for (int k = 0; k < used; k++) {
                c[k] = counts[buckets[k]];
                counts[buckets[k]] = 0;
            }
            rowBuckets[r] = buckets;
            rowCounts[r] = c;
            progress.worked(1);
        }

        // keep only buckets something fell into; the map from bucket to column keeps their order
        String[] bestGram = new String[dimensions];
        int[] bestCount = new int[dimensions];
        int[] sharing = new int[dimensions];
        for (Map.Entry<String, int[]> e : grams.entrySet()) {
            int bucket = e.getValue()[0];
            int count = e.getValue()[1];
            sharing[bucket]++;
            if (count > bestCount[bucket] || (count == bestCount[bucket] && e.getKey().compareTo(bestGram[bucket]) < 0)) {
                bestGram[bucket] = e.getKey();
                bestCount[bucket] = count;
            }
        }
        int[] column = new int[dimensions];
        int columns = 0;
        for (int b = 0; b < dimensions; b++) {
            column[b] = bestGram[b] == null ? -1 : columns++;
        }
        String[] names = new String[columns];
        for (int b = 0; b < dimensions; b++) {
            if (column[b] >= 0) {
                String shown = "\u2039" + bestGram[b].replace(' ', '\u2423') + "\u203A";
                names[column[b]] = sharing[b] > 1 ? shown + " +" + (sharing[b] - 1) : shown;
            }
        }

        int[] rowStart = new int[rows + 1];
        for (int r = 0; r < rows; r++) {
            rowStart[r + 1] = rowStart[r] + rowBuckets[r].length;
        }
        int[] cols = new int[rowStart[rows]];
        double[] values = new double[rowStart[rows]];
        for (int r = 0; r < rows; r++) {
            double norm = 0;
            for (int k = 0; k < rowBuckets[r].length; k++) {
                double w = 1 + Math.log(rowCounts[r][k]);
                values[rowStart[r] + k] = w;
                norm += w * w;
            }
            double scale = norm == 0 ? 0 : 1 / Math.sqrt(norm);
            for (int k = 0; k < rowBuckets[r].length; k++) {
                cols[rowStart[r] + k] = column[rowBuckets[r][k]];
                values[rowStart[r] + k] *= scale;
            }
        }
        progress.worked(1);
        return FeatureMatrix.sparse(names, rowStart, cols, values).withProvenance(String.format(Locale.ROOT,
                "Character %d-grams%s, hashed into %,d buckets (%,d used by %,d distinct n-grams), "
                        + "1 + log(count), unit length (plug-in com.example.contour.charngrams)",
                n, lowercase ? " of the lower-cased text" : "", dimensions, columns, grams.size()));
    }

    /** White space runs become one space, and the text is padded so first and last letters start and end n-grams. */
    static String normalise(String text, boolean lowercase) {
        String t = text == null ? "" : text.strip().replaceAll("\\s+", " ");
        if (lowercase) {
            t = t.toLowerCase(Locale.ROOT);
        }
        return t.isEmpty() ? t : " " + t + " ";
    }

    /** FNV-1a over the UTF-16 units: stable across JVMs and releases, unlike String.hashCode's contract. */
    static int hash(String gram) {
        int h = 0x811C9DC5;
        for (int i = 0; i < gram.length(); i++) {
            h ^= gram.charAt(i);
            h *= 0x01000193;
        }
        return h;
    }
}
