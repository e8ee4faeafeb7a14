package org.immunodiff.knowledge;

/**
 * A band of a labelling index (Ki-67) read as a feature of the tumour (rules/knowledge/morphology/index-bands.csv):
 * an index from {@code minPercent} (inclusive) up to {@code maxPercent} (exclusive) is recognised as {@code feature},
 * whose frequency in each diagnosis comes from the feature profiles like any other feature.
 */
public record IndexBand(String marker, double minPercent, double maxPercent, String feature, String source) {
    public boolean contains(double percent) { return percent >= minPercent && (percent < maxPercent || maxPercent >= 100 && percent <= 100); }
}
