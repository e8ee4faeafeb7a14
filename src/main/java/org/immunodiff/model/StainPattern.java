package org.immunodiff.model;

/** Where in the cell a stain is seen; it decides the reading of beta-catenin, STAT6, myogenin and others. */
public enum StainPattern { NUCLEAR, CYTOPLASMIC, MEMBRANOUS, DOT_LIKE }
