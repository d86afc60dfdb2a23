package org.contour.core.data;

import java.io.BufferedInputStream;
import java.io.EOFException;
import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.DigestInputStream;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.Iterator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.zip.GZIPInputStream;
import java.util.zip.ZipException;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.contour.api.data.DataTable;
import org.contour.model.DatasetKind;
import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.OperationCanceledException;
import org.eclipse.core.runtime.SubMonitor;

/**
 * Reads a labelled dataset from a CSV file, plain or gzip-compressed, in one of the layouts
 * described by {@link CsvLayout}: images ({@code id,label,p0..pN}), texts ({@code id,text,label},
 * texts may span lines inside quotes), scikit-learn's tables ({@code n_rows,n_features,class
 * names} first, class index last) or a headered numeric table with a {@code label} column.
 * <p>
 * The file must be UTF-8. Every value is checked on the way in, because a NaN pixel or a
 * shifted row discovered later, inside PCA or training, could no longer be traced to its line:
 * any problem ends the import with a {@link DatasetImportException} that names file and line.
 * <p>
 * Headered tables are the exception where real data is concerned: their columns may hold words
 * (nominal columns, such as a colour or a country) and may have gaps. A column is numeric when
 * all its values are numbers and nominal otherwise; empty cells and the usual spellings of "no
 * value" ({@code NA}, {@code N/A}, {@code NaN}, {@code null}, {@code ?}) are missing values, kept
 * as such ({@link DataTable#missingCells()}) and listed in the provenance note. How they are filled
 * in is the vectorizer's business.
 */
public final class CsvDatasetImporter {

    private static final String PROVENANCE_FILE_NAME = "PROVENANCE.md";
    private static final int ROWS_BETWEEN_CANCEL_CHECKS = 256;
    private static final int BYTES_PER_WORK_UNIT = 1 << 16;
    private static final CSVFormat FORMAT = CSVFormat.DEFAULT.builder().setIgnoreEmptyLines(true).get();

    public CsvDatasetImporter() {
        // stateless; one instance may read many files
    }

    /** Reads {@code file}; see the class comment for the layouts understood. */
    public DataTable read(Path file) throws DatasetImportException {
        return read(file, null);
    }

    /**
     * Reads {@code file}, reporting progress by bytes read.
     *
     * @param monitor may be null; cancelling throws {@link OperationCanceledException}
     */
    public DataTable read(Path file, IProgressMonitor monitor) throws DatasetImportException {
        String name = file.getFileName() == null ? file.toString() : file.getFileName().toString();
        if (!Files.exists(file)) {
            throw new DatasetImportException(name, "the file does not exist (looked for " + file.toAbsolutePath() + ")");
        }
        if (Files.isDirectory(file)) {
            throw new DatasetImportException(name, "this is a folder, not a data file");
        }
        long size;
        try {
            size = Files.size(file);
        } catch (IOException e) {
            throw new DatasetImportException(name, "the file cannot be read: " + describe(e), e);
        }
        if (size == 0) {
            throw new DatasetImportException(name, "the file is empty, so there is nothing to import");
        }
        try (InputStream in = Files.newInputStream(file)) {
            return read(in, name, size, file.resolveSibling(PROVENANCE_FILE_NAME), monitor);
        } catch (IOException e) {
            // Only opening or closing the file ends up here; read errors are translated inside.
            throw new DatasetImportException(name, "the file cannot be read: " + describe(e), e);
        }
    }

    /**
     * Reads a dataset from a stream, for example a file inside an archive or a bundle. The stream
     * is read to its end but not closed.
     *
     * @param displayName the name used in messages and as the table's name, e.g. the file name
     */
    public DataTable read(InputStream in, String displayName) throws DatasetImportException {
        return read(in, displayName, null);
    }

    /** {@link #read(InputStream, String)} with progress and cancellation. */
    public DataTable read(InputStream in, String displayName, IProgressMonitor monitor)
            throws DatasetImportException {
        return read(in, displayName, -1, null, monitor);
    }

