package org.immunodiff.knowledge;

/** A multiplier on a diagnosis's prior for a site, a region or an age band, with its source. */
public record PriorShift(String diagnosis, String context, double multiplier, String source, String label) implements PriorRow {
    public PriorShift(String diagnosis, String context, double multiplier, String source) {
        this(diagnosis, context, multiplier, source, "prior: site " + context);
    }
}
