package org.contour.core.tests;

import static org.junit.jupiter.api.Assertions.assertAll;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.zip.GZIPOutputStream;

import org.contour.core.data.CsvDatasetImporter;
import org.contour.api.data.DataTable;
import org.contour.core.data.DatasetImportException;
import org.contour.model.DatasetKind;
import org.contour.samples.SampleDatasets;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Importing the real datasets, each layout, and every kind of broken file a user may pick: the
 * messages are what the user reads, so they are asserted word for word where it matters.
 */
public class ImportTest {

    /** Where the development datasets live; used when the samples bundle is not reachable. */
    static final Path SHARED_DATASETS = Path.of("/work/shared/datasets");

    /**
     * A sample file through the samples bundle (the OSGi way) or, when these tests run as plain
     * Java outside OSGi, from the shared datasets folder. Skips the test when neither has it.
     */
    static Path sampleFile(String entry) {
        try {
            Path inBundle = SampleDatasets.file(entry);
            if (Files.isRegularFile(inBundle)) {
                return inBundle;
            }
        } catch (IOException | RuntimeException | LinkageError outsideOsgi) {
            // FileLocator or the bundle's class loader is unavailable: fall back below
        }
        return sharedFile(entry.substring(entry.indexOf('/') + 1));
    }

    /** A file of the shared datasets folder; skips the test on machines without it. */
    static Path sharedFile(String relative) {
        Path file = SHARED_DATASETS.resolve(relative);
        assumeTrue(Files.isRegularFile(file), "dataset not available here: " + file);
        return file;
    }

    static DataTable importFile(Path file) throws DatasetImportException {
        return new CsvDatasetImporter().read(file);
    }

    private static Map<String, Integer> classCounts(DataTable table) {
        Map<String, Integer> counts = new TreeMap<>();
        for (String label : table.labels()) {
            counts.merge(label, 1, Integer::sum);
        }
        return counts;
    }

    // ---- the real datasets ----

    @Test
    public void digitsAreTenBalancedClassesOf8x8Images() throws Exception {
        DataTable digits = importFile(sampleFile(SampleDatasets.DIGITS));

        assertEquals(DatasetKind.IMAGE, digits.kind());
        assertEquals(1797, digits.rowCount());
        assertEquals(8, digits.imageWidth());
        assertEquals(64, digits.columnNames().size());
        assertEquals("p0", digits.columnNames().get(0));
        assertEquals("0000", digits.ids().get(0));
        Map<String, Integer> counts = classCounts(digits);
        assertEquals(10, counts.size(), counts::toString);
        counts.forEach((label, count) -> assertTrue(count >= 174 && count <= 183, label + ": " + count));
        for (double[] row : digits.numeric()) {
            for (double pixel : row) {
                assertTrue(pixel >= 0 && pixel <= 16, "pixel " + pixel);
            }
        }
        // first image of the file: 0,0,5,13,9,1,0,0,...
        assertArrayEquals(new double[] {0, 0, 5, 13, 9, 1, 0, 0}, java.util.Arrays.copyOf(digits.numeric()[0], 8));
        assertNull(digits.texts());
    }

    @Test
    public void provenanceNamesFileSizeRowsAndTheDatasetsOwnNote() throws Exception {
        Path file = sampleFile(SampleDatasets.DIGITS);
        DataTable digits = importFile(file);

        String provenance = digits.provenance();
        assertTrue(provenance.startsWith("digits_8x8.csv: "), provenance);
        assertTrue(provenance.contains(String.format(java.util.Locale.ROOT, "%,d bytes", Files.size(file))),
                provenance);
        assertTrue(provenance.contains("1,797 rows"), provenance);
        assertTrue(provenance.contains("SHA-256 "), provenance);
        // the PROVENANCE.md beside the file
        assertTrue(provenance.contains("UCI"), provenance);
        assertTrue(provenance.contains("BSD-3"), provenance);
    }