    private DataTable read(InputStream raw, String name, long size, Path provenanceFile, IProgressMonitor monitor)
            throws DatasetImportException {
        int totalWork = size > 0 ? (int) Math.max(1, size / BYTES_PER_WORK_UNIT) : IProgressMonitor.UNKNOWN;
        SubMonitor progress = SubMonitor.convert(monitor, "Reading " + name, totalWork);
        MessageDigest sha256 = sha256();
        ProgressInputStream counted = new ProgressInputStream(new DigestInputStream(raw, sha256), progress);
        Rows rows;
        CsvLayout layout;
        try {
            InputStream decompressed = gunzipIfCompressed(new BufferedInputStream(counted, 1 << 16), name);
            StrictUtf8Reader reader = new StrictUtf8Reader(decompressed);
            CSVParser parser = CSVParser.builder().setReader(reader).setFormat(FORMAT).get();
            RecordCursor cursor = new RecordCursor(parser, name);
            CSVRecord first = cursor.next();
            if (first == null) {
                throw new DatasetImportException(name, "the file holds no data, only empty lines");
            }
            layout = CsvLayout.detect(first.toList(), name);
            rows = readRows(cursor, layout, name, progress);
        } catch (EOFException e) {
            throw new DatasetImportException(name, "the file ends unexpectedly; it may be truncated ("
                    + describe(e) + ")", e);
        } catch (ZipException e) {
            throw new DatasetImportException(name,
                    "the file looks gzip-compressed but cannot be decompressed (" + describe(e) + ")", e);
        } catch (StrictUtf8Reader.MalformedUtf8Exception e) {
            throw notUtf8(name, e);
        } catch (IOException e) {
            throw new DatasetImportException(name, "the file cannot be read: " + describe(e), e);
        }
        DataTable table;
        if (layout.typesColumnsFromValues()) {
            TableColumnTyper typed = TableColumnTyper.type(rows.cells, layout.columnNames,
                    CsvDatasetImporter::parseNumber);
            if (typed.numericNames.isEmpty() && typed.nominalNames.isEmpty()) {
                throw new DatasetImportException(name, "every feature column (" + String.join(", ",
                        typed.droppedNames) + ") is empty in every row, so there is nothing to learn from");
            }
            table = new DataTable(name, layout.kind, rows.ids, rows.labels, typed.numericNames, typed.numeric, null,
                    0, "", typed.nominalNames, typed.nominal);
            rows.droppedColumns.addAll(typed.droppedNames);
        } else {
            table = new DataTable(name, layout.kind, rows.ids, rows.labels, layout.columnNames,
                    layout.kind == DatasetKind.TEXT ? null : rows.numeric.toArray(double[][]::new),
                    layout.kind == DatasetKind.TEXT ? rows.texts : null, layout.imageWidth, "");
        }
        String provenance = provenance(name, size > 0 ? size : counted.count, sha256, rows, layout, table,
                provenanceFile);
        return new DataTable(name, table.kind(), table.ids(), table.labels(), table.columnNames(), table.numeric(),
                table.texts(), table.imageWidth(), provenance, table.nominalColumnNames(), table.nominal());
    }

    /** What has been read so far, column by column. */
    private static final class Rows {
        final List<String> ids = new ArrayList<>();
        final List<String> labels = new ArrayList<>();
        final List<double[]> numeric = new ArrayList<>();
        final List<String> texts = new ArrayList<>();
        /** Headered tables: the trimmed cells of the feature columns, null where missing. */
        final List<String[]> cells = new ArrayList<>();
        final List<String> droppedColumns = new ArrayList<>();
        final Set<String> distinctLabels = new LinkedHashSet<>();

        int size() {
            return ids.size();
        }
    }

