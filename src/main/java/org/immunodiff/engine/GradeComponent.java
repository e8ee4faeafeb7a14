package org.immunodiff.engine;

/**
 * One FNCLCC component scored by a grading rule.
 *
 * @param component differentiation, mitoses or necrosis
 * @param surrogate true where Ki-67 stood in for the mitotic count
 */
public record GradeComponent(String component, int score, boolean surrogate, String note) {
    public static final String DIFFERENTIATION = "differentiation";
    public static final String MITOSES = "mitoses";
    public static final String NECROSIS = "necrosis";
}
