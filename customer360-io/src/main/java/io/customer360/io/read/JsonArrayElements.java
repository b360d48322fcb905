package io.customer360.io.read;

import java.io.Closeable;
import java.io.IOException;

/**
 * Splits the text of one JSON array into the source texts of its elements, without parsing
 * them, so that each element can be parsed on its own and a bad one costs only itself.
 *
 * <p>The scan tracks only what decides where an element ends: strings (with their escapes) and
 * the depth of brackets. An element ends at the first {@code ,} or {@code ]} outside strings and
 * outside the element's own brackets; its text is what lies between the separators, stripped of
 * the JSON white space around it. Any closing bracket closes the innermost open one, so brackets
 * that do not match make an element absorb the ones after it up to where the depth returns to
 * zero: their text is then malformed as one record, and the split goes on. Only the end of the
 * input inside a string or a bracket loses the structure: that element and everything after it
 * is one last {@link Kind#UNCLOSED} piece.
 *
 * <ul>
 *   <li>Lines end with LF, CRLF or CR, each one line break, wherever they are; a piece's line is
 *       the 1-based physical line of its first character.</li>
 *   <li>Memory is bounded: a piece keeps at most {@code maxLength} characters of its text; a
 *       longer one is still scanned to its end, {@link Piece#tooLong()} is set and its text is its
 *       first {@code maxLength} characters.</li>
 *   <li>A leading U+FEFF (a decoded byte-order mark) is dropped. The text must start, after JSON
 *       white space, with {@code [}; {@link JsonLinesFileInput} checks that before.</li>
 * </ul>
 *
 * <p>Not thread-safe.
 */
final class JsonArrayElements implements Closeable {
    /** What a piece of the array's text is. */
    enum Kind {
        /** An element's text, to be parsed as a record. */
        ELEMENT,
        /** Nothing between two separators ({@code [,}, {@code ,,} or {@code ,]}); text empty. */
        MISSING,
        /** The input ends inside an element's string or brackets: the rest of the input. */
        UNCLOSED,
        /** The input ends after an element without the closing {@code ]}; text empty. */
        ARRAY_NOT_CLOSED,
        /** Text after the closing {@code ]}, up to the end of the input. */
        TRAILING
    }

    /**
     * One piece of the array's text.
     *
     * @param kind    what it is
     * @param line    the 1-based physical line where it starts
     * @param text    its source text (at most {@code maxLength} characters)
     * @param tooLong whether it was longer than {@code maxLength} and {@code text} is its head
     * @param unclosed for {@link Kind#UNCLOSED}, what is left open ("a string", "an object or
     *                 array"); null otherwise
     */
    record Piece(Kind kind, long line, String text, boolean tooLong, String unclosed) {
    }

    private enum State { BEFORE, FIRST, AFTER_COMMA, AFTER_ELEMENT, AFTER_ARRAY, DONE }

    private final java.io.Reader in;
    private final int maxLength;
    private final char[] buffer = new char[65536];
    private final StringBuilder text = new StringBuilder();
    private int position;
    private int end;
    private boolean eof;
    private long line = 1;
    private boolean afterCr;
    private State state = State.BEFORE;
    private boolean tooLong;

    JsonArrayElements(java.io.Reader in, int maxLength) {
        this.in = in;
        this.maxLength = maxLength;
    }

    /** The next piece, or null after the last. */
    Piece next() throws IOException {
        switch (state) {
            case BEFORE:
                skipByteOrderMark();
                skipSpace();
                if (peek() != '[') {
                    throw new IllegalStateException("the input does not start with '['");
                }
                take();
                state = State.FIRST;
                return next();
            case FIRST:
            case AFTER_COMMA:
            case AFTER_ELEMENT:
                return inArray();
            case AFTER_ARRAY:
                state = State.DONE;
                skipSpace();
                return peek() < 0 ? null : trailing();
            default:
                return null;
        }
    }

    private Piece inArray() throws IOException {
        skipSpace();
        int c = peek();
        if (c < 0) {
            state = State.DONE;
            return new Piece(Kind.ARRAY_NOT_CLOSED, line, "", false, null);
        }
        if (c == ']') {
            take();
            boolean missing = state == State.AFTER_COMMA;
            state = State.AFTER_ARRAY;
            return missing ? new Piece(Kind.MISSING, line, "", false, null) : next();
        }
        if (c == ',') {
            long at = line;
            take();
            boolean missing = state != State.AFTER_ELEMENT;
            state = State.AFTER_COMMA;
            return missing ? new Piece(Kind.MISSING, at, "", false, null) : inArray();
        }
        return element();
    }

