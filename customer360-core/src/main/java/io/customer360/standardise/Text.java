package io.customer360.standardise;

import java.util.Locale;

/**
 * The rule shared by every text field (SPEC §2): surrounding white space is not part of a
 * value, and a few conventional tokens mean that the value is missing.
 */
public final class Text {
    private static final int LONGEST_MISSING_TOKEN = 4;

    private Text() {
    }

    /**
     * The value with leading and trailing white space removed (as {@link String#strip()}), or
     * null when it is missing.
     *
     * <p>A value is missing when it is null, or when what is left after stripping is empty or
     * one of {@code null}, {@code none}, {@code n/a}, {@code na}, {@code nan}, {@code #n/a} in
     * any case ({@link Locale#ROOT}).
     *
     * @param raw the value as read, may be null
     * @return the stripped value, or null when it is missing
     */
    public static String clean(String raw) {
        if (raw == null) {
            return null;
        }
        String stripped = raw.strip();
        return isMissingToken(stripped) ? null : stripped;
    }

    private static boolean isMissingToken(String stripped) {
        if (stripped.length() > LONGEST_MISSING_TOKEN) {
            return false;
        }
        switch (stripped.toLowerCase(Locale.ROOT)) {
            case "":
            case "null":
            case "none":
            case "n/a":
            case "na":
            case "nan":
            case "#n/a":
                return true;
            default:
                return false;
        }
    }
}
