package org.immunodiff.knowledge;

import java.util.Set;

/**
 * A tumour-size band (greatest dimension, cm, lower bound inclusive, upper exclusive) in which a diagnosis is more or
 * less likely. A band may hold only at some sites or regions ({@code sites}; empty means everywhere): a glomus tumour
 * of the finger is usually under 1 cm, one of the stomach often over 2 cm.
 */
public record SizeBand(String diagnosis, double minCm, double maxCm, double multiplier, String source, Set<String> sites,
                       String label, String note) implements PriorRow {
    public SizeBand(String diagnosis, double minCm, double maxCm, double multiplier, String source, Set<String> sites) {
        this(diagnosis, minCm, maxCm, multiplier, source, Set.copyOf(sites), labelOf(minCm, maxCm, sites),
                PriorRow.noteOf(multiplier, " at this size"));
    }

    public boolean contains(double cm) { return cm >= minCm && cm < maxCm; }

    /** Whether the band holds at a case's site and region (a band with no sites holds everywhere). */
    public boolean appliesAt(String site, String region) {
        return sites.isEmpty() || (site != null && sites.contains(site)) || (region != null && sites.contains(region));
    }

    /** "prior: size under 3 cm", "prior: size 5 cm or more", "prior: size 2-5 cm", "... (skin, soft-tissue)". */
    private static String labelOf(double minCm, double maxCm, Set<String> sites) {
        String min = org.immunodiff.model.Numbers.plain(minCm);
        String max = org.immunodiff.model.Numbers.plain(maxCm);
        String where = sites.isEmpty() ? "" : " (" + String.join(", ", new java.util.TreeSet<>(sites)) + ")";
        if (minCm <= 0) return "prior: size under " + max + " cm" + where;
        if (maxCm >= 1000) return "prior: size " + min + " cm or more" + where;
        return "prior: size " + min + "-" + max + " cm" + where;
    }
}
