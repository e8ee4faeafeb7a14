package org.immunodiff.knowledge;

/** A term of the morphology / clinical vocabulary. */
public record FeatureDefinition(String id, String kind, double defaultFrequency, String description, String source) { }
