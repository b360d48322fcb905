package io.customer360.standardise;

import java.util.Locale;

/** Email normalisation and validation (SPEC §2). */
public final class Emails {
    private static final int MAX_ADDRESS_LENGTH = 254;
    private static final int MAX_LOCAL_LENGTH = 64;
    private static final String LOCAL_SYMBOLS = "!#$%&'*+/=?^_`{|}~.-";

    private Emails() {
    }

    /**
     * The lower-cased ({@link Locale#ROOT}) address, when {@code raw} is a valid email.
     *
     * <p>After {@link Text#clean}, the address is valid when all of these hold:
     * <ul>
     *   <li>it has at most 254 characters and exactly one {@code @};</li>
     *   <li>the local part before the {@code @} has 1 to 64 characters, each an ASCII letter,
     *       digit or one of {@code !#$%&'*+/=?^_`{|}~.-}; it neither starts nor ends with
     *       {@code .} and holds no {@code ..};</li>
     *   <li>the domain after the {@code @} has at least two labels separated by {@code .};
     *       each label is non-empty, made of ASCII letters, digits and {@code -}, and neither
     *       starts nor ends with {@code -};</li>
     *   <li>the last label has at least two characters, all ASCII letters.</li>
     * </ul>
     * The characters are checked as written, before lower-casing, so a non-ASCII character
     * that lower-cases to an ASCII one (such as the Kelvin sign) is invalid. Quoted local
     * parts, comments and IP-address domains are invalid.
     *
     * @param raw the value as read, may be null
     * @return missing for a missing value, the lower-cased address, or invalid
     */
    public static Standardised<String> standardise(String raw) {
        String text = Text.clean(raw);
        if (text == null) {
            return Standardised.missing();
        }
        return isValid(text) ? Standardised.valid(text.toLowerCase(Locale.ROOT)) : Standardised.invalid();
    }

    private static boolean isValid(String address) {
        if (address.length() > MAX_ADDRESS_LENGTH) {
            return false;
        }
        int at = address.indexOf('@');
        return at >= 0
                && isValidLocalPart(address, at)
                && isValidDomain(address, at + 1);
    }

    private static boolean isValidLocalPart(String address, int end) {
        if (end < 1 || end > MAX_LOCAL_LENGTH || address.charAt(0) == '.' || address.charAt(end - 1) == '.') {
            return false;
        }
        char previous = 0;
        for (int i = 0; i < end; i++) {
            char c = address.charAt(i);
            if (!isLocalChar(c) || c == '.' && previous == '.') {
                return false;
            }
            previous = c;
        }
        return true;
    }

    /** Checks the labels from {@code start} to the end; a second {@code @} fails as a bad character. */
    private static boolean isValidDomain(String address, int start) {
        int labelsBeforeLast = 0;
        int labelStart = start;
        for (int i = start; i < address.length(); i++) {
            char c = address.charAt(i);
            if (c == '.') {
                if (!isValidLabel(address, labelStart, i)) {
                    return false;
                }
                labelsBeforeLast++;
                labelStart = i + 1;
            } else if (!isLabelChar(c)) {
                return false;
            }
        }
        return labelsBeforeLast >= 1 && isValidTopLabel(address, labelStart);
    }

    private static boolean isValidLabel(String address, int start, int end) {
        return end > start && address.charAt(start) != '-' && address.charAt(end - 1) != '-';
    }

    private static boolean isValidTopLabel(String address, int start) {
        if (address.length() - start < 2) {
            return false;
        }
        for (int i = start; i < address.length(); i++) {
            if (!isAsciiLetter(address.charAt(i))) {
                return false;
            }
        }
        return true;
    }

    private static boolean isLocalChar(char c) {
        return isAsciiLetter(c) || isAsciiDigit(c) || LOCAL_SYMBOLS.indexOf(c) >= 0;
    }

    private static boolean isLabelChar(char c) {
        return isAsciiLetter(c) || isAsciiDigit(c) || c == '-';
    }

    private static boolean isAsciiLetter(char c) {
        return c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z';
    }

    private static boolean isAsciiDigit(char c) {
        return c >= '0' && c <= '9';
    }
}
