package org.immunodiff.http;

/** A 4xx answer: the status, what is wrong, and the field (or header) it is about. */
final class ApiError extends RuntimeException {
    private final int status;
    private final String field;

    ApiError(int status, String field, String message) {
        super(message);
        this.status = status;
        this.field = field;
    }

    int status() { return status; }

    String field() { return field; }
}
