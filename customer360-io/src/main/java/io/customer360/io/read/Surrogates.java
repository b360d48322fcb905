package io.customer360.io.read;

/** Replaces unpaired UTF-16 surrogates, e.g. from a JSON {@code \ud800} escape, with U+FFFD. */
final class Surrogates {
    static final char REPLACEMENT = '\uFFFD';

    private Surrogates() {
    }

    /** Returns the text with every unpaired surrogate replaced; the same instance when none. */
    static String replaceUnpaired(String text) {
        int bad = firstUnpaired(text, 0);
        if (bad < 0) {
            return text;
        }
        char[] chars = text.toCharArray();
        while (bad >= 0) {
            chars[bad] = REPLACEMENT;
            bad = firstUnpaired(text, bad + 1);
        }
        return new String(chars);
    }

    private static int firstUnpaired(String text, int from) {
        int length = text.length();
        for (int i = from; i < length; i++) {
            char c = text.charAt(i);
            if (Character.isHighSurrogate(c)) {
                if (i + 1 < length && Character.isLowSurrogate(text.charAt(i + 1))) {
                    i++;
                } else {
                    return i;
                }
            } else if (Character.isLowSurrogate(c)) {
                return i;
            }
        }
        return -1;
    }
}
