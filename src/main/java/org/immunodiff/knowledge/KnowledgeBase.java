package org.immunodiff.knowledge;

import org.immunodiff.model.KnowledgeBaseIdentity;

import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.SortedMap;

/**
 * The loaded, immutable knowledge base: reference tables held outside the rules engine's working memory
 * (see shared/notes/drools-10.md), the DRL sources, and the identity every result carries.
 */
public final class KnowledgeBase {
    private final KnowledgeBaseIdentity identity;
    private final Map<String, Marker> markers;
    private final MarkerDictionary markerDictionary;
    private final MarkerFamilyNames markerFamilyNames;
    private final Map<String, Diagnosis> diagnoses;
    private final Map<String, Map<String, ProfileEntry>> profiles;
    private final ConditionalProfiles conditionalProfiles;
    private final Map<String, FeatureDefinition> features;
    private final PhraseDictionary<String> featurePhrases;
    private final Map<String, Map<String, FeatureFrequency>> featureFrequencies;
    private final PhraseDictionary<Site> sites;
    private final Map<String, Site> sitesByKey;
    private final Map<String, Double> basePriors;
    private final Map<String, List<PriorShift>> sitePriors;
    private final List<AgeBand> ageBands;
    private final List<SizeBand> sizeBands;
    private final List<IndexBand> indexBands;
    private final List<FirstLineStain> firstLinePanels;
    private final ModelParameters parameters;
    private final SortedMap<String, String> drl;
    private final java.util.List<Diagnosis> diagnosisList;
    private final Map<String, Integer> diagnosisIndex;
    private final Map<String, ProfileEntry[]> profileColumns = new java.util.concurrent.ConcurrentHashMap<>();
    private final Map<String, FeatureFrequency[]> featureColumns = new java.util.concurrent.ConcurrentHashMap<>();
    private final List<EssentialFeature> essentialFeatures;
    private final Map<String, String[]> profileNotes = new java.util.concurrent.ConcurrentHashMap<>();
    private final Map<String, String[]> featureNotes = new java.util.concurrent.ConcurrentHashMap<>();
    private final Map<String, String[]> statedAbsentNotes = new java.util.concurrent.ConcurrentHashMap<>();
    private final Map<String, String[]> unnamedNotes = new java.util.concurrent.ConcurrentHashMap<>();
    private final Map<String, Boolean> literatureMarkers = new java.util.concurrent.ConcurrentHashMap<>();
    private final Map<String, java.util.Optional<org.immunodiff.model.StainPattern>> diagnosticPatterns = new java.util.concurrent.ConcurrentHashMap<>();

    KnowledgeBase(KnowledgeBaseIdentity identity, Map<String, Marker> markers, MarkerDictionary markerDictionary,
                  Map<String, Diagnosis> diagnoses, Map<String, Map<String, ProfileEntry>> profiles,
                  ConditionalProfiles conditionalProfiles, Map<String, FeatureDefinition> features, PhraseDictionary<String> featurePhrases,
                  Map<String, Map<String, FeatureFrequency>> featureFrequencies, PhraseDictionary<Site> sites,
                  Map<String, Site> sitesByKey, Map<String, Double> basePriors, Map<String, List<PriorShift>> sitePriors,
                  List<AgeBand> ageBands, List<FirstLineStain> firstLinePanels, ModelParameters parameters,
                  SortedMap<String, String> drl, List<EssentialFeature> essentialFeatures, List<SizeBand> sizeBands,
                  List<IndexBand> indexBands, MarkerFamilyNames markerFamilyNames) {
        this.markerFamilyNames = markerFamilyNames;
        this.sizeBands = sizeBands;
        this.indexBands = indexBands;
        this.essentialFeatures = essentialFeatures;
        this.identity = identity;
        this.markers = markers;
        this.markerDictionary = markerDictionary;
        this.diagnoses = diagnoses;
        this.profiles = profiles;
        this.conditionalProfiles = conditionalProfiles;
        this.features = features;
        this.featurePhrases = featurePhrases;
        this.featureFrequencies = featureFrequencies;
        this.sites = sites;
        this.sitesByKey = sitesByKey;
        this.basePriors = basePriors;
        this.sitePriors = sitePriors;
        this.ageBands = ageBands;
        this.firstLinePanels = firstLinePanels;
        this.parameters = parameters;
        this.drl = drl;
        this.diagnosisList = java.util.List.copyOf(diagnoses.values());
        Map<String, Integer> positions = new java.util.HashMap<>();
        // interned, so that a rule's literal id (a class constant, interned) finds its key by identity
        for (int i = 0; i < diagnosisList.size(); i++) positions.put(diagnosisList.get(i).id().intern(), i);
        this.diagnosisIndex = Map.copyOf(positions);
        this.ageBandDiagnoses = ageBands.stream().mapToInt(b -> diagnosisIndex(b.diagnosis())).toArray();
        this.sizeBandDiagnoses = sizeBands.stream().mapToInt(b -> diagnosisIndex(b.diagnosis())).toArray();
    }

