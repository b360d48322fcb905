package io.customer360.standardise;

/** Email normalisation and validation (SPEC §2). */
public final class Emails {
    private Emails() {
    }

    /** STUB: to be implemented. */
    public static Standardised<String> standardise(String raw) {
        throw new UnsupportedOperationException("not implemented yet");
    }
}
