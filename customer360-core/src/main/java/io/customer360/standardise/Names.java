package io.customer360.standardise;

/** Full name title-casing (SPEC §2). */
public final class Names {
    private Names() {
    }

    /**
     * The name in {@code raw} with its white space collapsed and each part title-cased.
     *
     * <p>After {@link Text#clean}:
     * <ul>
     *   <li>each run of white space inside the name (as {@link Character#isWhitespace(int)},
     *       the definition {@link String#strip()} uses) becomes one space;</li>
     *   <li>the name is cut into parts at each space and {@code -}; the first character of a
     *       part is upper-cased and the rest lower-cased: {@code anne-marie} becomes
     *       {@code Anne-Marie}, {@code VAN DER BERG} becomes {@code Van Der Berg};</li>
     *   <li>in a part that starts with one letter and an apostrophe ({@code '} or the
     *       typographic {@code ’}), the character after the apostrophe is upper-cased:
     *       {@code o'brien} becomes {@code O'Brien}, {@code d'arcy} becomes {@code D'Arcy}.</li>
     * </ul>
     * Case is changed one code point at a time with {@link Character#toUpperCase(int)} and
     * {@link Character#toLowerCase(int)}, which do not depend on the default locale, so the
     * result has as many code points as the collapsed input and standardising it again gives
     * it back unchanged. A name is never invalid.
     *
     * @param raw the value as read, may be null
     * @return missing for a missing value, else the standardised name
     */
    public static Standardised<String> standardise(String raw) {
        String text = Text.clean(raw);
        if (text == null) {
            return Standardised.missing();
        }
        StringBuilder name = new StringBuilder(text.length());
        int partStart = 0;
        boolean inWhiteSpace = false;
        for (int i = 0; i < text.length(); ) {
            int c = text.codePointAt(i);
            i += Character.charCount(c);
            if (Character.isWhitespace(c)) {
                inWhiteSpace = true;
                continue;
            }
            if (inWhiteSpace) {
                name.append(' ');
                partStart = name.length();
                inWhiteSpace = false;
            }
            int offsetInPart = name.length() - partStart;
            name.appendCodePoint(startsWord(name, partStart, offsetInPart)
                    ? Character.toUpperCase(c) : Character.toLowerCase(c));
            if (c == '-') {
                partStart = name.length();
            }
        }
        return Standardised.valid(name.toString());
    }

    /** Whether the next code point of the part is its first, or follows a one-letter start and an apostrophe. */
    private static boolean startsWord(StringBuilder name, int partStart, int offsetInPart) {
        if (offsetInPart == 0) {
            return true;
        }
        if (!isApostrophe(name.charAt(name.length() - 1))) {
            return false;
        }
        int first = name.codePointAt(partStart);
        return Character.isLetter(first) && partStart + Character.charCount(first) == name.length() - 1;
    }

    private static boolean isApostrophe(char c) {
        return c == '\'' || c == '\u2019';
    }
}
