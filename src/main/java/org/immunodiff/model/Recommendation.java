package org.immunodiff.model;

import java.util.List;

/** A stain not yet done that would best separate the diagnoses still in contention. */
public record Recommendation(String marker, String reason, List<String> separates, double informationGainBits,
                             String rule) { }
