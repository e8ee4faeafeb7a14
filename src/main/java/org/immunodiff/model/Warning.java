package org.immunodiff.model;

/** A non-fatal remark about the input (unknown marker, duplicate, unknown field...). */
public record Warning(String code, String detail) {
    public static final String UNKNOWN_MARKER = "UNKNOWN_MARKER";
    public static final String UNKNOWN_FIELD = "UNKNOWN_FIELD";
    public static final String DUPLICATE_MARKER = "DUPLICATE_MARKER";
    public static final String CONFLICTING_RESULTS = "CONFLICTING_RESULTS";
    public static final String UNKNOWN_FEATURE = "UNKNOWN_FEATURE";
    public static final String UNKNOWN_SITE = "UNKNOWN_SITE";
    public static final String UNKNOWN_MOLECULAR_TEST = "UNKNOWN_MOLECULAR_TEST";
    /** A stain name one slip of the pen from a listed spelling ("Demin"), read as that stain: the detail says which. */
    public static final String MARKER_READ_AS = "MARKER_READ_AS";
}