    private static Rows readRows(RecordCursor cursor, CsvLayout layout, String name, SubMonitor progress)
            throws DatasetImportException, IOException {
        Rows rows = new Rows();
        CSVRecord record;
        while ((record = cursor.next()) != null) {
            long line = cursor.startLine;
            if (record.size() == 1 && record.get(0).isBlank() && layout.fieldsPerRow > 1) {
                continue; // a line of only spaces, as editors leave at the end of files
            }
            if (record.size() != layout.fieldsPerRow) {
                throw new DatasetImportException(name, line,
                        "expected " + fields(layout.fieldsPerRow) + ", found " + record.size());
            }
            int rowIndex = rows.size();
            rows.ids.add(idOf(record, layout, rowIndex));
            String label = labelOf(record, layout, name, line);
            rows.labels.add(label);
            if (label != null) {
                rows.distinctLabels.add(label);
            }
            if (layout.kind == DatasetKind.TEXT) {
                // Kept exactly as written, newlines and indentation included: they are the text.
                rows.texts.add(record.get(layout.textField));
            } else if (layout.typesColumnsFromValues()) {
                rows.cells.add(cellsOf(record, layout, name, line));
            } else {
                rows.numeric.add(numbersOf(record, layout, name, line));
            }
            if (rowIndex % ROWS_BETWEEN_CANCEL_CHECKS == 0 && progress.isCanceled()) {
                throw new OperationCanceledException();
            }
        }
        if (rows.size() == 0) {
            throw new DatasetImportException(name, "the file has a first line but no data rows");
        }
        if (layout.isScikitLearnLayout() && rows.size() != layout.announcedRows) {
            throw new DatasetImportException(name, "line 1 announces " + layout.announcedRows
                    + " rows but the file holds " + rows.size() + "; it may be truncated");
        }
        return rows;
    }

    private static String fields(int count) {
        return count == 1 ? "1 field" : count + " fields";
    }

    private static String idOf(CSVRecord record, CsvLayout layout, int rowIndex) {
        String id = layout.idField >= 0 ? record.get(layout.idField).trim() : "";
        return id.isEmpty() ? Integer.toString(rowIndex) : id;
    }

    /** The row's label, or null when the file leaves it empty (an example still to be labelled). */
    private static String labelOf(CSVRecord record, CsvLayout layout, String name, long line)
            throws DatasetImportException {
        if (layout.labelField < 0) {
            return null;
        }
        String label = record.get(layout.labelField).trim();
        if (label.isEmpty()) {
            return null;
        }
        if (!layout.isScikitLearnLayout()) {
            return label;
        }
        List<String> classes = layout.classNamesByIndex;
        int classIndex = -1;
        try {
            double value = Double.parseDouble(label);
            classIndex = value == Math.rint(value) && value >= 0 && value < classes.size() ? (int) value : -1;
        } catch (NumberFormatException notANumber) {
            // reported below
        }
        if (classIndex < 0) {
            throw new DatasetImportException(name, line, "the class index \"" + label + "\" in the last column "
                    + "is not one of 0 to " + (classes.size() - 1) + " (line 1 names " + classes.size()
                    + " classes: " + String.join(", ", classes) + ")");
        }
        return classes.get(classIndex);
    }

    private static double[] numbersOf(CSVRecord record, CsvLayout layout, String name, long line)
            throws DatasetImportException {
        int[] fields = layout.numericFields;
        double[] values = new double[fields.length];
        for (int c = 0; c < fields.length; c++) {
            String text = record.get(fields[c]).trim();
            double value = parseNumber(text);
            if (!Double.isFinite(value)) {
                throw notANumber(text, layout, c, name, line);
            }
            values[c] = value;
        }
        return values;
    }

    /**
     * The feature cells of a table row as text, {@code null} for a missing one. Whether a column
     * is numeric is only known once all rows are read; an infinite number is refused here already,
     * where its line is known, because no column type can place it on a map.
     */
    private static String[] cellsOf(CSVRecord record, CsvLayout layout, String name, long line)
            throws DatasetImportException {
        int[] fields = layout.numericFields;
        String[] cells = new String[fields.length];
        for (int c = 0; c < fields.length; c++) {
            String text = record.get(fields[c]).trim();
            if (TableColumnTyper.isMissing(text)) {
                continue;
            }
            if (Double.isInfinite(parseNumber(text))) {
                throw new DatasetImportException(name, line, "column \"" + layout.columnNames.get(c) + "\" holds \""
                        + text + "\"; numbers must be finite (an infinite value cannot be placed on a map)");
            }
            cells[c] = text;
        }
        return cells;
    }

