package org.contour.core.data;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

import org.contour.api.data.DataTable;
import org.contour.model.DatasetKind;

/**
 * What a person should know about an imported table before choosing how to vectorize it, in
 * sentences: its size and kind, its nominal columns, its missing values (how many, in which
 * columns) and columns that look numeric but hold a few words. The import dialog shows these
 * lines, and the importer writes them into the dataset's provenance.
 */
public final class DatasetSummary {

    /** A nominal column whose values are at least this share numbers probably holds a typo. */
    private static final double MOSTLY_NUMBERS = 0.8;
    private static final int NAMES_LISTED = 8;

    private DatasetSummary() {
    }

    /** One line: rows, kind and columns, labels. */
    public static String headline(DataTable table) {
        long labelled = table.labels().stream().filter(Objects::nonNull).count();
        Set<String> classes = new HashSet<>(table.labels());
        classes.remove(null);
        String what = switch (table.kind()) {
            case IMAGE -> String.format(Locale.ROOT, "images of %dx%d pixels", table.imageWidth(), table.imageHeight());
            case TEXT -> "texts";
            default -> columns(table.columnNames().size(), "numeric") + ", "
                    + columns(table.nominalColumnNames().size(), "nominal");
        };
        return String.format(Locale.ROOT, "%,d rows, %s; %,d labelled in %d classes.", table.rowCount(), what,
                labelled, classes.size());
    }

    /**
     * The notes on columns, empty when there is nothing to say: nominal columns with their
     * numbers of categories, missing values per column, and nominal columns that are mostly
     * numbers.
     */
    public static List<String> columnNotes(DataTable table) {
        List<String> notes = new ArrayList<>();
        if (table.kind() == DatasetKind.TEXT) {
            return notes;
        }
        if (table.hasNominal()) {
            List<String> described = new ArrayList<>();
            List<String> suspicious = new ArrayList<>();
            for (int c = 0; c < table.nominalColumnNames().size(); c++) {
                String column = table.nominalColumnNames().get(c);
                Set<String> categories = new HashSet<>();
                int numbers = 0;
                int present = 0;
                String firstWord = null;
                String firstWordRow = null;
                for (int r = 0; r < table.rowCount(); r++) {
                    String value = table.nominal()[r][c];
                    if (value == null) {
                        continue;
                    }
                    present++;
                    categories.add(value);
                    if (isNumber(value)) {
                        numbers++;
                    } else if (firstWord == null) {
                        firstWord = value;
                        firstWordRow = table.ids().get(r);
                    }
                }
                described.add(column + " (" + categories.size() + (categories.size() == 1 ? " category)" : " categories)"));
                if (present > 0 && numbers >= MOSTLY_NUMBERS * present) {
                    suspicious.add(String.format(Locale.ROOT, "%s is read as nominal although %d of its %d values "
                            + "are numbers (the first that is not: \"%s\" in row %s)", column, numbers, present,
                            abbreviate(firstWord), firstWordRow));
                }
            }
            notes.add("Nominal columns: " + list(described) + ".");
            suspicious.forEach(s -> notes.add("Check: " + s + "."));
        }
        Map<String, Integer> missing = table.missingCells();
        if (!missing.isEmpty()) {
            int total = missing.values().stream().mapToInt(Integer::intValue).sum();
            Map<String, String> perColumn = new LinkedHashMap<>();
            missing.forEach((column, count) -> perColumn.put(column, String.format(Locale.ROOT, "%s %,d", column, count)));
            notes.add(String.format(Locale.ROOT, "Missing values: %,d %s in %d %s (%s).", total,
                    total == 1 ? "cell" : "cells", missing.size(), missing.size() == 1 ? "column" : "columns",
                    list(new ArrayList<>(perColumn.values()))));
        }
        return notes;
    }

    /** Headline and column notes. */
    public static List<String> lines(DataTable table) {
        List<String> lines = new ArrayList<>();
        lines.add(headline(table));
        lines.addAll(columnNotes(table));
        return lines;
    }

    private static String columns(int count, String kind) {
        return count + " " + kind + (count == 1 ? " column" : " columns");
    }

    private static String list(List<String> items) {
        if (items.size() <= NAMES_LISTED) {
            return String.join(", ", items);
        }
        return String.join(", ", items.subList(0, NAMES_LISTED)) + " and " + (items.size() - NAMES_LISTED) + " more";
    }

    private static boolean isNumber(String value) {
        try {
            return Double.isFinite(Double.parseDouble(value));
        } catch (NumberFormatException e) {
            return false;
        }
    }

    private static String abbreviate(String text) {
        return text == null ? "" : text.length() <= 30 ? text : text.substring(0, 27) + "...";
    }
}
