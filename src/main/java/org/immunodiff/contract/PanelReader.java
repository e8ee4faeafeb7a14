package org.immunodiff.contract;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import org.immunodiff.knowledge.KnowledgeBase;
import org.immunodiff.knowledge.Marker;
import org.immunodiff.knowledge.EssentialFeature;
import org.immunodiff.knowledge.PhraseDictionary;
import org.immunodiff.model.AbsentFeature;
import org.immunodiff.knowledge.Site;
import org.immunodiff.model.CaseContext;
import org.immunodiff.model.Extent;
import org.immunodiff.model.FeatureObservation;
import org.immunodiff.model.Intensity;
import org.immunodiff.model.MarkerObservation;
import org.immunodiff.model.Necrosis;
import org.immunodiff.model.Panel;
import org.immunodiff.model.StainPattern;
import org.immunodiff.model.StainResult;
import org.immunodiff.model.Warning;

import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Reads a contract-v1 panel (JSON) into a validated {@link Panel}. Bad input is rejected as a whole with an
 * {@link InvalidPanelException} naming the field; unknown fields, markers and features become warnings.
 */
public final class PanelReader {
    private static final Set<String> ROOT = Set.of("caseId", "source", "patient", "specimen", "morphology", "markers", "molecular", "clinical");
    private static final Set<String> PATIENT = Set.of("age", "sex");
    private static final Set<String> SPECIMEN = Set.of("site", "subsite", "procedure", "sizeCm");
    /** The vocabulary feature that morphology.necrosis also reports, when the knowledge base has it. */
    private static final String NECROSIS_FEATURE = "tumour-necrosis";
    private static final Set<String> MORPHOLOGY = Set.of("pattern", "features", "mitosesPer10Hpf", "necrosis", "differentiationScore", "description");
    private static final Set<String> MARKER = Set.of("marker", "result", "extent", "intensity", "pattern", "percent");
    private static final Set<String> MOLECULAR = Set.of("test", "result");
    /** The values each enumerated field accepts (the contract's words), made once. */
    private static final Set<String> SEXES = Set.of("male", "female", "other", "unknown");
    private static final Set<String> PATTERNS = Set.of("spindle", "epithelioid", "pleomorphic", "mixed", "round-cell");
    private static final Set<String> NECROSIS = Set.of("none", "lt50", "ge50");
    private static final Set<String> STAIN_RESULTS = Set.of("positive", "negative", "equivocal", "lost", "retained");
    private static final Set<String> EXTENTS = Set.of("focal", "patchy", "diffuse");
    private static final Set<String> INTENSITIES = Set.of("weak", "moderate", "strong");
    private static final Set<String> STAIN_PATTERNS = Set.of("nuclear", "cytoplasmic", "membranous", "dot-like");
    private static final Set<String> MOLECULAR_RESULTS = Set.of("detected", "not-detected");
    private static final int MAX_MARKERS = 200;

    private final KnowledgeBase kb;

    private final LabellingIndex labellingIndex;

    public PanelReader(KnowledgeBase kb) {
        this.kb = kb;
        this.labellingIndex = new LabellingIndex(kb);
    }

    public Panel read(String json) {
        JsonNode root;
        if (json != null && !json.isEmpty() && json.charAt(0) == '\uFEFF') json = json.substring(1); // a byte-order mark
        try {
            root = Json.MAPPER.readTree(json);
        } catch (JsonProcessingException e) {
            throw new InvalidPanelException("$", "not valid JSON: " + e.getOriginalMessage()
                    + (e.getLocation() != null ? " at line " + e.getLocation().getLineNr() + ", column " + e.getLocation().getColumnNr() : ""));
        }
        return read(root);
    }

