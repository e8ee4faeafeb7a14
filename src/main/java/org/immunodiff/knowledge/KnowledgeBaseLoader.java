package org.immunodiff.knowledge;

import org.immunodiff.model.Extent;
import org.immunodiff.model.KnowledgeBaseIdentity;
import org.immunodiff.model.StainPattern;

import java.io.IOException;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.SortedMap;

/**
 * Reads a knowledge base folder into a {@link KnowledgeBase}, checking every row: an unknown diagnosis or
 * marker, a frequency out of range, a missing source or a duplicate row fails the load, naming file and line.
 */
public final class KnowledgeBaseLoader {
    private static final String K = "knowledge/";

    private KnowledgeBaseLoader() { }

    /** Every long word the knowledge tables use, citations included: a word of theirs is never read as a slip. */
    private static Set<String> knownWords(KnowledgeFiles files) {
        Set<String> words = new java.util.HashSet<>();
        for (byte[] table : files.under("knowledge", ".csv").values()) {
            MisspellingReader.collectWords(new String(table, StandardCharsets.UTF_8), words);
        }
        return words;
    }

    public static KnowledgeBase load(KnowledgeFiles files) {
        Properties identityProps = properties(files, "knowledge-base.properties", true);
        KnowledgeBaseIdentity identity = new KnowledgeBaseIdentity(
                identityProps.getProperty("name", "Immunodiff"),
                requiredProperty(identityProps, "knowledge-base.properties", "version"),
                identityProps.getProperty("status", "draft"), files.sha256());
        ModelParameters parameters = ModelParameters.from(K + "model.properties", properties(files, K + "model.properties", true));

        Map<String, Marker> markers = markers(files);
        java.util.function.Supplier<Set<String>> knownWords = new Lazy<>(() -> knownWords(files));
        MarkerDictionary dictionary = MarkerDictionary.build(markers, table(files, K + "marker-synonyms.csv", true, "synonym", "marker", "source"),
                knownWords);
        MarkerFamilyNames familyNames = MarkerFamilyNames.read(table(files, K + "marker-family-names.csv", false, "name", "marker", "source"), dictionary, markers);
        Map<String, Diagnosis> diagnoses = diagnoses(files);
        Map<String, FeatureDefinition> features = features(files);
        PhraseDictionary<Site> sitePhrases = new PhraseDictionary<>();
        Map<String, Site> sitesByKey = new HashMap<>();
        Set<String> siteNames = new java.util.HashSet<>(); // sites and regions, which site prior rows may name
        Set<String> siteIds = new java.util.HashSet<>(); // sites alone, which a profile row's "when" may name
        for (CsvTable.Row r : table(files, K + "context/sites.csv", false, "synonym", "site", "region", "mucosal", "source")) {
            Site site = new Site(r.required("site"), r.required("region"), Boolean.parseBoolean(r.required("mucosal")));
            sitesByKey.putIfAbsent(Names.key(r.required("synonym")), site);
            sitesByKey.putIfAbsent(Names.key(site.site()), site);
            sitePhrases.add(r.required("synonym"), site);
            siteNames.add(site.site());
            siteIds.add(site.site());
            siteNames.add(site.region());
        }
        sitePhrases.readMisspellings(knownWords);
        Profiles profiles = profiles(files, diagnoses, markers, features, siteIds);
        PhraseDictionary<String> phrases = new PhraseDictionary<>();
        phrases.showWrittenWords(); // the features recognised are shown with the report's own words
        // ways of writing one word come first: the phrase and negation rows after them are read through them
        for (CsvTable.Row r : table(files, K + "morphology/word-variants.csv", false, "written", "readAs", "language", "source")) {
            try {
                if (!phrases.addVariant(r.required("written"), r.required("readAs"))) {
                    throw r.error("duplicate variant '" + r.required("written") + "'");
                }
            } catch (IllegalArgumentException e) {
                throw r.error("a variant needs words of its own, not '" + r.required("written") + "' read as '"
                        + r.required("readAs") + "'");
            }
        }
        for (String f : features.keySet()) phrases.add(f.replace('-', ' '), f);
        // a phrase's words (as the reader sees them: "round cell" and "round cells" are one) -> its first row
        record PhraseRow(String feature, String at) { }
        Map<List<String>, PhraseRow> phraseAt = new HashMap<>();
        for (CsvTable.Row r : table(files, K + "morphology/feature-phrases.csv", false, "phrase", "feature", "source")) {
            String feature = r.required("feature");
            PhraseRow earlier = phraseAt.putIfAbsent(Names.words(r.required("phrase")), new PhraseRow(feature, r.file() + ":" + r.line()));
            if (earlier != null && !earlier.feature().equals(feature)) {
                throw r.error("phrase '" + r.required("phrase") + "' already reads as " + earlier.feature() + " (at "
                        + earlier.at() + "): a wording is read one way");
            }
            // "painless" is written absent:<feature> (its words state the feature absent), "vascular invasion"
            // part-of:<feature> (a part whose denial does not deny the whole)
            String named = KnowledgeBase.featureNamedBy(feature);
            if (!features.containsKey(named)) throw r.error("unknown feature '" + named + "' (not in features.csv)");
            try {
                phrases.add(r.required("phrase"), feature);
            } catch (IllegalArgumentException e) {
                throw r.error("phrase has no words");
            }
        }
        for (CsvTable.Row r : table(files, K + "morphology/feature-qualifiers.csv", false, "qualifier", "feature", "readAs", "source")) {
            String feature = r.required("feature");
            String readAs = r.required("readAs");
            if (!features.containsKey(feature)) throw r.error("unknown feature '" + feature + "' (not in features.csv)");
            if (!features.containsKey(readAs)) throw r.error("unknown feature '" + readAs + "' (not in features.csv)");
            try {
                if (!phrases.qualify(r.required("qualifier"), feature, readAs)) {
                    throw r.error("duplicate row for qualifier '" + r.required("qualifier") + "' and " + feature);
                }
            } catch (IllegalArgumentException e) {
                throw r.error("a qualifier is a single word, not '" + r.required("qualifier") + "'");
            }
        }
        // a word given twice in one position is a duplicate; a Chinese word's Traditional and Simplified spellings ("無",
        // "无") are two rows that read as one once the text is folded
        Map<String, String> negationSpellings = new HashMap<>(); // position and words as read -> the first row's spelling
        for (CsvTable.Row r : table(files, K + "morphology/negations.csv", false, "word", "position", "language", "source")) {
            String position = r.required("position");
            if (!position.equals("before") && !position.equals("after")) {
                throw r.error("position must be 'before' (the word denies what follows it) or 'after', not '" + position + "'");
            }
            try {
                String word = r.required("word").strip();
                String first = negationSpellings.putIfAbsent(position + " " + String.join(" ", Names.words(word)), word);
                boolean added = phrases.addNegation(word, position.equals("after"));
                boolean scriptTwin = first != null && !first.equals(word) && (foldsToAnother(word) || foldsToAnother(first));
                if (!added && !scriptTwin) throw r.error("duplicate negation '" + word + "'");
            } catch (IllegalArgumentException e) {
                throw r.error("a negation needs a word, not '" + r.required("word") + "'");
            }
        }
        phrases.readMisspellings(knownWords);
        Map<String, Map<String, FeatureFrequency>> featureFrequencies = new HashMap<>();
        for (CsvTable.Row r : table(files, K + "morphology/feature-profiles.csv", false, "diagnosis", "feature", "frequency", "source")) {
            String dx = knownDiagnosis(r, diagnoses);
            String feature = r.required("feature");
            if (!features.containsKey(feature)) throw r.error("unknown feature '" + feature + "' (not in features.csv)");
            var previous = featureFrequencies.computeIfAbsent(dx, k -> new HashMap<>()).put(feature,
                    new FeatureFrequency(dx, feature, r.requiredNumber("frequency", 0, 1), r.required("source"), false));
            if (previous != null) throw r.error("duplicate row for " + dx + " / " + feature);
        }

        Map<String, Double> basePriors = new HashMap<>();
        for (CsvTable.Row r : table(files, K + "context/base-priors.csv", false, "diagnosis", "prior", "source")) {
            if (basePriors.put(knownDiagnosis(r, diagnoses), r.requiredNumber("prior", 1e-9, 1e9)) != null) {
                throw r.error("duplicate prior");
            }
        }
        Map<String, List<PriorShift>> sitePriors = new HashMap<>();
        for (CsvTable.Row r : table(files, K + "context/site-priors.csv", false, "site", "diagnosis", "multiplier", "source")) {
            String site = r.required("site");
            if (!siteNames.contains(site) && !site.equals(KnowledgeBase.ELSEWHERE)) {
                throw r.error("unknown site or region '" + site + "' (not in sites.csv, nor '" + KnowledgeBase.ELSEWHERE + "')");
            }
            sitePriors.computeIfAbsent(site, k -> new ArrayList<>()).add(new PriorShift(knownDiagnosis(r, diagnoses), site,
                    r.requiredNumber("multiplier", 0.001, 1000), r.required("source")));
        }
        List<AgeBand> ages = new ArrayList<>();
        for (CsvTable.Row r : table(files, K + "context/age-priors.csv", false, "diagnosis", "minAge", "maxAge", "multiplier", "source")) {
            ages.add(new AgeBand(knownDiagnosis(r, diagnoses), (int) r.requiredNumber("minAge", 0, 130),
                    (int) r.requiredNumber("maxAge", 0, 130), r.requiredNumber("multiplier", 0.001, 1000), r.required("source")));
        }
        List<SizeBand> sizes = new ArrayList<>();
        for (CsvTable.Row r : table(files, K + "context/size-priors.csv", false, "diagnosis", "minCm", "maxCm", "multiplier", "source")) {
            double min = r.requiredNumber("minCm", 0, 1000);
            double max = r.requiredNumber("maxCm", 0, 1000);
            if (max <= min) throw r.error("maxCm must be above minCm");
            Set<String> where = new java.util.TreeSet<>();
            for (String site : r.get("sites").split(";")) {
                if (site.isBlank()) continue;
                if (!siteNames.contains(site.trim())) throw r.error("unknown site or region '" + site.trim() + "' in column 'sites' (not in sites.csv)");
                where.add(site.trim());
            }
            sizes.add(new SizeBand(knownDiagnosis(r, diagnoses), min, max, r.requiredNumber("multiplier", 0.001, 1000), r.required("source"), where));
        }
        List<IndexBand> indexBands = new ArrayList<>();
        for (CsvTable.Row r : table(files, K + "morphology/index-bands.csv", false, "marker", "minPercent", "maxPercent", "feature", "source")) {
            String marker = r.required("marker");
            if (!markers.containsKey(marker) || !markers.get(marker).isIndex()) throw r.error("'" + marker + "' is not an index marker in markers.csv");
            String feature = r.required("feature");
            if (!features.containsKey(feature)) throw r.error("unknown feature '" + feature + "' (not in features.csv)");
            double min = r.requiredNumber("minPercent", 0, 100);
            double max = r.requiredNumber("maxPercent", 0, 100);
            if (max <= min) throw r.error("maxPercent must be above minPercent");
            indexBands.add(new IndexBand(marker, min, max, feature, r.required("source")));
        }
        List<FirstLineStain> firstLine = new ArrayList<>();
        for (CsvTable.Row r : table(files, K + "context/first-line-panels.csv", false, "site", "pattern", "marker", "reason", "source")) {
            String marker = r.required("marker");
            if (!markers.containsKey(marker)) throw r.error("unknown marker '" + marker + "'");
            firstLine.add(new FirstLineStain(r.required("site"), r.required("pattern"), marker, r.get("reason"), r.required("source")));
        }

        SortedMap<String, String> drl = files.drlSources();
        if (drl.isEmpty()) throw new KnowledgeBaseException(files.origin() + ": no .drl rules found");

        List<EssentialFeature> essentials = new java.util.ArrayList<>();
        Set<String> essentialPairs = new java.util.HashSet<>();
        for (CsvTable.Row r : table(files, K + "morphology/essential-features.csv", false, "diagnosis", "feature", "alsoNamedBy", "source")) {
            String dx = knownDiagnosis(r, diagnoses);
            String feature = r.required("feature");
            if (!features.containsKey(feature)) throw r.error("unknown feature '" + feature + "' (not in features.csv)");
            Set<String> alsoNamedBy = new java.util.LinkedHashSet<>();
            String also = r.get("alsoNamedBy");
            if (also != null && !also.isBlank()) {
                for (String f : also.trim().split("\\s+")) {
                    if (!features.containsKey(f)) throw r.error("unknown feature '" + f + "' in alsoNamedBy (not in features.csv)");
                    alsoNamedBy.add(f);
                }
            }
            if (!essentialPairs.add(dx + "/" + feature)) throw r.error("duplicate row for " + dx + " / " + feature);
            essentials.add(new EssentialFeature(dx, feature, Set.copyOf(alsoNamedBy), r.required("source")));
        }
        return new KnowledgeBase(identity, Map.copyOf(markers), dictionary, java.util.Collections.unmodifiableMap(diagnoses),
                profiles.unconditional(), profiles.conditional(), features, phrases, featureFrequencies, sitePhrases, sitesByKey, basePriors, sitePriors,
                List.copyOf(ages), List.copyOf(firstLine), parameters, java.util.Collections.unmodifiableSortedMap(drl),
                List.copyOf(essentials), List.copyOf(sizes), List.copyOf(indexBands), familyNames);
    }

