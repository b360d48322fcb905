package io.customer360.standardise;

import java.util.Locale;

/** User UUID normalisation and validation (SPEC §2). */
public final class UserUuids {
    private static final int UUID_LENGTH = 36;
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
        return isCanonicalAndNotNil(uuid) ? Standardised.valid(uuid.toLowerCase(Locale.ROOT)) : Standardised.invalid();
    }

    private static String withoutBraces(String text) {
        int last = text.length() - 1;
        return last > 0 && text.charAt(0) == '{' && text.charAt(last) == '}' ? text.substring(1, last) : text;
    }

    private static boolean isCanonicalAndNotNil(String uuid) {
        if (uuid.length() != UUID_LENGTH || uuid.charAt(8) != '-' || uuid.charAt(13) != '-'
                || uuid.charAt(18) != '-' || uuid.charAt(23) != '-') {
            return false;
        }
        int nonZero = 0;
        for (int i = 0; i < UUID_LENGTH; i++) {
            if (i == 8 || i == 13 || i == 18 || i == 23) {
                continue;
            }
            char c = uuid.charAt(i);
            if (c >= HEX.length || !HEX[c]) {
                return false;
            }
            nonZero |= c ^ '0';
        }
        return nonZero != 0;
    }
}