    public Panel read(JsonNode root) {
        if (root == null || root.isMissingNode() || !root.isObject()) throw new InvalidPanelException("$", "a panel must be a JSON object");
        List<Warning> warnings = new ArrayList<>();
        unknownFields(root, ROOT, "", warnings);

        String caseId = optionalText(root, "caseId", "caseId");
        JsonNode patient = optionalObject(root, "patient", "patient");
        Integer age = null;
        String sex = null;
        if (patient != null) {
            unknownFields(patient, PATIENT, "patient.", warnings);
            age = optionalInt(patient, "age", "patient.age", 0, 120);
            sex = optionalEnum(patient, "sex", "patient.sex", SEXES);
        }

        JsonNode specimen = optionalObject(root, "specimen", "specimen");
        Site site = null;
        Double size = null;
        if (specimen != null) {
            unknownFields(specimen, SPECIMEN, "specimen.", warnings);
            String siteText = optionalText(specimen, "site", "specimen.site");
            String subsite = optionalText(specimen, "subsite", "specimen.subsite");
            optionalText(specimen, "procedure", "specimen.procedure");
            size = optionalNumber(specimen, "sizeCm", "specimen.sizeCm", 0, 200);
            site = kb.resolveSite(siteText, subsite).orElse(null);
            if (site == null && (siteText != null || subsite != null)) {
                warnings.add(new Warning(Warning.UNKNOWN_SITE, "specimen.site not recognised; no site prior applied"));
            }
        }

        Map<String, FeatureObservation> features = new LinkedHashMap<>();
        Map<String, AbsentFeature> absent = new LinkedHashMap<>();
        boolean described = false;
        JsonNode morphology = optionalObject(root, "morphology", "morphology");
        String pattern = null;
        Integer mitoses = null;
        Necrosis necrosis = null;
        Integer differentiation = null;
        String description = null;
        if (morphology != null) {
            unknownFields(morphology, MORPHOLOGY, "morphology.", warnings);
            pattern = optionalEnum(morphology, "pattern", "morphology.pattern", PATTERNS);
            mitoses = optionalInt(morphology, "mitosesPer10Hpf", "morphology.mitosesPer10Hpf", 0, 1000);
            String n = optionalEnum(morphology, "necrosis", "morphology.necrosis", NECROSIS);
            necrosis = n == null ? null : Necrosis.valueOf(n.toUpperCase(Locale.ROOT));
            differentiation = optionalInt(morphology, "differentiationScore", "morphology.differentiationScore", 1, 3);
            if (pattern != null && kb.feature("pattern-" + pattern).isPresent()) {
                features.put("pattern-" + pattern, new FeatureObservation("pattern-" + pattern, "pattern: " + pattern));
            }
            if (necrosis != null && kb.feature(NECROSIS_FEATURE).isPresent()) { // the grading field read as the feature too
                String from = "necrosis: " + n;
                if (necrosis == Necrosis.NONE) absent.put(NECROSIS_FEATURE, new AbsentFeature(NECROSIS_FEATURE, from, true));
                else features.put(NECROSIS_FEATURE, new FeatureObservation(NECROSIS_FEATURE, from));
            }
            PhraseList listed = phrases(morphology, "features", "morphology.features", features, absent, warnings, mitoses == null);
            described = listed.any();
            if (mitoses == null) mitoses = listed.mitoses(); // a count a listed phrase gives, in a clause naming mitoses
            description = optionalText(morphology, "description", "morphology.description");
            if (description != null && !description.isBlank()) {
                described = true;
                for (PhraseDictionary.Match<String> m : kb.findFeatures(description)) record(m, m.written(), features, absent);
                // a count the description gives ("12 mitoses per 10 HPF") stands in when neither the field nor a phrase gives one
                if (mitoses == null) mitoses = MitoticCount.in(description).orElse(null);
            }
        }
        phrases(root, "clinical", "clinical", features, absent, warnings, false);
        features.keySet().forEach(absent::remove); // named present somewhere: the report is not read as denying it
        if (described) {
            for (EssentialFeature e : kb.essentialFeatures()) {
                if (features.containsKey(e.feature()) || absent.containsKey(e.feature())) continue;
                if (e.alsoNamedBy().stream().anyMatch(features::containsKey)) continue;
                absent.put(e.feature(), new AbsentFeature(e.feature(), "not named in the morphology described", false));
            }
        }

        JsonNode markersNode = root.get("markers");
        if (markersNode == null || markersNode.isNull()) throw new InvalidPanelException("markers", "a panel needs at least one marker");
        if (!markersNode.isArray()) throw new InvalidPanelException("markers", "must be an array of marker results");
        if (markersNode.isEmpty()) throw new InvalidPanelException("markers", "a panel needs at least one marker");
        if (markersNode.size() > MAX_MARKERS) throw new InvalidPanelException("markers", "more than " + MAX_MARKERS + " markers");
        MarkerReports markers = new MarkerReports(kb.markerFamilyNames(), kb.markerDictionary());
        for (int i = 0; i < markersNode.size(); i++) {
            for (MarkerObservation o : marker(markersNode.get(i), "markers[" + i + "]", warnings)) markers.add(o);
        }
        JsonNode molecular = root.get("molecular");
        if (molecular != null && !molecular.isNull()) {
            if (!molecular.isArray()) throw new InvalidPanelException("molecular", "must be an array");
            for (int i = 0; i < molecular.size(); i++) {
                MarkerObservation o = molecular(molecular.get(i), "molecular[" + i + "]", warnings);
                if (o != null) markers.add(o);
            }
        }
        List<MarkerObservation> decided = markers.decide(warnings);
        // the labelling index, once its reports are decided (of two indices the higher, the hot spot): the grading's
        // surrogate and the index band read from the same value
        Double ki67 = null;
        for (MarkerObservation o : decided) {
            if (!kb.marker(o.marker()).map(Marker::isIndex).orElse(false)) continue;
            if (o.percent() != null) ki67 = o.percent();
            indexFeature(o, features);
        }
        // a Ki-67 index the description gives ("MIB-1 labeling index was greater than 10%") stands in for a missing one
        if (ki67 == null && description != null) {
            var index = labellingIndex.in(description);
            if (index.isPresent()) {
                LabellingIndex.Reading r = index.get();
                ki67 = r.percent();
                indexBandFeature(r.marker(), r.percent(), r.from(), features);
            }
        }

        CaseContext context = new CaseContext(age, sex, site == null ? null : site.site(), site == null ? null : site.region(),
                site != null && site.mucosal(), size, pattern, mitoses, necrosis, differentiation, ki67);
        return new Panel(caseId, context, decided, new ArrayList<>(features.values()),
                new ArrayList<>(absent.values()), warnings);
    }