    private static Map<String, Marker> markers(KnowledgeFiles files) {
        Map<String, Marker> markers = new LinkedHashMap<>();
        for (CsvTable.Row r : table(files, K + "markers.csv", true, "marker", "category", "readAs", "defaultFrequency", "source")) {
            String name = r.required("marker");
            String readAs = r.required("readAs");
            if (!Set.of("expression", "loss", "index", "molecular").contains(readAs)) {
                throw r.error("readAs must be expression, loss, index or molecular, not '" + readAs + "'");
            }
            Marker m = new Marker(name, r.required("category"), readAs, r.optionalNumber("defaultFrequency", 0.0, 1.0),
                    r.required("source"), null);
            if (markers.put(name, m) != null) throw r.error("duplicate marker '" + name + "'");
        }
        for (CsvTable.Row r : table(files, K + "marker-loinc.csv", false, "marker", "loinc", "source")) {
            String name = r.required("marker");
            Marker m = markers.get(name);
            if (m == null) throw r.error("unknown marker '" + name + "'");
            markers.put(name, m.withLoinc(r.required("loinc")));
        }
        return markers;
    }

    private static Map<String, Diagnosis> diagnoses(KnowledgeFiles files) {
        Map<String, Diagnosis> out = new LinkedHashMap<>();
        for (CsvTable.Row r : table(files, K + "diagnoses.csv", true, "id", "name", "family", "icdO", "behaviour",
                "lineage", "fnclccDifferentiation", "fnclccPoorlyDifferentiated", "source")) {
            String behaviour = r.required("behaviour");
            if (!Set.of("benign", "intermediate", "malignant").contains(behaviour)) {
                throw r.error("behaviour must be benign, intermediate or malignant");
            }
            Double diff = r.optionalNumber("fnclccDifferentiation", 1, 3);
            Double poor = r.optionalNumber("fnclccPoorlyDifferentiated", 1, 3);
            Integer differentiation = diff == null ? null : Integer.valueOf(diff.intValue());
            Integer poorly = poor == null ? differentiation : Integer.valueOf(poor.intValue());
            Diagnosis d = new Diagnosis(r.required("id"), r.required("name"), r.get("family").isEmpty() ? null : r.get("family"),
                    r.required("icdO"), behaviour, r.required("lineage"), differentiation, poorly, r.required("source"));
            if (out.put(d.id(), d) != null) throw r.error("duplicate diagnosis '" + d.id() + "'");
        }
        return out;
    }