    /**
     * Scans one element up to (not including) the {@code ,} or {@code ]} that ends it, or to the
     * end of the input.
     */
    private Piece element() throws IOException {
        long start = line;
        text.setLength(0);
        tooLong = false;
        int depth = 0;
        boolean inString = false;
        boolean escaped = false;
        while (true) {
            if (position == end && !fill()) {
                break;
            }
            int from = position;
            int i = position;
            boolean ended = false;
            for (; i < end; i++) {
                char c = buffer[i];
                if (c == '\n') {
                    if (!afterCr) {
                        line++;
                    }
                    afterCr = false;
                    continue;
                }
                afterCr = false;
                if (c == '\r') {
                    line++;
                    afterCr = true;
                } else if (inString) {
                    if (escaped) {
                        escaped = false;
                    } else if (c == '\\') {
                        escaped = true;
                    } else if (c == '"') {
                        inString = false;
                    }
                } else if (c == '"') {
                    inString = true;
                } else if (c == '{' || c == '[') {
                    depth++;
                } else if (c == '}' || c == ']') {
                    if (depth > 0) {
                        depth--;
                    } else if (c == ']') {
                        ended = true;
                        break;
                    }
                } else if (c == ',' && depth == 0) {
                    ended = true;
                    break;
                }
            }
            keep(from, i);
            position = i;
            if (ended) {
                state = State.AFTER_ELEMENT;
                return piece(Kind.ELEMENT, start, null);
            }
        }
        if (inString || depth > 0) {
            state = State.DONE;
            return piece(Kind.UNCLOSED, start, inString ? "a string" : "an object or array");
        }
        state = State.AFTER_ELEMENT;
        return piece(Kind.ELEMENT, start, null);
    }

    /** The rest of the input, after the closing {@code ]}, as one piece. */
    private Piece trailing() throws IOException {
        long start = line;
        text.setLength(0);
        tooLong = false;
        while (position < end || fill()) {
            int from = position;
            for (int i = from; i < end; i++) {
                countLine(buffer[i]);
            }
            keep(from, end);
            position = end;
        }
        return piece(Kind.TRAILING, start, null);
    }

    private Piece piece(Kind kind, long start, String unclosed) {
        int length = text.length();
        if (!tooLong) {
            while (length > 0 && isSpace(text.charAt(length - 1))) {
                length--;
            }
        }
        return new Piece(kind, start, text.substring(0, length), tooLong, unclosed);
    }

    /**
     * Keeps {@code buffer[from, to)} as far as the length limit allows; anything but white space
     * beyond the limit makes the piece too long (white space there may be stripped later).
     */
    private void keep(int from, int to) {
        int kept = Math.min(maxLength - text.length(), to - from);
        text.append(buffer, from, kept);
        for (int i = from + kept; !tooLong && i < to; i++) {
            tooLong = !isSpace(buffer[i]);
        }
    }

    private void skipByteOrderMark() throws IOException {
        if (peek() == '\uFEFF') {
            position++;
        }
    }

    private void skipSpace() throws IOException {
        for (int c = peek(); isSpace(c); c = peek()) {
            take();
        }
    }

    private static boolean isSpace(int c) {
        return c == ' ' || c == '\t' || c == '\n' || c == '\r';
    }

    /** The next character without taking it, or -1 at the end of the input. */
    private int peek() throws IOException {
        if (position == end && !fill()) {
            return -1;
        }
        return buffer[position];
    }

    private void take() {
        countLine(buffer[position++]);
    }

    private void countLine(char c) {
        if (c == '\n') {
            if (!afterCr) {
                line++;
            }
            afterCr = false;
        } else {
            afterCr = c == '\r';
            if (afterCr) {
                line++;
            }
        }
    }

    private boolean fill() throws IOException {
        if (eof) {
            return false;
        }
        int n;
        do {
            n = in.read(buffer, 0, buffer.length);
        } while (n == 0);
        position = 0;
        if (n < 0) {
            eof = true;
            end = 0;
            return false;
        }
        end = n;
        return true;
    }

    @Override
    public void close() throws IOException {
        in.close();
    }
}
