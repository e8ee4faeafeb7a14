package org.immunodiff.contract;

import org.immunodiff.model.Extent;
import org.immunodiff.model.Intensity;
import org.immunodiff.model.StainPattern;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A marker name as a report writes it may carry how the stain looked: "focal SMA", "desmin (focal)", "β-catenin
 * (nuclear)", "SMA focally". The words the contract gives for extent, pattern and intensity are taken from the name,
 * in brackets or before or after it, and the rest of the name is the marker.
 */
record ReportedMarkerName(String marker, Extent extent, StainPattern pattern, Intensity intensity) {
    private static final Map<String, Extent> EXTENTS = Map.of("focal", Extent.FOCAL, "focally", Extent.FOCAL,
            "patchy", Extent.PATCHY, "diffuse", Extent.DIFFUSE, "diffusely", Extent.DIFFUSE);
    private static final Map<String, StainPattern> PATTERNS = Map.of("nuclear", StainPattern.NUCLEAR,
            "cytoplasmic", StainPattern.CYTOPLASMIC, "membranous", StainPattern.MEMBRANOUS, "dot-like", StainPattern.DOT_LIKE);
    private static final Map<String, Intensity> INTENSITIES = Map.of("weak", Intensity.WEAK, "weakly", Intensity.WEAK,
            "moderate", Intensity.MODERATE, "moderately", Intensity.MODERATE, "strong", Intensity.STRONG, "strongly", Intensity.STRONG);
    private static final Pattern BRACKETS = Pattern.compile("\\(([^()]*)\\)");
    private static final Pattern WORDS = Pattern.compile("[\\s,;]+");

    static ReportedMarkerName read(String reported) {
        Extent extent = null;
        StainPattern pattern = null;
        Intensity intensity = null;
        // words in brackets: "desmin (focal)", "β-catenin (nuclear, strong)"; other bracketed text (a clone) is kept
        StringBuilder rest = new StringBuilder();
        Matcher m = BRACKETS.matcher(reported);
        int from = 0;
        while (m.find()) {
            List<String> inside = words(m.group(1));
            if (!inside.isEmpty() && inside.stream().allMatch(ReportedMarkerName::isQualifier)) {
                for (String w : inside) {
                    extent = extent != null ? extent : EXTENTS.get(w);
                    pattern = pattern != null ? pattern : PATTERNS.get(w);
                    intensity = intensity != null ? intensity : INTENSITIES.get(w);
                }
                rest.append(reported, from, m.start());
            } else {
                rest.append(reported, from, m.end());
            }
            from = m.end();
        }
        rest.append(reported.substring(from));
        // leading and trailing words: "focal SMA", "nuclear STAT6", "SMA focally"
        List<String> words = new ArrayList<>(List.of(WORDS.split(rest.toString().trim())));
        while (words.size() > 1 && isQualifier(lower(words.get(0)))) {
            String w = lower(words.remove(0));
            extent = extent != null ? extent : EXTENTS.get(w);
            pattern = pattern != null ? pattern : PATTERNS.get(w);
            intensity = intensity != null ? intensity : INTENSITIES.get(w);
        }
        while (words.size() > 1 && isQualifier(lower(words.get(words.size() - 1)))) {
            String w = lower(words.remove(words.size() - 1));
            extent = extent != null ? extent : EXTENTS.get(w);
            pattern = pattern != null ? pattern : PATTERNS.get(w);
            intensity = intensity != null ? intensity : INTENSITIES.get(w);
        }
        return new ReportedMarkerName(String.join(" ", words), extent, pattern, intensity);
    }

    /** Whether the name said anything about how the stain looked. */
    boolean qualified() { return extent != null || pattern != null || intensity != null; }

    private static boolean isQualifier(String w) {
        return EXTENTS.containsKey(w) || PATTERNS.containsKey(w) || INTENSITIES.containsKey(w);
    }

    private static List<String> words(String s) {
        List<String> out = new ArrayList<>();
        for (String w : WORDS.split(s.trim())) if (!w.isEmpty()) out.add(lower(w));
        return out;
    }

    private static String lower(String w) { return w.toLowerCase(Locale.ROOT); }
}