    /** The profile tables' rows: those that always hold, and those that hold only when the case shows a feature. */
    private record Profiles(Map<String, Map<String, ProfileEntry>> unconditional, ConditionalProfiles conditional) { }

    private static Profiles profiles(KnowledgeFiles files, Map<String, Diagnosis> diagnoses, Map<String, Marker> markers,
                                     Map<String, FeatureDefinition> features, Set<String> siteIds) {
        SortedMap<String, byte[]> tables = files.under(K + "profiles", ".csv");
        if (tables.isEmpty()) throw new KnowledgeBaseException(files.origin() + ": no profile tables in " + K + "profiles/");
        Map<String, Map<String, ProfileEntry>> out = new HashMap<>();
        Map<String, Map<String, Map<String, ProfileEntry>>> conditional = new HashMap<>();
        Map<String, String> seenAt = new HashMap<>();
        Map<String, String> patternAt = new HashMap<>(); // marker -> "pattern at file:line", the first row naming one
        for (var e : tables.entrySet()) {
            for (CsvTable.Row r : CsvTable.read(e.getKey(), e.getValue(), Set.of("diagnosis", "marker", "frequency", "extent", "pattern", "source"))) {
                String dx = knownDiagnosis(r, diagnoses);
                String marker = r.required("marker");
                if (!markers.containsKey(marker)) throw r.error("unknown marker '" + marker + "' (not in markers.csv)");
                String when = r.get("when");
                if (when.isEmpty()) when = null;
                else if (when.startsWith(KnowledgeBase.SITE_CONDITION)) {
                    String site = when.substring(KnowledgeBase.SITE_CONDITION.length());
                    if (!siteIds.contains(site)) throw r.error("unknown site '" + site + "' in column 'when' (not a site of context/sites.csv)");
                } else if (!features.containsKey(when)) {
                    throw r.error("unknown feature '" + when + "' in column 'when' (not in features.csv, nor site:<a site of context/sites.csv>)");
                }
                ProfileEntry p = new ProfileEntry(dx, marker, r.requiredNumber("frequency", 0, 1), extent(r), pattern(r),
                        r.required("source"), false, when);
                String where = r.file() + ":" + r.line();
                String earlier = seenAt.putIfAbsent(dx + "\u0000" + marker + "\u0000" + (when == null ? "" : when), where);
                if (earlier != null) {
                    throw r.error("duplicate profile row for " + dx + " / " + marker + (when == null ? "" : " when " + when)
                            + " (first at " + earlier + ")");
                }
                if (p.pattern() != null) {
                    // A marker's positive result is read against one diagnostic pattern (a positive in another pattern
                    // counts as negative), so rows naming different patterns would turn some positives into negatives.
                    String named = r.get("pattern").toLowerCase(java.util.Locale.ROOT);
                    String first = patternAt.putIfAbsent(marker, named + "' at " + where);
                    if (first != null && !first.startsWith(named + "' at ")) {
                        throw r.error("pattern '" + named + "' for " + marker + " conflicts with '" + first
                                + ": all rows of a marker that name a pattern must name the same one");
                    }
                }
                if (when == null) out.computeIfAbsent(dx, k -> new HashMap<>()).put(marker, p);
                else conditional.computeIfAbsent(marker, k -> new HashMap<>()).computeIfAbsent(when, k -> new HashMap<>()).put(dx, p);
            }
        }
        return new Profiles(out, new ConditionalProfiles(conditional));
    }

