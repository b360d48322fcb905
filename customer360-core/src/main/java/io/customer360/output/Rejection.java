package io.customer360.output;

import io.customer360.model.ReasonCode;
import io.customer360.model.Source;
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

    /**
     * Checks that both parts are present.
     *
     * @param record    the record as read, with its line and original text
     * @param violation why it was rejected
     */
    public Rejection {
        Objects.requireNonNull(record, "record");
        Objects.requireNonNull(violation, "violation");
    }

    /**
     * The source the record came from.
     *
     * @return the record's source
     */
    public Source source() {
        return record.schema().source();
    }

    /**
     * The 1-based physical line where the record starts, or its record number when
     * {@link #isRecordNumbered()}.
     *
     * @return the record's first line, or its number
     */
    public long line() {
        return record.line();
    }

    /**
     * The reason code.
     *
     * @return the reason code
     */
    public ReasonCode reasonCode() {
        return violation.code();
    }

    /**
     * The human reason, e.g. {@code Non-positive amount (-10.0)}.
     *
     * @return the reason
     */
    public String reason() {
        return violation.message();
    }

    /**
     * The record's original text without its line terminator; only its head when
     * {@link #rawTruncated()}.
     *
     * @return the record's text, or its head
     */
    public String raw() {
        return record.text();
    }

    /**
     * Whether {@link #raw()} is only the head of the record, cut at a read limit.
     *
     * @return true when the text was cut
     */
    public boolean rawTruncated() {
        return record.isTextTruncated();
    }

    @Override
    public String toString() {
        return source().reportName() + " line " + line() + ": " + reasonCode();
    }

    /**
     * Whether {@link #line()} is the record's number in a source of named values rather than a
     * file line.
     *
     * @return true for a record of a {@code ValuesInput}
     */
    public boolean isRecordNumbered() {
        return record.isRecordNumbered();
    }
}
