package org.immunodiff.model;

/**
 * A feature of the vocabulary that the report says is absent ("no granular cytoplasm": {@code stated}), or an
 * essential feature of some diagnosis that a described morphology does not name (not {@code stated}).
 */
public record AbsentFeature(String feature, String from, boolean stated) { }
