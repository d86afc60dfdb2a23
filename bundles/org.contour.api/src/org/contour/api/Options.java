package org.contour.api;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;

/**
 * The settings a user chose for one run of a contribution (a vectorizer's n-gram range, a
 * tree's depth), as text by option id. Immutable.
 * <p>
 * Contributions declare their options in plugin.xml ({@code <option>} elements, see the
 * extension point schemas), so the workbench can offer them in a form without knowing the
 * plug-in, check them against the declared type and range, and store them in the project as
 * they were typed. The options an implementation receives are already completed with the
 * declared defaults. The typed getters still take a fallback, used when a value is missing or
 * malformed (a project saved by an older version, say); a contribution that needs to refuse a
 * value throws a {@link org.eclipse.core.runtime.CoreException} with a message for the user.
 *
 * @since 1.0
 */
public final class Options {

    /** No options set: every read returns its fallback. */
    public static final Options NONE = new Options(Map.of());

    private final Map<String, String> values;

    private Options(Map<String, String> values) {
        this.values = values;
    }

    /**
     * A snapshot of {@code values}; later changes to the map are not seen.
     *
     * @param values option values by option id
     * @return the options
     */
    public static Options of(Map<String, String> values) {
        Objects.requireNonNull(values, "values");
        return values.isEmpty() ? NONE : new Options(Collections.unmodifiableMap(new LinkedHashMap<>(values)));
    }

    /**
     * These options with one value set (or replaced).
     *
     * @param id    option id
     * @param value the value as text
     * @return new options; this instance is unchanged
     */
    public Options with(String id, String value) {
        Map<String, String> next = new LinkedHashMap<>(values);
        next.put(Objects.requireNonNull(id, "id"), Objects.requireNonNull(value, "value"));
        return new Options(Collections.unmodifiableMap(next));
    }

    /**
     * @param id option id
     * @return whether a value (possibly blank) is set for {@code id}
     */
    public boolean has(String id) {
        return values.containsKey(id);
    }

    /**
     * @param id       option id
     * @param fallback returned when the option is not set or blank
     * @return the value without surrounding white space, or {@code fallback}
     */
    public String get(String id, String fallback) {
        String v = values.get(id);
        return v == null || v.isBlank() ? fallback : v.strip();
    }

    /**
     * @param id       option id
     * @param fallback returned when the option is not set or not a whole number
     * @return the value as an {@code int}
     */
    public int getInt(String id, int fallback) {
        try {
            return Integer.parseInt(get(id, Integer.toString(fallback)));
        } catch (NumberFormatException e) {
            return fallback;
        }
    }

    /**
     * @param id       option id
     * @param fallback returned when the option is not set or not a whole number
     * @return the value as a {@code long}
     */
    public long getLong(String id, long fallback) {
        try {
            return Long.parseLong(get(id, Long.toString(fallback)));
        } catch (NumberFormatException e) {
            return fallback;
        }
    }

    /**
     * @param id       option id
     * @param fallback returned when the option is not set, not a number, NaN or infinite
     * @return the value as a finite {@code double}
     */
    public double getDouble(String id, double fallback) {
        try {
            double d = Double.parseDouble(get(id, Double.toString(fallback)));
            return Double.isFinite(d) ? d : fallback;
        } catch (NumberFormatException e) {
            return fallback;
        }
    }

    /**
     * @param id       option id
     * @param fallback returned when the option is not set
     * @return {@code true} when the value is "true" in any case, else {@code false}
     */
    public boolean getBoolean(String id, boolean fallback) {
        String v = get(id, null);
        return v == null ? fallback : v.toLowerCase(Locale.ROOT).equals("true");
    }

    /**
     * @return all values set, by id, in the order they were set; unmodifiable
     */
    public Map<String, String> asMap() {
        return values;
    }

    /** Equal when the same values are set for the same ids. */
    @Override
    public boolean equals(Object o) {
        return o instanceof Options other && values.equals(other.values);
    }

    @Override
    public int hashCode() {
        return values.hashCode();
    }

    @Override
    public String toString() {
        return values.toString();
    }
}
