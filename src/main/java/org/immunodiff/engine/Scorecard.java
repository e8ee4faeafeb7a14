package org.immunodiff.engine;

import org.immunodiff.knowledge.AgeBand;
import org.immunodiff.knowledge.Diagnosis;
import org.immunodiff.knowledge.FeatureFrequency;
import org.immunodiff.knowledge.KnowledgeBase;
import org.immunodiff.knowledge.Marker;
import org.immunodiff.knowledge.ModelParameters;
import org.immunodiff.knowledge.PriorShift;
import org.immunodiff.knowledge.ProfileEntry;
import org.immunodiff.model.CaseContext;
import org.immunodiff.model.Caveat;
import org.immunodiff.model.Evidence;
import org.immunodiff.model.Extent;
import org.immunodiff.model.FeatureObservation;
import org.immunodiff.model.MarkerObservation;
import org.immunodiff.model.StainPattern;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * The evidence ledger of one panel: a DRL global, one per session. The likelihood rules call
 * {@link #weighMarker} and {@link #weighFeature} (the literature baseline: a log-likelihood ratio per diagnosis),
 * {@link #applyPriors} (base incidence, site, age); the hallmark and pitfall rules call {@link #adjust},
 * {@link #discount} and {@link #caveat}. {@link #rank()} turns the ledger into probabilities.
 */
public final class Scorecard {
    /** One diagnosis's ledger. */
    static final class Ledger {
        final Diagnosis diagnosis;
        double logPrior;
        /** Raw (untempered) log-likelihood ratios by marker and by feature; tempered in {@link #rank()}. */
        final Map<String, Evidence> markerEvidence = new LinkedHashMap<>();
        final Map<String, Evidence> featureEvidence = new LinkedHashMap<>();
        final List<Evidence> otherEvidence = new ArrayList<>();
        final Set<String> rules = new LinkedHashSet<>();
        final Set<String> adjustedBy = new java.util.HashSet<>();

        Ledger(Diagnosis diagnosis) { this.diagnosis = diagnosis; }

        double score(List<Evidence> tempered, double priorTemperature) {
            double s = priorTemperature * logPrior;
            for (Evidence e : tempered) s += e.weight();
            for (Evidence e : otherEvidence) if (!e.item().startsWith("prior:")) s += e.weight();
            return s;
        }
    }

    /** A diagnosis with its probability, as ranked. */
    public record Scored(Diagnosis diagnosis, double probability, List<Evidence> evidence, List<String> rules) { }

    private record Discount(double keep, String rule, String note) { }

    private static final double SHOWN = 0.05;

    private final KnowledgeBase kb;
    private final ModelParameters p;
    private final Map<String, Ledger> ledgers = new LinkedHashMap<>();
    private final Map<String, Map<String, Discount>> discounts = new HashMap<>();
    private final Map<String, Caveat> caveats = new LinkedHashMap<>();
    private final Set<String> weighedMarkers = new LinkedHashSet<>();
    /** Correlation groups: a marker's category ("smooth-muscle") or a feature's kind ("cytology"). */
    private final Map<String, String> groupOf = new HashMap<>();
    private static final Set<String> UNGROUPED = Set.of("other", "molecular");

    public Scorecard(KnowledgeBase kb) {
        this.kb = kb;
        this.p = kb.parameters();
        for (Diagnosis d : kb.diagnoses()) ledgers.put(d.id(), new Ledger(d));
    }

    // ---- the literature baseline ------------------------------------------------------------------------

    /** Weighs one stain (or molecular) result against every diagnosis by its literature frequency. */
    public void weighMarker(MarkerObservation o, String rule) {
        Marker marker = kb.marker(o.marker()).orElseThrow();
        if (marker.isIndex() || o.result() == null) return;
        if (o.result() == org.immunodiff.model.StainResult.EQUIVOCAL) return;
        weighedMarkers.add(o.marker());
        groupOf.put(o.marker(), UNGROUPED.contains(marker.category()) ? "marker:" + o.marker() : "category:" + marker.category());
        StainPattern diagnosticPattern = diagnosticPattern(o.marker());
        double floor = marker.isMolecular() ? p.molecularFloor() : p.frequencyFloor();
        Map<String, Double> likelihoods = new HashMap<>();
        Map<String, ProfileEntry> entries = new HashMap<>();
        double sum = 0;
        for (Ledger l : ledgers.values()) {
            ProfileEntry e = kb.profile(l.diagnosis.id(), o.marker());
            double lik = likelihood(o, e, diagnosticPattern, floor);
            likelihoods.put(l.diagnosis.id(), lik);
            entries.put(l.diagnosis.id(), e);
            sum += lik;
        }
        double mean = sum / ledgers.size();
        for (Ledger l : ledgers.values()) {
            String id = l.diagnosis.id();
            double weight = Math.log(likelihoods.get(id) / mean);
            ProfileEntry e = entries.get(id);
            String note = String.format(Locale.ROOT, "%s in %.0f %% of %s%s%s", o.marker(), e.frequency() * 100,
                    l.diagnosis.name(), e.isDefault() ? " (documented default: no literature row)" : "",
                    describeReading(o, e, diagnosticPattern));
            l.markerEvidence.put(o.marker(), new Evidence(o.marker(), o.observedText(), weight, note, e.source(), null));
            if (Math.abs(weight) >= SHOWN) l.rules.add(rule);
        }
    }

    /** Weighs one recognised morphology or clinical feature against every diagnosis. */
    public void weighFeature(FeatureObservation f, String rule) {
        var definition = kb.feature(f.feature());
        if (definition.isEmpty()) return;
        groupOf.put("feature: " + f.feature(), "kind:" + definition.get().kind());
        Map<String, FeatureFrequency> rows = new HashMap<>();
        double sum = 0;
        for (Ledger l : ledgers.values()) {
            FeatureFrequency ff = kb.featureFrequency(l.diagnosis.id(), f.feature());
            rows.put(l.diagnosis.id(), ff);
            sum += clamp(ff.frequency(), p.frequencyFloor());
        }
        double mean = sum / ledgers.size();
        for (Ledger l : ledgers.values()) {
            FeatureFrequency ff = rows.get(l.diagnosis.id());
            double weight = Math.log(clamp(ff.frequency(), p.frequencyFloor()) / mean);
            String note = String.format(Locale.ROOT, "%s reported in %.0f %% of %s%s", f.feature(), ff.frequency() * 100,
                    l.diagnosis.name(), ff.isDefault() ? " (documented default)" : "");
            l.featureEvidence.put(f.feature(), new Evidence("feature: " + f.feature(), f.from(), weight, note, ff.source(), null));
            l.rules.add(rule);
        }
    }

    /** Base incidence, site and age. */
    public void applyPriors(CaseContext c, String rule) {
        for (Ledger l : ledgers.values()) {
            l.logPrior = Math.log(kb.basePrior(l.diagnosis.id()));
        }
        // The most specific row wins: a site row for a diagnosis replaces its region row (never both).
        Map<String, PriorShift> shifts = new LinkedHashMap<>();
        if (c.region() != null) kb.priorShifts(c.region()).forEach(s -> shifts.put(s.diagnosis(), s));
        if (c.site() != null) kb.priorShifts(c.site()).forEach(s -> shifts.put(s.diagnosis(), s));
        for (PriorShift s : shifts.values()) {
            Ledger l = ledgers.get(s.diagnosis());
            double w = Math.log(s.multiplier());
            l.logPrior += w;
            l.otherEvidence.add(new Evidence("prior: site " + s.context(), c.site(), w,
                    String.format(Locale.ROOT, "prior × %.2f at this site", s.multiplier()), s.source(), null));
            l.rules.add(rule);
        }
        if (c.age() != null) {
            for (AgeBand band : kb.ageBands()) {
                if (!band.contains(c.age())) continue;
                Ledger l = ledgers.get(band.diagnosis());
                double w = Math.log(band.multiplier());
                l.logPrior += w;
                l.otherEvidence.add(new Evidence("prior: age " + band.minAge() + "-" + band.maxAge(), c.age() + " years", w,
                        String.format(Locale.ROOT, "prior × %.2f at this age", band.multiplier()), band.source(), null));
                l.rules.add(rule);
            }
        }
    }

    // ---- the rules' adjustments ---------------------------------------------------------------------------

    /**
     * A hallmark or pitfall rule moves a diagnosis's log-odds by {@code weight}. A rule adjusts a diagnosis once,
     * however many combinations of facts make it fire (SMA and MSA with desmin and h-caldesmon is one finding).
     */
    public void adjust(String diagnosis, double weight, String rule, String item, String note, String source) {
        Ledger l = ledger(diagnosis, rule);
        if (!l.adjustedBy.add(rule)) return;
        l.otherEvidence.add(new Evidence(item, "rule", weight, note, source, rule));
        l.rules.add(rule);
    }

    /**
     * A pitfall rule says a stain result must count less for a diagnosis than the bare frequency suggests:
     * its baseline weight is multiplied by {@code keep} (0 ignores it).
     */
    public void discount(String diagnosis, String marker, double keep, String rule, String note) {
        ledger(diagnosis, rule);
        discounts.computeIfAbsent(diagnosis, k -> new HashMap<>()).merge(marker, new Discount(keep, rule, note),
                (a, b) -> a.keep() <= b.keep() ? a : b);
    }

    public void caveat(String text, String rule, String source) {
        caveats.putIfAbsent(text, new Caveat(text, rule, source));
    }

    /** How many stains were weighed (equivocal and index-only results do not count). */
    public int informativeMarkers() { return weighedMarkers.size(); }

    public boolean weighed(String marker) { return weighedMarkers.contains(marker); }

    public List<Caveat> caveats() { return List.copyOf(caveats.values()); }

    // ---- ranking -------------------------------------------------------------------------------------------

    /**
     * Probabilities from the ledger: softmax of prior + tempered evidence + rule adjustments. Stains of one
     * lineage (or features of one kind) are correlated, so each raw log-likelihood ratio is scaled by
     * evidenceTemperature / sqrt(n), n being how many observations share its group: two smooth-muscle markers
     * count for about 1.4 markers, not 2; independent lineages multiply in full.
     */
    public List<Scored> rank() {
        applyDiscounts();
        Map<String, Integer> groupSizes = new HashMap<>();
        groupOf.values().forEach(g -> groupSizes.merge(g, 1, Integer::sum));
        Map<Ledger, List<Evidence>> tempered = new HashMap<>();
        for (Ledger l : ledgers.values()) {
            List<Evidence> t = new ArrayList<>();
            for (Evidence e : l.markerEvidence.values()) t.add(temper(e, groupSizes.getOrDefault(groupOf.get(e.item()), 1)));
            for (Evidence e : l.featureEvidence.values()) t.add(temper(e, groupSizes.getOrDefault(groupOf.get(e.item()), 1)));
            tempered.put(l, t);
        }
        double max = ledgers.values().stream().mapToDouble(l -> l.score(tempered.get(l), p.priorTemperature())).max().orElse(0);
        double z = 0;
        Map<Ledger, Double> unnorm = new HashMap<>();
        for (Ledger l : ledgers.values()) {
            double u = Math.exp(l.score(tempered.get(l), p.priorTemperature()) - max);
            unnorm.put(l, u);
            z += u;
        }
        List<Scored> out = new ArrayList<>();
        for (Ledger l : ledgers.values()) {
            List<Evidence> ev = new ArrayList<>(tempered.get(l));
            ev.addAll(l.otherEvidence);
            out.add(new Scored(l.diagnosis, unnorm.get(l) / z, ev, List.copyOf(l.rules)));
        }
        out.sort(Comparator.comparingDouble(Scored::probability).reversed());
        return out;
    }

    private Evidence temper(Evidence raw, int groupSize) {
        double factor = p.evidenceTemperature() / Math.sqrt(groupSize);
        return new Evidence(raw.item(), raw.observed(), raw.weight() * factor, raw.note(), raw.source(), raw.rule());
    }

    private void applyDiscounts() {
        discounts.forEach((dx, byMarker) -> {
            Ledger l = ledgers.get(dx);
            byMarker.forEach((marker, d) -> {
                Evidence e = l.markerEvidence.get(marker);
                if (e == null || e.rule() != null) return;
                l.markerEvidence.put(marker, new Evidence(e.item(), e.observed(), e.weight() * d.keep(),
                        e.note() + "; weight × " + d.keep() + ": " + d.note(), e.source(), d.rule()));
                l.rules.add(d.rule());
            });
        });
        discounts.clear();
    }

    private Ledger ledger(String diagnosis, String rule) {
        Ledger l = ledgers.get(diagnosis);
        if (l == null) {
            throw new IllegalArgumentException("rule '" + rule + "' names unknown diagnosis '" + diagnosis + "'");
        }
        return l;
    }

    // ---- the likelihood of one observation -----------------------------------------------------------------

    private StainPattern diagnosticPattern(String marker) {
        for (Ledger l : ledgers.values()) {
            ProfileEntry e = kb.profileOf(l.diagnosis.id()).get(marker);
            if (e != null && e.pattern() != null) return e.pattern();
        }
        return null;
    }

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
        Extent extent = o.extent() != null ? o.extent() : null;
        if (extent == null) return f;
        double pFocal = e.extent() == Extent.DIFFUSE ? p.focalWhenDiffuseTypical()
                : (e.extent() == Extent.FOCAL || e.extent() == Extent.PATCHY) ? p.focalWhenFocalTypical() : 0.5;
        return f * (extent == Extent.DIFFUSE ? 1 - pFocal : pFocal);
    }

    private static String describeReading(MarkerObservation o, ProfileEntry e, StainPattern diagnosticPattern) {
        if (o.isPositive() && o.pattern() != null && diagnosticPattern != null && o.pattern() != diagnosticPattern) {
            return "; observed " + o.pattern().name().toLowerCase(Locale.ROOT).replace('_', '-')
                    + " staining is not the diagnostic " + diagnosticPattern.name().toLowerCase(Locale.ROOT) + " pattern";
        }
        if (o.isPositive() && o.extent() != null && e.extent() != null && o.extent() != e.extent()) {
            return "; usually " + e.extent().name().toLowerCase(Locale.ROOT) + " when positive";
        }
        return "";
    }

    private static double clamp(double f, double floor) { return Math.min(1 - floor, Math.max(floor, f)); }
}
