package org.immunodiff.bench;

import org.immunodiff.engine.ExplainedRanking;
import org.immunodiff.engine.Scorecard;
import org.immunodiff.knowledge.KnowledgeBase;
import org.immunodiff.model.AbsentFeature;
import org.immunodiff.model.Detail;
import org.immunodiff.model.FeatureObservation;
import org.immunodiff.model.MarkerObservation;
import org.immunodiff.model.Panel;
import org.immunodiff.model.RankedDiagnosis;

import java.util.List;

/**
 * The likelihood ranking in plain Java loops, no rules engine: the same tables, the same arithmetic
 * (the engine's Scorecard), called directly. Beside the Drools ranking it shows what the rules engine costs.
 * PlainJavaRankingTest checks that both give the same ranking. {@link #explained} gives the same answer the Drools
 * evaluation gives (the reported diagnoses with their reasons), so that the two sides of the benchmark do the same work.
 */
public final class PlainJavaRanking {
    private static final String RULE = "plain Java";

    private PlainJavaRanking() { }

    public static List<Scorecard.Scored> rank(KnowledgeBase kb, Panel panel) {
        Scorecard s = new Scorecard(kb, Scorecard.conditionsOf(panel));
        for (MarkerObservation m : panel.markers()) if (m.result() != null) s.weighMarker(m, RULE);
        for (FeatureObservation f : panel.features()) s.weighFeature(f, RULE);
        for (AbsentFeature a : panel.absentFeatures()) s.weighAbsentFeature(a, RULE);
        s.applyPriors(panel.context(), RULE);
        return s.rank();
    }

    /** The ranking explained as an evaluation reports it: the first diagnoses, each with its reasons for and against. */
    public static List<RankedDiagnosis> explained(KnowledgeBase kb, Panel panel) {
        return ExplainedRanking.of(rank(kb, panel), Detail.FULL, kb.parameters().reportedDiagnoses());
    }
}
