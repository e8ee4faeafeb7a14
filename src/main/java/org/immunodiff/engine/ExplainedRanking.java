package org.immunodiff.engine;

import org.immunodiff.knowledge.Diagnosis;
import org.immunodiff.model.Detail;
import org.immunodiff.model.Evidence;
import org.immunodiff.model.RankedDiagnosis;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/** The diagnoses reported from a ranked ledger: each with its probability and its reasons for and against. */
public final class ExplainedRanking {
    private static final double SHOWN = 0.05;

    private ExplainedRanking() { }

    /** The first {@code reportedDiagnoses} (at most as many as the detail level asks for), explained. */
    public static List<RankedDiagnosis> of(List<Scorecard.Scored> ranking, Detail detail, int reportedDiagnoses) {
        List<RankedDiagnosis> out = new ArrayList<>();
        int n = Math.min(Math.min(reportedDiagnoses, detail.diagnoses()), ranking.size());
        int reasons = detail.reasonsEachWay();
        for (int i = 0; i < n; i++) {
            Scorecard.Scored s = ranking.get(i);
            Diagnosis d = s.diagnosis();
            // One array, sorted strongest-for first (stable); its tail of lines against is then re-sorted strongest-against
            // first, still stably, so ties keep the ledger's order both ways. The answer holds views of it.
            Scorecard.Lines ledger = s.evidence();
            Evidence[] lines = ledger.lines();
            double[] weights = ledger.weights();
            int count = ledger.count();
            StableOrder.sort(lines, weights, 0, count, true);
            int pro = 0, firstAgainst = count;
            while (pro < count && weights[pro] >= SHOWN) pro++;
            while (firstAgainst > pro && weights[firstAgainst - 1] <= -SHOWN) firstAgainst--;
            StableOrder.sort(lines, weights, firstAgainst, count, false);
            List<Evidence> evidence = Arrays.asList(lines);
            List<Evidence> conflicting = evidence.subList(firstAgainst, count);
            out.add(new RankedDiagnosis(i + 1, d.id(), d.family(), d.name(), d.icdO(), d.behaviour(),
                    round(s.probability()), firstOf(evidence.subList(0, pro), reasons), firstOf(conflicting, reasons), s.rules()));
        }
        return out;
    }

    private static List<Evidence> firstOf(List<Evidence> sorted, int limit) {
        return java.util.Collections.unmodifiableList(sorted.size() <= limit ? sorted : sorted.subList(0, limit));
    }

    private static double round(double p) { return Math.round(p * 10000) / 10000.0; }
}
