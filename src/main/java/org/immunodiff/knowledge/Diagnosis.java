package org.immunodiff.knowledge;

/**
 * A diagnosis of the differential.
 *
 * @param fnclccDifferentiation      FNCLCC differentiation score of the conventional type; null where FNCLCC does not apply
 * @param fnclccPoorlyDifferentiated score of its poorly differentiated / pleomorphic form
 */
public record Diagnosis(String id, String name, String family, String icdO, String behaviour, String lineage,
                        Integer fnclccDifferentiation, Integer fnclccPoorlyDifferentiated, String source) {
    public boolean isGradedByFnclcc() { return fnclccDifferentiation != null; }

    public boolean isBenign() { return "benign".equals(behaviour); }

    public boolean isMalignant() { return "malignant".equals(behaviour); }
}
