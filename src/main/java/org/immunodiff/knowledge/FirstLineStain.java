package org.immunodiff.knowledge;

/** A stain of the first-line panel for a site (or region, or *) and pattern (or *). */
public record FirstLineStain(String site, String pattern, String marker, String reason, String source) { }
