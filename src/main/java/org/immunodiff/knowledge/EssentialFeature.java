package org.immunodiff.knowledge;

import java.util.Set;

/**
 * A feature that the WHO classification makes an essential criterion of a diagnosis, so that a report describing
 * the morphology would normally name it. {@code alsoNamedBy} are features whose words name it too (the pattern
 * "pleomorphic" names pleomorphism).
 */
public record EssentialFeature(String diagnosis, String feature, Set<String> alsoNamedBy, String source) { }
