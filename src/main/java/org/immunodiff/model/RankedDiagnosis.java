package org.immunodiff.model;

import java.util.List;

public record RankedDiagnosis(int rank, String id, String family, String name, String icdO, String behaviour,
                              double probability, List<Evidence> supporting, List<Evidence> conflicting,
                              List<String> rules) { }
