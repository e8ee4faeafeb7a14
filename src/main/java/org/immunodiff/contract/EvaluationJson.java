package org.immunodiff.contract;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.immunodiff.model.Caveat;
import org.immunodiff.model.Evaluation;
import org.immunodiff.model.Evidence;
import org.immunodiff.model.FeatureObservation;
import org.immunodiff.model.Grade;
import org.immunodiff.model.RankedDiagnosis;
import org.immunodiff.model.Recommendation;
import org.immunodiff.model.Warning;

import java.util.List;

/** Writes an {@link Evaluation} as the contract-v1 result (with the project's added fields). */
public final class EvaluationJson {
    public static final String DECISION_SUPPORT_NOTICE = "Decision support only: a ranked differential from the "
            + "literature and rules, not a diagnosis. The pathologist integrates it with morphology and clinical findings and decides.";

    private static final JsonNodeFactory F = JsonNodeFactory.instance;

    private EvaluationJson() { }

    public static ObjectNode toJson(Evaluation e) {
        ObjectNode root = F.objectNode();
        root.put("caseId", e.caseId());
        ObjectNode kb = root.putObject("knowledgeBase");
        kb.put("name", e.knowledgeBase().name());
        kb.put("version", e.knowledgeBase().version());
        kb.put("status", e.knowledgeBase().status());
        kb.put("sha256", e.knowledgeBase().sha256());
        root.put("decisionSupport", DECISION_SUPPORT_NOTICE);
        ArrayNode dx = root.putArray("diagnoses");
        java.util.Map<String, String> sourceKeys = new java.util.LinkedHashMap<>();
        for (RankedDiagnosis d : e.diagnoses()) dx.add(diagnosis(d, sourceKeys));
        root.set("grade", grade(e.grade()));
        ArrayNode recs = root.putArray("recommendations");
        for (Recommendation r : e.recommendations()) {
            ObjectNode n = recs.addObject();
            n.put("marker", r.marker());
            n.put("reason", r.reason());
            ArrayNode sep = n.putArray("separates");
            r.separates().forEach(sep::add);
            n.put("informationGainBits", r.informationGainBits());
            n.put("rule", r.rule());
        }
        ArrayNode caveats = root.putArray("caveats");
        ArrayNode caveatDetails = root.putArray("caveatDetails");
        for (Caveat c : e.caveats()) {
            caveats.add(c.text());
            ObjectNode n = caveatDetails.addObject();
            n.put("text", c.text());
            n.put("rule", c.rule());
            n.put("source", c.source());
        }
        ArrayNode warnings = root.putArray("warnings");
        for (Warning w : e.warnings()) warnings.addObject().put("code", w.code()).put("detail", w.detail());
        ArrayNode features = root.putArray("recognisedFeatures");
        for (FeatureObservation f : e.recognisedFeatures()) features.addObject().put("feature", f.feature()).put("from", f.from());
        ArrayNode fired = root.putArray("firedRules");
        e.firedRules().forEach(fired::add);
        ObjectNode sources = root.putObject("sources");
        sourceKeys.forEach((citation, key) -> sources.put(key, citation));
        return root;
    }

    private static ObjectNode diagnosis(RankedDiagnosis d, java.util.Map<String, String> sourceKeys) {
        ObjectNode n = F.objectNode();
        n.put("rank", d.rank());
        n.put("id", d.id());
        n.put("family", d.family());
        n.put("name", d.name());
        n.put("icdO", d.icdO());
        n.put("behaviour", d.behaviour());
        n.put("probability", d.probability());
        n.set("supporting", evidence(d.supporting(), sourceKeys));
        n.set("conflicting", evidence(d.conflicting(), sourceKeys));
        ArrayNode rules = n.putArray("rules");
        d.rules().forEach(rules::add);
        return n;
    }

    /** Evidence with its literature source as a key into the result's "sources" table (each citation written once). */
    private static ArrayNode evidence(List<Evidence> list, java.util.Map<String, String> sourceKeys) {
        ArrayNode a = F.arrayNode();
        for (Evidence ev : list) {
            ObjectNode n = a.addObject();
            n.put("marker", ev.item());
            n.put("observed", ev.observed());
            n.put("weight", Math.round(ev.weight() * 100) / 100.0);
            n.put("note", ev.note());
            if (ev.source() != null) n.put("source", sourceKeys.computeIfAbsent(ev.source(), k -> "S" + (sourceKeys.size() + 1)));
            if (ev.rule() != null) n.put("rule", ev.rule());
        }
        return a;
    }

    private static ObjectNode grade(Grade g) {
        if (g == null) return null;
        ObjectNode n = F.objectNode();
        n.put("system", g.system());
        n.put("grade", g.grade());
        n.put("differentiation", g.differentiation());
        n.put("mitoses", g.mitoses());
        n.put("necrosis", g.necrosis());
        n.put("total", g.total());
        n.put("surrogate", g.surrogate());
        ArrayNode notes = n.putArray("notes");
        g.notes().forEach(notes::add);
        return n;
    }
}
