package org.contour.core.vectorize;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

import org.contour.api.Options;
import org.contour.api.Vectorizer;
import org.contour.api.data.DataTable;
import org.contour.api.data.FeatureMatrix;
import org.contour.model.DatasetKind;
import org.eclipse.core.runtime.CoreException;
import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.SubMonitor;

/**
 * The columns of a table as features: the chosen numeric columns standardized, the chosen
 * nominal columns one-hot encoded, missing values filled in and reported.
 * <p>
 * <b>Numeric columns</b> are shifted and scaled to mean 0 and variance 1 (option
 * {@code standardize}), because they come in unrelated units (a wine's proline in the hundreds
 * next to its hue near 1) and the larger unit would otherwise decide the map alone. A constant
 * column carries no information and becomes all zeros. A missing number is replaced by the
 * column's mean (or median: option {@code numericMissing}) of the values present, which after
 * standardizing is 0 (or near it); option {@code missingIndicators} adds a 0/1 column
 * "age (missing)" per column with gaps, so that a model can still tell them apart.
 * <p>
 * <b>Nominal columns</b> become one 0/1 column per category, named "colour=red"; a missing
 * value is a category of its own, "colour=(missing)", and beyond the {@code maxCategories} most
 * frequent categories of a column the rest share "colour=(other)".
 * <p>
 * Option {@code columns} names the columns to use, comma-separated (empty: all). What was
 * filled in, and how, is written in the matrix's {@link FeatureMatrix#provenance()}.
 */
public final class TableColumnsVectorizer implements Vectorizer {

    static final String COLUMNS = "columns";
    static final String STANDARDIZE = "standardize";
    static final String ONE_HOT = "oneHot";
    static final String NUMERIC_MISSING = "numericMissing";
    static final String MISSING_INDICATORS = "missingIndicators";
    static final String MAX_CATEGORIES = "maxCategories";
    static final String MISSING_CATEGORY = "(missing)";
    static final String OTHER_CATEGORY = "(other)";

    public TableColumnsVectorizer() {
        // created through the extension registry
    }

    @Override
    public boolean accepts(DataTable table) {
        return table.kind() == DatasetKind.TABLE && (table.hasNumeric() || table.hasNominal());
    }

    @Override
    public FeatureMatrix vectorize(DataTable table, Options options, IProgressMonitor monitor) throws CoreException {
        if (!accepts(table)) {
            throw VectorizerErrors.error(table.name() + " is not a table with numeric or nominal columns");
        }
        boolean standardize = options.getBoolean(STANDARDIZE, true);
        boolean oneHot = options.getBoolean(ONE_HOT, true);
        boolean indicators = options.getBoolean(MISSING_INDICATORS, false);
        boolean median = options.get(NUMERIC_MISSING, "mean").equalsIgnoreCase("median");
        int maxCategories = options.getInt(MAX_CATEGORIES, 50);
        if (maxCategories < 1) {
            throw VectorizerErrors.error("the number of categories kept per column must be at least 1, not "
                    + maxCategories);
        }
        Set<String> chosen = chosenColumns(table, options.get(COLUMNS, ""));
        List<Integer> numericColumns = new ArrayList<>();
        for (int c = 0; c < table.columnNames().size(); c++) {
            if (chosen.isEmpty() || chosen.contains(table.columnNames().get(c))) {
                numericColumns.add(c);
            }
        }
        List<Integer> nominalColumns = new ArrayList<>();
        if (oneHot || !chosen.isEmpty()) {
            for (int c = 0; c < table.nominalColumnNames().size(); c++) {
                if (chosen.isEmpty() || chosen.contains(table.nominalColumnNames().get(c))) {
                    nominalColumns.add(c);
                }
            }
        }
        if (!oneHot && !nominalColumns.isEmpty()) {
            throw VectorizerErrors.error("the columns " + String.join(", ", nominalColumns.stream()
                    .map(c -> table.nominalColumnNames().get(c)).toList()) + " are nominal (they hold words), so "
                    + "they need one-hot encoding; switch it on or leave them out");
        }
        if (numericColumns.isEmpty() && nominalColumns.isEmpty()) {
            throw VectorizerErrors.error("no columns are chosen from " + table.name());
        }
        int rows = table.rowCount();
        SubMonitor progress = SubMonitor.convert(monitor, "Encoding the columns of " + table.name(), 3);
        List<String> names = new ArrayList<>();
        List<double[]> featureColumns = new ArrayList<>();
        List<String> filled = new ArrayList<>();

        for (int c : numericColumns) {
            String name = table.columnNames().get(c);
            double[] values = new double[rows];
            int missing = 0;
            for (int r = 0; r < rows; r++) {
                values[r] = table.numeric()[r][c];
                if (Double.isNaN(values[r])) {
                    missing++;
                } else if (Double.isInfinite(values[r])) {
                    throw VectorizerErrors.error(table.name() + ": row " + table.ids().get(r) + ", column " + name
                            + " is infinite; features must be finite numbers");
                }
            }
            double fill = missing == rows ? 0 : median ? median(values) : mean(values);
            double[] indicator = missing > 0 && indicators ? new double[rows] : null;
            if (missing > 0) {
                for (int r = 0; r < rows; r++) {
                    if (Double.isNaN(values[r])) {
                        values[r] = fill;
                        if (indicator != null) {
                            indicator[r] = 1;
                        }
                    }
                }
                filled.add(String.format(Locale.ROOT, "%s %,d with its %s %s", name, missing,
                        median ? "median" : "mean", number(fill)));
            }
            if (standardize) {
                standardize(values);
            }
            names.add(name);
            featureColumns.add(values);
            if (indicator != null) {
                names.add(name + " (missing)");
                featureColumns.add(indicator);
            }
        }
        progress.worked(1);

        int encoded = 0;
        for (int c : nominalColumns) {
            String name = table.nominalColumnNames().get(c);
            Map<String, Integer> counts = new HashMap<>();
            int missing = 0;
            for (int r = 0; r < rows; r++) {
                String value = table.nominal()[r][c];
                if (value == null) {
                    missing++;
                } else {
                    counts.merge(value, 1, Integer::sum);
                }
            }
            // the most frequent categories keep a column each, in alphabetical order
            List<String> categories = new ArrayList<>(counts.keySet());
            categories.sort((a, b) -> counts.get(b).equals(counts.get(a)) ? a.compareTo(b)
                    : Integer.compare(counts.get(b), counts.get(a)));
            boolean other = categories.size() > maxCategories;
            List<String> kept = new ArrayList<>(categories.subList(0, Math.min(maxCategories, categories.size())));
            kept.sort(null);
            Map<String, Integer> position = new HashMap<>();
            for (String category : kept) {
                position.put(category, position.size());
            }
            int width = kept.size() + (other ? 1 : 0) + (missing > 0 ? 1 : 0);
            double[][] oneHotColumns = new double[width][rows];
            for (int r = 0; r < rows; r++) {
                String value = table.nominal()[r][c];
                int at = value == null ? width - 1 : position.getOrDefault(value, kept.size());
                oneHotColumns[at][r] = 1;
            }
            kept.forEach(category -> names.add(name + "=" + category));
            if (other) {
                names.add(name + "=" + OTHER_CATEGORY);
            }
            if (missing > 0) {
                names.add(name + "=" + MISSING_CATEGORY);
                filled.add(String.format(Locale.ROOT, "%s %,d as the category \"%s\"", name, missing,
                        MISSING_CATEGORY));
            }
            featureColumns.addAll(Arrays.asList(oneHotColumns));
            encoded += width;
        }
        progress.worked(1);

        int width = featureColumns.size();
        double[] rowMajor = new double[rows * width];
        for (int f = 0; f < width; f++) {
            double[] column = featureColumns.get(f);
            for (int r = 0; r < rows; r++) {
                rowMajor[r * width + f] = column[r];
            }
        }
        progress.worked(1);
        StringBuilder provenance = new StringBuilder("Table columns: ");
        List<String> parts = new ArrayList<>();
        if (!numericColumns.isEmpty()) {
            parts.add(numericColumns.size() + " numeric" + (standardize ? " standardized (mean 0, variance 1)" : " as they are"));
        }
        if (!nominalColumns.isEmpty()) {
            parts.add(nominalColumns.size() + " nominal one-hot encoded into " + encoded + " columns");
        }
        provenance.append(String.join(", ", parts)).append('.');
        if (!filled.isEmpty()) {
            provenance.append(" Missing values filled: ").append(String.join("; ", filled)).append('.');
        }
        return FeatureMatrix.dense(names.toArray(String[]::new), rows, rowMajor).withProvenance(provenance.toString());
    }