    private static Extent extent(CsvTable.Row r) {
        String v = r.get("extent").toLowerCase();
        return switch (v) {
            case "", "variable" -> null;
            case "focal" -> Extent.FOCAL;
            case "patchy" -> Extent.PATCHY;
            case "diffuse" -> Extent.DIFFUSE;
            default -> throw r.error("extent must be focal, patchy, diffuse, variable or empty, not '" + v + "'");
        };
    }

    private static StainPattern pattern(CsvTable.Row r) {
        String v = r.get("pattern").toLowerCase();
        return switch (v) {
            case "" -> null;
            case "nuclear" -> StainPattern.NUCLEAR;
            case "cytoplasmic" -> StainPattern.CYTOPLASMIC;
            case "membranous" -> StainPattern.MEMBRANOUS;
            case "dot-like" -> StainPattern.DOT_LIKE;
            default -> throw r.error("pattern must be nuclear, cytoplasmic, membranous, dot-like or empty, not '" + v + "'");
        };
    }

    private static Map<String, FeatureDefinition> features(KnowledgeFiles files) {
        Map<String, FeatureDefinition> out = new LinkedHashMap<>();
        for (CsvTable.Row r : table(files, K + "morphology/features.csv", false, "feature", "kind", "defaultFrequency", "description", "source")) {
            FeatureDefinition f = new FeatureDefinition(r.required("feature"), r.required("kind"),
                    r.requiredNumber("defaultFrequency", 0.0001, 0.9999), r.get("description"), r.required("source"));
            if (out.put(f.id(), f) != null) throw r.error("duplicate feature '" + f.id() + "'");
        }
        return out;
    }

