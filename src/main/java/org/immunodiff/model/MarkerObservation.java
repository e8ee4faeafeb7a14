package org.immunodiff.model;

/**
 * One stain result of the panel, with the marker already resolved to its canonical name.
 *
 * @param marker      canonical marker name from the knowledge base (e.g. "SMA")
 * @param reportedAs  the name as the laboratory wrote it (e.g. "alpha-SMA (1A4)")
 * @param result      positive, negative or equivocal; null for an index-only marker such as Ki-67
 * @param extent      focal / patchy / diffuse, or null when not given
 * @param intensity   weak / moderate / strong, or null
 * @param pattern     nuclear / cytoplasmic / membranous / dot-like, or null
 * @param percent     percentage of positive tumour cells (Ki-67 index or extent given as a percentage), or null
 */
public record MarkerObservation(String marker, String reportedAs, StainResult result, Extent extent,
                                Intensity intensity, StainPattern pattern, Double percent) {

    public boolean isPositive() { return result == StainResult.POSITIVE; }

    public boolean isNegative() { return result == StainResult.NEGATIVE; }

    public boolean isDiffuse() { return isPositive() && extent == Extent.DIFFUSE; }

    public boolean isFocal() { return isPositive() && (extent == Extent.FOCAL || extent == Extent.PATCHY); }

    public boolean isNuclear() { return isPositive() && pattern == StainPattern.NUCLEAR; }

    /** Positive and either read as nuclear or with no pattern given (the usual reading of a nuclear marker). */
    public boolean isNuclearOrUnspecified() { return isPositive() && (pattern == null || pattern == StainPattern.NUCLEAR); }

    /** "positive, diffuse, strong, nuclear, 80 %": what was observed, in the words of the wire format. */
    public String observedText() {
        if (extent == null && intensity == null && pattern == null && percent == null) {
            return result == null ? "" : RESULT_WORDS[result.ordinal()]; // the usual case: no words to join
        }
        StringBuilder s = new StringBuilder();
        if (result != null) s.append(RESULT_WORDS[result.ordinal()]);
        if (extent != null) s.append(s.isEmpty() ? "" : ", ").append(EXTENT_WORDS[extent.ordinal()]);
        if (intensity != null) s.append(s.isEmpty() ? "" : ", ").append(INTENSITY_WORDS[intensity.ordinal()]);
        if (pattern != null) s.append(s.isEmpty() ? "" : ", ").append(PATTERN_WORDS[pattern.ordinal()]);
        if (percent != null) s.append(s.isEmpty() ? "" : ", ").append(Numbers.plain(percent)).append(" %");
        return s.toString();
    }

    private static final String[] RESULT_WORDS = words(StainResult.values());
    private static final String[] EXTENT_WORDS = words(Extent.values());
    private static final String[] INTENSITY_WORDS = words(Intensity.values());
    private static final String[] PATTERN_WORDS = words(StainPattern.values());

    private static String[] words(Enum<?>[] values) {
        String[] words = new String[values.length];
        for (Enum<?> v : values) words[v.ordinal()] = v.name().toLowerCase(java.util.Locale.ROOT).replace('_', '-');
        return words;
    }
}