    @Test
    public void fortunesHaveTwelveTopicsWithTheDocumentedCounts() throws Exception {
        DataTable fortunes = importFile(sampleFile(SampleDatasets.FORTUNES));

        assertEquals(DatasetKind.TEXT, fortunes.kind());
        assertEquals(4679, fortunes.rowCount());
        assertTrue(fortunes.hasText());
        assertFalse(fortunes.hasNumeric());
        // counts from fortunes/PROVENANCE.md
        Map<String, Integer> expected = new TreeMap<>(Map.ofEntries(Map.entry("computers", 1051),
                Map.entry("politics", 703), Map.entry("work", 630), Map.entry("science", 625), Map.entry("art", 465),
                Map.entry("startrek", 227), Map.entry("law", 206), Map.entry("education", 203),
                Map.entry("food", 198), Map.entry("love", 150), Map.entry("sports", 147),
                Map.entry("medicine", 74)));
        assertEquals(expected, classCounts(fortunes));
    }

    @Test
    public void multiLineFortuneIsKeptWholeWithItsNewlinesAndIndentation() throws Exception {
        DataTable fortunes = importFile(sampleFile(SampleDatasets.FORTUNES));

        int row = fortunes.ids().indexOf("art-0001");
        assertEquals(1, row);
        assertEquals("A \"critic\" is a man who creates nothing and thereby feels qualified to\n"
                + "judge the work of creative men. There is logic in this; he is unbiased\n"
                + "-- he hates all creative people equally.\n"
                + "\t\t-- Robert Heinlein", fortunes.texts().get(row));
        assertEquals("art", fortunes.labels().get(row));
        // the row after it starts where it should
        assertEquals("A celebrity is a person who is known for his well-knownness.", fortunes.texts().get(2));
        long multiLine = fortunes.texts().stream().filter(text -> text.contains("\n")).count();
        assertTrue(multiLine > 4679 / 2, "most fortunes span several lines, found " + multiLine);
    }

    @Test
    public void gzipCompressedMnistIsRead() throws Exception {
        DataTable mnist = importFile(sharedFile("mnist_10k/mnist_10k.csv.gz"));

        assertEquals(DatasetKind.IMAGE, mnist.kind());
        assertEquals(10000, mnist.rowCount());
        assertEquals(28, mnist.imageWidth());
        assertEquals(784, mnist.numeric()[0].length);
        Map<String, Integer> counts = classCounts(mnist);
        assertEquals(1001, counts.get("0"));
        assertEquals(1127, counts.get("1"));
        assertEquals("mnist_10k.csv.gz", mnist.name());
    }

    @Test
    public void irisTableHasThreeNamedClassesAndNamedColumns() throws Exception {
        DataTable iris = importFile(sharedFile("tabular/iris.csv"));

        assertEquals(DatasetKind.TABLE, iris.kind());
        assertEquals(150, iris.rowCount());
        assertEquals(List.of("sepal_length_cm", "sepal_width_cm", "petal_length_cm", "petal_width_cm"),
                iris.columnNames());
        assertEquals(Map.of("setosa", 50, "versicolor", 50, "virginica", 50), classCounts(iris));
        assertArrayEquals(new double[] {5.1, 3.5, 1.4, 0.2}, iris.numeric()[0]);
    }

    @Test
    public void scikitLearnLayoutMapsClassIndexesToTheNamesOnLineOne(@TempDir Path dir) throws Exception {
        Path file = write(dir, "tiny.csv", "4,2,cat,dog,bird\n1.5,2,0\n3,4.25,2\n-1,0,1\n7,8,2\n");

        DataTable table = importFile(file);

        assertEquals(DatasetKind.TABLE, table.kind());
        assertEquals(List.of("f0", "f1"), table.columnNames());
        assertEquals(List.of("cat", "bird", "dog", "bird"), table.labels());
        assertEquals(List.of("0", "1", "2", "3"), table.ids());
        assertArrayEquals(new double[] {3, 4.25}, table.numeric()[1]);
    }

