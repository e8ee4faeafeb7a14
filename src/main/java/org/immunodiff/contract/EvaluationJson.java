package org.immunodiff.contract;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.immunodiff.model.Caveat;
import org.immunodiff.model.Evaluation;
import org.immunodiff.model.Evidence;
import org.immunodiff.model.FeatureObservation;
import org.immunodiff.model.Grade;
import org.immunodiff.model.RankedDiagnosis;
import org.immunodiff.model.Recommendation;
import org.immunodiff.model.Warning;

import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Writes an {@link Evaluation} as the contract-v1 result (with the project's added fields), streaming: a result
 * with its explanations is some tens of kilobytes and batch work writes millions of them.
 */
public final class EvaluationJson {
    public static final String DECISION_SUPPORT_NOTICE = "Decision support only: a ranked differential from the "
            + "literature and rules, not a diagnosis. The pathologist integrates it with morphology and clinical findings and decides.";

    private EvaluationJson() { }

    /** The result as compact JSON text. */
    public static String toJsonString(Evaluation e) { return new String(toJsonBytes(e), StandardCharsets.UTF_8); }

    /** The result as UTF-8 JSON bytes, written straight from the generator (no intermediate String to encode). */
    public static byte[] toJsonBytes(Evaluation e) { return toThreadBuffer(e).toByteArray(); }

    /**
     * The result as UTF-8 JSON bytes in this thread's reused buffer, valid until the thread writes its next answer: the
     * caller copies them out (to a response, say) first.
     */
    public static AnswerBuffer toThreadBuffer(Evaluation e) {
        AnswerBuffer out = BUFFER.get();
        if (!out.worthKeeping()) { // an unusually large answer before this one does not stay in memory
            out = new AnswerBuffer(64 * 1024);
            BUFFER.set(out);
        }
        out.reset();
        writeTo(e, out);
        return out;
    }

    /** The result as UTF-8 JSON bytes, written to {@code out} (a caller's reused buffer, say). */
    public static void writeTo(Evaluation e, java.io.OutputStream out) {
        try (JsonGenerator g = Json.MAPPER.getFactory().createGenerator(out, com.fasterxml.jackson.core.JsonEncoding.UTF8)) {
            write(g, e);
        } catch (IOException x) {
            throw new UncheckedIOException(x);
        }
    }

    /**
     * Each thread's buffer for writing answers, reused: a full answer is some 55 KB, and growing a fresh buffer to hold
     * it cost more allocation than the answer itself.
     */
    private static final ThreadLocal<AnswerBuffer> BUFFER = ThreadLocal.withInitial(() -> new AnswerBuffer(64 * 1024));

    /** The result indented for people (the command line's --json), written once, not re-parsed. */
    public static String toPrettyJsonString(Evaluation e) {
        StringWriter out = new StringWriter(64 * 1024);
        try (JsonGenerator g = Json.MAPPER.getFactory().createGenerator(out).useDefaultPrettyPrinter()) {
            write(g, e);
        } catch (IOException x) {
            throw new UncheckedIOException(x);
        }
        return out.toString();
    }

    /** The result as a JSON tree (for callers that edit or embed it; slower than {@link #toJsonString}). */
    public static ObjectNode toJson(Evaluation e) {
        try {
            return (ObjectNode) Json.MAPPER.readTree(toJsonString(e));
        } catch (IOException x) {
            throw new UncheckedIOException(x);
        }
    }

    private static void recommendation(JsonGenerator g, Recommendation r) throws IOException {
        g.writeStartObject();
        g.writeStringField("marker", r.marker());
        g.writeStringField("reason", r.reason());
        strings(g, "separates", r.separates());
        g.writeNumberField("informationGainBits", r.informationGainBits());
        KnowledgeText.field(g, RULE, r.rule());
        g.writeEndObject();
    }

    public static void write(JsonGenerator g, Evaluation e) throws IOException {
        g.writeStartObject();
        g.writeStringField("caseId", e.caseId());
        g.writeObjectFieldStart("knowledgeBase");
        g.writeStringField("name", e.knowledgeBase().name());
        g.writeStringField("version", e.knowledgeBase().version());
        g.writeStringField("status", e.knowledgeBase().status());
        g.writeStringField("sha256", e.knowledgeBase().sha256());
        g.writeEndObject();
        KnowledgeText.field(g, DECISION_SUPPORT, DECISION_SUPPORT_NOTICE);
        g.writeStringField("detail", e.detail().wireName());
        Map<String, String> sourceKeys = new LinkedHashMap<>();
        g.writeArrayFieldStart("diagnoses");
        for (RankedDiagnosis d : e.diagnoses()) diagnosis(g, d, sourceKeys);
        g.writeEndArray();
        grade(g, e.grade());
        g.writeArrayFieldStart("recommendations");
        for (Recommendation r : e.recommendations()) recommendation(g, r);
        g.writeEndArray();
        if (e.stainMenu() != null) { // only where a laboratory's stain menu narrowed the advice
            g.writeObjectFieldStart("stainMenu");
            g.writeNumberField("stains", e.stainMenu().stains());
            g.writeArrayFieldStart("notOffered");
            for (Recommendation r : e.stainMenu().notOffered()) recommendation(g, r);
            g.writeEndArray();
            g.writeEndObject();
        }
        g.writeArrayFieldStart("caveats");
        for (Caveat c : e.caveats()) KnowledgeText.write(g, c.text());
        g.writeEndArray();
        g.writeArrayFieldStart("caveatDetails");
        for (Caveat c : e.caveats()) {
            g.writeStartObject();
            KnowledgeText.field(g, TEXT, c.text());
            KnowledgeText.field(g, RULE, c.rule());
            KnowledgeText.field(g, SOURCE, c.source());
            g.writeEndObject();
        }
        g.writeEndArray();
        g.writeArrayFieldStart("warnings");
        for (Warning w : e.warnings()) {
            g.writeStartObject();
            g.writeStringField("code", w.code());
            g.writeStringField("detail", w.detail());
            g.writeEndObject();
        }
        g.writeEndArray();
        g.writeArrayFieldStart("recognisedFeatures");
        for (FeatureObservation f : e.recognisedFeatures()) {
            g.writeStartObject();
            g.writeStringField("feature", f.feature());
            g.writeStringField("from", f.from());
            g.writeEndObject();
        }
        g.writeEndArray();
        knowledgeStrings(g, "firedRules", e.firedRules());
        g.writeObjectFieldStart("sources");
        for (Map.Entry<String, String> s : sourceKeys.entrySet()) {
            g.writeFieldName(s.getValue());
            KnowledgeText.write(g, s.getKey());
        }
        g.writeEndObject();
        g.writeEndObject();
    }

    private static void diagnosis(JsonGenerator g, RankedDiagnosis d, Map<String, String> sourceKeys) throws IOException {
        g.writeStartObject();
        g.writeNumberField("rank", d.rank());
        g.writeStringField("id", d.id());
        g.writeStringField("family", d.family());
        KnowledgeText.field(g, NAME, d.name());
        g.writeStringField("icdO", d.icdO());
        g.writeStringField("behaviour", d.behaviour());
        g.writeNumberField("probability", d.probability());
        evidence(g, "supporting", d.supporting(), sourceKeys);
        evidence(g, "conflicting", d.conflicting(), sourceKeys);
        knowledgeStrings(g, "rules", d.rules());
        g.writeEndObject();
    }

    /** Evidence with its literature source as a key into the result's "sources" table (each citation written once). */
    private static void evidence(JsonGenerator g, String field, List<Evidence> list, Map<String, String> sourceKeys) throws IOException {
        g.writeArrayFieldStart(field);
        for (Evidence ev : list) {
            g.writeStartObject();
            KnowledgeText.field(g, MARKER, ev.item());
            g.writeFieldName(OBSERVED);
            g.writeString(ev.observed()); // words from the panel: never cached
            g.writeFieldName(WEIGHT);
            weight(g, ev.weight());
            KnowledgeText.field(g, NOTE, ev.note());
            if (ev.source() != null) {
                String key = sourceKeys.get(ev.source());
                if (key == null) sourceKeys.put(ev.source(), key = "S" + (sourceKeys.size() + 1));
                g.writeFieldName(SOURCE);
                g.writeString(key);
            }
            if (ev.rule() != null) KnowledgeText.field(g, RULE, ev.rule());
            g.writeEndObject();
        }
        g.writeEndArray();
    }

    /**
     * A weight rounded to hundredths, as {@code writeNumber(Math.round(w * 100) / 100.0)} writes it: the text of a common
     * value (-50.00 to 50.00) is made once, by the same Double.toString, and copied after; others are written as usual.
     * The table fills as values occur (a racy fill is harmless: every writer stores the same text).
     */
    static void weight(JsonGenerator g, double w) throws IOException {
        long hundredths = Math.round(w * 100);
        if (Math.abs(hundredths) >= WEIGHT_TEXT_LIMIT) {
            g.writeNumber(hundredths / 100.0);
            return;
        }
        int i = (int) hundredths + WEIGHT_TEXT_LIMIT;
        com.fasterxml.jackson.core.SerializableString text = WEIGHT_TEXT[i];
        if (text == null) WEIGHT_TEXT[i] = text = new com.fasterxml.jackson.core.io.SerializedString(Double.toString(hundredths / 100.0));
        g.writeRawValue(text);
    }

    private static final int WEIGHT_TEXT_LIMIT = 5_000;
    private static final com.fasterxml.jackson.core.SerializableString[] WEIGHT_TEXT = new com.fasterxml.jackson.core.SerializableString[2 * WEIGHT_TEXT_LIMIT];

    private static void grade(JsonGenerator g, Grade grade) throws IOException {
        if (grade == null) {
            g.writeNullField("grade");
            return;
        }
        g.writeObjectFieldStart("grade");
        g.writeStringField("system", grade.system());
        g.writeNumberField("grade", grade.grade());
        g.writeNumberField("differentiation", grade.differentiation());
        g.writeNumberField("mitoses", grade.mitoses());
        g.writeNumberField("necrosis", grade.necrosis());
        g.writeNumberField("total", grade.total());
        g.writeBooleanField("surrogate", grade.surrogate());
        strings(g, "notes", grade.notes());
        g.writeEndObject();
    }

    private static final com.fasterxml.jackson.core.SerializableString DECISION_SUPPORT = KnowledgeText.name("decisionSupport"),
            RULE = KnowledgeText.name("rule"), TEXT = KnowledgeText.name("text"), SOURCE = KnowledgeText.name("source"),
            NAME = KnowledgeText.name("name"), MARKER = KnowledgeText.name("marker"), OBSERVED = KnowledgeText.name("observed"),
            WEIGHT = KnowledgeText.name("weight"), NOTE = KnowledgeText.name("note");

    /** An array of rule names: knowledge text. */
    private static void knowledgeStrings(JsonGenerator g, String field, List<String> values) throws IOException {
        g.writeArrayFieldStart(field);
        for (String v : values) KnowledgeText.write(g, v);
        g.writeEndArray();
    }

    private static void strings(JsonGenerator g, String field, List<String> values) throws IOException {
        g.writeArrayFieldStart(field);
        for (String v : values) g.writeString(v);
        g.writeEndArray();
    }
}
