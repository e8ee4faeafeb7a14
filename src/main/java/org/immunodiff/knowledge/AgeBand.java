package org.immunodiff.knowledge;

/** An age band in which a diagnosis is more or less likely. */
public record AgeBand(String diagnosis, int minAge, int maxAge, double multiplier, String source, String label, String note) implements PriorRow {
    public AgeBand(String diagnosis, int minAge, int maxAge, double multiplier, String source) {
        this(diagnosis, minAge, maxAge, multiplier, source, "prior: age " + minAge + "-" + maxAge, PriorRow.noteOf(multiplier, " at this age"));
    }

    public boolean contains(int age) { return age >= minAge && age <= maxAge; }
}