    private static DatasetImportException notANumber(String text, CsvLayout layout, int column, String name,
            long line) {
        String columnName = layout.columnNames.get(column);
        String what = layout.kind == DatasetKind.IMAGE ? "pixel " + columnName : "column \"" + columnName + "\"";
        if (text.isEmpty()) {
            return new DatasetImportException(name, line, what + " is empty; every value must be a number");
        }
        if (Double.isNaN(parseNumber(text)) && !isNonFiniteLiteral(text)) {
            return new DatasetImportException(name, line,
                    what + " holds \"" + abbreviate(text) + "\", which is not a number");
        }
        return new DatasetImportException(name, line,
                what + " holds \"" + text + "\"; values must be finite numbers (no NaN or infinity)");
    }

    /**
     * Parses a number, NaN when the text is none. Plain non-negative integers, which are almost
     * all of the 7.8 million MNIST pixels, skip {@link Double#parseDouble}'s general path.
     */
    private static double parseNumber(String text) {
        int length = text.length();
        if (length == 0) {
            return Double.NaN;
        }
        if (length <= 9) {
            int value = 0;
            int i = 0;
            while (i < length) {
                char digit = text.charAt(i);
                if (digit < '0' || digit > '9') {
                    break;
                }
                value = value * 10 + (digit - '0');
                i++;
            }
            if (i == length) {
                return value;
            }
        }
        // Java would also accept type suffixes such as "1d"; no spreadsheet writes them.
        char last = text.charAt(length - 1);
        if (last == 'd' || last == 'D' || last == 'f' || last == 'F') {
            return Double.NaN;
        }
        try {
            return Double.parseDouble(text);
        } catch (NumberFormatException notANumber) {
            return Double.NaN;
        }
    }

    /** Spellings of NaN and infinity that other tools write, to name them as such in the message. */
    private static boolean isNonFiniteLiteral(String text) {
        String bare = text.startsWith("+") || text.startsWith("-") ? text.substring(1) : text;
        return bare.equalsIgnoreCase("nan") || bare.equalsIgnoreCase("inf") || bare.equalsIgnoreCase("infinity");
    }

    /** Follows the parser and knows the line each record starts on. */
    private static final class RecordCursor {
        private final CSVParser parser;
        private final Iterator<CSVRecord> records;
        private final String name;
        private long endLineOfPrevious;
        long startLine;

        RecordCursor(CSVParser parser, String name) {
            this.parser = parser;
            this.records = parser.iterator();
            this.name = name;
        }

        /** The next record, or null at the end of the file. */
        CSVRecord next() throws DatasetImportException, IOException {
            CSVRecord record;
            try {
                if (!records.hasNext()) {
                    return null;
                }
                record = records.next();
            } catch (UncheckedIOException e) {
                throw translate(e.getCause());
            } catch (IllegalStateException e) {
                // commons-csv reports some malformed input this way
                throw new DatasetImportException(name, endLineOfPrevious + 1, "the CSV text is malformed near "
                        + "here (" + describe(e) + ")", e);
            }
            // The parser counts lines up to the end of the record; quoted line breaks inside it
            // are subtracted to find where it starts, which is the line a person looks for.
            long endLine = parser.getCurrentLineNumber();
            long breaksInside = 0;
            for (String value : record) {
                breaksInside += lineBreaks(value);
            }
            startLine = Math.max(1, endLine - breaksInside);
            endLineOfPrevious = endLine;
            return record;
        }

        private DatasetImportException translate(IOException cause) throws IOException {
            if (cause instanceof StrictUtf8Reader.MalformedUtf8Exception malformed) {
                return notUtf8(name, malformed);
            }
            if (cause instanceof ZipException) {
                throw cause;
            }
            String message = cause.getMessage() == null ? "" : cause.getMessage();
            long line = endLineOfPrevious + 1;
            if (message.contains("EOF reached before encapsulated token finished")) {
                return new DatasetImportException(name, line, "a quoted value starting on this line is never "
                        + "closed: a closing double quote (\") is missing", cause);
            }
            if (message.contains("invalid char between encapsulated token and delimiter")) {
                return new DatasetImportException(name, line, "a quoted value is followed by more text before "
                        + "the next comma; quotes inside a quoted value must be doubled (\"\")", cause);
            }
            throw cause;
        }
    }

    private static long lineBreaks(String value) {
        long count = 0;
        for (int i = 0; i < value.length(); i++) {
            char c = value.charAt(i);
            if (c == '\n' || (c == '\r' && (i + 1 == value.length() || value.charAt(i + 1) != '\n'))) {
                count++;
            }
        }
        return count;
    }

