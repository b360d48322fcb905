package io.customer360.io.read;

import io.customer360.read.ValueKind;

/**
 * A fast path for the common JSON Lines record: one flat object whose values are strings
 * without escapes, numbers, {@code true}, {@code false} or {@code null}. It accepts only text
 * that a strict JSON parser accepts too, and reports each member in order; anything else
 * (escapes, nested values, control characters, long tokens, any syntax error) is declined, and
 * the caller parses the line with the full parser, which also words the error.
 */
final class FlatJsonLine {
    /** Tokens longer than this are left to the full parser and its length limits. */
    private static final int MAX_TOKEN = 1000;

    /** Receives the members of an accepted object, in order. */
    interface Members {
        /**
         * A member whose name starts at {@code nameStart} and is {@code nameLength} long and
         * whose value, without quotes, is {@code text[valueStart..valueEnd)}: taken apart only
         * by a receiver that wants it, so that members nobody reads cost no string.
         */
        void member(String text, int nameStart, int nameLength, int valueStart, int valueEnd,
                ValueKind kind);
    }

    private FlatJsonLine() {
    }

    /**
     * Reads {@code text} as one flat JSON object, passing each member with a non-null value to
     * {@code members} (a {@code null} value is skipped).
     *
     * @return whether the text was read; when false, {@code members} may have received some
     *         members already and the text must be parsed again by the full parser
     */
    static boolean read(String text, Members members) {
        int length = text.length();
        int at = skipSpace(text, 0);
        if (at == length || text.charAt(at) != '{') {
            return false;
        }
        at = skipSpace(text, at + 1);
        if (at < length && text.charAt(at) == '}') {
            return skipSpace(text, at + 1) == length;
        }
        while (true) {
            if (at == length || text.charAt(at) != '"') {
                return false;
            }
            int nameEnd = stringEnd(text, at + 1);
            if (nameEnd < 0) {
                return false;
            }
            int nameStart = at + 1;
            at = skipSpace(text, nameEnd + 1);
            if (at == length || text.charAt(at) != ':') {
                return false;
            }
            at = skipSpace(text, at + 1);
            if (at == length) {
                return false;
            }
            char first = text.charAt(at);
            int valueEnd;
            if (first == '"') {
                valueEnd = stringEnd(text, at + 1);
                if (valueEnd < 0) {
                    return false;
                }
                members.member(text, nameStart, nameEnd - nameStart, at + 1, valueEnd,
                        ValueKind.TEXT);
                valueEnd++;
            } else if (first == '-' || first >= '0' && first <= '9') {
                valueEnd = numberEnd(text, at);
                if (valueEnd < 0) {
                    return false;
                }
                members.member(text, nameStart, nameEnd - nameStart, at, valueEnd,
                        ValueKind.NUMBER);
            } else if (text.startsWith("true", at)) {
                valueEnd = at + 4;
                members.member(text, nameStart, nameEnd - nameStart, at, valueEnd,
                        ValueKind.OTHER);
            } else if (text.startsWith("false", at)) {
                valueEnd = at + 5;
                members.member(text, nameStart, nameEnd - nameStart, at, valueEnd,
                        ValueKind.OTHER);
            } else if (text.startsWith("null", at)) {
                valueEnd = at + 4;
            } else {
                return false;
            }
            at = skipSpace(text, valueEnd);
            if (at == length) {
                return false;
            }
            char next = text.charAt(at);
            if (next == '}') {
                return skipSpace(text, at + 1) == length;
            }
            if (next != ',') {
                return false;
            }
            at = skipSpace(text, at + 1);
        }
    }

    private static int skipSpace(String text, int from) {
        int at = from;
        while (at < text.length()) {
            char c = text.charAt(at);
            if (c != ' ' && c != '\t' && c != '\n' && c != '\r') {
                break;
            }
            at++;
        }
        return at;
    }

    /** The index of the closing quote of a string without escapes, or -1. */
    private static int stringEnd(String text, int from) {
        int limit = Math.min(text.length(), from + MAX_TOKEN);
        for (int at = from; at < limit; at++) {
            char c = text.charAt(at);
            if (c == '"') {
                return at;
            }
            if (c == '\\' || c < 0x20) {
                return -1;
            }
        }
        return -1;
    }

    /** The end of a JSON number ({@code -?(0|[1-9]\d*)(\.\d+)?([eE][+-]?\d+)?}), or -1. */
    private static int numberEnd(String text, int from) {
        int length = text.length();
        int at = from;
        if (text.charAt(at) == '-') {
            at++;
        }
        if (at == length || !isDigit(text.charAt(at))) {
            return -1;
        }
        if (text.charAt(at) == '0') {
            at++;
        } else {
            at = digits(text, at);
        }
        if (at < length && text.charAt(at) == '.') {
            int fraction = digits(text, at + 1);
            if (fraction == at + 1) {
                return -1;
            }
            at = fraction;
        }
        if (at < length && (text.charAt(at) == 'e' || text.charAt(at) == 'E')) {
            at++;
            if (at < length && (text.charAt(at) == '+' || text.charAt(at) == '-')) {
                at++;
            }
            int exponent = digits(text, at);
            if (exponent == at) {
                return -1;
            }
            at = exponent;
        }
        // A number must be followed by a separator; "01" or "1x" are errors for the full parser.
        if (at < length && isDigit(text.charAt(at)) || at - from > MAX_TOKEN) {
            return -1;
        }
        return at;
    }

    private static int digits(String text, int from) {
        int at = from;
        while (at < text.length() && isDigit(text.charAt(at))) {
            at++;
        }
        return at;
    }

    private static boolean isDigit(char c) {
        return c >= '0' && c <= '9';
    }
}
