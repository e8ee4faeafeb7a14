package org.immunodiff.knowledge;

/** An age band in which a diagnosis is more or less likely. */
public record AgeBand(String diagnosis, int minAge, int maxAge, double multiplier, String source) {
    public boolean contains(int age) { return age >= minAge && age <= maxAge; }
}
