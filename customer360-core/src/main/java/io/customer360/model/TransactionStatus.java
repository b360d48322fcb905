package io.customer360.model;

import java.util.Locale;

/** The allowed statuses of an accepted transaction, each with its per-status output columns. */
public enum TransactionStatus {
    /** Paid in full. */
    COMPLETED,
    /** Not yet settled. */
    PENDING,
    /** Paid and given back. */
    REFUNDED,
    /** Attempted and failed. */
    FAILED,
    /** Withdrawn before settlement; {@code canceled} is read as this status. */
    CANCELLED;

    private final String code = name().toLowerCase(Locale.ROOT);

    /**
     * The lower-case name used in input files and output column names, e.g. {@code completed}.
     *
     * @return the code
     */
    public String code() {
        return code;
    }
}
