package org.immunodiff.knowledge;

/** A row of a prior table (site, size or age) that multiplies a diagnosis's prior, as the evidence shows it. */
public interface PriorRow {
    String diagnosis();

    double multiplier();

    /** "prior: site larynx", "prior: age 40-120", "prior: size under 3 cm". */
    String label();

    String source();
}
