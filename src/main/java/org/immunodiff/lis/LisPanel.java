package org.immunodiff.lis;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.immunodiff.contract.Json;
import org.immunodiff.knowledge.KnowledgeBase;
import org.immunodiff.knowledge.Marker;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Builds a contract-v1 panel from the observations an LIS message carries, so that HL7 v2, FHIR and JSON meet the
 * same reader and rules. Observations that are not stains use the documented local codes {@link #LOCAL_CODES}.
 */
final class LisPanel {
    /** Local codes for what a panel holds besides stains (OBX-3 / Observation.code), documented in the README. */
    static final List<String> LOCAL_CODES = List.of("IMMDX-AGE", "IMMDX-PATTERN", "IMMDX-FEATURES", "IMMDX-MITOSES",
            "IMMDX-NECROSIS", "IMMDX-DIFFERENTIATION", "IMMDX-DESCRIPTION", "IMMDX-CLINICAL", "IMMDX-MOLECULAR", "IMMDX-SITE",
            "IMMDX-SUBSITE", "IMMDX-SIZE");
    /** LOINC 30525-0: Age. */
    static final String LOINC_AGE = "30525-0";

    private final KnowledgeBase kb;
    private final CodeMap codes;
    final ObjectNode panel = Json.MAPPER.createObjectNode();
    private final ArrayNode markers = panel.putArray("markers");
    /** Where each marker of the panel came from in the message, for errors that name a field of the panel. */
    final List<String> markerLocations = new ArrayList<>();

    LisPanel(KnowledgeBase kb, CodeMap codes) {
        this.kb = kb;
        this.codes = codes;
    }

    void caseId(String id) { if (id != null && !id.isBlank()) panel.put("caseId", id.trim()); }

    void age(int years) { panel.with("patient").put("age", years); }

    void sex(String code) {
        if (code == null || code.isBlank()) return;
        String s = switch (code.trim().toUpperCase(Locale.ROOT)) {
            case "M", "MALE" -> "male";
            case "F", "FEMALE" -> "female";
            case "O", "A", "OTHER" -> "other";
            default -> "unknown";
        };
        panel.with("patient").put("sex", s);
    }

    void site(String text) { if (text != null && !text.isBlank()) panel.with("specimen").put("site", text.trim()); }

    void subsite(String text) { if (text != null && !text.isBlank()) panel.with("specimen").put("subsite", text.trim()); }

    /**
     * One observation: a local code for morphology and context, else a stain found through the code map (lab codes,
     * LOINC), then the marker synonyms on the text, then on the code. An unknown stain still goes in under its text,
     * so the reader warns UNKNOWN_MARKER instead of dropping it.
     */
    void observation(String code, String text, String value, String units, String location) {
        String c = code == null ? "" : code.trim().toUpperCase(Locale.ROOT);
        if (local(c, value, units, location)) return;
        String marker = codes.marker(code).orElse(null);
        if (marker == null && text != null) marker = kb.resolveMarker(text).map(Marker::name).orElse(null);
        if (marker == null && code != null) marker = kb.resolveMarker(code).map(Marker::name).orElse(null);
        String name = marker != null ? marker : (text != null && !text.isBlank() ? text : code);
        if (name == null || name.isBlank()) throw LisInputException.error(location, "the observation has neither a code nor a name");
        ObjectNode m = Json.MAPPER.createObjectNode().put("marker", name);
        if (!ResultText.read(value, units, m)) {
            throw LisInputException.error(location, "cannot read the result '" + (value == null ? "" : value) + "' of " + name);
        }
        markers.add(m);
        markerLocations.add(location);
    }

    private boolean local(String code, String value, String units, String location) {
        if (!code.startsWith("IMMDX-") && !code.equals(LOINC_AGE)) return false;
        String v = value == null ? "" : value.trim();
        ObjectNode morphology = panel.with("morphology");
        try {
            switch (code) {
                case LOINC_AGE, "IMMDX-AGE" -> age((int) Double.parseDouble(v));
                case "IMMDX-PATTERN" -> morphology.put("pattern", v.toLowerCase(Locale.ROOT));
                case "IMMDX-FEATURES" -> { for (String f : v.split("[;,]")) if (!f.isBlank()) morphology.withArray("features").add(f.trim()); }
                case "IMMDX-MITOSES" -> morphology.put("mitosesPer10Hpf", (int) Double.parseDouble(v));
                case "IMMDX-NECROSIS" -> morphology.put("necrosis", v.toLowerCase(Locale.ROOT));
                case "IMMDX-DIFFERENTIATION" -> morphology.put("differentiationScore", (int) Double.parseDouble(v));
                case "IMMDX-DESCRIPTION" -> morphology.put("description", v);
                case "IMMDX-CLINICAL" -> { for (String f : v.split("[;,]")) if (!f.isBlank()) panel.withArray("clinical").add(f.trim()); }
                case "IMMDX-SITE" -> site(v);
                case "IMMDX-SUBSITE" -> subsite(v);
                case "IMMDX-SIZE" -> panel.with("specimen").put("sizeCm", Double.parseDouble(v));
                case "IMMDX-MOLECULAR" -> {
                    int colon = v.lastIndexOf(':');
                    if (colon < 0) throw LisInputException.error(location, "a molecular result reads 'test: detected' or 'test: not-detected'");
                    String result = v.substring(colon + 1).trim().toLowerCase(Locale.ROOT).replace(' ', '-');
                    panel.withArray("molecular").addObject().put("test", v.substring(0, colon).trim())
                            .put("result", result.startsWith("not") || result.equals("negative") ? "not-detected" : "detected");
                }
                default -> throw LisInputException.error(location, "unknown local code '" + code + "'; known: " + String.join(", ", LOCAL_CODES));
            }
        } catch (NumberFormatException e) {
            throw LisInputException.error(location, code + " needs a number, not '" + v + "'");
        }
        if (morphology.isEmpty()) panel.remove("morphology");
        return true;
    }

    /** The message location a panel field came from ("markers[2].percent" -> the OBX that gave marker 2). */
    String locate(String field, String fallback) {
        if (field != null && field.startsWith("markers[")) {
            int end = field.indexOf(']');
            int i = Integer.parseInt(field.substring(8, end));
            if (i < markerLocations.size()) return markerLocations.get(i);
        }
        return fallback;
    }
}
