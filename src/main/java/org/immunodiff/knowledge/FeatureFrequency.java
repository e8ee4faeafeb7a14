package org.immunodiff.knowledge;

/** How often a feature is reported in a diagnosis. */
public record FeatureFrequency(String diagnosis, String feature, double frequency, String source, boolean isDefault)
        implements LiteratureFrequency { }