    private static String knownDiagnosis(CsvTable.Row r, Map<String, Diagnosis> diagnoses) {
        String dx = r.required("diagnosis");
        if (!diagnoses.containsKey(dx)) throw r.error("unknown diagnosis '" + dx + "' (not in diagnoses.csv)");
        return dx;
    }

    private static List<CsvTable.Row> table(KnowledgeFiles files, String path, boolean required, String... columns) {
        byte[] content = required ? files.required(path) : files.optional(path);
        return content == null ? List.of() : CsvTable.read(path, content, Set.of(columns));
    }

    private static Properties properties(KnowledgeFiles files, String path, boolean required) {
        Properties p = new Properties();
        byte[] content = required ? files.required(path) : files.optional(path);
        if (content != null) {
            try {
                p.load(new StringReader(new String(content, StandardCharsets.UTF_8)));
            } catch (IOException e) {
                throw new KnowledgeBaseException(path + ": " + e.getMessage(), e);
            }
        }
        return p;
    }

    private static String requiredProperty(Properties p, String file, String key) {
        String v = p.getProperty(key);
        if (v == null || v.isBlank()) throw new KnowledgeBaseException(file + ": missing '" + key + "'");
        return v.trim();
    }

    /** Whether a word holds a Traditional Chinese character, which is read as its Simplified form ("無" as "无"). */
    private static boolean foldsToAnother(String word) {
        String lower = word.strip().toLowerCase(java.util.Locale.ROOT);
        return word.codePoints().anyMatch(c -> Character.UnicodeScript.of(c) == Character.UnicodeScript.HAN)
                && !Names.spellOut(lower).equals(lower);
    }
}
