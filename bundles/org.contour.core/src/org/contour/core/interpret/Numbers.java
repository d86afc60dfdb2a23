package org.contour.core.interpret;

import java.math.BigDecimal;
import java.math.MathContext;
import java.util.regex.Pattern;

/** Numbers as a person reads and types them: four significant digits, no trailing zeros, ASCII minus. */
public final class Numbers {

    private static final MathContext FOUR_DIGITS = new MathContext(4);
    private static final Pattern DECIMAL = Pattern.compile("[-+]?(\\d+\\.?\\d*|\\.\\d+)([eE][-+]?\\d+)?");

    private Numbers() {
    }

    /**
     * For example {@code 0.41}, {@code -1.2}, {@code 2.45}, {@code 1000}, {@code 0}; very large
     * and very small magnitudes in powers of ten ({@code 1.5e12}, {@code -2e-7}) so that a
     * threshold someone typed as 1e300 does not become three hundred zeros in a rule.
     */
    public static String format(double v) {
        if (!Double.isFinite(v)) {
            return Double.toString(v);
        }
        if (v == 0) {
            return "0"; // also for -0.0
        }
        BigDecimal rounded = new BigDecimal(v).round(FOUR_DIGITS).stripTrailingZeros();
        double magnitude = Math.abs(rounded.doubleValue());
        if (magnitude >= PLAIN_UP_TO || magnitude < PLAIN_FROM) {
            // unscaledValue x 10^-scale, written as d.ddd e exponent
            String digits = rounded.unscaledValue().abs().toString();
            int exponent = digits.length() - 1 - rounded.scale();
            String mantissa = digits.length() == 1 ? digits : digits.charAt(0) + "." + digits.substring(1);
            return (rounded.signum() < 0 ? "-" : "") + mantissa + "e" + exponent;
        }
        return rounded.toPlainString();
    }

    /** Plain decimals between these magnitudes; powers of ten outside them. */
    private static final double PLAIN_UP_TO = 1e7;
    private static final double PLAIN_FROM = 1e-4;

    /**
     * Reads a number the way {@link #format} writes it, also accepting the typographic minus
     * sign the equations show and surrounding blanks.
     *
     * @throws IllegalArgumentException with a message for the user when {@code text} is not a
     *                                  finite number
     */
    public static double parse(String text) {
        String t = text == null ? "" : text.strip().replace('\u2212', '-');
        if (t.isEmpty()) {
            throw new IllegalArgumentException("Type a number.");
        }
        // plain decimals only: Java would also take "1d", "0x1p3" or "NaN", which nobody means here
        if (!DECIMAL.matcher(t).matches()) {
            throw new IllegalArgumentException("'" + text.strip() + "' is not a number.");
        }
        double v = Double.parseDouble(t);
        if (!Double.isFinite(v)) {
            throw new IllegalArgumentException("'" + text.strip() + "' is not a finite number.");
        }
        return v;
    }
}
