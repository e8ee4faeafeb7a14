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
 */
public record AdvisableStains(List<Marker> markers, double[][] frequency, double[][] logFrequency, double[][] logComplement) {

    static AdvisableStains of(List<Marker> markers, KnowledgeBase kb) {
        double floor = kb.parameters().frequencyFloor();
        int n = kb.diagnosisList().size();
        double[][] f = new double[markers.size()][n];
        double[][] lf = new double[markers.size()][n];
        double[][] lc = new double[markers.size()][n];
        for (int m = 0; m < markers.size(); m++) {
            ProfileEntry[] column = kb.profileColumn(markers.get(m).name());
            for (int d = 0; d < n; d++) {
                f[m][d] = Math.min(1 - floor, Math.max(floor, column[d].frequency()));
                lf[m][d] = Math.log(f[m][d]);
                lc[m][d] = Math.log(1 - f[m][d]);
            }
        }
        return new AdvisableStains(List.copyOf(markers), f, lf, lc);
    }
}
