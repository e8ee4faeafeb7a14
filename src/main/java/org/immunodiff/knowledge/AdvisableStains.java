package org.immunodiff.knowledge;

import java.util.List;

/**
 * The stains the advisor may recommend, with what the information gain needs of each, computed once per knowledge
 * base: the positivity of every diagnosis clamped to the frequency floor, and its natural logarithms, so that the
 * gain of a stain over the contenders needs two logarithms, not one per contender and outcome.
 *
 * @param markers       advisable markers (not an index, not molecular, with at least one literature row)
 * @param frequency     [marker][diagnosis] positivity clamped to [floor, 1 - floor], diagnoses as in diagnosisList()
 * @param logFrequency  ln of frequency
 * @param logComplement ln of 1 - frequency
 * @param conditional   [marker] whether the marker has profile rows that hold only for cases showing a feature
 */
public record AdvisableStains(List<Marker> markers, double[][] frequency, double[][] logFrequency, double[][] logComplement,
                              boolean[] conditional) {

    static AdvisableStains of(List<Marker> markers, KnowledgeBase kb) {
        double[][] f = new double[markers.size()][];
        double[][] lf = new double[markers.size()][];
        double[][] lc = new double[markers.size()][];
        boolean[] conditional = new boolean[markers.size()];
        for (int m = 0; m < markers.size(); m++) {
            conditional[m] = kb.hasConditionalRows(markers.get(m).name());
            Column c = Column.of(kb.profileColumn(markers.get(m).name()), kb.parameters().frequencyFloor());
            f[m] = c.frequency();
            lf[m] = c.logFrequency();
            lc[m] = c.logComplement();
        }
        return new AdvisableStains(List.copyOf(markers), f, lf, lc, conditional);
    }

    /** One stain's clamped positivity by diagnosis and its logarithms (a row of the arrays above). */
    public record Column(double[] frequency, double[] logFrequency, double[] logComplement) {
        static Column of(ProfileEntry[] profile, double floor) {
            int n = profile.length;
            double[] f = new double[n], lf = new double[n], lc = new double[n];
            for (int d = 0; d < n; d++) {
                f[d] = Math.min(1 - floor, Math.max(floor, profile[d].frequency()));
                lf[d] = Math.log(f[d]);
                lc[d] = Math.log(1 - f[d]);
            }
            return new Column(f, lf, lc);
        }
    }
}
