package org.immunodiff.engine;

/** A diagnosis as ranked by the likelihood phase, for the grading and advice phases to reason over. */
public record Contender(String id, int rank, double probability, double ratioToLeader) { }
