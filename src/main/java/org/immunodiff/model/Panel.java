package org.immunodiff.model;

import java.util.List;

/** A validated, normalised panel: what the engine reasons over. */
public record Panel(String caseId, CaseContext context, List<MarkerObservation> markers,
                    List<FeatureObservation> features, List<AbsentFeature> absentFeatures, List<Warning> warnings) {
    public Panel {
        markers = List.copyOf(markers);
        features = List.copyOf(features);
        absentFeatures = List.copyOf(absentFeatures);
        warnings = List.copyOf(warnings);
    }
}
