package io.customer360.engine.parse;

import io.customer360.model.ReasonCode;
import io.customer360.read.RawRecord;
import io.customer360.read.SourceField;
import io.customer360.standardise.Standardised;
import io.customer360.standardise.Text;
import io.customer360.validate.Violation;

/** The built-in violations with their human reasons, e.g. {@code Invalid email (a@@b)}. */
final class Violations {
    private Violations() {
    }

    static Violation malformed(RawRecord record) {
        return Violation.of(ReasonCode.MALFORMED_RECORD,
                "Malformed record (" + record.malformation() + ")");
    }

    static Violation missing(ReasonCode code, SourceField field, String what) {
        return new Violation(code, field.columnName(), null, "Missing " + what);
    }

    /** A present value that breaks its rule; the reason quotes the stripped raw value. */
    static Violation invalid(ReasonCode code, RawRecord record, SourceField field, String what) {
        String value = stripped(record.value(field));
        return new Violation(code, field.columnName(), value, what + " (" + value + ")");
    }

    /**
     * The violation of a standardised value, or null when it passes: {@code missingCode} when
     * missing (null for an optional field), {@code INVALID_...} with the raw value when invalid.
     */
    static Violation check(Standardised<?> value, RawRecord record, SourceField field,
            ReasonCode missingCode, ReasonCode invalidCode, String what) {
        if (value.isMissing()) {
            return missingCode == null ? null : missing(missingCode, field, what);
        }
        if (value.isInvalid()) {
            return invalid(invalidCode, record, field, "Invalid " + what);
        }
        return null;
    }

    static String stripped(String raw) {
        return raw == null ? "" : raw.strip();
    }

    static String clean(RawRecord record, SourceField field) {
        return Text.clean(record.value(field));
    }
}