    private final int[] ageBandDiagnoses;
    private final int[] sizeBandDiagnoses;

    /** Diagnoses in table order, indexable: the columns below are aligned with it. */
    public java.util.List<Diagnosis> diagnosisList() { return diagnosisList; }

    /** The position of a diagnosis in {@link #diagnosisList()}, or -1 for an id the knowledge base does not have. */
    public int diagnosisIndex(String id) { return diagnosisIndex.getOrDefault(id, -1); }

    /**
     * The profile of a marker across all diagnoses (rows or documented defaults), aligned with {@link #diagnosisList()}.
     * Takes a marker's name, or a column key from {@link #profileColumnKey} for the rows that hold in a case.
     */
    public ProfileEntry[] profileColumn(String columnKey) {
        return cached(profileColumns, columnKey, computeProfileColumn);
    }

    /**
     * Which column of a marker applies to a case showing these features: the marker's name where no conditional row
     * (a profile table's {@code when} column) holds, else a key naming the conditions that hold. Pass the key to
     * {@link #profileColumn} and {@link #profileNotes}.
     */
    public String profileColumnKey(String marker, Collection<String> conditions) {
        return conditionalProfiles.columnKey(marker, conditions);
    }

    /** True when some profile row of the marker holds only for cases showing a feature. */
    public boolean hasConditionalRows(String marker) { return conditionalProfiles.hasRowsFor(marker); }

    // The cached() computations that need this knowledge base are bound once here: a lambda capturing `this` at the
    // call site would be allocated on every call, hit or miss.
    private final java.util.function.Function<String, ProfileEntry[]> computeProfileColumn = this::newProfileColumn;
    private final java.util.function.Function<String, FeatureFrequency[]> computeFeatureColumn = this::newFeatureColumn;
    private final java.util.function.Function<String, String[]> computeProfileNotes =
            key -> rowNotes(profileColumn(key), ConditionalProfiles.markerOf(key) + " in ", " (documented default: no literature row)");
    private final java.util.function.Function<String, String[]> computeFeatureNotes =
            f -> rowNotes(featureColumn(f), f + " reported in ", " (documented default)");
    private final java.util.function.Function<String, String> computeMarkerGroup = m -> {
        String category = marker(m).map(Marker::category).orElse("other");
        return UNGROUPED_CATEGORIES.contains(category) ? "marker:" + m : "category:" + category;
    };
    private final java.util.function.Function<String, java.util.Optional<org.immunodiff.model.StainPattern>> computeDiagnosticPattern = m -> {
        for (ProfileEntry e : profileColumn(m)) if (!e.isDefault() && e.pattern() != null) return java.util.Optional.of(e.pattern());
        return java.util.Optional.empty();
    };
    private final java.util.function.Function<String, Boolean> computeHasLiteratureRows = m -> {
        for (ProfileEntry e : profileColumn(m)) if (!e.isDefault()) return true;
        return hasConditionalRows(m);
    };

    private ProfileEntry[] newProfileColumn(String columnKey) {
        String marker = ConditionalProfiles.markerOf(columnKey);
        ProfileEntry[] column = new ProfileEntry[diagnosisList.size()];
        for (int i = 0; i < column.length; i++) {
            String dx = diagnosisList.get(i).id();
            ProfileEntry conditional = conditionalProfiles.rowFor(columnKey, dx);
            column[i] = conditional != null ? conditional : profileOrDefault(dx, marker);
        }
        return column;
    }

