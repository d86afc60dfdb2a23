package org.contour.core.tests;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.BitSet;
import java.util.List;

import org.contour.core.data.RowOrder;
import org.contour.core.select.TextSearch;
import org.contour.core.session.ProjectSession;
import org.contour.core.session.SubsetEdits;
import org.contour.model.Subset;
import org.contour.samples.SampleDatasets;
import org.eclipse.core.runtime.NullProgressMonitor;
import org.eclipse.core.runtime.OperationCanceledException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Regex search over texts, exact duplicates, and the row orders of the examples view. */
class SearchAndDuplicatesTest {

    @Test
    void includeAndExcludePatternsFilterTheFortunes() throws Exception {
        ProjectSession s = ProjectSession.importDataset(SampleDatasets.file(SampleDatasets.FORTUNES),
                new NullProgressMonitor());
        List<String> texts = s.table().texts();
        BitSet love = TextSearch.of("love", "").matches(texts, new NullProgressMonitor());
        BitSet loveNotMarriage = TextSearch.of("love", "marri").matches(texts, new NullProgressMonitor());
        int expectLove = 0;
        int expectBoth = 0;
        for (String t : texts) {
            String lower = t.toLowerCase();
            if (lower.contains("love")) {
                expectLove++;
                if (!lower.contains("marri")) {
                    expectBoth++;
                }
            }
        }
        assertEquals(expectLove, love.cardinality());
        assertEquals(expectBoth, loveNotMarriage.cardinality());
        assertTrue(expectBoth < expectLove && expectBoth > 10, expectBoth + " of " + expectLove);
        BitSet notLove = TextSearch.of("", "love").matches(texts, new NullProgressMonitor());
        assertEquals(texts.size() - expectLove, notLove.cardinality(), "an empty include accepts all");
        assertTrue(TextSearch.of("", "").isEmpty(), "both empty: no search");
        assertFalse(TextSearch.of("(?-i)Love", "").matches("love me"), "case-sensitive on request");
    }

    @Test
    void anInvalidPatternSaysWhichAndWhere() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> TextSearch.of("ok", "(unclosed"));
        assertTrue(e.getMessage().contains("exclude pattern '(unclosed'"), e.getMessage());
        IllegalArgumentException f = assertThrows(IllegalArgumentException.class, () -> TextSearch.of("a[", ""));
        assertTrue(f.getMessage().contains("include pattern"), f.getMessage());
    }

    @Test
    void aSearchCanBeCancelled() {
        List<String> many = java.util.Collections.nCopies(100_000, "some short text");
        NullProgressMonitor cancelled = new NullProgressMonitor();
        cancelled.setCanceled(true);
        assertThrows(OperationCanceledException.class, () -> TextSearch.of("text", "").matches(many, cancelled));
    }

    @Test
    void exactDuplicatesAreExcludedInOneStepKeepingTheFirstCopy(@TempDir Path dir) throws Exception {
        Path csv = dir.resolve("dups.csv");
        Files.writeString(csv, """
                id,text,label
                a,the cat sat,x
                b,the dog ran,y
                c,the cat sat,y
                d,THE CAT SAT,x
                e,the dog ran,x
                f,the cat sat,x
                """, StandardCharsets.UTF_8);
        ProjectSession s = ProjectSession.importDataset(csv, new NullProgressMonitor());
        SubsetEdits subsets = new SubsetEdits(s);
        int[] dups = subsets.findDuplicates(new NullProgressMonitor());
        assertArrayEquals(new int[] {2, 4, 5}, dups, "identical text only; case differs in d");
        assertEquals(3, subsets.excludeDuplicates(dups));
        assertEquals(Subset.EXCLUDED, SubsetEdits.subsetOf(s.project(), 5));
        assertEquals(Subset.RAW, SubsetEdits.subsetOf(s.project(), 0));
        assertEquals(0, subsets.findDuplicates(new NullProgressMonitor()).length, "nothing left to find");
        assertEquals(6, s.table().rowCount(), "the data file's rows are all still there");
        s.commandStack().undo();
        assertEquals(Subset.RAW, SubsetEdits.subsetOf(s.project(), 5));
    }

    @Test
    void identicalPixelRowsAreDuplicates() throws Exception {
        ProjectSession s = ProjectSession.importDataset(SampleDatasets.file(SampleDatasets.DIGITS),
                new NullProgressMonitor());
        int[] dups = new SubsetEdits(s).findDuplicates(new NullProgressMonitor());
        // brute force over the pixel rows
        double[][] px = s.table().numeric();
        int expected = 0;
        for (int r = 0; r < px.length; r++) {
            for (int q = 0; q < r; q++) {
                if (Arrays.equals(px[q], px[r])) {
                    expected++;
                    break;
                }
            }
        }
        assertEquals(expected, dups.length);
    }

    @Test
    void rowOrderSortsStablyAndFilters() {
        int[] keys = {5, 3, 5, 1, 3, 9, 1};
        int[] rows = RowOrder.filter(keys.length, null);
        RowOrder.sort(rows, (a, b) -> Integer.compare(keys[a], keys[b]));
        assertArrayEquals(new int[] {3, 6, 1, 4, 0, 2, 5}, rows, "stable: equal keys keep row order");
        assertArrayEquals(new int[] {0, 2, 5}, RowOrder.filter(keys.length, r -> keys[r] >= 5));
        int[] big = RowOrder.filter(200_000, null);
        int[] values = new java.util.Random(1).ints(200_000, 0, 1000).toArray();
        RowOrder.sort(big, (a, b) -> Integer.compare(values[a], values[b]));
        for (int i = 1; i < big.length; i++) {
            assertTrue(values[big[i - 1]] < values[big[i]] || (values[big[i - 1]] == values[big[i]] && big[i - 1] < big[i]));
        }
        int[] byKey = RowOrder.filter(keys.length, null);
        int[] small = {2, 1, 2, 0, 1, 3, 0};
        RowOrder.sortByKey(byKey, small, 4);
        assertArrayEquals(new int[] {3, 6, 1, 4, 0, 2, 5}, byKey, "counting sort, stable");
        int[] pos = RowOrder.positions(new int[] {4, 2}, 5);
        assertArrayEquals(new int[] {-1, -1, 1, -1, 0}, pos);
    }
}
