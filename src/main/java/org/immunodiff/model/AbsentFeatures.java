package org.immunodiff.model;

import java.util.List;

/**
 * The features of one panel that are absent (stated so, or essential yet not named in a described morphology), as
 * one fact: the likelihood rule weighs them all in one firing instead of one fact, match and firing each, which was
 * a tenth of the rules engine's work per panel.
 */
public record AbsentFeatures(List<AbsentFeature> features) {
    public AbsentFeatures {
        features = List.copyOf(features);
    }

    /** Whether the report states this feature absent ("no necrosis"), as opposed to merely not naming it. */
    public boolean states(String feature) {
        for (AbsentFeature a : features) if (a.stated() && a.feature().equals(feature)) return true;
        return false;
    }
}
