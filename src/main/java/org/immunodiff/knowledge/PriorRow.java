package org.immunodiff.knowledge;

/** A row of a prior table (site, size or age) that multiplies a diagnosis's prior, as the evidence shows it. */
public interface PriorRow {
    String diagnosis();

    double multiplier();

    /** "prior: site larynx", "prior: age 40-120", "prior: size under 3 cm". */
    String label();

    /** "prior × 2.00 at this site": the reasoning line, written once when the row is read. */
    String note();

    String source();

    /** The note of a row: its multiplier in words, and what of the case it speaks to. */
    static String noteOf(double multiplier, String context) {
        return "prior × " + org.immunodiff.model.Numbers.twoDecimals(multiplier) + context;
    }
}
