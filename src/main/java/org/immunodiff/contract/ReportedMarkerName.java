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
 * (nuclear)", "SMA focally", "Ki-67 (30%)", "MIB-1 labeling index >10%". The words the contract gives for extent,
 * pattern and intensity, and a percentage, are taken from the name, in brackets or before or after it, and the rest of
 * the name is the marker.
 */
record ReportedMarkerName(String marker, Extent extent, StainPattern pattern, Intensity intensity, Double percent) {
    private static final Map<String, Extent> EXTENTS = Map.of("focal", Extent.FOCAL, "focally", Extent.FOCAL,
            "patchy", Extent.PATCHY, "diffuse", Extent.DIFFUSE, "diffusely", Extent.DIFFUSE);
    private static final Map<String, StainPattern> PATTERNS = Map.of("nuclear", StainPattern.NUCLEAR,
            "cytoplasmic", StainPattern.CYTOPLASMIC, "membranous", StainPattern.MEMBRANOUS, "dot-like", StainPattern.DOT_LIKE);
    private static final Map<String, Intensity> INTENSITIES = Map.of("weak", Intensity.WEAK, "weakly", Intensity.WEAK,
            "moderate", Intensity.MODERATE, "moderately", Intensity.MODERATE, "strong", Intensity.STRONG, "strongly", Intensity.STRONG);
    private static final Pattern BRACKETS = Pattern.compile("\\(([^()]*)\\)");
    private static final Pattern WORDS = Pattern.compile("[\\s,;]+");
    /** The brackets a percentage leaves empty once taken out: "Ki-67 (30%)". */
    private static final Pattern EMPTY_BRACKETS = Pattern.compile("\\(\\s*\\)");

    static ReportedMarkerName read(String reported) {
        // one word and no brackets ("SMA", "CD34"), as most names are: nothing to take out
        if (oneWord(reported) && reported.indexOf('%') < 0) return new ReportedMarkerName(reported, null, null, null, null);
        Double percent = null;
        if (reported.indexOf('%') >= 0) {
            Matcher p = Percentage.PATTERN.matcher(reported);
            if (p.find()) {
                percent = Percentage.valueOf(p);
                reported = EMPTY_BRACKETS.matcher(reported.substring(0, p.start()) + " " + reported.substring(p.end())).replaceAll(" ").trim();
            }
        }
        List<String> qualifiers = new ArrayList<>();
        // words in brackets: "desmin (focal)", "β-catenin (nuclear, strong)"; other bracketed text (a clone) is kept
        StringBuilder rest = new StringBuilder();
        Matcher m = BRACKETS.matcher(reported);
        int from = 0;
        while (m.find()) {
            List<String> inside = words(m.group(1));
            boolean allQualifiers = !inside.isEmpty() && inside.stream().allMatch(ReportedMarkerName::isQualifier);
            if (allQualifiers) qualifiers.addAll(inside);
            rest.append(reported, from, allQualifiers ? m.start() : m.end());
            from = m.end();
        }
        rest.append(reported.substring(from));
        // leading and trailing words: "focal SMA", "nuclear STAT6", "SMA focally"
        List<String> words = new ArrayList<>(List.of(WORDS.split(rest.toString().trim())));
        while (words.size() > 1 && isQualifier(lower(words.get(0)))) qualifiers.add(lower(words.remove(0)));
        while (words.size() > 1 && isQualifier(lower(words.get(words.size() - 1)))) qualifiers.add(lower(words.remove(words.size() - 1)));
        return new ReportedMarkerName(String.join(" ", words), first(qualifiers, EXTENTS), first(qualifiers, PATTERNS),
                first(qualifiers, INTENSITIES), percent);
    }

    /** Whether the name said anything about how the stain looked. */
    boolean qualified() { return extent != null || pattern != null || intensity != null || percent != null; }

    /** The first qualifier word (brackets, then before, then after the name) that says this kind of thing. */
    private static <T> T first(List<String> qualifiers, Map<String, T> kind) {
        for (String w : qualifiers) if (kind.containsKey(w)) return kind.get(w);
        return null;
    }

    private static boolean oneWord(String s) {
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c == '(' || c == ',' || c == ';' || Character.isWhitespace(c)) return false;
        }
        return true;
    }

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