    @Test
    public void irisInScikitLearnsOwnLayoutImportsLikeTheHeaderedIris(@TempDir Path dir) throws Exception {
        DataTable headered = importFile(sharedFile("tabular/iris.csv"));
        List<String> classes = List.of("setosa", "versicolor", "virginica");
        StringBuilder text = new StringBuilder("150,4,setosa,versicolor,virginica\n");
        for (int r = 0; r < headered.rowCount(); r++) {
            double[] row = headered.numeric()[r];
            text.append(row[0]).append(',').append(row[1]).append(',').append(row[2]).append(',').append(row[3])
                    .append(',').append(classes.indexOf(headered.labels().get(r))).append('\n');
        }

        DataTable raw = importFile(write(dir, "iris.csv", text.toString()));

        assertEquals(150, raw.rowCount());
        assertEquals(headered.labels(), raw.labels());
        assertEquals(3, new java.util.HashSet<>(raw.labels()).size());
        for (int r = 0; r < 150; r++) {
            assertArrayEquals(headered.numeric()[r], raw.numeric()[r]);
        }
    }

    @Test
    public void genericHeaderedTableWithLabelColumnAndUnlabelledRows(@TempDir Path dir) throws Exception {
        Path file = write(dir, "points.csv", "x,y,Label\n0.5,1,red\n-2,3e2,\n4,5,blue\n");

        DataTable table = importFile(file);

        assertEquals(DatasetKind.TABLE, table.kind());
        assertEquals(List.of("x", "y"), table.columnNames());
        assertEquals(java.util.Arrays.asList("red", null, "blue"), table.labels());
        assertArrayEquals(new double[] {-2, 300}, table.numeric()[1]);
    }

    @Test
    public void pixelColumnsThatAreNotASquareStayATable(@TempDir Path dir) throws Exception {
        DataTable table = importFile(write(dir, "three.csv", "id,label,p0,p1,p2\na,1,0,1,2\n"));

        assertEquals(DatasetKind.TABLE, table.kind());
        assertEquals(0, table.imageWidth());
    }

    @Test
    public void streamVariantReadsGzipAndUsesTheDisplayName() throws Exception {
        byte[] csv = "id,text,label\n1,\"two\nlines\",a\n2,one line,b\n".getBytes(StandardCharsets.UTF_8);
        java.io.ByteArrayOutputStream compressed = new java.io.ByteArrayOutputStream();
        try (GZIPOutputStream gzip = new GZIPOutputStream(compressed)) {
            gzip.write(csv);
        }

        DataTable table;
        try (InputStream in = new ByteArrayInputStream(compressed.toByteArray())) {
            table = new CsvDatasetImporter().read(in, "notes.csv.gz");
        }

        assertEquals("notes.csv.gz", table.name());
        assertEquals(List.of("two\nlines", "one line"), table.texts());
        assertTrue(table.provenance().startsWith("notes.csv.gz: "), table.provenance());
    }

    @Test
    public void byteOrderMarkAndWindowsLineEndingsAreAccepted(@TempDir Path dir) throws Exception {
        Path file = dir.resolve("excel.csv");
        Files.write(file, "\uFEFFid,x,label\r\n1,2,a\r\n2,3,b\r\n".getBytes(StandardCharsets.UTF_8));

        DataTable table = importFile(file);

        assertEquals(List.of("x"), table.columnNames());
        assertEquals(List.of("1", "2"), table.ids());
    }

    // ---- broken files: clear sentences naming file and line ----

    @Test
    public void missingFile(@TempDir Path dir) {
        String message = failure(dir.resolve("nothing.csv"));

        assertTrue(message.startsWith("nothing.csv: the file does not exist"), message);
    }

    @Test
    public void emptyFile(@TempDir Path dir) throws IOException {
        String message = failure(write(dir, "empty.csv", ""));

        assertEquals("empty.csv: the file is empty, so there is nothing to import.", message);
    }

    @Test
    public void fileOfBlankLinesIsEmptyToo(@TempDir Path dir) throws IOException {
        String message = failure(write(dir, "blank.csv", "\n\n\n"));

        assertTrue(message.startsWith("blank.csv: the file holds no data"), message);
    }

    @Test
    public void headerWithoutRows(@TempDir Path dir) throws IOException {
        String message = failure(write(dir, "header.csv", "id,text,label\n"));

        assertEquals("header.csv: the file has a first line but no data rows.", message);
    }

    @Test
    public void raggedRowNamesLineAndFieldCounts(@TempDir Path dir) throws IOException {
        List<String> lines = digitsLikeLines(20);
        lines.set(16, "0015,5,0,0,1,2,3,4,5,6,7,8"); // line 17 of the file: 12 fields
        String message = failure(write(dir, "digits.csv", String.join("\n", lines) + "\n"));

        assertEquals("digits.csv line 17: expected 66 fields, found 12.", message);
    }