    /**
     * A labelling index read as a feature through the index-band table: "Ki-67 40 %" falls in a band; an index
     * reported only as negative reads as 0 %; one reported only as positive says nothing about its level.
     */
    private void indexFeature(MarkerObservation o, Map<String, FeatureObservation> features) {
        Double percent = o.percent() != null ? o.percent() : o.isNegative() ? Double.valueOf(0) : null;
        if (percent == null) return;
        String from = o.reportedAs() + (o.percent() != null ? " " + org.immunodiff.model.Numbers.plain(o.percent()) + " %" : " negative");
        indexBandFeature(o.marker(), percent, from, features);
    }

    /** The band of the index-band table an index value falls in, as a feature with the words it came from. */
    private void indexBandFeature(String marker, double percent, String from, Map<String, FeatureObservation> features) {
        kb.indexBand(marker, percent).ifPresent(b -> features.putIfAbsent(b.feature(), new FeatureObservation(b.feature(), from)));
    }

    /**
     * One reported stain result: usually one observation, several where the name lists several stains ("ER/PR",
     * "muscle markers (SMA, desmin, MyoD1)"), none (with a warning) where the name is not known.
     */
    private List<MarkerObservation> marker(JsonNode node, String field, List<Warning> warnings) {
        if (!node.isObject()) throw new InvalidPanelException(field, "must be an object with a marker and a result");
        unknownFields(node, MARKER, field + ".", warnings);
        String name = optionalText(node, "marker", field + ".marker");
        if (name == null || name.isBlank()) throw new InvalidPanelException(field + ".marker", "the marker name is missing");
        String resultText = optionalEnum(node, "result", field + ".result",
                STAIN_RESULTS);
        Double percent = optionalNumber(node, "percent", field + ".percent", 0, 100);
        Extent extent = null;
        JsonNode extentNode = node.get("extent");
        if (extentNode != null && !extentNode.isNull()) {
            if (extentNode.isNumber()) {
                double pct = extentNode.asDouble();
                if (pct < 0 || pct > 100) throw new InvalidPanelException(field + ".extent", "a percentage must be 0-100, not " + extentNode.asText());
                extent = Extent.ofPercent(pct);
                if (percent == null) percent = pct;
            } else {
                String e = optionalEnum(node, "extent", field + ".extent", EXTENTS);
                extent = Extent.valueOf(e.toUpperCase(Locale.ROOT));
            }
        }
        String intensityText = optionalEnum(node, "intensity", field + ".intensity", INTENSITIES);
        String patternText = optionalEnum(node, "pattern", field + ".pattern", STAIN_PATTERNS);
        // how the stain looked may be written into the name ("focal SMA", "β-catenin (nuclear)", "Ki-67 (30%)"); the
        // fields win
        ReportedMarkerName reported = ReportedMarkerName.read(name);
        if (percent == null) percent = reported.percent();
        if (resultText == null && percent == null) {
            throw new InvalidPanelException(field + ".result", "give a result (positive, negative, equivocal, lost, retained) or a percent");
        }
        List<Marker> named = markersNamed(name, reported);
        if (named.isEmpty()) named = slipOfThePen(name, reported, warnings);
        if (named.isEmpty()) {
            warnings.add(new Warning(Warning.UNKNOWN_MARKER, name));
            return List.of();
        }
        List<MarkerObservation> out = new ArrayList<>(named.size());
        for (Marker m : named) out.add(observation(m, name, reported, resultText, percent, extent, intensityText, patternText));
        return out;
    }

