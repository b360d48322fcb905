package io.customer360.validate;

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

    /** A record that passed every built-in check. */
    public static <T> ParseResult<T> accepted(T record) {
        return new ParseResult<>(Objects.requireNonNull(record, "record"), null);
    }

    /** A record rejected for the given reason. */
    public static <T> ParseResult<T> rejected(Violation violation) {
        return new ParseResult<>(null, Objects.requireNonNull(violation, "violation"));
    }

    /** Whether the record was accepted. */
    public boolean isAccepted() {
        return record != null;
    }

    /** The typed record, or null when rejected. */
    public T record() {
        return record;
    }

    /** The violation, or null when accepted. */
    public Violation violation() {
        return violation;
    }

    @Override
    public String toString() {
        return isAccepted() ? "accepted" : "rejected: " + violation;
    }
}
