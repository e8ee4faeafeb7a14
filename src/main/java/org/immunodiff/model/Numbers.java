package org.immunodiff.model;

/** Number formatting for explanations on the hot path, without java.util.Formatter (which dominated a profile). */
public final class Numbers {
    private Numbers() { }

    /** A fraction as a whole percentage: 0.954 -> "95". */
    public static String percent(double fraction) { return Long.toString(Math.round(fraction * 100)); }

    /** Two decimals, half up: 3.14159 -> "3.14", 2 -> "2.00". */
    public static String twoDecimals(double x) {
        long hundredths = Math.round(Math.abs(x) * 100);
        String frac = Long.toString(hundredths % 100);
        return (x < 0 && hundredths != 0 ? "-" : "") + (hundredths / 100) + "." + (frac.length() == 1 ? "0" + frac : frac);
    }

    /** A number without a trailing ".0" when it is whole: 60.0 -> "60", 2.5 -> "2.5". */
    public static String plain(double x) { return x == Math.rint(x) && Math.abs(x) < 1e15 ? Long.toString((long) x) : Double.toString(x); }
}
