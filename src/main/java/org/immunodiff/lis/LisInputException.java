package org.immunodiff.lis;

import java.util.List;

/**
 * A message from an LIS that cannot be turned into a panel. Each problem names where it is, in the message's own
 * terms: "OBX-3 (OBX set 4)" for HL7 v2, "Bundle.entry[3].resource.code" for FHIR.
 */
public class LisInputException extends RuntimeException {
    /** One problem: where, and what. {@code reject} marks a message that cannot be processed at all (AR, not AE). */
    public record Problem(String location, String message) { }

    private final List<Problem> problems;
    private final boolean reject;

    public LisInputException(List<Problem> problems, boolean reject) {
        super(problems.isEmpty() ? "invalid message" : problems.get(0).location() + ": " + problems.get(0).message());
        this.problems = List.copyOf(problems);
        this.reject = reject;
    }

    public static LisInputException reject(String location, String message) {
        return new LisInputException(List.of(new Problem(location, message)), true);
    }

    public static LisInputException error(String location, String message) {
        return new LisInputException(List.of(new Problem(location, message)), false);
    }

    public List<Problem> problems() { return problems; }

    public boolean isReject() { return reject; }
}
