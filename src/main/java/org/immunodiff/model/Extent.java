package org.immunodiff.model;

/** How much of the tumour stains. */
public enum Extent {
    FOCAL, PATCHY, DIFFUSE;

    /** The FNCLCC-style reading of a percentage of positive tumour cells: half or more is diffuse. */
    public static Extent ofPercent(double percent) {
        return percent >= 50 ? DIFFUSE : percent >= 10 ? PATCHY : FOCAL;
    }
}
