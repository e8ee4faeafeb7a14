package org.immunodiff.model;

/** How a stain reads. Markers read as loss or retention map "lost" to NEGATIVE and "retained" to POSITIVE. */
public enum StainResult { POSITIVE, NEGATIVE, EQUIVOCAL }
