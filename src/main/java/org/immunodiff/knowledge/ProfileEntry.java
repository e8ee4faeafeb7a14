package org.immunodiff.knowledge;

import org.immunodiff.model.Extent;
import org.immunodiff.model.StainPattern;

/**
 * How often a marker is positive in a diagnosis, from the literature.
 *
 * @param extent     the usual extent when positive (null: not stated; "variable" maps to null)
 * @param pattern    the pattern the frequency refers to, where the reading depends on it
 * @param isDefault  true where no row exists and the marker's documented default stands in
 */
public record ProfileEntry(String diagnosis, String marker, double frequency, Extent extent, StainPattern pattern,
                           String source, boolean isDefault) implements LiteratureFrequency { }