    /**
     * The marker a reported name stands for, read whole and then without the qualifier words it carries ("focal SMA");
     * else the stains it lists ("ER/PR"), read the same two ways; empty for a name the knowledge base does not know.
     */
    private List<Marker> markersNamed(String name, ReportedMarkerName reported) {
        Optional<Marker> whole = kb.resolveMarker(name);
        if (whole.isEmpty() && reported.qualified()) whole = kb.resolveMarker(reported.marker());
        if (whole.isPresent()) return List.of(whole.get());
        List<Marker> listed = kb.resolveMarkerList(name);
        if (listed.isEmpty() && reported.qualified()) listed = kb.resolveMarkerList(reported.marker());
        if (!listed.isEmpty()) return listed;
        // a molecular test reported among the stains ("SYT-SSX fusion transcript: positive") is read as the
        // molecular[] entry it stands for: positive is detected, negative not detected
        return kb.resolveMolecularTestNamed(name).map(List::of).orElse(List.of());
    }

    /**
     * A name that is one slip of the pen from a listed spelling ("Demin"), read as that stain with a warning that says
     * so, for the pathologist to check; empty when it is not such a slip.
     */
    private List<Marker> slipOfThePen(String name, ReportedMarkerName reported, List<Warning> warnings) {
        var slip = kb.markerDictionary().slipOf(name);
        if (slip.isEmpty() && reported.qualified()) slip = kb.markerDictionary().slipOf(reported.marker());
        if (slip.isEmpty()) return List.of();
        Optional<Marker> marker = kb.marker(slip.get().marker());
        if (marker.isEmpty()) return List.of();
        warnings.add(new Warning(Warning.MARKER_READ_AS, "'" + name + "' read as " + marker.get().name()
                + " (one letter from the listed spelling '" + slip.get().spelling() + "'); check the stain"));
        return List.of(marker.get());
    }

    private static MarkerObservation observation(Marker marker, String name, ReportedMarkerName reported, String resultText,
                                                 Double percent, Extent extent, String intensityText, String patternText) {
        StainResult result = resultText == null ? null : switch (resultText) {
            case "positive", "retained" -> StainResult.POSITIVE;
            case "negative", "lost" -> StainResult.NEGATIVE;
            default -> StainResult.EQUIVOCAL;
        };
        if (extent == null && result != null && result != StainResult.NEGATIVE) extent = reported.extent();
        if (result == null && !marker.isIndex()) {
            result = percent > 0 ? StainResult.POSITIVE : StainResult.NEGATIVE;
            if (extent == null && percent > 0) extent = Extent.ofPercent(percent);
        }
        return new MarkerObservation(marker.name(), name, result, extent,
                intensityText == null ? reported.intensity() : Intensity.valueOf(intensityText.toUpperCase(Locale.ROOT)),
                patternText == null ? reported.pattern() : StainPattern.valueOf(patternText.toUpperCase(Locale.ROOT).replace('-', '_')),
                percent);
    }

    private MarkerObservation molecular(JsonNode node, String field, List<Warning> warnings) {
        if (!node.isObject()) throw new InvalidPanelException(field, "must be an object with a test and a result");
        unknownFields(node, MOLECULAR, field + ".", warnings);
        String test = optionalText(node, "test", field + ".test");
        if (test == null || test.isBlank()) throw new InvalidPanelException(field + ".test", "the test name is missing");
        String result = optionalEnum(node, "result", field + ".result", MOLECULAR_RESULTS);
        if (result == null) throw new InvalidPanelException(field + ".result", "give detected or not-detected");
        // a viral test (EBER in-situ hybridisation, HHV8) is read like a marker wherever the panel lists it: detected is positive
        var marker = kb.resolveMarker(test).filter(m -> m.isMolecular() || m.category().equals("viral"))
                .or(() -> kb.resolveMolecularTest(test));
        if (marker.isEmpty()) {
            warnings.add(new Warning(Warning.UNKNOWN_MOLECULAR_TEST, test));
            return null;
        }
        return new MarkerObservation(marker.get().name(), test,
                result.equals("detected") ? StainResult.POSITIVE : StainResult.NEGATIVE, null, null, null, null);
    }

    /** What a list of phrases held: any phrase at all, and the highest mitotic count one of them gave. */
    private record PhraseList(boolean any, Integer mitoses) { }

