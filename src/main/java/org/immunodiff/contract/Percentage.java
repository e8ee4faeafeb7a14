package org.immunodiff.contract;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A percentage as reports write it: "30%", "30 %", "30-40%" (read at the middle), "<5%" and ">10%" (read half a point
 * inside the side written, so that a band edge falls where the report put it), "about 20%", "greater than 10%".
 */
final class Percentage {
    static final Pattern PATTERN = Pattern.compile("(?i)(<=|>=|<|>|≤|≥|~|≈|about|approximately|approx\\.?|up to|"
            + "(?:greater|more|higher) than|(?:less|lower|fewer) than|over|under|below|above)?\\s*"
            + "(\\d{1,3}(?:\\.\\d+)?)\\s*(?:(?:-|–|to)\\s*(\\d{1,3}(?:\\.\\d+)?)\\s*)?%");
    private static final double BOUND_OFFSET = 0.5;
    private static final java.util.Set<String> BELOW = java.util.Set.of("<", "less than", "lower than", "fewer than", "under", "below");
    private static final java.util.Set<String> ABOVE = java.util.Set.of(">", "greater than", "more than", "higher than", "over", "above");

    private Percentage() { }

    /** The value of a match of {@link #PATTERN}, or null when it is not a percentage (over 100). */
    static Double valueOf(Matcher m) {
        double low = Double.parseDouble(m.group(2));
        double value = m.group(3) == null ? low : (low + Double.parseDouble(m.group(3))) / 2;
        String bound = m.group(1) == null ? "" : m.group(1).toLowerCase(java.util.Locale.ROOT).replaceAll("\\s+", " ");
        if (BELOW.contains(bound)) value -= BOUND_OFFSET;
        else if (ABOVE.contains(bound)) value += BOUND_OFFSET;
        if (value < 0 || value > 100) return null;
        return value;
    }
}
