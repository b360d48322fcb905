package io.customer360.standardise;

/** Amount parsing to hundredths (SPEC §2). */
public final class Amounts {
    private Amounts() {
    }

    /** STUB: to be implemented. */
    public static Standardised<Long> standardise(String raw) {
        throw new UnsupportedOperationException("not implemented yet");
    }
}
