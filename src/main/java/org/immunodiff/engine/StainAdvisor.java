package org.immunodiff.engine;

import org.immunodiff.knowledge.AdvisableStains;
import org.immunodiff.knowledge.FirstLineStain;
import org.immunodiff.knowledge.KnowledgeBase;
import org.immunodiff.knowledge.Marker;
import org.immunodiff.knowledge.ProfileEntry;
import org.immunodiff.model.CaseContext;
import org.immunodiff.model.Recommendation;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Set;

/**
 * Chooses the next stains (a DRL global, one per session). The advice rules decide when to recommend; this
 * class computes which stains, from the same profile table the ranking uses: the expected information gain
 * of each stain not yet done over the diagnoses still in contention.
 */
public final class StainAdvisor {
    private final KnowledgeBase kb;
    private final Set<String> tested;
    private final List<Contender> contenders;
    private final List<Recommendation> recommendations = new ArrayList<>(6);
    /** The laboratory's stains ({@link StainMenu#EVERY_STAIN} unless a menu was given). */
    private final StainMenu menu;
    /** The best stains the advice would have named had the menu offered them (to send out). */
    private final List<Recommendation> notOffered = new ArrayList<>(2);
    /** The features the case shows and its site: they choose the conditional profile rows, as they did for the ranking. */
    private final java.util.Collection<String> conditions;

    /** The stains already done, as the panel's marker names (no intermediate list). */
    public StainAdvisor(KnowledgeBase kb, String[] testedMarkers, List<Contender> contenders) {
        this(kb, testedMarkers, contenders, List.of());
    }

    /** As above, for a case showing these features (feature ids). */
    public StainAdvisor(KnowledgeBase kb, String[] testedMarkers, List<Contender> contenders, java.util.Collection<String> conditions) {
        this(kb, testedMarkers, contenders, conditions, StainMenu.EVERY_STAIN);
    }

    /** As above, recommending only the stains a laboratory's menu offers. */
    public StainAdvisor(KnowledgeBase kb, String[] testedMarkers, List<Contender> contenders, java.util.Collection<String> conditions,
                        StainMenu menu) {
        this.kb = kb;
        this.tested = compactSet(testedMarkers);
        this.contenders = List.copyOf(contenders);
        this.conditions = conditions;
        this.menu = menu;
    }

    /**
     * Recommends the stains that best separate the contenders, by expected information gain. The entropy of the
     * weights x_i = w_i f_i is written H = ln S - (1/S) sum x_i (ln w_i + ln f_i), S = sum x_i, with ln f_i taken
     * from the knowledge base's precomputed columns: two logarithms per stain instead of one per contender and outcome.
     */
    public void recommendSeparatingStains(String rule) {
        int k = contenders.size();
        if (k < 2) return;
        double z = 0;
        for (Contender c : contenders) z += c.probability();
        double[] w = new double[k];
        double[] lw = new double[k];
        int[] rows = new int[k];
        double prior = 0;
        for (int i = 0; i < k; i++) {
            w[i] = contenders.get(i).probability() / z;
            lw[i] = Math.log(w[i]);
            rows[i] = kb.diagnosisIndex(contenders.get(i).id());
            if (w[i] > 0) prior -= w[i] * lw[i];
        }
        prior /= LN2;
        record Gain(Marker marker, double[] frequency, double bits) { }
        List<Gain> gains = new ArrayList<>();
        // A stain whose positivity differs by less than 0.10 across the contenders cannot gain 0.05 bits: the gain of
        // a yes/no test is at most the capacity of a channel whose rows lie in that band, largest at the extremes
        // (0.03 vs 0.13: about 0.03 bits). Such stains are skipped without computing entropies.
        boolean skipFlat = kb.parameters().minInformationGainBits() >= 0.05;
        AdvisableStains stains = kb.advisableStains();
        List<Marker> markers = stains.markers();
        for (int m = 0; m < markers.size(); m++) {
            String name = markers.get(m).name();
            if (tested.contains(name)) continue;
            double[] f = stains.frequency()[m];
            double[] lf = stains.logFrequency()[m];
            double[] lc = stains.logComplement()[m];
            if (stains.conditional()[m]) {
                String key = kb.profileColumnKey(name, conditions);
                if (!key.equals(name)) {
                    AdvisableStains.Column c = kb.advisableColumn(key);
                    f = c.frequency();
                    lf = c.logFrequency();
                    lc = c.logComplement();
                }
            }
            if (skipFlat) {
                double lo = 1, hi = 0;
                for (int row : rows) {
                    lo = Math.min(lo, f[row]);
                    hi = Math.max(hi, f[row]);
                }
                if (hi - lo < 0.10) continue;
            }
            double pPos = 0, xlxPos = 0, xlxNeg = 0;
            for (int i = 0; i < k; i++) {
                if (w[i] <= 0) continue;
                int r = rows[i];
                double pos = w[i] * f[r];
                double neg = w[i] * (1 - f[r]);
                pPos += pos;
                xlxPos += pos * (lw[i] + lf[r]);
                xlxNeg += neg * (lw[i] + lc[r]);
            }
            double pNeg = 1 - pPos;
            double hPos = pPos > 0 ? (Math.log(pPos) - xlxPos / pPos) / LN2 : 0;
            double hNeg = pNeg > 0 ? (Math.log(pNeg) - xlxNeg / pNeg) / LN2 : 0;
            double gain = prior - (pPos * hPos + pNeg * hNeg);
            if (gain >= kb.parameters().minInformationGainBits()) gains.add(new Gain(markers.get(m), f, gain));
        }
        // ranked by the gain as reported (three decimals), then by name: mirror-image stains (STAT6 and ERG over SFT and
        // Kaposi sarcoma) tie exactly, and rounding noise in the last bits must not decide between them
        gains.sort(Comparator.comparingDouble((Gain g) -> round(g.bits())).reversed().thenComparing(g -> g.marker().name()));
        // a menu passes over the stains it does not offer and keeps the best of them apart, as many as it may recommend
        int max = kb.parameters().maxRecommendations(), given = 0;
        for (Gain g : gains) {
            if (given == max) break;
            Recommendation r = new Recommendation(g.marker().name(), reason(g.marker().name()), separates(g.frequency(), rows),
                    round(g.bits()), rule);
            if (menu.offers(r.marker())) {
                add(r);
                given++;
            } else if (notOffered.size() < max) {
                addNotOffered(r);
            }
        }
    }

