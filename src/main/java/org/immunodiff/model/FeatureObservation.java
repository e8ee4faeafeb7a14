package org.immunodiff.model;

/** A morphology or clinical feature of the vocabulary, recognised in the words the report used. */
public record FeatureObservation(String feature, String from) { }
