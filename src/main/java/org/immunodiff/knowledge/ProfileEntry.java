package org.immunodiff.knowledge;

import org.immunodiff.model.Extent;
import org.immunodiff.model.StainPattern;

/**
 * How often a marker is positive in a diagnosis, from the literature.
 *
 * @param extent     the usual extent when positive (null: not stated; "variable" maps to null)
 * @param pattern    the pattern the frequency refers to, where the reading depends on it
 * @param isDefault  true where no row exists and the marker's documented default stands in
 * @param condition  the feature the case must show for the row to hold (a profile table's {@code when} column), or
 *                   null for a row that always holds
 */
public record ProfileEntry(String diagnosis, String marker, double frequency, Extent extent, StainPattern pattern,
                           String source, boolean isDefault, String condition) implements LiteratureFrequency {

    /** A row that always holds. */
    public ProfileEntry(String diagnosis, String marker, double frequency, Extent extent, StainPattern pattern,
                        String source, boolean isDefault) {
        this(diagnosis, marker, frequency, extent, pattern, source, isDefault, null);
    }
}
