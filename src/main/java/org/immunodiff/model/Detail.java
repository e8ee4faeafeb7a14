package org.immunodiff.model;

import java.util.Locale;

/**
 * How much explanation an answer carries. {@link #FULL} (the default) lists the ten leading diagnoses with every
 * weighed observation; {@link #BRIEF}, for machine consumers re-running archives or polling at sign-out, lists the
 * five the contract asks for with their three strongest reasons each way. Ranking, probabilities, grade, caveats,
 * recommendations and warnings are the same in both.
 */
public enum Detail {
    FULL(Integer.MAX_VALUE, Integer.MAX_VALUE),
    BRIEF(5, 3);

    private final int diagnoses;
    private final int reasonsEachWay;

    Detail(int diagnoses, int reasonsEachWay) {
        this.diagnoses = diagnoses;
        this.reasonsEachWay = reasonsEachWay;
    }

    /** At most this many diagnoses are listed (and never more than the knowledge base's reportedDiagnoses). */
    public int diagnoses() { return diagnoses; }

    /** At most this many supporting and this many conflicting reasons per diagnosis. */
    public int reasonsEachWay() { return reasonsEachWay; }

    public String wireName() { return name().toLowerCase(Locale.ROOT); }

    /** "full" or "brief", any case; anything else is an IllegalArgumentException naming the choices. */
    public static Detail parse(String s) {
        if (s == null || s.isBlank()) return FULL;
        for (Detail d : values()) if (d.wireName().equalsIgnoreCase(s.strip())) return d;
        throw new IllegalArgumentException("detail must be 'full' or 'brief', not '" + s + "'");
    }
}
