package org.immunodiff.cli;

import org.immunodiff.contract.EvaluationJson;
import org.immunodiff.model.Caveat;
import org.immunodiff.model.Evaluation;
import org.immunodiff.model.Evidence;
import org.immunodiff.model.FeatureObservation;
import org.immunodiff.model.Grade;
import org.immunodiff.model.RankedDiagnosis;
import org.immunodiff.model.Recommendation;
import org.immunodiff.model.Warning;

import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;

/** The readable report of one evaluation, for the terminal and for pasting into a pathology report. */
final class TextReport {
    private static final int SHOWN_DIAGNOSES = 5;
    private static final int SHOWN_EVIDENCE = 4;

    private TextReport() { }

    static String render(Evaluation e) {
        StringBuilder s = new StringBuilder();
        s.append("Immunodiff: ").append(EvaluationJson.DECISION_SUPPORT_NOTICE).append("\n");
        s.append("Case ").append(e.caseId() == null ? "(no caseId)" : e.caseId()).append(" | knowledge base ")
                .append(e.knowledgeBase().version()).append(" (").append(e.knowledgeBase().status()).append(", sha256 ")
                .append(e.knowledgeBase().sha256(), 0, 12).append(")\n\n");
        s.append("Differential\n");
        for (RankedDiagnosis d : e.diagnoses().subList(0, Math.min(SHOWN_DIAGNOSES, e.diagnoses().size()))) {
            s.append(String.format(Locale.ROOT, "%2d. %-52s %5.1f %%  %s%n", d.rank(), d.name() + " (" + d.icdO() + ")",
                    d.probability() * 100, bar(d.probability())));
            appendEvidence(s, "for", d.supporting());
            appendEvidence(s, "against", d.conflicting());
            List<String> rules = d.rules().stream().filter(r -> !r.startsWith("Each ") && !r.startsWith("Incidence")).toList();
            if (!rules.isEmpty()) s.append("      rules:   ").append(String.join("; ", rules)).append("\n");
        }
        s.append("\nGrade\n");
        Grade g = e.grade();
        if (g == null) {
            s.append("  not graded\n");
        } else {
            s.append(String.format(Locale.ROOT, "  FNCLCC grade %d: differentiation %d + mitoses %d%s + necrosis %d = %d%n",
                    g.grade(), g.differentiation(), g.mitoses(), g.surrogate() ? " (Ki-67 surrogate)" : "", g.necrosis(), g.total()));
            for (String n : g.notes()) s.append("  - ").append(n).append("\n");
        }
        if (!e.recommendations().isEmpty()) {
            s.append("\nNext stains").append(e.stainMenu() == null ? "" : " (from the laboratory's menu of " + e.stainMenu().stains() + ")")
                    .append("\n");
            for (Recommendation r : e.recommendations()) stain(s, r);
        }
        if (e.stainMenu() != null && !e.stainMenu().notOffered().isEmpty()) {
            s.append("\nNot on the laboratory's menu (send out?)\n");
            for (Recommendation r : e.stainMenu().notOffered()) stain(s, r);
        }
        if (!e.caveats().isEmpty()) {
            s.append("\nCaveats\n");
            for (Caveat c : e.caveats()) s.append("  ! ").append(c.text()).append("\n");
        }
        if (!e.recognisedFeatures().isEmpty()) {
            s.append("\nFeatures recognised: ").append(e.recognisedFeatures().stream()
                    .map(f -> f.feature() + " (\"" + f.from() + "\")").collect(Collectors.joining(", "))).append("\n");
        }
        if (!e.warnings().isEmpty()) {
            s.append("\nWarnings\n");
            for (Warning w : e.warnings()) s.append("  ").append(w.code()).append(": ").append(w.detail()).append("\n");
        }
        return s.toString();
    }

    private static void stain(StringBuilder s, Recommendation r) {
        s.append("  - ").append(r.marker()).append(": ").append(r.reason());
        if (!r.separates().isEmpty()) s.append(" [separates ").append(String.join(", ", r.separates())).append("]");
        s.append("\n");
    }

    private static void appendEvidence(StringBuilder s, String label, List<Evidence> evidence) {
        if (evidence.isEmpty()) return;
        String items = evidence.stream().limit(SHOWN_EVIDENCE)
                .map(ev -> String.format(Locale.ROOT, "%s %s (%+.1f)", ev.item(), ev.observed(), ev.weight()))
                .collect(Collectors.joining("; "));
        s.append(String.format("      %-8s %s%n", label + ":", items));
    }

    private static String bar(double p) {
        int n = (int) Math.round(p * 20);
        return "#".repeat(n);
    }

}
