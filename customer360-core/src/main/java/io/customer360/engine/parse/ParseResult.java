package io.customer360.engine.parse;

import io.customer360.validate.Violation;
import java.util.Objects;

/**
 * The outcome of standardising one raw record: the typed record, or the violation that
 * rejects it.
 *
 * @param <T> the typed record
 */
public final class ParseResult<T> {
    private final T record;
    private final Violation violation;

    private ParseResult(T record, Violation violation) {
        this.record = record;
        this.violation = violation;
    }

    /**
     * A record that passed every built-in check.
     *
     * @param <T>    the record type
     * @param record the typed record
     * @return the accepted result
     */
    public static <T> ParseResult<T> accepted(T record) {
        return new ParseResult<>(Objects.requireNonNull(record, "record"), null);
    }

    /**
     * A record rejected for the given reason.
     *
     * @param <T>       the record type
     * @param violation why the record is rejected
     * @return the rejected result
     */
    public static <T> ParseResult<T> rejected(Violation violation) {
        return new ParseResult<>(null, Objects.requireNonNull(violation, "violation"));
    }

    /**
     * Whether the record was accepted.
     *
     * @return true when accepted
     */
    public boolean isAccepted() {
        return record != null;
    }

    /**
     * The typed record, or null when rejected.
     *
     * @return the record, or null
     */
    public T record() {
        return record;
    }

    /**
     * The violation, or null when accepted.
     *
     * @return the violation, or null
     */
    public Violation violation() {
        return violation;
    }

    @Override
    public String toString() {
        return isAccepted() ? "accepted" : "rejected: " + violation;
    }
}
