package org.immunodiff.model;

import java.util.List;

/**
 * What a laboratory's stain menu did to the advice: how many stains it offers, and the best stains the advice would
 * have named but the menu lacks (to send out), each with what it would separate.
 */
public record StainMenuAdvice(int stains, List<Recommendation> notOffered) { }