    private FeatureFrequency[] newFeatureColumn(String feature) {
        FeatureFrequency[] column = new FeatureFrequency[diagnosisList.size()];
        for (int i = 0; i < column.length; i++) column[i] = featureFrequency(diagnosisList.get(i).id(), feature);
        return column;
    }

    /** How often a feature is reported across all diagnoses, aligned with {@link #diagnosisList()}. */
    public FeatureFrequency[] featureColumn(String feature) {
        return cached(featureColumns, feature, computeFeatureColumn);
    }

    /**
     * The explanation of each diagnosis's row for a marker, aligned with {@link #diagnosisList()}: "SMA in 95 % of
     * Leiomyosarcoma". It depends on the tables only, so it is written once per process, not once per panel.
     */
    public String[] profileNotes(String marker) {
        return cached(profileNotes, marker, computeProfileNotes);
    }

    /** The explanation of each diagnosis's row for a feature: "fascicles reported in 80 % of Leiomyosarcoma". */
    public String[] featureNotes(String feature) {
        return cached(featureNotes, feature, computeFeatureNotes);
    }

    /** "{lead}{percent} % of {diagnosis}", with {defaultNote} where the row is a documented default. */
    private String[] rowNotes(LiteratureFrequency[] column, String lead, String defaultNote) {
        String[] notes = new String[column.length];
        for (int i = 0; i < notes.length; i++) {
            String condition = column[i] instanceof ProfileEntry e && e.condition() != null ? " (row for " + e.condition() + ")" : "";
            notes[i] = lead + org.immunodiff.model.Numbers.percent(column[i].frequency()) + " % of " + diagnosisList.get(i).name()
                    + condition + (column[i].isDefault() ? defaultNote : "");
        }
        return notes;
    }

    /** Features the WHO classification makes essential to a diagnosis (rules/knowledge/morphology/essential-features.csv). */
    public List<EssentialFeature> essentialFeatures() { return essentialFeatures; }

    /** The explanation of each diagnosis's row for a feature that is absent, stated so or merely not named. */
    public String[] absentFeatureNotes(String feature, boolean stated) {
        Map<String, String[]> notes = stated ? statedAbsentNotes : unnamedNotes;
        String[] hit = notes.get(feature);
        if (hit != null) return hit;
        String why = stated ? "stated absent; " : "not named in the morphology described; ";
        return notes.computeIfAbsent(feature, f -> rowNotes(featureColumn(f), why + f + " reported in ", " (documented default)"));
    }

    /**
     * The group whose members' evidence is tempered together (model.properties, evidenceTemperature): a marker's
     * category ("category:myogenic"), or the marker alone for the categories "other" and "molecular".
     */
    public String correlationGroupOfMarker(String marker) {
        return cached(markerGroups, marker, computeMarkerGroup);
    }

    /** The tempering group of a feature kind ("kind:architecture"). */
    public String correlationGroupOfKind(String kind) { return cached(kindGroups, kind, k -> "kind:" + k); }

    /** How a feature is named in the evidence: "feature: fascicles", or "feature absent: fascicles". */
    public String featureItem(String feature, boolean present) {
        return present ? cached(presentItems, feature, f -> "feature: " + f) : cached(absentItems, feature, f -> "feature absent: " + f);
    }

    private static final java.util.Set<String> UNGROUPED_CATEGORIES = java.util.Set.of("other", "molecular");
    private final Map<String, String> markerGroups = new java.util.concurrent.ConcurrentHashMap<>();
    private final Map<String, String> kindGroups = new java.util.concurrent.ConcurrentHashMap<>();
    private final Map<String, String> presentItems = new java.util.concurrent.ConcurrentHashMap<>();
    private final Map<String, String> absentItems = new java.util.concurrent.ConcurrentHashMap<>();

    /**
     * Data another component derives from this knowledge base alone (the engine's precomputed weights), made once on
     * first use and kept as long as the knowledge base.
     */
    public <T> T derived(Class<T> type, java.util.function.Function<KnowledgeBase, T> create) {
        Object hit = derived.get(type);
        if (hit == null) hit = derived.computeIfAbsent(type, t -> create.apply(this));
        return type.cast(hit);
    }

