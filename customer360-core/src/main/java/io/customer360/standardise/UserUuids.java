package io.customer360.standardise;

import java.util.Locale;

/** User UUID normalisation and validation (SPEC §2). */
public final class UserUuids {
    private static final int UUID_LENGTH = 36;
    private static final int INVALID = 0;
    private static final int LOWER_CASE = 1;
    private static final int HAS_UPPER_CASE = 2;
    /** Which ASCII characters are hexadecimal digits, in either case. */
    private static final boolean[] HEX = new boolean['f' + 1];

    static {
        for (char c = '0'; c <= '9'; c++) {
            HEX[c] = true;
        }
        for (char c = 'a'; c <= 'f'; c++) {
            HEX[c] = true;
            HEX[Character.toUpperCase(c)] = true;
        }
    }

    private UserUuids() {
    }

    /**
     * The lower-cased canonical text of the UUID in {@code raw}.
     *
     * <p>After {@link Text#clean}, one pair of surrounding braces ({@code {…}}) is removed
     * when both are present. What is left must be 32 ASCII hexadecimal digits in groups of
     * 8-4-4-4-12 separated by {@code -}, in any case. The nil UUID
     * ({@code 00000000-0000-0000-0000-000000000000}) is invalid. The version and variant
     * digits are not checked, so any other such value is valid. Braces on one side only,
     * white space inside the braces, and the 32 digits without hyphens are invalid.
     *
     * @param raw the value as read, may be null
     * @return missing for a missing value, the lower-case UUID, or invalid
     */
    public static Standardised<String> standardise(String raw) {
        String text = Text.clean(raw);
        if (text == null) {
            return Standardised.missing();
        }
        String uuid = withoutBraces(text);
        int shape = shape(uuid);
        if (shape == INVALID) {
            return Standardised.invalid();
        }
        return Standardised.valid(shape == HAS_UPPER_CASE ? uuid.toLowerCase(Locale.ROOT) : uuid);
    }

    private static String withoutBraces(String text) {
        int last = text.length() - 1;
        return last > 0 && text.charAt(0) == '{' && text.charAt(last) == '}' ? text.substring(1, last) : text;
    }

    /**
     * {@link #INVALID} unless {@code uuid} is canonical and not nil; then whether it has an
     * upper-case digit ({@link #HAS_UPPER_CASE}) or not ({@link #LOWER_CASE}).
     */
    private static int shape(String uuid) {
        if (uuid.length() != UUID_LENGTH || uuid.charAt(8) != '-' || uuid.charAt(13) != '-'
                || uuid.charAt(18) != '-' || uuid.charAt(23) != '-') {
            return INVALID;
        }
        int nonZero = 0;
        boolean upperCase = false;
        for (int i = 0; i < UUID_LENGTH; i++) {
            if (i == 8 || i == 13 || i == 18 || i == 23) {
                continue;
            }
            char c = uuid.charAt(i);
            if (c >= HEX.length || !HEX[c]) {
                return INVALID;
            }
            nonZero |= c ^ '0';
            upperCase |= c <= 'F' && c >= 'A';
        }
        if (nonZero == 0) {
            return INVALID;
        }
        return upperCase ? HAS_UPPER_CASE : LOWER_CASE;
    }
}
