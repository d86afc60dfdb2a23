package org.contour.core.api;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;

/**
 * The settings a user chose for one run of a contribution (a vectorizer's n-gram range, a
 * tree's depth), as text by option id. Contributions declare their options in plugin.xml
 * ({@code <option>} elements, see the extension point schemas), so the workbench can offer them
 * in a form without knowing the plug-in, and a project stores them as they were typed. Missing
 * or malformed values fall back to the default the caller passes; a contribution that needs to
 * refuse a value throws a CoreException with a message for the user.
 */
public final class Options {

    /** No options set: every read returns its fallback. */
    public static final Options NONE = new Options(Map.of());

    private final Map<String, String> values;

    private Options(Map<String, String> values) {
        this.values = values;
    }

    /** A snapshot of {@code values}; later changes to the map are not seen. */
    public static Options of(Map<String, String> values) {
        Objects.requireNonNull(values, "values");
        return values.isEmpty() ? NONE : new Options(Collections.unmodifiableMap(new LinkedHashMap<>(values)));
    }

    /** These options with {@code id} set to {@code value}. */
    public Options with(String id, String value) {
        Map<String, String> next = new LinkedHashMap<>(values);
        next.put(Objects.requireNonNull(id, "id"), Objects.requireNonNull(value, "value"));
        return new Options(Collections.unmodifiableMap(next));
    }

    public boolean has(String id) {
        return values.containsKey(id);
    }

    public String get(String id, String fallback) {
        String v = values.get(id);
        return v == null || v.isBlank() ? fallback : v.strip();
    }

    public int getInt(String id, int fallback) {
        try {
            return Integer.parseInt(get(id, Integer.toString(fallback)));
        } catch (NumberFormatException e) {
            return fallback;
        }
    }

    public long getLong(String id, long fallback) {
        try {
            return Long.parseLong(get(id, Long.toString(fallback)));
        } catch (NumberFormatException e) {
            return fallback;
        }
    }

    public double getDouble(String id, double fallback) {
        try {
            double d = Double.parseDouble(get(id, Double.toString(fallback)));
            return Double.isFinite(d) ? d : fallback;
        } catch (NumberFormatException e) {
            return fallback;
        }
    }

    public boolean getBoolean(String id, boolean fallback) {
        String v = get(id, null);
        return v == null ? fallback : v.toLowerCase(Locale.ROOT).equals("true");
    }

    /** All values set, by id, in the order they were set. */
    public Map<String, String> asMap() {
        return values;
    }

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