    @Test
    public void raggedRowAfterMultiLineTextNamesThePhysicalLine(@TempDir Path dir) throws IOException {
        String text = "id,text,label\n1,\"first\nsecond\nthird\",a\n2,fine,b\n3,too,many,fields\n";
        String message = failure(write(dir, "notes.csv", text));

        assertEquals("notes.csv line 6: expected 3 fields, found 4.", message);
    }

    @Test
    public void nonNumericPixel(@TempDir Path dir) throws IOException {
        List<String> lines = digitsLikeLines(5);
        lines.set(3, lines.get(3).replaceFirst("^(\\d+,\\d+,\\d+,\\d+,)\\d+", "$1x7"));
        String message = failure(write(dir, "digits.csv", String.join("\n", lines)));

        assertEquals("digits.csv line 4: pixel p2 holds \"x7\", which is not a number.", message);
    }

    @Test
    public void nanPixel(@TempDir Path dir) throws IOException {
        List<String> lines = digitsLikeLines(5);
        lines.set(2, lines.get(2).replaceFirst(",\\d+$", ",NaN"));
        String message = failure(write(dir, "digits.csv", String.join("\n", lines)));

        assertEquals("digits.csv line 3: pixel p63 holds \"NaN\"; values must be finite numbers "
                + "(no NaN or infinity).", message);
    }

    @Test
    public void infiniteTableValue(@TempDir Path dir) throws IOException {
        String message = failure(write(dir, "table.csv", "a,b,label\n1,2,x\n3,-Infinity,y\n"));

        assertTrue(message.startsWith("table.csv line 3: column \"b\" holds \"-Infinity\""), message);
        assertTrue(message.contains("finite"), message);
    }

    @Test
    public void emptyPixelIsStillAnError(@TempDir Path dir) throws IOException {
        List<String> lines = digitsLikeLines(3);
        lines.set(2, lines.get(2).replaceFirst(",\\d+$", ","));
        String message = failure(write(dir, "digits.csv", String.join("\n", lines)));

        assertEquals("digits.csv line 3: pixel p63 is empty; every value must be a number.", message);
    }

    @Test
    public void emptyTableCellIsAMissingValueNotAnError(@TempDir Path dir) throws Exception {
        // was an error in Contour 0.1; real tables have gaps, which are now kept and reported
        DataTable table = importFile(write(dir, "table.csv", "a,b,label\n1,,x\n2,5,y\n"));

        assertEquals(List.of("a", "b"), table.columnNames());
        assertTrue(Double.isNaN(table.numeric()[0][1]));
        assertEquals(5, table.numeric()[1][1]);
        assertEquals(Map.of("b", 1), table.missingCells());
        assertTrue(table.provenance().contains("Missing values: 1 cell in 1 column (b 1)."), table.provenance());
    }

    @Test
    public void usualSpellingsOfNoValueAreMissingInTables(@TempDir Path dir) throws Exception {
        DataTable table = importFile(write(dir, "gaps.csv",
                "x,y,z,label\n1,NA,a,p\nN/A,2,?,q\nnan,null,,p\n4,None,#N/A,q\n5,6,b,p\n"));

        assertEquals(List.of("x", "y"), table.columnNames());
        assertEquals(List.of("z"), table.nominalColumnNames());
        assertEquals(Map.of("x", 2, "y", 3, "z", 3), table.missingCells());
        assertTrue(Double.isNaN(table.numeric()[1][0]));
        assertEquals(2, table.numeric()[1][1]);
        assertNull(table.nominal()[2][0]);
        assertEquals("b", table.nominal()[4][0]);
    }

    @Test
    public void aColumnEmptyInEveryRowIsIgnoredAndSaidSo(@TempDir Path dir) throws Exception {
        DataTable table = importFile(write(dir, "t.csv", "a,notes,label\n1,,x\n2,NA,y\n"));

        assertEquals(List.of("a"), table.columnNames());
        assertFalse(table.hasNominal());
        assertTrue(table.provenance().contains("Ignored, because empty in every row: notes."), table.provenance());
    }

