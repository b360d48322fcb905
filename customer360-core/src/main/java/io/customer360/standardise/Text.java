package io.customer360.standardise;

/** Null tokens and white space (SPEC §2, any text field). */
public final class Text {
    private Text() {
    }

    /** STUB: to be implemented. */
    public static String clean(String raw) {
        throw new UnsupportedOperationException("not implemented yet");
    }
}
