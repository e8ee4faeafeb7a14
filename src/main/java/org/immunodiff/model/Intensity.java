package org.immunodiff.model;

public enum Intensity { WEAK, MODERATE, STRONG }
