package org.immunodiff.engine;

import org.immunodiff.knowledge.AgeBand;
import org.immunodiff.knowledge.Diagnosis;
import org.immunodiff.knowledge.FeatureDefinition;
import org.immunodiff.knowledge.FeatureFrequency;
import org.immunodiff.knowledge.KnowledgeBase;
import org.immunodiff.knowledge.LiteratureFrequency;
import org.immunodiff.knowledge.Marker;
import org.immunodiff.knowledge.ModelParameters;
import org.immunodiff.knowledge.PriorRow;
import org.immunodiff.knowledge.PriorShift;
import org.immunodiff.knowledge.ProfileEntry;
import org.immunodiff.knowledge.SizeBand;
import org.immunodiff.model.AbsentFeature;
import org.immunodiff.model.CaseContext;
import org.immunodiff.model.Caveat;
import org.immunodiff.model.Evidence;
import org.immunodiff.model.Extent;
import org.immunodiff.model.FeatureObservation;
import org.immunodiff.model.MarkerObservation;
import org.immunodiff.model.Numbers;
import org.immunodiff.model.Panel;
import org.immunodiff.model.StainPattern;
import org.immunodiff.model.StainResult;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * The evidence ledger of one panel: a DRL global, one per session. The likelihood rules call
 * {@link #weighMarker} and {@link #weighFeature} (the literature baseline: a log-likelihood ratio per diagnosis),
 * {@link #applyPriors} (base incidence, site, age); the hallmark and pitfall rules call {@link #adjust},
 * {@link #discount} and {@link #caveat}. {@link #rank()} turns the ledger into probabilities.
 *
 * <p>Weights are kept as numbers; the words that explain them are written only for the diagnoses reported.
 */
public final class Scorecard {
    private static final double SHOWN = 0.05;

    /**
     * One weighed observation across all diagnoses: the raw log-likelihood ratio of each (shared with other panels:
     * read-only), and what it came from.
     */
    private record Observation(String item, String observed, String group, double[] weights, LiteratureFrequency[] rows,
                               String[] notes, String reading, boolean isFeature) { }

    private record Discount(double keep, String rule, String note) { }

    private final KnowledgeBase kb;
    private final ModelParameters p;
    private final List<Diagnosis> diagnoses;
    private final int n;
    private final WeightArena arena;
    /** Each distinct reading's weights, computed once per knowledge base and shared read-only: never write into them. */
    private final ObservationWeights precomputed;
    private final double[] logPrior;
    private final List<Observation> observations = new ArrayList<>();
    // per diagnosis, allocated on first use: the rules' moves (most diagnoses of a panel get none)
    private final List<Evidence>[] adjustments;
    /**
     * The prior shifts of each diagnosis, kept as their knowledge rows (a PriorShift, SizeBand or AgeBand; at most
     * PRIOR_SLOTS a diagnosis, in the order they were applied) and written out as evidence only for the diagnoses
     * reported; priorsAt[i] is how many rule moves diagnosis i had when they were applied (their place in its evidence).
     */
    private PriorRow[] priorRows;
    private int[] priorCount;
    private int[] priorsAt;
    private final String[] priorObserved = new String[3];
    private static final int PRIOR_SLOTS = 4;
    private final List<String>[] rules;
    /** Scratch for one observation's likelihoods across the diagnoses (a Scorecard serves one panel, on one thread). */
    private final double[] likelihoods;
    private final Map<Integer, Map<String, Discount>> discounts = new HashMap<>();
    private final Map<String, Caveat> caveats = new LinkedHashMap<>();
    // a handful each: lists with a contains check cost less than linked hash sets
    private final List<String> weighedMarkers = new ArrayList<>();
    /** The baseline rules that weighed observations (stains, features): every diagnosis was weighed by them. */
    private final List<String> likelihoodRules = new ArrayList<>(3);

    /** The features the case shows and its site ({@link #conditionsOf}), which choose a marker's conditional profile rows. */
    private final java.util.Collection<String> conditions;

    public Scorecard(KnowledgeBase kb) { this(kb, java.util.List.of()); }

    /**
     * What chooses a marker's conditional profile rows for a panel (a profile table's "when"): the ids of the features
     * the case shows, and its site as "site:<id>" when the site is known.
     */
    public static List<String> conditionsOf(Panel panel) {
        String site = panel.context().site();
        boolean knownSite = site != null && !site.equals(KnowledgeBase.UNKNOWN_SITE);
        if (panel.features().isEmpty() && !knownSite) return List.of();
        List<String> ids = new java.util.ArrayList<>(panel.features().size() + 1);
        for (FeatureObservation f : panel.features()) ids.add(f.feature());
        if (knownSite) ids.add(KnowledgeBase.SITE_CONDITION + site);
        return ids;
    }

    /** A scorecard for a case with these conditions ({@link #conditionsOf}), for the profile rows that hold only under one. */
    public Scorecard(KnowledgeBase kb, java.util.Collection<String> conditions) {
        this.kb = kb;
        this.conditions = conditions;
        this.p = kb.parameters();
        this.diagnoses = kb.diagnosisList();
        this.n = diagnoses.size();
        this.arena = WeightArena.borrow();
        this.precomputed = ObservationWeights.of(kb);
        this.logPrior = newWeights();
        @SuppressWarnings("unchecked") List<Evidence>[] a = new List[n];
        @SuppressWarnings("unchecked") List<String>[] r = new List[n];
        this.adjustments = a;
        this.rules = r;
        this.likelihoods = newWeights();
    }

    /** One weight per diagnosis, from this thread's arena while this scorecard holds it. */
    private double[] newWeights() { return arena != null ? arena.next(n) : new double[n]; }

    /**
     * Gives this scorecard's arrays back to its thread once the panel's answer has been written out; the scorecard
     * must not be used afterwards.
     */
    public void release() {
        if (arena != null) arena.giveBack();
    }

    // ---- the literature baseline ------------------------------------------------------------------------

    /** Weighs one stain (or molecular) result against every diagnosis by its literature frequency. */
    public void weighMarker(MarkerObservation o, String rule) {
        Marker marker = kb.marker(o.marker()).orElseThrow();
        if (marker.isIndex() || o.result() == null || o.result() == StainResult.EQUIVOCAL) return;
        if (!weighedMarkers.contains(o.marker())) weighedMarkers.add(o.marker());
        if (!likelihoodRules.contains(rule)) likelihoodRules.add(rule);
        StainPattern diagnosticPattern = kb.diagnosticPattern(o.marker()).orElse(null);
        double floor = marker.isMolecular() ? p.molecularFloor() : p.frequencyFloor();
        String columnKey = kb.profileColumnKey(o.marker(), conditions);
        ProfileEntry[] column = kb.profileColumn(columnKey);
        int readingKind = ObservationWeights.markerReading(o, diagnosticPattern);
        double[] weights = precomputed.ofMarker(columnKey, readingKind);
        if (weights == null) {
            double[] lik = likelihoods;
            double sum = 0;
            for (int i = 0; i < n; i++) {
                lik[i] = likelihood(o, column[i], diagnosticPattern, floor);
                sum += lik[i];
            }
            weights = logRatios(lik, sum / n, new double[n]);
            precomputed.keepMarker(columnKey, readingKind, weights);
        }
        String group = kb.correlationGroupOfMarker(o.marker());
        String reading = o.isPositive() && o.pattern() != null && diagnosticPattern != null && o.pattern() != diagnosticPattern
                ? "; observed " + lower(o.pattern().name()) + " staining is not the diagnostic " + lower(diagnosticPattern.name()) + " pattern"
                : "";
        observations.add(new Observation(o.marker(), o.observedText(), group, weights, column, kb.profileNotes(columnKey), reading, false));
    }

    /** Weighs one recognised morphology or clinical feature against every diagnosis. */
    public void weighFeature(FeatureObservation f, String rule) {
        weighFeatureLikelihood(f.feature(), kb.featureItem(f.feature(), true), f.from(), true, 0, kb.featureNotes(f.feature()), rule);
    }

    /**
     * Weighs a feature that is absent: stated absent by the report (likelihood 1 - f), or essential to some diagnosis
     * yet not named in a described morphology (1 - essentialFeatureNamed x f).
     */
    public void weighAbsentFeatures(List<AbsentFeature> absent, String rule) {
        for (AbsentFeature a : absent) weighAbsentFeature(a, rule);
    }

    /** One absent feature; see {@link #weighAbsentFeatures}. */
    public void weighAbsentFeature(AbsentFeature a, String rule) {
        weighFeatureLikelihood(a.feature(), kb.featureItem(a.feature(), false), a.from(), false, a.stated() ? 1.0 : p.essentialFeatureNamed(),
                kb.absentFeatureNotes(a.feature(), a.stated()), rule);
    }

    /**
     * A feature's observation across all diagnoses: present (likelihood f), or absent where a present feature would
     * have been named with probability {@code named} (likelihood 1 - named x f).
     */
    private void weighFeatureLikelihood(String feature, String item, String observed, boolean present, double named,
                                        String[] notes, String rule) {
        FeatureDefinition definition = kb.feature(feature).orElse(null);
        if (definition == null) return;
        if (!likelihoodRules.contains(rule)) likelihoodRules.add(rule);
        FeatureFrequency[] column = kb.featureColumn(feature);
        int readingKind = ObservationWeights.featureReading(present, named);
        double[] weights = precomputed.ofFeature(feature, readingKind);
        if (weights == null) {
            double[] lik = likelihoods;
            double sum = 0;
            for (int i = 0; i < n; i++) {
                double f = clamp(column[i].frequency(), p.featureFloor());
                lik[i] = present ? f : 1 - named * f;
                sum += lik[i];
            }
            weights = logRatios(lik, sum / n, new double[n]);
            precomputed.keepFeature(feature, readingKind, weights);
        }
        observations.add(new Observation(item, observed, kb.correlationGroupOfKind(definition.kind()),
                weights, column, notes, "", true));
    }

    /**
     * Base incidence, site and age. The most specific site row wins: a site row replaces its region's, and a known site
     * with neither takes the diagnosis's row for elsewhere, if it has one.
     */
    public void applyPriors(CaseContext c, String rule) {
        System.arraycopy(kb.logBasePriors(), 0, logPrior, 0, n);
        // one site shift per diagnosis: a row for the site replaces its region's row
        PriorShift[] regionRows = c.region() == null ? null : kb.priorShiftColumn(c.region());
        PriorShift[] siteRows = c.site() == null || !kb.siteRowsApply(c.site(), c.region()) ? null : kb.priorShiftColumn(c.site());
        // "unknown" and "not specified" are read as the site "other": not a known site, so not elsewhere
        PriorShift[] elsewhereRows = c.site() == null || c.site().equals(KnowledgeBase.UNKNOWN_SITE) ? null
                : kb.priorShiftColumn(KnowledgeBase.ELSEWHERE);
        for (int i = 0; i < n; i++) {
            PriorShift s = firstRow(i, siteRows, regionRows, elsewhereRows);
            if (s != null) prior(i, s, c.site(), rule);
        }
        if (c.sizeCm() != null) {
            String cm = Numbers.plain(c.sizeCm()) + " cm";
            List<SizeBand> bands = kb.sizeBands();
            for (int k = 0; k < bands.size(); k++) {
                SizeBand b = bands.get(k);
                if (b.contains(c.sizeCm()) && b.appliesAt(c.site(), c.region())) prior(kb.sizeBandDiagnosis(k), b, cm, rule);
            }
        }
        if (c.age() != null) {
            String years = c.age() + " years";
            List<AgeBand> bands = kb.ageBands();
            for (int k = 0; k < bands.size(); k++) {
                if (bands.get(k).contains(c.age())) prior(kb.ageBandDiagnosis(k), bands.get(k), years, rule);
            }
        }
    }

    /** Diagnosis i's row of the site, else of its region, else for elsewhere; a column may be null. */
    private static PriorShift firstRow(int i, PriorShift[] site, PriorShift[] region, PriorShift[] elsewhere) {
        if (site != null && site[i] != null) return site[i];
        if (region != null && region[i] != null) return region[i];
        return elsewhere == null ? null : elsewhere[i];
    }

    private void prior(int i, PriorRow row, String observed, String rule) {
        double w = Math.log(row.multiplier());
        logPrior[i] += w;
        if (priorRows == null) {
            priorRows = new PriorRow[n * PRIOR_SLOTS];
            priorCount = new int[n];
            priorsAt = new int[n];
        }
        if (priorCount[i] == PRIOR_SLOTS) throw new IllegalStateException("more than " + PRIOR_SLOTS + " prior rows for " + diagnoses.get(i).id());
        if (priorCount[i] == 0) priorsAt[i] = adjustments[i] == null ? 0 : adjustments[i].size();
        priorRows[i * PRIOR_SLOTS + priorCount[i]++] = row;
        priorObserved[kindOf(row)] = observed;
        ruleTouched(i, rule);
    }


    /** Which of the case's values a prior row speaks to: 0 site, 1 size, 2 age (an index into priorObserved). */
    private static int kindOf(PriorRow row) {
        if (row instanceof PriorShift) return 0;
        if (row instanceof SizeBand) return 1;
        if (row instanceof AgeBand) return 2;
        throw new IllegalArgumentException("not a prior row: " + row);
    }

    /** A prior shift as an evidence line ("prior × 2.00 at this site"), written only for a diagnosis reported. */
    private Evidence priorEvidence(PriorRow row) {
        int kind = kindOf(row);
        return new Evidence(row.label(), priorObserved[kind], Math.log(row.multiplier()), row.note(), row.source(), null);
    }

    // ---- the rules' adjustments ---------------------------------------------------------------------------

    /**
     * A hallmark or pitfall rule moves a diagnosis's log-odds by {@code weight}. A rule adjusts a diagnosis once,
     * however many combinations of facts make it fire (SMA and MSA with desmin and h-caldesmon is one finding).
     */
    public void adjust(String diagnosis, double weight, String rule, String item, String note, String source) {
        int i = indexOf(diagnosis, rule);
        if (rules[i] != null && rules[i].contains(rule)) return; // this rule has already moved this diagnosis
        addAdjustment(i, new Evidence(item, "rule", weight, note, source, rule));
        ruleTouched(i, rule);
    }

    /**
     * A pitfall rule says a stain result must count less for a diagnosis than the bare frequency suggests:
     * its baseline weight is multiplied by {@code keep} (0 ignores it).
     */
    public void discount(String diagnosis, String marker, double keep, String rule, String note) {
        int i = indexOf(diagnosis, rule);
        discounts.computeIfAbsent(i, k -> new HashMap<>()).merge(marker, new Discount(keep, rule, note),
                (a, b) -> a.keep() <= b.keep() ? a : b);
    }

    /** The name of the rule whose consequence is running: DRL consequences name themselves with it. */
    public String firingRule() { return firingRule; }

    /** Set by the session's audit listener before each rule fires. */
    void firing(String rule) { this.firingRule = rule; }

    private String firingRule;

    public void caveat(String text, String rule, String source) {
        caveats.putIfAbsent(text, new Caveat(text, rule, source));
    }

    /** How many stains were weighed (equivocal and index-only results do not count). */
    public int informativeMarkers() { return weighedMarkers.size(); }

    public List<Caveat> caveats() { return List.copyOf(caveats.values()); }

    // ---- ranking -------------------------------------------------------------------------------------------

    /** A diagnosis with its probability; its evidence is written out only when asked for. */
    public final class Scored {
        private final int i;
        private final double probability;

        private Scored(int i, double probability) {
            this.i = i;
            this.probability = probability;
        }

        public Diagnosis diagnosis() { return diagnoses.get(i); }

        public double probability() { return probability; }

        public List<String> rules() {
            List<String> out = rules[i] == null ? new ArrayList<>() : new ArrayList<>(rules[i]);
            for (String r : likelihoodRules) if (!out.contains(r)) out.add(r);
            Map<String, Discount> d = discounts.get(i);
            if (d != null) d.values().forEach(x -> { if (!out.contains(x.rule())) out.add(x.rule()); });
            return out;
        }

        /**
         * Every weighed observation and adjustment with its weight and, written now, its reasoning: the first
         * {@code count} entries of two arrays kept aligned, the lines and their weights, in the ledger's order.
         */
        public Lines evidence() {
            int moves = adjustments[i] == null ? 0 : adjustments[i].size();
            int priors = priorCount == null ? 0 : priorCount[i];
            Evidence[] lines = new Evidence[observations.size() + moves + priors];
            double[] weights = new double[lines.length];
            int count = 0;
            Map<String, Discount> d = discounts.getOrDefault(i, Map.of());
            for (int k = 0; k < observations.size(); k++) {
                Observation o = observations.get(k);
                double w = o.weights()[i] * factors[k];
                Discount discount = d.isEmpty() ? null : d.get(o.item());
                if (discount != null) w *= discount.keep();
                if (Math.abs(w) < SHOWN) continue;
                LiteratureFrequency row = o.rows()[i];
                String note = o.notes()[i];
                if (!o.reading().isEmpty()) note += o.reading();
                if (discount != null) note += "; weight × " + discount.keep() + ": " + discount.note();
                weights[count] = w;
                lines[count++] = new Evidence(o.item(), o.observed(), w, note, row.source(), discount != null ? discount.rule() : null);
            }
            int at = priors == 0 ? -1 : priorsAt[i];
            for (int k = 0; k <= moves; k++) {
                if (k == at) for (int j = 0; j < priors; j++) {
                    Evidence prior = priorEvidence(priorRows[i * PRIOR_SLOTS + j]);
                    weights[count] = prior.weight();
                    lines[count++] = prior;
                }
                if (k < moves) {
                    Evidence move = adjustments[i].get(k);
                    weights[count] = move.weight();
                    lines[count++] = move;
                }
            }
            return new Lines(lines, weights, count);
        }
    }

    /** The first {@code count} evidence lines of a diagnosis and their weights, aligned (the arrays may be longer). */
    public record Lines(Evidence[] lines, double[] weights, int count) { }

    /**
     * Probabilities from the ledger: softmax of tempered prior + tempered evidence + rule adjustments. Stains of
     * one lineage (or features of one kind) are correlated, so each raw log-likelihood ratio is scaled by
     * evidenceTemperature / sqrt(n), n being how many observations share its group: two smooth-muscle markers
     * count for about 1.4 markers, not 2; independent lineages multiply in full.
     */
    public List<Scored> rank() {
        int m = observations.size();
        factors = new double[m];
        for (int k = 0; k < m; k++) {
            Observation o = observations.get(k);
            int groupSize = 0; // a panel has a few dozen observations at most: counting beats a map of boxed counts
            for (Observation other : observations) if (other.group().equals(o.group())) groupSize++;
            double temperature = o.isFeature() ? p.featureTemperature() : p.evidenceTemperature();
            factors[k] = temperature / Math.sqrt(groupSize);
        }
        double[] score = newWeights();
        double max = Double.NEGATIVE_INFINITY;
        for (int i = 0; i < n; i++) {
            double s = p.priorTemperature() * logPrior[i];
            Map<String, Discount> d = discounts.get(i);
            for (int k = 0; k < m; k++) {
                Discount discount = d == null ? null : d.get(observations.get(k).item());
                s += observations.get(k).weights()[i] * factors[k] * (discount == null ? 1 : discount.keep());
            }
            if (adjustments[i] != null) for (Evidence a : adjustments[i]) s += a.weight();
            score[i] = s;
            max = Math.max(max, s);
        }
        double z = 0;
        for (int i = 0; i < n; i++) {
            score[i] = Math.exp(score[i] - max);
            z += score[i];
        }
        Scored[] ranked = new Scored[n];
        for (int i = 0; i < n; i++) {
            score[i] /= z;
            ranked[i] = new Scored(i, score[i]);
        }
        StableOrder.sort(ranked, score, 0, n, true); // most probable first, ties in the tables' order
        return Arrays.asList(ranked);
    }

    /** Each observation's tempering factor, aligned with {@code observations}; set by {@link #rank()}. */
    private double[] factors;

    /** Adds a rule's move to diagnosis i's adjustments. */
    private void addAdjustment(int i, Evidence a) {
        if (adjustments[i] == null) adjustments[i] = new ArrayList<>(2);
        adjustments[i].add(a);
    }

    /** Records that a rule touched diagnosis i (in first-touch order; a handful of rules per diagnosis). */
    private void ruleTouched(int i, String rule) {
        List<String> touched = rules[i];
        if (touched == null) { // most diagnoses are touched by the prior rule alone: one shared immutable list for it
            if (!rule.equals(soleRule)) {
                soleRule = rule;
                soleRuleList = List.of(rule);
            }
            rules[i] = soleRuleList;
        }
        else if (!touched.contains(rule)) {
            if (touched.size() == 1 && !(touched instanceof ArrayList)) rules[i] = touched = new ArrayList<>(touched);
            touched.add(rule);
        }
    }

    private String soleRule;
    private List<String> soleRuleList;

    private int indexOf(String diagnosis, String rule) {
        int i = kb.diagnosisIndex(diagnosis);
        if (i < 0) throw new IllegalArgumentException("rule '" + rule + "' names unknown diagnosis '" + diagnosis + "'");
        return i;
    }

    // ---- the likelihood of one observation -----------------------------------------------------------------

    /**
     * P(observation | diagnosis). Negative: 1 - f. Positive in a pattern other than the diagnostic one: read as
     * negative where the profile names that pattern, uninformative (0.5) where it does not. Positive: f, times
     * P(extent | positive) where the extent is given.
     */
    double likelihood(MarkerObservation o, ProfileEntry e, StainPattern diagnosticPattern, double floor) {
        double f = clamp(e.frequency(), floor);
        if (o.isNegative()) return 1 - f;
        if (o.pattern() != null && diagnosticPattern != null && o.pattern() != diagnosticPattern) {
            return e.pattern() != null ? 1 - f : 0.5;
        }
        Extent extent = o.extent();
        if (extent == null) return f;
        double pFocal = e.extent() == Extent.DIFFUSE ? p.focalWhenDiffuseTypical()
                : (e.extent() == Extent.FOCAL || e.extent() == Extent.PATCHY) ? p.focalWhenFocalTypical() : 0.5;
        return f * (extent == Extent.DIFFUSE ? 1 - pFocal : pFocal);
    }

    /** ln(likelihood / mean likelihood) for each diagnosis: the weight of one observation against the average. */
    private static double[] logRatios(double[] likelihoods, double mean, double[] w) {
        for (int i = 0; i < w.length; i++) w[i] = Math.log(likelihoods[i] / mean);
        return w;
    }

    private static String lower(String s) { return s.toLowerCase(Locale.ROOT).replace('_', '-'); }

    private static double clamp(double f, double floor) { return Math.min(1 - floor, Math.max(floor, f)); }
}
