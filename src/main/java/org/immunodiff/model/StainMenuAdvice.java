package org.immunodiff.model;

import java.util.List;

/**
 * What a laboratory's stain menu did to the advice: how many stains it offers, and the stains that would have been
 * recommended before those given but are not on it (to send out), each with what it would separate.
 */
public record StainMenuAdvice(int stains, List<Recommendation> notOffered) { }
