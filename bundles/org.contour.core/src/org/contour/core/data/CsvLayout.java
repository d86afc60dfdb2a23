package org.contour.core.data;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.contour.model.DatasetKind;

/**
 * Which of the CSV layouts Contour reads a file has, decided from its first line alone, and
 * where each part of a row sits in that layout:
 * <ul>
 * <li>images: a header {@code id,label,p0..pN} with N+1 a square number;</li>
 * <li>texts: a header with a {@code text} column (and usually {@code id}, {@code label});</li>
 * <li>scikit-learn's own table files: a first line {@code n_rows,n_features,class names...},
 * then rows of n_features numbers followed by the class index;</li>
 * <li>any other header: a table of numeric and nominal columns, optionally {@code id} and a
 * {@code label} column. Which columns are numeric is decided from their values, once all rows are
 * read (see {@link #typesColumnsFromValues()}).</li>
 * </ul>
 */
final class CsvLayout {

    private static final Pattern PIXEL_COLUMN = Pattern.compile("p(\\d+)", Pattern.CASE_INSENSITIVE);
    // Spreadsheet users name the class column in different ways; all mean the same to us.
    private static final Set<String> LABEL_COLUMN_NAMES = Set.of("label", "class", "target");
    private static final String ID_COLUMN_NAME = "id";
    private static final String TEXT_COLUMN_NAME = "text";

    final DatasetKind kind;
    /** Fields every row must have. */
    final int fieldsPerRow;
    /** Field positions, -1 when the layout has no such field. */
    final int idField;
    final int labelField;
    final int textField;
    /** Positions of the numeric fields, in the order they become columns. */
    final int[] numericFields;
    final List<String> columnNames;
    final int imageWidth;
    /** Non-null for scikit-learn's layout: the label field holds an index into these. */
    final List<String> classNamesByIndex;
    /** Rows the scikit-learn layout announces on its first line, -1 otherwise. */
    final long announcedRows;

    private CsvLayout(DatasetKind kind, int fieldsPerRow, int idField, int labelField, int textField,
            int[] numericFields, List<String> columnNames, int imageWidth, List<String> classNamesByIndex,
            long announcedRows) {
        this.kind = kind;
        this.fieldsPerRow = fieldsPerRow;
        this.idField = idField;
        this.labelField = labelField;
        this.textField = textField;
        this.numericFields = numericFields;
        this.columnNames = List.copyOf(columnNames);
        this.imageWidth = imageWidth;
        this.classNamesByIndex = classNamesByIndex == null ? null : List.copyOf(classNamesByIndex);
        this.announcedRows = announcedRows;
    }

    boolean isScikitLearnLayout() {
        return classNamesByIndex != null;
    }

    /**
     * Whether the feature columns are read as text and typed afterwards: true for headered tables,
     * whose columns may be nominal ("red", "blue") and may have missing cells. Pixel columns and
     * scikit-learn's tables are numbers by definition, and a cell that is not one is an error.
     */
    boolean typesColumnsFromValues() {
        return kind == DatasetKind.TABLE && !isScikitLearnLayout();
    }

    /** A short phrase for the provenance note, for example "images of 8x8 pixels". */
    String describe() {
        return switch (kind) {
            case IMAGE -> "images of " + imageWidth + "x" + imageWidth + " pixels";
            case TEXT -> "texts";
            default -> isScikitLearnLayout()
                    ? "table of " + numericFields.length + " numeric columns (scikit-learn layout, class index last)"
                    : "table of " + numericFields.length + " columns";
        };
    }

    /**
     * Decides the layout from the first record of a file.
     *
     * @throws DatasetImportException naming line 1 when no layout fits
     */
    static CsvLayout detect(List<String> firstLine, String fileName) throws DatasetImportException {
        List<String> fields = firstLine.stream().map(String::trim).toList();
        CsvLayout scikit = scikitLearnLayout(fields);
        if (scikit != null) {
            return scikit;
        }
        if (!fields.isEmpty() && (fields.get(0).startsWith("{") || fields.get(0).startsWith("["))) {
            throw new DatasetImportException(fileName, 1, "the file looks like JSON, not CSV. Contour reads CSV "
                    + "files; use the CSV version of this dataset or convert it");
        }
        if (fields.stream().allMatch(CsvLayout::isNumber)) {
            throw new DatasetImportException(fileName, 1, "the first line holds numbers, not column names, so "
                    + "the file has no recognisable layout. Contour reads CSV files whose first line names the "
                    + "columns (for example \"id,label,p0,p1,...\" or \"id,text,label\"), or scikit-learn's "
                    + "\"n_rows,n_features,class names\" tables");
        }
        checkColumnNames(fields, fileName);
        if (fields.size() == 1 && !fields.get(0).equalsIgnoreCase(TEXT_COLUMN_NAME)) {
            throw new DatasetImportException(fileName, 1, "the first line holds a single column (\""
                    + abbreviate(fields.get(0)) + "\"), so the file has no recognisable layout. Is it a CSV "
                    + "file? Contour expects comma-separated columns such as \"id,label,p0,p1,...\" or "
                    + "\"id,text,label\"");
        }
        return headerLayout(fields, fileName);
    }

