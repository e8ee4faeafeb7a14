package org.immunodiff.model;

import java.util.List;

/** The engine's whole answer for one panel. */
public record Evaluation(String caseId, KnowledgeBaseIdentity knowledgeBase, List<RankedDiagnosis> diagnoses,
                         Grade grade, List<Recommendation> recommendations, List<Caveat> caveats,
                         List<Warning> warnings, List<FeatureObservation> recognisedFeatures,
                         List<String> firedRules, Detail detail) { }
