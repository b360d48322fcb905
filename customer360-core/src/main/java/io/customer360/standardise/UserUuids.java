package io.customer360.standardise;

/** User UUID normalisation and validation (SPEC §2). */
public final class UserUuids {
    private UserUuids() {
    }

    /** STUB: to be implemented. */
    public static Standardised<String> standardise(String raw) {
        throw new UnsupportedOperationException("not implemented yet");
    }
}
