package org.immunodiff.model;

import java.util.List;

/**
 * The engine's whole answer for one panel. {@code stainMenu} is null unless a laboratory's stain menu narrowed the
 * recommendations.
 */
public record Evaluation(String caseId, KnowledgeBaseIdentity knowledgeBase, List<RankedDiagnosis> diagnoses,
                         Grade grade, List<Recommendation> recommendations, List<Caveat> caveats,
                         List<Warning> warnings, List<FeatureObservation> recognisedFeatures,
                         List<String> firedRules, Detail detail, StainMenuAdvice stainMenu) { }