    private final Map<Class<?>, Object> derived = new java.util.concurrent.ConcurrentHashMap<>();

    /** A per-process cache: a plain get on a hit, computeIfAbsent (which locks a bin) only on a miss. */
    private static <K, V> V cached(Map<K, V> cache, K key, java.util.function.Function<K, V> compute) {
        V hit = cache.get(key);
        return hit != null ? hit : cache.computeIfAbsent(key, compute);
    }

    /** The staining pattern a marker's frequencies refer to where the reading depends on it (nuclear beta-catenin...). */
    public java.util.Optional<org.immunodiff.model.StainPattern> diagnosticPattern(String marker) {
        return cached(diagnosticPatterns, marker, computeDiagnosticPattern);
    }

    public KnowledgeBaseIdentity identity() { return identity; }

    public ModelParameters parameters() { return parameters; }

    /** Diagnoses in table order. */
    public Collection<Diagnosis> diagnoses() { return diagnoses.values(); }

    public Optional<Diagnosis> diagnosis(String id) { return Optional.ofNullable(diagnoses.get(id)); }

    public Collection<Marker> markers() { return markers.values(); }

    private volatile AdvisableStains advisable;

    private final Map<String, AdvisableStains.Column> conditionalAdvisableColumns = new java.util.concurrent.ConcurrentHashMap<>();

    /**
     * The clamped positivity of a stain under a conditional column key (see {@link #profileColumnKey}), for the
     * information gain of a case whose features choose conditional rows; computed once per key.
     */
    public AdvisableStains.Column advisableColumn(String columnKey) {
        return cached(conditionalAdvisableColumns, columnKey,
                key -> AdvisableStains.Column.of(profileColumn(key), parameters.frequencyFloor()));
    }

    /** Stains a recommendation may name: not an index, not a molecular test, and with literature rows to reason from. */
    public List<Marker> advisableMarkers() { return advisableStains().markers(); }

    /** The advisable stains with their clamped frequencies and logarithms, for the information gain (computed once). */
    public AdvisableStains advisableStains() {
        AdvisableStains a = advisable;
        if (a == null) {
            a = AdvisableStains.of(markers.values().stream()
                    .filter(m -> !m.isIndex() && !m.isMolecular() && hasLiteratureRows(m.name())).toList(), this);
            advisable = a;
        }
        return a;
    }

    public Optional<Marker> marker(String canonical) { return Optional.ofNullable(markers.get(canonical)); }

    public Optional<Marker> resolveMarker(String reported) { return markerDictionary.resolve(reported).map(markers::get); }

    /** The stain a row of a laboratory's table names in a column, by its canonical name or any listed spelling; else the row fails. */
    public Marker markerIn(CsvTable.Row row, String column) {
        String written = row.required(column);
        return marker(written).or(() -> resolveMarker(written)).orElseThrow(() -> row.error("unknown marker '" + written + "'"));
    }

    public MarkerDictionary markerDictionary() { return markerDictionary; }

    /** Names standing for a family of stains, read as one member unless the member is also named (marker-family-names.csv). */
    public MarkerFamilyNames markerFamilyNames() { return markerFamilyNames; }

    /** The stains of a name that lists several ("ER/PR", "muscle markers (SMA, desmin)"), see {@link MarkerDictionary#resolveList}. */
    public List<Marker> resolveMarkerList(String reported) {
        return markerDictionary.resolveList(reported, m -> !markers.get(m).isMolecular()).stream().map(markers::get).toList();
    }

    /** A molecular test named inside free text ("PAX3::MAML3 gene fusion by RT-PCR"), see {@link MarkerDictionary#findMolecularIn}. */
    public Optional<Marker> resolveMolecularTest(String text) {
        return markerDictionary.findMolecularIn(text).map(markers::get);
    }

    /** A molecular test named by one of its synonyms inside free text, see {@link MarkerDictionary#findMolecularNamedIn}. */
    public Optional<Marker> resolveMolecularTestNamed(String text) {
        return markerDictionary.findMolecularNamedIn(text).map(markers::get);
    }

