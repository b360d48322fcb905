package io.customer360.validate;

import io.customer360.model.ReasonCode;
import java.io.Serializable;
import java.util.Objects;

/**
 * Why one record is rejected.
 *
 * @param code    the reason code reported and counted
 * @param field   the canonical name of the field at fault, or null when no single field is
 * @param value   the raw value at fault (stripped), or null
 * @param message a short human sentence, e.g. {@code Non-positive amount (-10.0)}
 * @serial exclude
 */
public record Violation(ReasonCode code, String field, String value, String message)
        implements Serializable {

    /**
     * Checks that the code and the message are present.
     *
     * @param code    the reason code reported and counted
     * @param field   the canonical name of the field at fault, or null when no single field is
     * @param value   the raw value at fault (stripped), or null
     * @param message a short human sentence, e.g. {@code Non-positive amount (-10.0)}
     */
    public Violation {
        Objects.requireNonNull(code, "code");
        Objects.requireNonNull(message, "message");
    }

    /**
     * A violation that concerns the record as a whole.
     *
     * @param code    the reason code
     * @param message a short human sentence
     * @return the violation, with no field or value
     */
    public static Violation of(ReasonCode code, String message) {
        return new Violation(code, null, null, message);
    }

    @Override
    public String toString() {
        // Never the value: it may be personal data.
        return code + (field == null ? "" : " in " + field);
    }
}
