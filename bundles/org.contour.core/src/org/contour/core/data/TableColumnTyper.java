package org.contour.core.data;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * Decides, once a headered table has been read as text, which of its columns are numeric and
 * which nominal, and converts the cells: a column is numeric when every cell that is not missing
 * is a number, otherwise nominal (its cells are categories, compared as written). Missing cells
 * become NaN in numeric columns and {@code null} in nominal ones. A column that is missing in
 * every row carries nothing and is dropped.
 */
final class TableColumnTyper {

    /**
     * Spellings of "no value" that spreadsheets, R and pandas write (compared ignoring case).
     * "NaN" is among them: pandas writes it for a missing number.
     */
    private static final Set<String> MISSING = Set.of("", "na", "n/a", "nan", "null", "none", "?", "#n/a");

    final List<String> numericNames = new ArrayList<>();
    final List<String> nominalNames = new ArrayList<>();
    final List<String> droppedNames = new ArrayList<>();
    double[][] numeric;
    String[][] nominal;

    private TableColumnTyper() {
    }

    /** Whether a (trimmed) cell means "no value". */
    static boolean isMissing(String cell) {
        return cell.length() <= 4 && MISSING.contains(cell.toLowerCase(Locale.ROOT));
    }

    /**
     * @param cells per row, the trimmed text of each feature column ({@code null} where missing)
     * @param names the feature columns' names
     */
    static TableColumnTyper type(List<String[]> cells, List<String> names, NumberParser parser) {
        TableColumnTyper typed = new TableColumnTyper();
        int rows = cells.size();
        int columns = names.size();
        boolean[] isNumeric = new boolean[columns];
        boolean[] isEmpty = new boolean[columns];
        for (int c = 0; c < columns; c++) {
            boolean numeric = true;
            boolean empty = true;
            for (int r = 0; r < rows && numeric; r++) {
                String cell = cells.get(r)[c];
                if (cell != null) {
                    empty = false;
                    numeric = !Double.isNaN(parser.parse(cell));
                }
            }
            isNumeric[c] = numeric;
            isEmpty[c] = empty;
        }
        List<Integer> numericColumns = new ArrayList<>();
        List<Integer> nominalColumns = new ArrayList<>();
        for (int c = 0; c < columns; c++) {
            if (isEmpty[c]) {
                typed.droppedNames.add(names.get(c));
            } else if (isNumeric[c]) {
                numericColumns.add(c);
                typed.numericNames.add(names.get(c));
            } else {
                nominalColumns.add(c);
                typed.nominalNames.add(names.get(c));
            }
        }
        if (!numericColumns.isEmpty()) {
            typed.numeric = new double[rows][numericColumns.size()];
            for (int r = 0; r < rows; r++) {
                String[] row = cells.get(r);
                double[] target = typed.numeric[r];
                for (int k = 0; k < target.length; k++) {
                    String cell = row[numericColumns.get(k)];
                    target[k] = cell == null ? Double.NaN : parser.parse(cell);
                }
            }
        }
        if (!nominalColumns.isEmpty()) {
            typed.nominal = new String[rows][nominalColumns.size()];
            // one String per distinct category, not one per cell
            List<Map<String, String>> categories = new ArrayList<>();
            nominalColumns.forEach(c -> categories.add(new HashMap<>()));
            for (int r = 0; r < rows; r++) {
                String[] row = cells.get(r);
                String[] target = typed.nominal[r];
                for (int k = 0; k < target.length; k++) {
                    String cell = row[nominalColumns.get(k)];
                    target[k] = cell == null ? null : categories.get(k).computeIfAbsent(cell, v -> v);
                }
            }
        }
        return typed;
    }

    /** The importer's number parser: NaN for text that is not a number. */
    @FunctionalInterface
    interface NumberParser {
        double parse(String text);
    }
}
