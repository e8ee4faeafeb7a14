package org.immunodiff.model;

/** A pitfall that applies to this case, with the rule that raised it and its source. */
public record Caveat(String text, String rule, String source) { }
