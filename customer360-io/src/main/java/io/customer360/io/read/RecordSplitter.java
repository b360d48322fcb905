package io.customer360.io.read;

import io.customer360.read.ReadLimits;
import java.io.IOException;

/**
 * Splits decoded characters into logical records of a delimited file, following the quoting
 * rules of RFC 4180 exactly as Commons CSV applies them (a quote opens a quoted field only at the
 * start of a field; {@code ""} inside a quoted field is a literal quote). The quote character
 * is {@code "} unless another or none is given; with an escape character (none by default),
 * the character after it is literal, inside or outside quotes, a line break included.
 *
 * <ul>
 *   <li>LF, CRLF and CR end a physical line; line numbers are 1-based and physical.</li>
 *   <li>A record continues across line breaks while inside a quoted field; such breaks are kept
 *       in the record text as they were in the file.</li>
 *   <li>A line that is empty after {@link String#strip()} where a record would start is blank:
 *       it is skipped and is not a record.</li>
 *   <li>When the input ends inside a quoted field, the record is returned with a defect, its
 *       text is its first physical line, and splitting resumes at the physical line after its
 *       start line: the following lines are read again as records.</li>
 *   <li>A record longer than {@code maxLength} characters (internal line breaks counted, the
 *       terminator not) is returned with a defect and splitting resumes at the physical line
 *       after its start. If its first physical line is the long one, the text is that line's
 *       first {@code maxLength} characters ({@link TextRecord#truncated()}) and the rest of the
 *       line is skipped unbuffered;
 *       otherwise the text is its first physical line. At most about {@code maxLength}
 *       characters are ever held.</li>
 * </ul>
 *
 * <p>Not thread-safe.
 */
final class RecordSplitter {
    private enum State {
        /** At the start of a field: a quote here opens a quoted field. */
        FIELD_START,
        /** Inside an unquoted field: quotes are literal. */
        UNQUOTED,
        /** Inside a quoted field: line breaks belong to the value. */
        QUOTED,
        /** Just after a quote inside a quoted field: an escaped quote or the closing quote. */
        QUOTE_IN_QUOTED,
        /** After a closing quote: only white space may come before the delimiter. */
        AFTER_QUOTE,
        /** Text after a closing quote: the record is broken and ends with the physical line. */
        BROKEN
    }

    private final CharInput in;
    private final char delimiter;
    private final int quote;
    private final int escape;
    private final int maxLength;
    private final StringBuilder text = new StringBuilder(256);
    private long nextLine;

    /** Splits with {@code "} as the quote and no escape character. */
    RecordSplitter(CharInput in, char delimiter, int maxLength) {
        this(in, delimiter, '"', -1, maxLength);
    }

    /** Splits with the given quote and escape characters, each -1 for none. */
    RecordSplitter(CharInput in, char delimiter, int quote, int escape, int maxLength) {
        this(in, delimiter, quote, escape, maxLength, 1);
    }

    /**
     * Splits input that starts at the start of physical line {@code firstLine} of its file,
     * where a record starts (not inside one).
     */
    RecordSplitter(CharInput in, char delimiter, int quote, int escape, int maxLength,
            long firstLine) {
        this.nextLine = firstLine;
        this.in = in;
        this.delimiter = delimiter;
        this.quote = quote;
        this.escape = escape;
        this.maxLength = maxLength;
    }

    /**
     * The physical line where the search for the next record starts: a record starts there or
     * at a later line, every line between being blank.
     */
    long nextLine() {
        return nextLine;
    }

    /**
     * Reads the rest of a record that is open at the current line start, as if the current
     * state were {@code "} just read at the start of a field (inside a quoted field) when
     * {@code quoted}, else a literal character just read (inside an unquoted field, after an
     * escaped line break). The record is counted from the current line.
     *
     * @return whether the record ends with a line break within {@code maxLength} characters;
     *     when it does, the splitter is at the start of the next record, else where it would
     *     resume after a malformed record starting on the current line
     */
    boolean finishOpenRecord(boolean quoted) throws IOException {
        char literal = 'a';
        while (literal == delimiter || literal == quote || literal == escape) {
            literal++;
        }
        in.replay(String.valueOf(quoted ? (char) quote : literal));
        TextRecord rest = next();
        return rest != null && rest.defect() == null;
    }

    /** The next non-blank record, or null at the end of the input. */
    TextRecord next() throws IOException {
        // Most lines hold no quote: such a line is a whole record, taken without the scan.
        for (String plain = in.takePlainLine(quote, escape, maxLength); plain != null;
                plain = in.takePlainLine(quote, escape, maxLength)) {
            long line = nextLine++;
            if (!plain.isBlank()) {
                return new TextRecord(line, plain, null);
            }
        }
        for (int c = in.read(); c != CharInput.EOF; c = in.read()) {
            TextRecord record = scan(c);
            if (record != null) {
                return record;
            }
        }
        return null;
    }

