package io.customer360.standardise;

import io.customer360.read.ValueKind;

/** Page view count parsing (SPEC §2). */
public final class PageViews {
    private PageViews() {
    }

    /** STUB: to be implemented. */
    public static Standardised<Long> standardise(String raw, ValueKind kind) {
        throw new UnsupportedOperationException("not implemented yet");
    }
}
