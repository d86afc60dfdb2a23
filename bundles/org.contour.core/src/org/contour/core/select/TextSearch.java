package org.contour.core.select;

import java.util.BitSet;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.regex.PatternSyntaxException;

import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.OperationCanceledException;
import org.eclipse.core.runtime.SubMonitor;

/**
 * A search over the texts of a dataset with two regular expressions: examples whose text
 * contains a match of the include pattern and no match of the exclude pattern. Either pattern
 * may be empty: an empty include accepts every text, an empty exclude rejects none, and both
 * empty is no search at all ({@link #isEmpty()}). Case-insensitive unless the pattern says
 * otherwise ({@code (?-i)}).
 */
public final class TextSearch {

    private final Pattern include;
    private final Pattern exclude;

    private TextSearch(Pattern include, Pattern exclude) {
        this.include = include;
        this.exclude = exclude;
    }

    /**
     * Compiles the two patterns.
     *
     * @throws IllegalArgumentException naming which pattern is wrong and where, when one does not compile
     */
    public static TextSearch of(String include, String exclude) {
        return new TextSearch(compile("include", include), compile("exclude", exclude));
    }

    private static Pattern compile(String which, String regex) {
        if (regex == null || regex.isEmpty()) {
            return null;
        }
        try {
            return Pattern.compile(regex, Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
        } catch (PatternSyntaxException e) {
            String where = e.getIndex() >= 0 ? " at position " + (e.getIndex() + 1) : "";
            throw new IllegalArgumentException("The " + which + " pattern '" + regex + "' is not a regular expression: "
                    + e.getDescription() + where + ".", e);
        }
    }

    /** Both patterns empty: nothing is searched, nothing is highlighted. */
    public boolean isEmpty() {
        return include == null && exclude == null;
    }

    /** Whether one text passes the search. */
    public boolean matches(String text) {
        if (text == null) {
            return include == null;
        }
        return (include == null || include.matcher(text).find()) && (exclude == null || !exclude.matcher(text).find());
    }

    /**
     * The rows whose text passes, as a set of row indices. Checks {@code monitor} for
     * cancellation every few thousand rows.
     *
     * @throws OperationCanceledException when cancelled
     */
    public BitSet matches(List<String> texts, IProgressMonitor monitor) {
        int n = texts.size();
        SubMonitor progress = SubMonitor.convert(monitor, "Searching " + n + " texts", n);
        BitSet out = new BitSet(n);
        Matcher in = include == null ? null : include.matcher("");
        Matcher out2 = exclude == null ? null : exclude.matcher("");
        for (int r = 0; r < n; r++) {
            if ((r & 0x7FF) == 0) {
                if (progress.isCanceled()) {
                    throw new OperationCanceledException();
                }
                progress.worked(Math.min(0x800, n - r));
            }
            String text = texts.get(r);
            if (text == null) {
                if (in == null) {
                    out.set(r);
                }
                continue;
            }
            if ((in == null || in.reset(text).find()) && (out2 == null || !out2.reset(text).find())) {
                out.set(r);
            }
        }
        return out;
    }
}
