package org.immunodiff.contract;

/** The panel is rejected as a whole; {@link #field()} names what is wrong ("markers[2].percent"). */
public class InvalidPanelException extends RuntimeException {
    private final String field;

    public InvalidPanelException(String field, String message) {
        super(message);
        this.field = field;
    }

    public String field() { return field; }
}