    /** The layout of scikit-learn's bundled tables, or null when the line does not announce it. */
    private static CsvLayout scikitLearnLayout(List<String> fields) {
        if (fields.size() < 3 || !isCount(fields.get(0)) || !isCount(fields.get(1))) {
            return null;
        }
        List<String> classNames = fields.subList(2, fields.size());
        if (classNames.stream().anyMatch(name -> name.isEmpty() || isNumber(name))) {
            return null;
        }
        int features = Integer.parseInt(fields.get(1));
        int[] numeric = new int[features];
        List<String> names = new ArrayList<>(features);
        for (int f = 0; f < features; f++) {
            numeric[f] = f;
            // The file carries no column names; its documentation (.rst) is not machine-readable.
            names.add("f" + f);
        }
        return new CsvLayout(DatasetKind.TABLE, features + 1, -1, features, -1, numeric, names, 0, classNames,
                Long.parseLong(fields.get(0)));
    }

    private static void checkColumnNames(List<String> fields, String fileName) throws DatasetImportException {
        Set<String> seen = new HashSet<>();
        for (int i = 0; i < fields.size(); i++) {
            String name = fields.get(i);
            if (name.isEmpty()) {
                throw new DatasetImportException(fileName, 1,
                        "column " + (i + 1) + " of the header has no name; every column needs one");
            }
            if (!seen.add(name.toLowerCase(Locale.ROOT))) {
                throw new DatasetImportException(fileName, 1,
                        "the header names the column \"" + name + "\" twice; column names must be unique");
            }
        }
    }

    private static CsvLayout headerLayout(List<String> header, String fileName) throws DatasetImportException {
        int idField = -1;
        int labelField = -1;
        int textField = -1;
        List<Integer> otherFields = new ArrayList<>();
        for (int i = 0; i < header.size(); i++) {
            String name = header.get(i).toLowerCase(Locale.ROOT);
            if (name.equals(ID_COLUMN_NAME) && idField < 0) {
                idField = i;
            } else if (LABEL_COLUMN_NAMES.contains(name) && labelField < 0) {
                labelField = i;
            } else if (name.equals(TEXT_COLUMN_NAME) && textField < 0) {
                textField = i;
            } else {
                otherFields.add(i);
            }
        }
        if (textField >= 0) {
            // Any further columns of a text file (dates, authors) are not features of the text.
            return new CsvLayout(DatasetKind.TEXT, header.size(), idField, labelField, textField, new int[0],
                    List.of(), 0, null, -1);
        }
        if (otherFields.isEmpty()) {
            throw new DatasetImportException(fileName, 1, "the header has no feature columns besides "
                    + "id and label, so there is nothing to learn from. Contour expects table columns, pixel "
                    + "columns p0, p1, ... or a \"text\" column");
        }
        int[] numeric = otherFields.stream().mapToInt(Integer::intValue).toArray();
        List<String> names = otherFields.stream().map(header::get).toList();
        int width = squareImageWidth(names);
        DatasetKind kind = width > 0 ? DatasetKind.IMAGE : DatasetKind.TABLE;
        return new CsvLayout(kind, header.size(), idField, labelField, -1, numeric, names, width, null, -1);
    }

    /**
     * The image width when the columns are exactly p0..pN in order and N+1 is a square, else 0:
     * a pixel count that is not square cannot be drawn as an image, so it stays a table.
     */
    private static int squareImageWidth(List<String> names) {
        for (int i = 0; i < names.size(); i++) {
            Matcher matcher = PIXEL_COLUMN.matcher(names.get(i));
            if (!matcher.matches() || !matcher.group(1).equals(Integer.toString(i))) {
                return 0;
            }
        }
        int width = (int) Math.round(Math.sqrt(names.size()));
        return width * width == names.size() ? width : 0;
    }

    private static String abbreviate(String text) {
        return text.length() <= 40 ? text : text.substring(0, 37) + "...";
    }

    private static boolean isCount(String field) {
        return !field.isEmpty() && field.length() < 10 && field.chars().allMatch(Character::isDigit);
    }

    static boolean isNumber(String field) {
        if (field.isEmpty()) {
            return false;
        }
        try {
            Double.parseDouble(field);
            return true;
        } catch (NumberFormatException notANumber) {
            return false;
        }
    }
}
