package org.immunodiff.knowledge;

/** A frequency from the knowledge tables (a stain's positivity, a feature's reporting rate), with its source. */
public interface LiteratureFrequency {
    double frequency();

    /** True where no row exists and a documented default stands in. */
    boolean isDefault();

    String source();
}