    @Test
    public void aTableWhoseFeatureColumnsAreAllEmptyIsRefused(@TempDir Path dir) throws IOException {
        String message = failure(write(dir, "t.csv", "a,b,label\n,,x\nNA,,y\n"));

        assertEquals("t.csv: every feature column (a, b) is empty in every row, so there is nothing to learn "
                + "from.", message);
    }

    @Test
    public void latin1BytesAreRefusedWithTheirLine(@TempDir Path dir) throws IOException {
        Path file = dir.resolve("menu.csv");
        Files.write(file, "id,text,label\n1,soup,food\n2,caf\u00e9 au lait,food\n"
                .getBytes(StandardCharsets.ISO_8859_1));

        String message = failure(file);

        assertTrue(message.startsWith("menu.csv line 3: the file is not valid UTF-8 text (byte 0xE9"), message);
        assertTrue(message.contains("save it as UTF-8"), message);
    }

    @Test
    public void latin1FarIntoALargeFileStillNamesTheExactLine(@TempDir Path dir) throws IOException {
        StringBuilder text = new StringBuilder("id,text,label\n");
        for (int i = 0; i < 5000; i++) {
            text.append(i).append(",\"some text\nover two lines\",a\n");
        }
        byte[] good = text.toString().getBytes(StandardCharsets.UTF_8);
        byte[] bad = "5000,na\u00efve,b\n".getBytes(StandardCharsets.ISO_8859_1);
        byte[] all = java.util.Arrays.copyOf(good, good.length + bad.length);
        System.arraycopy(bad, 0, all, good.length, bad.length);
        Path file = dir.resolve("big.csv");
        Files.write(file, all);

        String message = failure(file);

        assertTrue(message.startsWith("big.csv line 10002: the file is not valid UTF-8"), message);
    }

    @Test
    public void headerlessNumbersHaveNoRecognisableLayout(@TempDir Path dir) throws IOException {
        String message = failure(write(dir, "numbers.csv", "1,2,3\n4,5,6\n"));

        assertTrue(message.startsWith("numbers.csv line 1: the first line holds numbers, not column names"),
                message);
        assertTrue(message.contains("no recognisable layout"), message);
    }

    @Test
    public void jsonLinesAreRecognisedAsNotCsv(@TempDir Path dir) throws IOException {
        String message = failure(write(dir, "fortunes.jsonl", "{\"id\": \"a\", \"text\": \"x\", \"label\": \"y\"}\n"));

        assertTrue(message.startsWith("fortunes.jsonl line 1: the file looks like JSON, not CSV"), message);
    }

    @Test
    public void wordsInATableColumnMakeItNominal(@TempDir Path dir) throws Exception {
        // was an error in Contour 0.1; a column of words is a nominal (categorical) column now
        DataTable table = importFile(write(dir, "people.csv", "name,age,colour,label\nAda,36,red,x\n"
                + "Bob,41,blue,y\nCy,29,red,x\n"));

        assertEquals(List.of("age"), table.columnNames());
        assertEquals(List.of("name", "colour"), table.nominalColumnNames());
        assertEquals("Ada", table.nominal()[0][0]);
        assertEquals("red", table.nominal()[2][1]);
        assertTrue(table.nominal()[0][1] == table.nominal()[2][1], "one String per category");
        assertTrue(table.provenance().contains("Nominal columns: name (3 categories), colour (2 categories)."),
                table.provenance());
    }

    @Test
    public void aNumericColumnWithAStrayWordIsNominalAndFlagged(@TempDir Path dir) throws Exception {
        StringBuilder text = new StringBuilder("id,age,label\n");
        for (int i = 0; i < 20; i++) {
            text.append(i).append(',').append(i == 7 ? "unknown" : Integer.toString(20 + i)).append(",x\n");
        }
        DataTable table = importFile(write(dir, "ages.csv", text.toString()));

        assertEquals(List.of("age"), table.nominalColumnNames());
        assertTrue(table.provenance().contains("Check: age is read as nominal although 19 of its 20 values are "
                + "numbers (the first that is not: \"unknown\" in row 7)."), table.provenance());
    }