    /** The literature row for the pair, or the marker's documented default (flagged {@code isDefault}). */
    public ProfileEntry profile(String diagnosis, String marker) {
        ProfileEntry row = profiles.getOrDefault(diagnosis, Map.of()).get(marker);
        if (row != null) return row;
        int i = diagnosisIndex(diagnosis);
        return i >= 0 ? profileColumn(marker)[i] : defaultProfile(diagnosis, marker); // defaults built once per process
    }

    private ProfileEntry profileOrDefault(String diagnosis, String marker) {
        ProfileEntry row = profiles.getOrDefault(diagnosis, Map.of()).get(marker);
        return row != null ? row : defaultProfile(diagnosis, marker);
    }

    private ProfileEntry defaultProfile(String diagnosis, String marker) {
        Marker m = markers.get(marker);
        boolean useMarkerDefault = m != null && m.defaultFrequency() != null;
        double f = useMarkerDefault ? m.defaultFrequency() : parameters.defaultFrequency();
        String source = useMarkerDefault
                ? "default for " + marker + " in diagnoses without a profile row (" + m.source() + ")"
                : "global default frequency (rules/knowledge/model.properties)";
        return new ProfileEntry(diagnosis, marker, f, null, null, source, true);
    }

    /** True when at least one diagnosis has a literature row for the marker (not only defaults). */
    public boolean hasLiteratureRows(String marker) {
        return cached(literatureMarkers, marker, computeHasLiteratureRows);
    }

    public Map<String, ProfileEntry> profileOf(String diagnosis) { return profiles.getOrDefault(diagnosis, Map.of()); }

    public Optional<FeatureDefinition> feature(String id) { return Optional.ofNullable(features.get(id)); }

    public Collection<FeatureDefinition> features() { return features.values(); }

    /**
     * The prefix of a phrase row whose words state the feature absent ("painless" is {@code absent:painful-lesion},
     * "unencapsulated" {@code absent:encapsulation}): read like "no painful lesion", and a negation before it
     * ("not painless") makes it present again.
     */
    public static final String STATES_ABSENT = "absent:";

    /**
     * The prefix of a phrase row whose words name one part of the feature ("vascular invasion" is
     * {@code part-of:infiltrative-growth}): stated, the feature is present; denied ("no lymphovascular invasion"), it
     * says nothing of the feature, which may show in other ways.
     */
    public static final String PART_OF = "part-of:";

    /** The feature a phrase row names, without the prefix that says how its words name it. */
    static String featureNamedBy(String phraseValue) {
        if (phraseValue.startsWith(STATES_ABSENT)) return phraseValue.substring(STATES_ABSENT.length());
        if (phraseValue.startsWith(PART_OF)) return phraseValue.substring(PART_OF.length());
        return phraseValue;
    }

    /** The features named in free text, each with the words it came from, denied ones flagged as negated. */
    public List<PhraseDictionary.Match<String>> findFeatures(String text) {
        List<PhraseDictionary.Match<String>> found = featurePhrases.findIn(text);
        for (int i = 0; i < found.size(); i++) {
            PhraseDictionary.Match<String> m = found.get(i);
            if (m.value().startsWith(STATES_ABSENT)) {
                found.set(i, m.readAs(featureNamedBy(m.value()), !m.negated()));
            } else if (m.value().startsWith(PART_OF)) {
                found.set(i, m.readAs(featureNamedBy(m.value()), m.negated()).asPart());
            }
        }
        return found;
    }

    public FeatureFrequency featureFrequency(String diagnosis, String feature) {
        FeatureFrequency row = featureFrequencies.getOrDefault(diagnosis, Map.of()).get(feature);
        if (row != null) return row;
        FeatureDefinition f = features.get(feature);
        double d = f != null ? f.defaultFrequency() : parameters.defaultFrequency();
        return new FeatureFrequency(diagnosis, feature, d, "default for " + feature + " (features.csv)", true);
    }