    /** The names in option {@code columns}, checked against the table; empty means all. */
    private static Set<String> chosenColumns(DataTable table, String option) throws CoreException {
        Set<String> chosen = new LinkedHashSet<>();
        for (String part : option.split(",")) {
            if (!part.isBlank()) {
                chosen.add(part.strip());
            }
        }
        List<String> unknown = new ArrayList<>();
        for (String name : chosen) {
            if (!table.columnNames().contains(name) && !table.nominalColumnNames().contains(name)) {
                unknown.add(name);
            }
        }
        if (!unknown.isEmpty()) {
            List<String> all = new ArrayList<>(table.columnNames());
            all.addAll(table.nominalColumnNames());
            throw VectorizerErrors.error(table.name() + " has no column " + String.join(", ", unknown)
                    + "; its columns are " + String.join(", ", all));
        }
        return chosen;
    }

    private static double mean(double[] values) {
        double sum = 0;
        int count = 0;
        for (double v : values) {
            if (!Double.isNaN(v)) {
                sum += v;
                count++;
            }
        }
        return sum / count;
    }

    private static double median(double[] values) {
        double[] present = Arrays.stream(values).filter(v -> !Double.isNaN(v)).sorted().toArray();
        int n = present.length;
        return n % 2 == 1 ? present[n / 2] : (present[n / 2 - 1] + present[n / 2]) / 2;
    }

    /**
     * Shifts and scales in place to mean 0, variance 1 (population variance), in two passes:
     * the one-pass sum-of-squares formula loses all precision for columns with a large mean and
     * a small spread. A (numerically) constant column becomes 0 everywhere.
     */
    static void standardize(double[] values) {
        double mean = 0;
        for (double v : values) {
            mean += v;
        }
        mean /= values.length;
        double sumOfSquares = 0;
        for (double v : values) {
            sumOfSquares += (v - mean) * (v - mean);
        }
        double deviation = Math.sqrt(sumOfSquares / values.length);
        double scale = deviation > 1e-12 * Math.max(1, Math.abs(mean)) ? 1 / deviation : 0;
        for (int r = 0; r < values.length; r++) {
            values[r] = (values[r] - mean) * scale;
        }
    }

    private static String number(double value) {
        return value == Math.rint(value) && Math.abs(value) < 1e15 ? Long.toString((long) value)
                : String.format(Locale.ROOT, "%.4g", value);
    }
}
