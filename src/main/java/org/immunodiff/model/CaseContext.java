package org.immunodiff.model;

/**
 * Everything about the case that is not a stain: patient, site and the morphology the grade needs.
 * Sites are already normalised through the knowledge base's site table.
 */
public record CaseContext(Integer age, String sex, String site, String region, boolean mucosal, Double sizeCm,
                          String pattern, Integer mitosesPer10Hpf, Necrosis necrosis, Integer differentiationScore,
                          Double ki67Percent) {

    public boolean hasMitoticCount() { return mitosesPer10Hpf != null; }

    public boolean hasKi67() { return ki67Percent != null; }

    public boolean isHeadAndNeck() { return "head-and-neck".equals(region); }
}