    /**
     * The site of a specimen from its site and subsite fields. The subsite is read when the site is not recognised, and
     * it places a limb or tissue named as the site: "thigh" with subsite "subcutaneous" is a subcutaneous tumour, as
     * "subcutis of the thigh" is (when the subsite begins with the layer), and "soft tissue" with "left pre-auricular
     * region" a head-and-neck one. Otherwise the
     * site as named stands ("larynx" with "supraglottis", "skin of calf" with "dermis extending into subcutis").
     */
    public Optional<Site> resolveSite(String site, String subsite) {
        Optional<Site> named = resolveSite(site);
        if (named.isEmpty()) return resolveSite(subsite);
        if (subsite == null || subsite.isBlank() || !TISSUE_DEFAULT_REGION.equals(named.get().region())) return named;
        Optional<Site> placed = resolveSite(site + "; " + subsite)
                .filter(p -> HEAD_AND_NECK.equals(p.region()) || LAYERS.contains(p.site()) && beginsWithLayer(subsite));
        return placed.isPresent() ? placed : named;
    }

    /**
     * Whether a subsite begins with a layer ("subcutaneous fat layer", "dermis and subcutis of the thumb"), so the layer is
     * where the tumour lies; a layer named further on is often not ("intramuscular; overlying skin intact", "deep to
     * subcutaneous fat", "subfascial, below the subcutis").
     */
    private boolean beginsWithLayer(String subsite) {
        String spelled = Names.spellOut(subsite).stripLeading();
        return sites.findIn(subsite).stream().filter(m -> !m.negated()).findFirst()
                .filter(m -> LAYERS.contains(m.value().site()) && spelled.startsWith(m.from())).isPresent();
    }

    /** The site named by free text: an exact synonym first, else the longest synonym found inside it. */
    public Optional<Site> resolveSite(String text) {
        if (text == null || text.isBlank()) return Optional.empty();
        Site exact = sitesByKey.get(Names.key(text));
        if (exact != null) return Optional.of(exact);
        List<PhraseDictionary.Match<Site>> found = sites.findIn(text);
        // A layer named ("skin", "dermis", "subcutaneous") says more about a tumour than the limb or trunk it lies on:
        // "skin of thumb" is a cutaneous tumour, "subcutis of the thigh" a subcutaneous one, whichever word is longer.
        // Places the table files under skin ("forehead", "scalp") are not layers: "soft tissue of forehead" is not skin.
        Optional<Site> layer = longestOf(found.stream().filter(m -> LAYERS.contains(m.value().site()) && namesLayer(m.from())));
        if (layer.isPresent()) return layer;
        Optional<Site> longest = longestOf(found.stream());
        // A tissue word ("soft tissue", "muscle") stands for the trunk and limbs only when no place is named with it:
        // "soft tissue of the neck" is head-and-neck soft tissue, whatever phrase is longer.
        if (longest.isPresent() && TISSUE_DEFAULT_REGION.equals(longest.get().region())) {
            Optional<Site> headAndNeck = found.stream().filter(m -> !m.negated() && HEAD_AND_NECK.equals(m.value().region()))
                    .findFirst().map(PhraseDictionary.Match::value);
            if (headAndNeck.isPresent()) return Optional.of(new Site(longest.get().site(), HEAD_AND_NECK, longest.get().mucosal()));
        }
        return longest;
    }

    private static final String TISSUE_DEFAULT_REGION = "trunk-extremity", HEAD_AND_NECK = "head-and-neck";

    /**
     * Whether a site's own prior rows speak for a case at that site in this region. The soft-tissue rows are drawn from
     * series of limb and trunk tumours (its own row of the site table files soft tissue under the trunk and limbs); soft
     * tissue read in the head and neck ("soft tissue of the neck") is weighed by the head-and-neck rows. Pelvic soft tissue
     * ("pelvis", "perineum", filed under abdomen-pelvis, which has no rows of its own) keeps the soft-tissue rows.
     */
    public boolean siteRowsApply(String site, String region) {
        Site home = sitesByKey.get(Names.key(site));
        return home == null || !TISSUE_DEFAULT_REGION.equals(home.region()) || !HEAD_AND_NECK.equals(region);
    }
    private static final java.util.Set<String> LAYERS = java.util.Set.of("skin", "subcutis");

