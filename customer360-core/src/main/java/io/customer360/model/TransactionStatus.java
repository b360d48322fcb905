package io.customer360.model;

import java.io.Serializable;
import java.util.List;
import java.util.Objects;
import java.util.regex.Pattern;

/**
 * The status of an accepted transaction: one of the five built-in statuses, or a status that a
 * run's {@code StatusVocabulary} adds. Each status has a count and an amount column in the
 * customer table, named after its {@link #code()}.
 *
 * <p>A value type: two statuses are equal when their codes are. {@link #of(String)} returns the
 * constants for the built-in codes, so a built-in status may also be compared with {@code ==};
 * compare an added status with {@link #equals(Object)}.
 */
public final class TransactionStatus implements Serializable {
    private static final long serialVersionUID = 2L;
    private static final Pattern CODE = Pattern.compile("[a-z][a-z0-9_]*");

    /** Paid in full. */
    public static final TransactionStatus COMPLETED = new TransactionStatus("completed");
    /** Not yet settled. */
    public static final TransactionStatus PENDING = new TransactionStatus("pending");
    /** Paid and given back. */
    public static final TransactionStatus REFUNDED = new TransactionStatus("refunded");
    /** Attempted and failed. */
    public static final TransactionStatus FAILED = new TransactionStatus("failed");
    /** Withdrawn before settlement. */
    public static final TransactionStatus CANCELLED = new TransactionStatus("cancelled");

    private static final List<TransactionStatus> BUILT_IN =
            List.of(COMPLETED, PENDING, REFUNDED, FAILED, CANCELLED);

    /** The lower-case snake case code. */
    private final String code;

    private TransactionStatus(String code) {
        this.code = code;
    }

    /**
     * The status with {@code code}: the built-in constant for a built-in code, otherwise a new
     * status.
     *
     * @param code lower-case snake case ({@code [a-z][a-z0-9_]*}), e.g. {@code chargeback}
     * @return the status
     * @throws IllegalArgumentException when {@code code} is not lower-case snake case
     */
    public static TransactionStatus of(String code) {
        Objects.requireNonNull(code, "code");
        for (TransactionStatus builtIn : BUILT_IN) {
            if (builtIn.code.equals(code)) {
                return builtIn;
            }
        }
        if (!CODE.matcher(code).matches()) {
            throw new IllegalArgumentException("a status code must be lower-case snake case"
                    + " ([a-z][a-z0-9_]*) but was '" + code + "'");
        }
        return new TransactionStatus(code);
    }

    /**
     * The five built-in statuses in their column order: completed, pending, refunded, failed,
     * cancelled.
     *
     * @return the built-in statuses
     */
    public static List<TransactionStatus> builtIn() {
        return BUILT_IN;
    }

    /**
     * The lower-case code that names the status's output columns, e.g. {@code completed} for
     * {@code completed_count} and {@code completed_amount}.
     *
     * @return the code
     */
    public String code() {
        return code;
    }

    /**
     * Whether this is one of the five built-in statuses.
     *
     * @return true for completed, pending, refunded, failed and cancelled
     */
    public boolean isBuiltIn() {
        return BUILT_IN.contains(this);
    }

    /**
     * Keeps the built-in statuses unique after deserialisation.
     *
     * @return the status with this code
     */
    private Object readResolve() {
        return of(code);
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof TransactionStatus && ((TransactionStatus) other).code.equals(code);
    }

    @Override
    public int hashCode() {
        return code.hashCode();
    }

    @Override
    public String toString() {
        return code;
    }
}
