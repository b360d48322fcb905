package io.customer360.standardise;

import io.customer360.model.TransactionStatus;

/** Transaction status normalisation (SPEC §2). */
public final class Statuses {
    private Statuses() {
    }

    /** STUB: to be implemented. */
    public static Standardised<TransactionStatus> standardise(String raw) {
        throw new UnsupportedOperationException("not implemented yet");
    }
}
