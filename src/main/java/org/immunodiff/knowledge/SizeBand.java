package org.immunodiff.knowledge;

/** A tumour-size band (greatest dimension, cm, lower bound inclusive, upper exclusive) in which a diagnosis is more or less likely. */
public record SizeBand(String diagnosis, double minCm, double maxCm, double multiplier, String source, String label, String note) implements PriorRow {
    public SizeBand(String diagnosis, double minCm, double maxCm, double multiplier, String source) {
        this(diagnosis, minCm, maxCm, multiplier, source, labelOf(minCm, maxCm), PriorRow.noteOf(multiplier, " at this size"));
    }

    public boolean contains(double cm) { return cm >= minCm && cm < maxCm; }

    /** "prior: size under 3 cm", "prior: size 5 cm or more", "prior: size 2-5 cm". */
    private static String labelOf(double minCm, double maxCm) {
        String min = org.immunodiff.model.Numbers.plain(minCm);
        String max = org.immunodiff.model.Numbers.plain(maxCm);
        if (minCm <= 0) return "prior: size under " + max + " cm";
        if (maxCm >= 1000) return "prior: size " + min + " cm or more";
        return "prior: size " + min + "-" + max + " cm";
    }
}
