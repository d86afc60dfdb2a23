package org.contour.core.registry;

import java.util.List;
import java.util.Locale;
import java.util.Optional;

import org.contour.api.Options;
import org.eclipse.core.runtime.IConfigurationElement;

/**
 * One setting a contribution declares in plugin.xml ({@code <option>} inside its
 * {@code <vectorizer>}, {@code <reducer>} or {@code <classifier>} element): enough for the
 * workbench to show a field for it, fill in its default and refuse a value out of range before
 * the plug-in ever sees it.
 *
 * @param id           key in {@link Options} and in saved projects
 * @param name         label of the field
 * @param type         what kind of value
 * @param defaultValue the value used when the user sets none, as text
 * @param min          lowest allowed number ({@code NaN}: none), for INTEGER and DECIMAL
 * @param max          highest allowed number ({@code NaN}: none), for INTEGER and DECIMAL
 * @param choices      the allowed values of a CHOICE
 * @param description  one sentence for the field's tooltip
 */
public record OptionSpec(String id, String name, Type type, String defaultValue, double min, double max,
        List<String> choices, String description) {

    /**
     * The kinds of values an option can take. COLUMN and COLUMNS name columns of the dataset at
     * hand, which plugin.xml cannot list: the workbench offers the table's numeric columns for a
     * COLUMN, and all its columns (numeric and nominal) for COLUMNS, whose value is a
     * comma-separated list (empty: all).
     */
    public enum Type {
        INTEGER, DECIMAL, BOOLEAN, TEXT, CHOICE, COLUMN, COLUMNS
    }

    public OptionSpec {
        choices = List.copyOf(choices);
    }

    static OptionSpec read(IConfigurationElement e) {
        String typeText = e.getAttribute("type");
        Type type;
        try {
            type = typeText == null ? Type.TEXT : Type.valueOf(typeText.toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException unknown) {
            type = Type.TEXT;
        }
        String choices = e.getAttribute("choices");
        return new OptionSpec(e.getAttribute("id"), orElse(e.getAttribute("name"), e.getAttribute("id")), type,
                orElse(e.getAttribute("default"), ""), number(e.getAttribute("min")), number(e.getAttribute("max")),
                choices == null || choices.isBlank() ? List.of() : List.of(choices.split("\\s*,\\s*")),
                orElse(e.getAttribute("description"), ""));
    }

    /**
     * What is wrong with {@code value} for this option, in words for the user, or empty when it
     * is fine. An empty value means "use the default" and is always fine.
     */
    public Optional<String> problemWith(String value) {
        if (value == null || value.isBlank()) {
            return Optional.empty();
        }
        String v = value.strip();
        switch (type) {
            case INTEGER -> {
                try {
                    return range(Long.parseLong(v));
                } catch (NumberFormatException e) {
                    return Optional.of(name + " must be a whole number, not '" + v + "'.");
                }
            }
            case DECIMAL -> {
                try {
                    double d = Double.parseDouble(v);
                    return Double.isFinite(d) ? range(d) : Optional.of(name + " must be a finite number.");
                } catch (NumberFormatException e) {
                    return Optional.of(name + " must be a number, not '" + v + "'.");
                }
            }
            case BOOLEAN -> {
                return v.equalsIgnoreCase("true") || v.equalsIgnoreCase("false") ? Optional.empty()
                        : Optional.of(name + " must be true or false, not '" + v + "'.");
            }
            case CHOICE -> {
                return choices.contains(v) ? Optional.empty()
                        : Optional.of(name + " must be one of " + String.join(", ", choices) + ", not '" + v + "'.");
            }
            default -> {
                return Optional.empty();
            }
        }
    }

    private Optional<String> range(double d) {
        if (!Double.isNaN(min) && d < min) {
            return Optional.of(name + " must be at least " + format(min) + ", not " + format(d) + ".");
        }
        if (!Double.isNaN(max) && d > max) {
            return Optional.of(name + " must be at most " + format(max) + ", not " + format(d) + ".");
        }
        return Optional.empty();
    }

    private static String format(double d) {
        return d == Math.rint(d) && Math.abs(d) < 1e15 ? Long.toString((long) d) : Double.toString(d);
    }

    private static double number(String text) {
        if (text == null || text.isBlank()) {
            return Double.NaN;
        }
        try {
            return Double.parseDouble(text.strip());
        } catch (NumberFormatException e) {
            return Double.NaN;
        }
    }

    private static String orElse(String value, String fallback) {
        return value == null ? fallback : value;
    }
}