    /** Recommends the first-line panel for the site and pattern (most specific rows first). */
    public void recommendFirstLinePanel(CaseContext c, String rule) {
        List<FirstLineStain> rows = new ArrayList<>();
        for (String site : new String[]{c.site(), c.region(), "*"}) {
            if (site == null) continue;
            for (FirstLineStain s : kb.firstLinePanels()) {
                boolean siteMatches = s.site().equals(site);
                boolean patternMatches = s.pattern().equals("*") || s.pattern().equals(c.pattern());
                if (siteMatches && patternMatches) rows.add(s);
            }
            if (!rows.isEmpty()) break;
        }
        for (FirstLineStain s : rows) {
            if (tested.contains(s.marker())) continue;
            offerOrSetAside(new Recommendation(s.marker(), "first-line panel (" + s.site() + ", " + s.pattern() + "): "
                    + s.reason() + " [" + s.source() + "]", List.of(), 0.0, rule));
        }
    }

    /** A rule's own recommendation, e.g. the stains a pitfall calls for. */
    public void recommend(String marker, String reason, List<String> separates, String rule) {
        if (tested.contains(marker)) return;
        if (kb.marker(marker).isEmpty()) throw new IllegalArgumentException("rule '" + rule + "' recommends unknown marker '" + marker + "'");
        offerOrSetAside(new Recommendation(marker, reason, List.copyOf(separates), 0.0, rule));
    }

    /** An immutable set without the intermediate hash set of {@code Set.copyOf}: looked up once per advisable stain. */
    private static Set<String> compactSet(String[] names) {
        try {
            return Set.of(names);
        } catch (IllegalArgumentException duplicates) {
            return Set.copyOf(java.util.Arrays.asList(names));
        }
    }

    public List<Recommendation> recommendations() { return List.copyOf(recommendations); }

    /** What the laboratory's menu did to the advice, or null without a menu. */
    public org.immunodiff.model.StainMenuAdvice menuAdvice() {
        return menu.restricts() ? new org.immunodiff.model.StainMenuAdvice(menu.size(), List.copyOf(notOffered)) : null;
    }

    private void offerOrSetAside(Recommendation r) {
        if (menu.offers(r.marker())) add(r);
        else addNotOffered(r);
    }

    private void addNotOffered(Recommendation r) {
        for (Recommendation earlier : notOffered) if (earlier.marker().equals(r.marker())) return;
        notOffered.add(r);
    }

    /** The first recommendation of a marker stands (rules and the information gain may name the same stain). */
    private void add(Recommendation r) {
        for (Recommendation earlier : recommendations) if (earlier.marker().equals(r.marker())) return;
        recommendations.add(r);
    }

    private String reason(String marker) {
        List<String> parts = new ArrayList<>();
        ProfileEntry[] column = kb.profileColumn(kb.profileColumnKey(marker, conditions));
        for (Contender c : contenders) {
            int i = kb.diagnosisIndex(c.id());
            ProfileEntry e = i >= 0 ? column[i] : kb.profile(c.id(), marker);
            String name = kb.diagnosis(c.id()).map(d -> d.name()).orElse(c.id());
            parts.add(name + " " + org.immunodiff.model.Numbers.percent(e.frequency()) + " %" + (e.isDefault() ? " (default)" : ""));
        }
        return "positive in " + String.join(", ", parts);
    }

    /** The contenders whose positivity (a stain's clamped column, by diagnosis index) is 0.2 or more from their mean. */
    private List<String> separates(double[] column, int[] rows) {
        double[] f = new double[rows.length];
        for (int i = 0; i < f.length; i++) f[i] = column[rows[i]];
        double mean = java.util.Arrays.stream(f).average().orElse(0.5); // compensated sum, as before
        List<String> out = new ArrayList<>(f.length);
        for (int i = 0; i < f.length; i++) if (Math.abs(f[i] - mean) >= 0.2) out.add(contenders.get(i).id());
        return List.copyOf(out);
    }

    private static final double LN2 = Math.log(2);

    private static double round(double x) { return Math.round(x * 1000) / 1000.0; }
}
