package org.contour.core.tests;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;

import org.contour.api.data.FeatureMatrix;
import org.contour.api.Options;
import org.contour.api.data.DataTable;
import org.contour.core.vectorize.NumericColumnsVectorizer;
import org.contour.core.vectorize.TextTfidfVectorizer;
import org.contour.model.DatasetKind;
import org.contour.samples.SampleDatasets;
import org.eclipse.core.runtime.CoreException;
import org.eclipse.core.runtime.NullProgressMonitor;
import org.eclipse.core.runtime.OperationCanceledException;
import org.junit.jupiter.api.Test;

/** The two built-in vectorizers on the real datasets and on small hand-made tables. */
public class VectorizeTest {

    private static final double TOLERANCE = 1e-9;

    @Test
    public void digitPixelsAreKeptRaw() throws Exception {
        DataTable digits = ImportTest.importFile(ImportTest.sampleFile(SampleDatasets.DIGITS));
        NumericColumnsVectorizer vectorizer = new NumericColumnsVectorizer();

        assertTrue(vectorizer.accepts(digits));
        FeatureMatrix matrix = vectorizer.vectorize(digits, Options.NONE, new NullProgressMonitor());

        assertFalse(matrix.isSparse());
        assertEquals(1797, matrix.rows());
        assertEquals(64, matrix.columns());
        assertEquals("p63", matrix.featureNames()[63]);
        for (int r = 0; r < matrix.rows(); r++) {
            assertArrayEquals(digits.numeric()[r], matrix.row(r));
        }
    }

    @Test
    public void tableColumnsAreStandardized() throws Exception {
        DataTable wine = ImportTest.importFile(ImportTest.sharedFile("tabular/wine.csv"));

        FeatureMatrix matrix = new NumericColumnsVectorizer().vectorize(wine, Options.NONE, null);

        assertEquals(178, matrix.rows());
        assertEquals(13, matrix.columns());
        assertEquals("alcohol", matrix.featureNames()[0]);
        for (int c = 0; c < matrix.columns(); c++) {
            double sum = 0;
            double sumOfSquares = 0;
            for (int r = 0; r < matrix.rows(); r++) {
                double value = matrix.row(r)[c];
                sum += value;
                sumOfSquares += value * value;
            }
            assertEquals(0, sum / matrix.rows(), TOLERANCE, "mean of column " + c);
            assertEquals(1, sumOfSquares / matrix.rows(), TOLERANCE, "variance of column " + c);
        }
    }

    @Test
    public void constantTableColumnBecomesZerosNotNaN() throws Exception {
        DataTable table = table(new double[][] {{1, 5}, {2, 5}, {3, 5}});

        FeatureMatrix matrix = new NumericColumnsVectorizer().vectorize(table, Options.NONE, null);

        double scale = Math.sqrt(2.0 / 3);
        assertArrayEquals(new double[] {-1 / scale, 0}, matrix.row(0), TOLERANCE);
        assertArrayEquals(new double[] {0, 0}, matrix.row(1), TOLERANCE);
        assertArrayEquals(new double[] {1 / scale, 0}, matrix.row(2), TOLERANCE);
    }

    @Test
    public void nonFiniteValueIsAClearError() {
        DataTable table = table(new double[][] {{1, 2}, {Double.NaN, 3}});

        CoreException e = assertThrows(CoreException.class,
                () -> new NumericColumnsVectorizer().vectorize(table, Options.NONE, null));

        assertTrue(e.getMessage().contains("row 1, column a is NaN"), e.getMessage());
    }

    @Test
    public void fortunesTfidfRowsHaveUnitLength() throws Exception {
        DataTable fortunes = ImportTest.importFile(ImportTest.sampleFile(SampleDatasets.FORTUNES));
        TextTfidfVectorizer vectorizer = new TextTfidfVectorizer();
        assertTrue(vectorizer.accepts(fortunes));

        long start = System.nanoTime();
        FeatureMatrix matrix = vectorizer.vectorize(fortunes, Options.NONE, new NullProgressMonitor());
        double seconds = (System.nanoTime() - start) / 1e9;

        System.out.printf("fortunes TF-IDF: %d rows x %d columns, %d stored entries, %.2f s%n", matrix.rows(),
                matrix.columns(), matrix.storedEntries(), seconds);
        assertTrue(matrix.isSparse());
        assertEquals(4679, matrix.rows());
        assertEquals(TextTfidfVectorizer.DEFAULT_DIMENSION, matrix.columns());
        assertEquals(4096, matrix.columns());
        for (int r = 0; r < matrix.rows(); r++) {
            double[] squaredLength = {0};
            int[] previousColumn = {-1};
            matrix.forEachNonZero(r, (column, value) -> {
                assertTrue(column > previousColumn[0], "columns ascend within a row");
                assertTrue(value > 0 && Double.isFinite(value));
                previousColumn[0] = column;
                squaredLength[0] += value * value;
            });
            assertEquals(1, squaredLength[0], 1e-9, "L2 norm of row " + r);
        }
        // generous bound for a loaded build machine; it takes about a second
        assertTrue(seconds < 15, "vectorizing took " + seconds + " s");
    }

