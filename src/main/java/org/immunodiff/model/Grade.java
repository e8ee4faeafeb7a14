package org.immunodiff.model;

import java.util.List;

/** An FNCLCC grade with each of its components, and notes on how each was reached. */
public record Grade(String system, int grade, int differentiation, int mitoses, int necrosis, int total,
                    boolean surrogate, List<String> notes) {

    /** FNCLCC: a total of 2-3 is grade 1, 4-5 grade 2, 6-8 grade 3. */
    public static int fnclccGradeOf(int total) {
        if (total < 2 || total > 8) throw new IllegalArgumentException("FNCLCC total out of range: " + total);
        return total <= 3 ? 1 : total <= 5 ? 2 : 3;
    }
}
