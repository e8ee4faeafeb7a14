package org.immunodiff.engine;

/**
 * An interpretation of the panel that rules reason over ("epithelial-marker-positive"), asserted logically by
 * the interpretation rules so it disappears when its reasons do.
 *
 * @param name   what is true, in kebab-case
 * @param detail which stains or words make it true
 */
public record Finding(String name, String detail) { }