    @Test
    public void hashedColumnsAreNamedAfterTheirMostCommonNgram() throws Exception {
        DataTable table = texts("The cat sat.", "The cat ran!", "A dog barked", "dogs bark");

        FeatureMatrix matrix = new TextTfidfVectorizer(1 << 16).vectorize(table, Options.NONE, null);

        List<String> names = Arrays.asList(matrix.featureNames());
        // lower-cased words and word pairs; with 65,536 columns these few n-grams do not collide
        assertTrue(names.contains("cat"), names.stream().filter(n -> !n.startsWith("(unused")).toList()::toString);
        assertTrue(names.contains("the cat"));
        assertTrue(names.contains("dog barked"));
        assertFalse(names.stream().anyMatch(name -> name.contains("text-") || name.contains("The")));
    }

    @Test
    public void vectorizingIsDeterministic() throws Exception {
        DataTable table = texts("alpha beta gamma", "beta gamma delta", "gamma delta alpha alpha");

        FeatureMatrix first = new TextTfidfVectorizer(512).vectorize(table, Options.NONE, null);
        FeatureMatrix second = new TextTfidfVectorizer(512).vectorize(table, Options.NONE, null);

        assertEquals(512, first.columns());
        for (int r = 0; r < table.rowCount(); r++) {
            assertArrayEquals(first.row(r), second.row(r));
        }
        assertArrayEquals(first.featureNames(), second.featureNames());
    }

    @Test
    public void termInEveryTextCarriesNoWeight() throws Exception {
        DataTable table = texts("common rare", "common other");

        FeatureMatrix matrix = new TextTfidfVectorizer(1 << 16).vectorize(table, Options.NONE, null);

        List<String> names = Arrays.asList(matrix.featureNames());
        assertEquals(0, matrix.row(0)[names.indexOf("common")]);
        assertTrue(matrix.row(0)[names.indexOf("rare")] > 0);
        assertTrue(matrix.row(0)[names.indexOf("common rare")] > 0);
    }

    @Test
    public void emptyTextIsAZeroRowNotNaN() throws Exception {
        DataTable table = texts("some words", "", "   ");

        FeatureMatrix matrix = new TextTfidfVectorizer().vectorize(table, Options.NONE, null);

        for (int r = 1; r < 3; r++) {
            List<Double> entries = new ArrayList<>();
            matrix.forEachNonZero(r, (column, value) -> entries.add(value));
            assertTrue(entries.isEmpty(), "row " + r + ": " + entries);
        }
    }

    @Test
    public void eachVectorizerAcceptsOnlyItsKindOfTable() throws Exception {
        DataTable numbers = table(new double[][] {{1, 2}, {3, 4}});
        DataTable words = texts("a b", "c d");

        assertFalse(new TextTfidfVectorizer().accepts(numbers));
        assertFalse(new NumericColumnsVectorizer().accepts(words));
        CoreException e = assertThrows(CoreException.class, () -> new TextTfidfVectorizer().vectorize(numbers, Options.NONE, null));
        assertTrue(e.getMessage().contains("no text column"), e.getMessage());
        assertThrows(CoreException.class, () -> new NumericColumnsVectorizer().vectorize(words, Options.NONE, null));
    }

    @Test
    public void cancellingStopsVectorizing() throws Exception {
        List<String> many = Collections.nCopies(2000, "the same words again");
        DataTable table = texts(many.toArray(String[]::new));
        NullProgressMonitor cancelled = new NullProgressMonitor();
        cancelled.setCanceled(true);

        assertThrows(OperationCanceledException.class, () -> new TextTfidfVectorizer().vectorize(table, Options.NONE, cancelled));
        DataTable numbers = table(new double[5000][3]);
        assertThrows(OperationCanceledException.class,
                () -> new NumericColumnsVectorizer().vectorize(numbers, Options.NONE, cancelled));
    }

    @Test
    public void badDimensionIsRefused() {
        assertThrows(IllegalArgumentException.class, () -> new TextTfidfVectorizer(0));
    }

    // ---- helpers ----

    private static DataTable table(double[][] rows) {
        List<String> ids = new ArrayList<>();
        for (int r = 0; r < rows.length; r++) {
            ids.add(Integer.toString(r));
        }
        List<String> columns = new ArrayList<>();
        for (int c = 0; c < (rows.length == 0 ? 0 : rows[0].length); c++) {
            columns.add(Character.toString('a' + c));
        }
        return new DataTable("test table", DatasetKind.TABLE, ids, Collections.nCopies(rows.length, null), columns,
                rows, null, 0, "made in a test");
    }

    private static DataTable texts(String... texts) {
        List<String> ids = new ArrayList<>();
        for (int r = 0; r < texts.length; r++) {
            ids.add(Integer.toString(r));
        }
        return new DataTable("test texts", DatasetKind.TEXT, ids, Collections.nCopies(texts.length, null), List.of(),
                null, List.of(texts), 0, "made in a test");
    }
}
