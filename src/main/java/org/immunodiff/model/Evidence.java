package org.immunodiff.model;

/**
 * One weighed piece of evidence for or against a diagnosis: a marker, a feature, the context, or a rule.
 *
 * @param item     what was observed: a marker name, a feature, "site: larynx", or a rule's subject
 * @param observed how it was observed ("positive, diffuse")
 * @param weight   natural-log likelihood ratio against the average diagnosis (positive supports)
 * @param note     the reasoning in words, with the literature frequency where one was used
 * @param source   the literature source of the frequency or rule, when there is one
 * @param rule     the name of the rule that produced it, or null for the likelihood baseline
 */
public record Evidence(String item, String observed, double weight, String note, String source, String rule) { }
