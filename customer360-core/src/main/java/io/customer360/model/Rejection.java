package io.customer360.model;

import io.customer360.read.RawRecord;
import io.customer360.validate.Violation;
import java.util.Objects;

/**
 * A rejected record with its reason: what goes to the quarantine outputs.
 *
 * @param record    the record as read, with its line and original text
 * @param violation why it was rejected
 */
public record Rejection(RawRecord record, Violation violation) {

    /** Checks that both parts are present. */
    public Rejection {
        Objects.requireNonNull(record, "record");
        Objects.requireNonNull(violation, "violation");
    }

    /** The source the record came from. */
    public Source source() {
        return record.schema().source();
    }

    /** The 1-based physical line where the record starts. */
    public long line() {
        return record.line();
    }

    /** The reason code. */
    public ReasonCode reasonCode() {
        return violation.code();
    }

    /** The human reason, e.g. {@code Non-positive amount (-10.0)}. */
    public String reason() {
        return violation.message();
    }

    /**
     * The record's original text without its line terminator; only its head when
     * {@link #rawTruncated()}.
     */
    public String raw() {
        return record.text();
    }

    /** Whether {@link #raw()} is only the head of the record, cut at a read limit. */
    public boolean rawTruncated() {
        return record.isTextTruncated();
    }

    @Override
    public String toString() {
        return source().reportName() + " line " + line() + ": " + reasonCode();
    }
}
