package org.immunodiff.lis;

import com.fasterxml.jackson.databind.node.ObjectNode;

import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads a stain result as LIS messages write it ("POS", "Positive, diffuse, strong", "negative", "focal +",
 * "60 %", "lost") into the contract's marker fields. Words it does not know are left out; a result it cannot read
 * at all is reported by the caller.
 */
final class ResultText {
    private static final Pattern PERCENT = Pattern.compile("(\\d+(?:\\.\\d+)?)\\s*%?");

    private ResultText() { }

    /** Fills result, extent, intensity, pattern and percent of {@code marker}; false when no result could be read. */
    static boolean read(String text, String units, ObjectNode marker) {
        if (text == null) return false;
        String t = text.toLowerCase(Locale.ROOT).replace('_', ' ');
        String result = null;
        if (has(t, "positive", "pos", "+", "reactive", "detected")) result = "positive";
        if (has(t, "negative", "neg", "-", "non reactive", "nonreactive", "not detected")) result = "negative";
        if (has(t, "equivocal", "ind", "indeterminate", "weakly equivocal")) result = "equivocal";
        if (has(t, "lost", "loss")) result = "lost";
        if (has(t, "retained", "intact", "preserved")) result = "retained";
        if (result != null) marker.put("result", result);
        for (String e : new String[]{"focal", "patchy", "diffuse"}) if (has(t, e)) marker.put("extent", e);
        for (String i : new String[]{"weak", "moderate", "strong"}) if (has(t, i)) marker.put("intensity", i);
        for (String p : new String[]{"nuclear", "cytoplasmic", "membranous", "dot-like"}) if (has(t, p)) marker.put("pattern", p);
        Matcher m = PERCENT.matcher(t);
        boolean numeric = false;
        if (m.find() && (t.contains("%") || "%".equals(units) || result == null)) {
            marker.put("percent", Double.parseDouble(m.group(1)));
            numeric = true;
        }
        return result != null || numeric;
    }

    private static boolean has(String text, String... words) {
        for (String w : words) {
            if (w.length() == 1) {
                if (text.trim().equals(w) || text.contains(" " + w) || text.startsWith(w + " ") || text.endsWith(w)) return true;
                continue;
            }
            if (Pattern.compile("(^|[^a-z])" + Pattern.quote(w) + "([^a-z]|$)").matcher(text).find()) return true;
        }
        return false;
    }
}