    /**
     * Reads a list of phrases into present and stated-absent features. Where {@code counts} is true (the morphology's
     * features, when the field gives no count), a phrase giving a count per 10 HPF in a clause that names mitoses
     * ("mitotic count was 2 per 10 HPF") is read for the count and is not an unknown feature; "mitotically inactive;
     * mast cells up to 20/10 HPF" gives none.
     */
    private PhraseList phrases(JsonNode parent, String name, String field, Map<String, FeatureObservation> features,
                               Map<String, AbsentFeature> absent, List<Warning> warnings, boolean counts) {
        JsonNode node = parent.get(name);
        if (node == null || node.isNull()) return new PhraseList(false, null);
        if (!node.isArray()) throw new InvalidPanelException(field, "must be an array of words or short phrases");
        Integer mitoses = null;
        for (int i = 0; i < node.size(); i++) {
            JsonNode item = node.get(i);
            if (!item.isTextual()) throw new InvalidPanelException(field + "[" + i + "]", "must be a string");
            List<PhraseDictionary.Match<String>> found = kb.findFeatures(item.asText());
            Integer count = counts ? MitoticCount.namedIn(item.asText()).orElse(null) : null;
            if (count != null && (mitoses == null || count > mitoses)) mitoses = count;
            if (found.isEmpty() && count == null) {
                warnings.add(new Warning(Warning.UNKNOWN_FEATURE, item.asText()));
            }
            for (PhraseDictionary.Match<String> m : found) record(m, item.asText(), features, absent);
        }
        return new PhraseList(node.size() > 0, mitoses);
    }

    /**
     * A recognised phrase is a present feature, or one the report denies; the first mention of each is kept. A
     * diagnosis named as one considered ("the differential diagnosis included synovial sarcoma") is neither, nor is a
     * denied part of a feature ("no perineural invasion" does not deny infiltrative growth).
     */
    private static void record(PhraseDictionary.Match<String> m, String from, Map<String, FeatureObservation> features,
                               Map<String, AbsentFeature> absent) {
        if (m.hypothetical() || (m.negated() && m.partial())) return;
        if (m.negated()) absent.putIfAbsent(m.value(), new AbsentFeature(m.value(), from, true));
        else features.putIfAbsent(m.value(), new FeatureObservation(m.value(), from));
    }

    private static void unknownFields(JsonNode node, Set<String> known, String prefix, List<Warning> warnings) {
        Iterator<String> names = node.fieldNames();
        while (names.hasNext()) {
            String n = names.next();
            if (!known.contains(n)) warnings.add(new Warning(Warning.UNKNOWN_FIELD, prefix + n));
        }
    }

    private static JsonNode optionalObject(JsonNode parent, String name, String field) {
        JsonNode n = parent.get(name);
        if (n == null || n.isNull()) return null;
        if (!n.isObject()) throw new InvalidPanelException(field, "must be an object");
        return n;
    }

    private static String optionalText(JsonNode parent, String name, String field) {
        JsonNode n = parent.get(name);
        if (n == null || n.isNull()) return null;
        if (!n.isTextual()) throw new InvalidPanelException(field, "must be a string");
        return n.asText();
    }

    private static String optionalEnum(JsonNode parent, String name, String field, Set<String> allowed) {
        String v = optionalText(parent, name, field);
        if (v == null) return null;
        String norm = v.trim().toLowerCase(Locale.ROOT);
        if (!allowed.contains(norm)) {
            throw new InvalidPanelException(field, "'" + v + "' is not one of " + String.join(", ", allowed.stream().sorted().toList()));
        }
        return norm;
    }

    private static Integer optionalInt(JsonNode parent, String name, String field, int min, int max) {
        JsonNode n = parent.get(name);
        if (n == null || n.isNull()) return null;
        if (!n.isNumber()) throw new InvalidPanelException(field, "must be a number");
        if (!n.isIntegralNumber() && n.asDouble() != Math.rint(n.asDouble())) throw new InvalidPanelException(field, "must be a whole number");
        double v = n.asDouble();
        if (v < min || v > max) throw new InvalidPanelException(field, "must be between " + min + " and " + max + ", not " + n.asText());
        return (int) v;
    }

    private static Double optionalNumber(JsonNode parent, String name, String field, double min, double max) {
        JsonNode n = parent.get(name);
        if (n == null || n.isNull()) return null;
        if (!n.isNumber()) throw new InvalidPanelException(field, "must be a number");
        double v = n.asDouble();
        if (v < min || v > max) throw new InvalidPanelException(field, "must be between " + fmt(min) + " and " + fmt(max) + ", not " + n.asText());
        return v;
    }

    private static String fmt(double d) { return d == Math.rint(d) ? String.valueOf((long) d) : String.valueOf(d); }
}