    /** Scans one record starting with {@code c}; null when it was a blank line. */
    private TextRecord scan(int first) throws IOException {
        long start = nextLine;
        text.setLength(0);
        int firstLineEnd = -1;
        int secondLineStart = -1;
        long quoteLine = start;
        boolean blank = true;
        boolean escaped = false;
        State state = State.FIELD_START;
        int c = first;
        while (c != CharInput.EOF) {
            if (c == '\n' || c == '\r') {
                boolean crlf = c == '\r' && in.skip('\n');
                nextLine++;
                if (state != State.QUOTED && !escaped) {
                    break;
                }
                escaped = false;
                if (firstLineEnd < 0) {
                    firstLineEnd = text.length();
                }
                text.append((char) c);
                if (crlf) {
                    text.append('\n');
                }
                if (secondLineStart < 0) {
                    secondLineStart = text.length();
                }
            } else if (escaped) {
                // the character after an escape is literal
                escaped = false;
                blank = false;
                text.append((char) c);
            } else if (c == escape && state != State.AFTER_QUOTE
                    && state != State.QUOTE_IN_QUOTED && state != State.BROKEN) {
                escaped = true;
                blank = false;
                state = state == State.QUOTED ? State.QUOTED : State.UNQUOTED;
                text.append((char) c);
            } else {
                char ch = (char) c;
                State next = advance(state, ch);
                if (state == State.FIELD_START && next == State.QUOTED) {
                    quoteLine = nextLine;
                }
                state = next;
                blank = blank && Character.isWhitespace(ch);
                text.append(ch);
            }
            if (state == State.QUOTED && !escaped) {
                in.copyRun(text, quote, escape, maxLength + 1 - text.length());
            }
            if (text.length() > maxLength) {
                return tooLong(start, firstLineEnd, secondLineStart);
            }
            c = in.read();
        }
        if (c == CharInput.EOF && state == State.QUOTED) {
            return unterminated(start, firstLineEnd, secondLineStart, quoteLine);
        }
        return blank ? null : new TextRecord(start, text.toString(), null);
    }

    private State advance(State state, char c) {
        switch (state) {
            case FIELD_START:
                if (c == delimiter) {
                    return State.FIELD_START;
                }
                return c == quote ? State.QUOTED : State.UNQUOTED;
            case UNQUOTED:
                return c == delimiter ? State.FIELD_START : State.UNQUOTED;
            case QUOTED:
                return c == quote ? State.QUOTE_IN_QUOTED : State.QUOTED;
            case QUOTE_IN_QUOTED:
                if (c == quote) {
                    return State.QUOTED;
                }
                return afterQuote(c);
            case AFTER_QUOTE:
                return afterQuote(c);
            default:
                return State.BROKEN;
        }
    }

    private State afterQuote(char c) {
        if (c == delimiter) {
            return State.FIELD_START;
        }
        return Character.isWhitespace(c) ? State.AFTER_QUOTE : State.BROKEN;
    }

    private TextRecord tooLong(long start, int firstLineEnd, int secondLineStart)
            throws IOException {
        String defect = "record is longer than " + maxLength
                + " characters (ReadLimits.maxRecordLength)";
        if (firstLineEnd < 0) {
            String head = text.substring(0, maxLength);
            skipRestOfLine();
            nextLine = start + 1;
            return new TextRecord(start, head, defect, true);
        }
        return resumeAfterFirstLine(start, firstLineEnd, secondLineStart, defect);
    }

    private TextRecord unterminated(long start, int firstLineEnd, int secondLineStart,
            long quoteLine) {
        String defect = "quote opened on line " + quoteLine + " is never closed";
        if (firstLineEnd < 0) {
            nextLine = start + 1;
            return new TextRecord(start, text.toString(), defect);
        }
        return resumeAfterFirstLine(start, firstLineEnd, secondLineStart, defect);
    }

    private TextRecord resumeAfterFirstLine(long start, int firstLineEnd, int secondLineStart,
            String defect) {
        String firstLine = text.substring(0, firstLineEnd);
        in.replay(text.subSequence(secondLineStart, text.length()));
        nextLine = start + 1;
        return new TextRecord(start, firstLine, defect);
    }

    private void skipRestOfLine() throws IOException {
        for (int c = in.read(); c != CharInput.EOF; c = in.read()) {
            if (c == '\n') {
                return;
            }
            if (c == '\r') {
                in.skip('\n');
                return;
            }
        }
    }
}
