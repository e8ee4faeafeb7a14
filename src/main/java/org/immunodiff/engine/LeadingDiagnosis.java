package org.immunodiff.engine;

/**
 * The diagnosis ranked first, with what FNCLCC needs to know of it.
 *
 * @param differentiation      FNCLCC differentiation score of its conventional form, null where FNCLCC does not apply
 * @param poorlyDifferentiated score of its poorly differentiated / pleomorphic form
 */
public record LeadingDiagnosis(String id, String name, String behaviour, Integer differentiation,
                               Integer poorlyDifferentiated) {
    public boolean isGraded() { return differentiation != null; }
}
