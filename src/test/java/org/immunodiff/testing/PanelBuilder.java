package org.immunodiff.testing;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.immunodiff.contract.Json;
import org.immunodiff.model.Evaluation;
import org.immunodiff.model.RankedDiagnosis;

import java.util.List;
import java.util.Optional;

/** Builds contract panels for tests in a line or two: {@code panel().site("larynx").pos("SMA").neg("desmin")}. */
public final class PanelBuilder {
    private final ObjectNode root = Json.MAPPER.createObjectNode();
    private final ArrayNode markers = root.putArray("markers");

    public static PanelBuilder panel() { return new PanelBuilder().caseId("TEST-1"); }

    public PanelBuilder caseId(String id) { root.put("caseId", id); return this; }

    public PanelBuilder age(int age) { root.with("patient").put("age", age); return this; }

    public PanelBuilder sex(String sex) { root.with("patient").put("sex", sex); return this; }

    public PanelBuilder site(String site) { root.with("specimen").put("site", site); return this; }

    public PanelBuilder size(double cm) { root.with("specimen").put("sizeCm", cm); return this; }

    public PanelBuilder pattern(String pattern) { root.with("morphology").put("pattern", pattern); return this; }

    public PanelBuilder features(String... features) {
        ArrayNode a = root.with("morphology").putArray("features");
        for (String f : features) a.add(f);
        return this;
    }

    public PanelBuilder description(String text) { root.with("morphology").put("description", text); return this; }

    public PanelBuilder mitoses(int n) { root.with("morphology").put("mitosesPer10Hpf", n); return this; }

    public PanelBuilder necrosis(String n) { root.with("morphology").put("necrosis", n); return this; }

    public PanelBuilder differentiation(int d) { root.with("morphology").put("differentiationScore", d); return this; }

    public PanelBuilder clinical(String... items) {
        ArrayNode a = root.putArray("clinical");
        for (String i : items) a.add(i);
        return this;
    }

    public PanelBuilder pos(String marker) { return marker(marker, "positive", null, null); }

    public PanelBuilder neg(String marker) { return marker(marker, "negative", null, null); }

    public PanelBuilder pos(String marker, String extent) { return marker(marker, "positive", extent, null); }

    public PanelBuilder posPattern(String marker, String pattern) { return marker(marker, "positive", null, pattern); }

    public PanelBuilder result(String marker, String result) { return marker(marker, result, null, null); }

    public PanelBuilder ki67(double percent) {
        markers.addObject().put("marker", "Ki-67").put("percent", percent);
        return this;
    }

    public PanelBuilder molecular(String test, boolean detected) {
        root.withArray("molecular").addObject().put("test", test).put("result", detected ? "detected" : "not-detected");
        return this;
    }

    private PanelBuilder marker(String marker, String result, String extent, String pattern) {
        ObjectNode m = markers.addObject().put("marker", marker).put("result", result);
        if (extent != null) m.put("extent", extent);
        if (pattern != null) m.put("pattern", pattern);
        return this;
    }

    public String json() { return root.toString(); }

    public Evaluation evaluate() { return TestEngine.service().evaluate(json()); }

    /** The rank (1-based) of a diagnosis in an evaluation, or empty if not listed. */
    public static Optional<RankedDiagnosis> find(Evaluation e, String id) {
        return e.diagnoses().stream().filter(d -> d.id().equals(id)).findFirst();
    }

    public static double probability(Evaluation e, String id) {
        return find(e, id).map(RankedDiagnosis::probability).orElse(0.0);
    }

    public static String leader(Evaluation e) { return e.diagnoses().get(0).id(); }

    public static List<String> caveats(Evaluation e) { return e.caveats().stream().map(c -> c.text()).toList(); }
}
