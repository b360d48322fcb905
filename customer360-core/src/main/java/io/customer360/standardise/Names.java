package io.customer360.standardise;

/** Full name title-casing (SPEC §2). */
public final class Names {
    private Names() {
    }

    /** STUB: to be implemented. */
    public static Standardised<String> standardise(String raw) {
        throw new UnsupportedOperationException("not implemented yet");
    }
}
