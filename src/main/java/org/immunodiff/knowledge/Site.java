package org.immunodiff.knowledge;

/** A normalised anatomical site with its region and whether it is a mucosal site. */
public record Site(String site, String region, boolean mucosal) { }