    private static DatasetImportException notUtf8(String name, StrictUtf8Reader.MalformedUtf8Exception e) {
        return new DatasetImportException(name, e.lineNumber, String.format(Locale.ROOT,
                "the file is not valid UTF-8 text (byte 0x%02X at byte offset %d cannot be decoded). It was "
                        + "probably saved in another encoding such as Latin-1 or Windows-1252; save it as "
                        + "UTF-8 and import it again",
                e.firstBadByte, e.byteOffset));
    }

    /**
     * Unpacks gzip, decided by the magic number rather than the ".gz" suffix so a renamed file
     * works, and turns away ZIP archives (spreadsheet workbooks are ZIP files) with advice.
     */
    private static InputStream gunzipIfCompressed(BufferedInputStream in, String name)
            throws IOException, DatasetImportException {
        in.mark(4);
        byte[] magic = in.readNBytes(4);
        in.reset();
        if (magic.length >= 2 && (magic[0] & 0xFF) == 0x1f && (magic[1] & 0xFF) == 0x8b) {
            return new GZIPInputStream(in, 1 << 16);
        }
        if (magic.length == 4 && magic[0] == 'P' && magic[1] == 'K' && magic[2] == 3 && magic[3] == 4) {
            throw new DatasetImportException(name, "the file is a ZIP archive (a spreadsheet workbook, perhaps), "
                    + "not CSV text; export it as CSV (UTF-8) or unpack it first");
        }
        return in;
    }

    private static String provenance(String name, long bytes, MessageDigest sha256, Rows rows, CsvLayout layout,
            DataTable table, Path provenanceFile) {
        StringBuilder text = new StringBuilder();
        text.append(String.format(Locale.ROOT, "%s: %,d bytes, SHA-256 %s; %,d rows, %s", name, bytes,
                HexFormat.of().formatHex(sha256.digest()), rows.size(), layout.describe()));
        long labelled = rows.labels.stream().filter(label -> label != null).count();
        text.append(String.format(Locale.ROOT, ", %,d labelled in %d classes.", labelled, rows.distinctLabels.size()));
        List<String> notes = new ArrayList<>(DatasetSummary.columnNotes(table));
        if (!rows.droppedColumns.isEmpty()) {
            notes.add("Ignored, because empty in every row: " + String.join(", ", rows.droppedColumns) + ".");
        }
        if (!notes.isEmpty()) {
            text.append("\n").append(String.join("\n", notes));
        }
        if (provenanceFile != null && Files.isRegularFile(provenanceFile)) {
            try {
                text.append("\n\n").append(Files.readString(provenanceFile).strip());
            } catch (IOException | UncheckedIOException e) {
                text.append("\n\n(").append(PROVENANCE_FILE_NAME).append(" exists but cannot be read: ")
                        .append(describe(e)).append(')');
            }
        }
        return text.toString();
    }

    private static MessageDigest sha256() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java runtime provides SHA-256", e);
        }
    }

    private static String describe(Exception e) {
        String message = e.getMessage();
        return message == null || message.isBlank() ? e.getClass().getSimpleName() : message;
    }

    private static String abbreviate(String text) {
        return text.length() <= 40 ? text : text.substring(0, 37) + "...";
    }

    /** Counts the bytes read from the file, for progress and for streams of unknown size. */
    private static final class ProgressInputStream extends FilterInputStream {
        private final SubMonitor progress;
        long count;
        private long reported;

        ProgressInputStream(InputStream in, SubMonitor progress) {
            super(in);
            this.progress = progress;
        }

        @Override
        public int read() throws IOException {
            int b = super.read();
            if (b >= 0) {
                advance(1);
            }
            return b;
        }

        @Override
        public int read(byte[] buffer, int offset, int length) throws IOException {
            int read = in.read(buffer, offset, length);
            if (read > 0) {
                advance(read);
            }
            return read;
        }

        private void advance(int bytes) {
            count += bytes;
            long units = count / BYTES_PER_WORK_UNIT;
            if (units > reported) {
                progress.worked((int) (units - reported));
                reported = units;
            }
        }
    }
}
