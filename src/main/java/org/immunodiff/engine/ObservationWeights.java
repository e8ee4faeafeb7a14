package org.immunodiff.engine;

import org.immunodiff.knowledge.KnowledgeBase;
import org.immunodiff.model.Extent;
import org.immunodiff.model.MarkerObservation;
import org.immunodiff.model.StainPattern;

import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicReferenceArray;

/**
 * The log-likelihood ratios of each distinct reading of a stain or a feature, across every diagnosis of one knowledge
 * base. They depend on the tables and the reading only (a stain's result, its extent, whether its pattern is the
 * diagnostic one; a feature present, stated absent or unnamed), so each is computed once and shared, read-only, by the
 * panels after: a panel of twenty observations otherwise takes some six hundred logarithms.
 */
final class ObservationWeights {
    /** Negative; positive in a non-diagnostic pattern; positive with no extent, focal, patchy, diffuse. */
    private static final int MARKER_READINGS = 3 + Extent.values().length;
    /** Present; stated absent; essential yet not named. */
    private static final int FEATURE_READINGS = 3;

    private final ConcurrentHashMap<String, AtomicReferenceArray<double[]>> markers = new ConcurrentHashMap<>();
    private final ConcurrentHashMap<String, AtomicReferenceArray<double[]>> features = new ConcurrentHashMap<>();

    /** The weights kept with a knowledge base (one set per knowledge base, made on first use). */
    static ObservationWeights of(KnowledgeBase kb) { return kb.derived(ObservationWeights.class, k -> new ObservationWeights()); }

    private ObservationWeights() { }

    /** Which reading of a stain result the likelihood depends on (see Scorecard.likelihood). */
    static int markerReading(MarkerObservation o, StainPattern diagnosticPattern) {
        if (o.isNegative()) return 0;
        if (o.pattern() != null && diagnosticPattern != null && o.pattern() != diagnosticPattern) return 1;
        return o.extent() == null ? 2 : 3 + o.extent().ordinal();
    }

    /** Which reading of a feature: present, stated absent ({@code named} 1), or essential yet unnamed. */
    static int featureReading(boolean present, double named) { return present ? 0 : named == 1.0 ? 1 : 2; }

    /** The weights of a stain reading, or null before they are first computed. */
    double[] ofMarker(String marker, int reading) { return get(markers, marker, reading); }

    void keepMarker(String marker, int reading, double[] weights) {
        markers.computeIfAbsent(marker, k -> new AtomicReferenceArray<>(MARKER_READINGS)).set(reading, weights);
    }

    double[] ofFeature(String feature, int reading) { return get(features, feature, reading); }

    void keepFeature(String feature, int reading, double[] weights) {
        features.computeIfAbsent(feature, k -> new AtomicReferenceArray<>(FEATURE_READINGS)).set(reading, weights);
    }

    private static double[] get(ConcurrentHashMap<String, AtomicReferenceArray<double[]>> table, String key, int reading) {
        AtomicReferenceArray<double[]> slots = table.get(key);
        return slots == null ? null : slots.get(reading);
    }
}
