package org.immunodiff.knowledge;

/** A multiplier on a diagnosis's prior for a site or a region, with its source. */
public record PriorShift(String diagnosis, String context, double multiplier, String source, String label, String note) implements PriorRow {
    public PriorShift(String diagnosis, String context, double multiplier, String source) {
        this(diagnosis, context, multiplier, source, "prior: site " + context, PriorRow.noteOf(multiplier, " at this site"));
    }
}