    @Test
    public void nonNumericValueInScikitLearnsLayoutIsStillAnError(@TempDir Path dir) throws IOException {
        String message = failure(write(dir, "iris.csv", "2,2,a,b\n1,x,0\n3,4,1\n"));

        assertEquals("iris.csv line 2: column \"f1\" holds \"x\", which is not a number.", message);
    }

    @Test
    public void unclosedQuoteNamesTheLineItStartsOn(@TempDir Path dir) throws IOException {
        String message = failure(write(dir, "notes.csv", "id,text,label\n1,fine,a\n2,\"never closed,b\n3,x,c\n"));

        assertTrue(message.startsWith("notes.csv line 3: a quoted value starting on this line is never closed"),
                message);
    }

    @Test
    public void scikitLearnRowCountMismatchIsReported(@TempDir Path dir) throws IOException {
        String message = failure(write(dir, "iris.csv", "3,2,a,b\n1,2,0\n3,4,1\n"));

        assertEquals("iris.csv: line 1 announces 3 rows but the file holds 2; it may be truncated.", message);
    }

    @Test
    public void scikitLearnClassIndexOutOfRange(@TempDir Path dir) throws IOException {
        String message = failure(write(dir, "iris.csv", "2,2,a,b\n1,2,0\n3,4,2\n"));

        assertTrue(message.startsWith("iris.csv line 3: the class index \"2\""), message);
        assertTrue(message.contains("0 to 1"), message);
    }

    @Test
    public void corruptGzip(@TempDir Path dir) throws IOException {
        Path file = dir.resolve("broken.csv.gz");
        Files.write(file, new byte[] {0x1f, (byte) 0x8b, 8, 0, 1, 2, 3, 4, 5, 6, 7, 8, 9, 10});

        String message = failure(file);

        assertTrue(message.startsWith("broken.csv.gz: "), message);
        assertTrue(message.contains("gzip") || message.contains("truncated"), message);
    }

    @Test
    public void messagesNeverCarryStackTraces(@TempDir Path dir) throws IOException {
        List<String> messages = new ArrayList<>();
        messages.add(failure(dir.resolve("missing.csv")));
        messages.add(failure(write(dir, "a.csv", "x,label\n1,a\n2\n")));
        messages.add(failure(write(dir, "b.csv", "id,text,label\n1,\"open,a\n")));
        Files.write(dir.resolve("c.csv"), new byte[] {'a', ',', 'b', '\n', (byte) 0xff, ',', '1', '\n'});
        messages.add(failure(dir.resolve("c.csv")));
        assertAll(messages.stream().map(message -> () -> {
            assertFalse(message.contains("Exception"), message);
            assertFalse(message.contains("\tat "), message);
            assertTrue(message.endsWith("."), message);
        }));
    }

    @Test
    public void exceptionKnowsFileAndLine(@TempDir Path dir) throws IOException {
        Path file = write(dir, "t.csv", "x,label\n1,a\n1,2,3\n");

        DatasetImportException e = assertThrows(DatasetImportException.class, () -> importFile(file));

        assertEquals("t.csv", e.fileName());
        assertEquals(3, e.lineNumber());
    }

    // ---- helpers ----

    private static String failure(Path file) {
        return assertThrows(DatasetImportException.class, () -> importFile(file)).getMessage();
    }

    private static Path write(Path dir, String name, String content) throws IOException {
        return Files.writeString(dir.resolve(name), content, StandardCharsets.UTF_8);
    }

    /** A header like the digits file's and {@code rows} rows of 64 pixels; line i+1 is element i. */
    private static List<String> digitsLikeLines(int rows) {
        List<String> lines = new ArrayList<>();
        StringBuilder header = new StringBuilder("id,label");
        for (int p = 0; p < 64; p++) {
            header.append(",p").append(p);
        }
        lines.add(header.toString());
        for (int r = 0; r < rows; r++) {
            StringBuilder row = new StringBuilder(String.format(java.util.Locale.ROOT, "%04d,%d", r, r % 10));
            for (int p = 0; p < 64; p++) {
                row.append(',').append((r + p) % 17);
            }
            lines.add(row.toString());
        }
        return lines;
    }
}
