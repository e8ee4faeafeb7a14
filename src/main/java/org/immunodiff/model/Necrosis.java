package org.immunodiff.model;

/** Tumour necrosis as FNCLCC scores it. */
public enum Necrosis { NONE, LT50, GE50 }