    /** The site of the longest phrase not negated. */
    private static Optional<Site> longestOf(java.util.stream.Stream<PhraseDictionary.Match<Site>> matches) {
        return matches.filter(m -> !m.negated()).max(java.util.Comparator.comparingInt(m -> m.from().length()))
                .map(PhraseDictionary.Match::value);
    }

    private static boolean namesLayer(String words) {
        String w = words.toLowerCase(java.util.Locale.ROOT);
        // English, Spanish and Portuguese: skin, piel, pele; cutaneous, cutáneo, cutânea; dermis, derme, hipodermis
        return w.contains("skin") || w.contains("cutane") || w.contains("derm") || w.contains("subcut") || w.contains("piel")
                || w.contains("pele");
    }

    public double basePrior(String diagnosis) { return basePriors.getOrDefault(diagnosis, 1.0); }

    /** ln(base prior) of each diagnosis, aligned with {@link #diagnosisList()} (shared: callers copy, never write). */
    public double[] logBasePriors() {
        double[] logs = logBasePriors;
        if (logs == null) {
            logs = new double[diagnosisList.size()];
            for (int i = 0; i < logs.length; i++) logs[i] = Math.log(basePrior(diagnosisList.get(i).id()));
            logBasePriors = logs;
        }
        return logs;
    }

    private volatile double[] logBasePriors;

    /**
     * The site-priors key whose rows apply to a case whose site is known when neither its site nor its region has a row
     * for the diagnosis ("GIST elsewhere than the gut, mesentery and retroperitoneum").
     */
    public static final String ELSEWHERE = "elsewhere";

    /** The site sites.csv gives "unknown", "not specified" and other sites that name no place: not a known site. */
    public static final String UNKNOWN_SITE = "other";
    /** A profile row's "when" naming the specimen's site rather than a feature: "site:gastrointestinal". */
    public static final String SITE_CONDITION = "site:";

    /** Prior shifts for a site or a region name, as the table lists them. */
    private List<PriorShift> priorShifts(String siteOrRegion) { return sitePriors.getOrDefault(siteOrRegion, List.of()); }

    /**
     * The rows of a site (or region) aligned with {@link #diagnosisList()}: entry i is diagnosis i's row, or null (the
     * last row of a diagnosis wins, as in the table's order). Made once per site and shared: read it, never write it.
     */
    public PriorShift[] priorShiftColumn(String siteOrRegion) {
        return cached(priorShiftColumns, siteOrRegion, computePriorShiftColumn);
    }

    private final Map<String, PriorShift[]> priorShiftColumns = new java.util.concurrent.ConcurrentHashMap<>();
    private final java.util.function.Function<String, PriorShift[]> computePriorShiftColumn = this::newPriorShiftColumn;

    private PriorShift[] newPriorShiftColumn(String siteOrRegion) {
        PriorShift[] column = new PriorShift[diagnosisList.size()];
        for (PriorShift s : priorShifts(siteOrRegion)) column[diagnosisIndex(s.diagnosis())] = s;
        return column;
    }

    /** The position in {@link #diagnosisList()} of age band k's diagnosis ({@link #ageBands()} order). */
    public int ageBandDiagnosis(int k) { return ageBandDiagnoses[k]; }

    /** The position in {@link #diagnosisList()} of size band k's diagnosis ({@link #sizeBands()} order). */
    public int sizeBandDiagnosis(int k) { return sizeBandDiagnoses[k]; }

    public List<AgeBand> ageBands() { return ageBands; }

    /** Tumour-size bands (context/size-priors.csv). */
    public List<SizeBand> sizeBands() { return sizeBands; }

    /** The band of a labelling index that a reported value falls in, read as a feature (Ki-67 40 % → ki67-30-or-more). */
    public Optional<IndexBand> indexBand(String marker, double percent) {
        for (IndexBand b : indexBands) if (b.marker().equals(marker) && b.contains(percent)) return Optional.of(b);
        return Optional.empty();
    }

    public List<FirstLineStain> firstLinePanels() { return firstLinePanels; }

    /** DRL sources by path relative to rules/. */
    public SortedMap<String, String> drl() { return drl; }
}
