package io.customer360.io.read;

import java.io.Closeable;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.Charset;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CodingErrorAction;

/**
 * Decoded characters of a file, read one at a time, with a leading byte-order mark dropped and
 * the ability to put a stretch of already-read text back in front of the rest ({@link
 * #replay}). Malformed and unmappable input decodes as U+FFFD and never fails.
 */
final class CharInput implements Closeable {
    static final int EOF = -1;
    private static final char BOM = '\uFEFF';
    private static final char[] NONE = new char[0];

    private final java.io.Reader source;
    private final char[] buffer = new char[8192];
    private int position;
    private int end;
    private boolean started;
    private char[] replay = NONE;
    private int replayPosition;

    CharInput(InputStream in, Charset charset) {
        this(in, charset, true);
    }

    /**
     * Characters of {@code in}; a leading byte-order mark is dropped only when
     * {@code fileStart}, i.e. when {@code in} starts at the file's first byte (not when it
     * starts at a later line of the file).
     */
    CharInput(InputStream in, Charset charset, boolean fileStart) {
        this.started = !fileStart;
        CharsetDecoder decoder = charset.newDecoder()
                .onMalformedInput(CodingErrorAction.REPLACE)
                .onUnmappableCharacter(CodingErrorAction.REPLACE);
        this.source = new InputStreamReader(in, decoder);
    }

    /** The next character, or {@link #EOF}. */
    int read() throws IOException {
        if (replayPosition < replay.length) {
            return replay[replayPosition++];
        }
        if (position == end && !fill()) {
            return EOF;
        }
        return buffer[position++];
    }

    /** Consumes the next character if it is {@code expected}. */
    boolean skip(char expected) throws IOException {
        if (replayPosition < replay.length) {
            if (replay[replayPosition] == expected) {
                replayPosition++;
                return true;
            }
            return false;
        }
        if (position == end && !fill()) {
            return false;
        }
        if (buffer[position] == expected) {
            position++;
            return true;
        }
        return false;
    }

    /**
     * Takes the rest of the current physical line when it is plain: already buffered up to its
     * terminator (in the replayed text or in the read buffer, not across both), free of
     * {@code quote} and {@code escape} (each -1 for none), and at most {@code maxLength}
     * characters. The line's text is returned and its terminator consumed. Returns null and
     * consumes nothing when the line is not plain or at the end of the input.
     */
    String takePlainLine(int quote, int escape, int maxLength) throws IOException {
        if (replayPosition < replay.length) {
            int terminator = plainLineEnd(replay, replayPosition, replay.length, quote, escape,
                    maxLength);
            if (terminator < 0) {
                return null;
            }
            String line = new String(replay, replayPosition, terminator - replayPosition);
            replayPosition = afterTerminator(replay, terminator);
            return line;
        }
        if (position == end && !fill()) {
            return null;
        }
        int terminator = plainLineEnd(buffer, position, end, quote, escape, maxLength);
        if (terminator < 0) {
            return null;
        }
        String line = new String(buffer, position, terminator - position);
        position = afterTerminator(buffer, terminator);
        return line;
    }

    /**
     * The index of the terminator of the line starting at {@code from} when the line is plain
     * and its whole terminator lies within {@code chars[from..to)}; -1 otherwise.
     */
    private static int plainLineEnd(char[] chars, int from, int to, int quote, int escape,
            int maxLength) {
        int limit = (int) Math.min(to, (long) from + maxLength + 1);
        for (int i = from; i < limit; i++) {
            char c = chars[i];
            if (c == '\n') {
                return i;
            }
            if (c == '\r') {
                // A CR as the last buffered char may be the first half of a CRLF.
                return i + 1 == to ? -1 : i;
            }
            if (c == quote || c == escape) {
                return -1;
            }
        }
        return -1;
    }

    private static int afterTerminator(char[] chars, int terminator) {
        return chars[terminator] == '\r' && chars[terminator + 1] == '\n' ? terminator + 2
                : terminator + 1;
    }

    /**
     * Appends to {@code text} the buffered characters up to the next {@code quote},
     * {@code escape} (-1 for none), CR or LF, at most {@code max} of them, and consumes them;
     * appends nothing while replayed text is pending. A fast path for the inside of a quoted
     * field.
     */
    void copyRun(StringBuilder text, int quote, int escape, int max) {
        if (replayPosition < replay.length) {
            return;
        }
        int limit = (int) Math.min(end, (long) position + Math.max(0, max));
        int i = position;
        while (i < limit) {
            char c = buffer[i];
            if (c == quote || c == escape || c == '\n' || c == '\r') {
                break;
            }
            i++;
        }
        text.append(buffer, position, i - position);
        position = i;
    }

    /** Puts text back: it is read again, in order, before anything not yet read. */
    void replay(CharSequence text) {
        int rest = replay.length - replayPosition;
        char[] joined = new char[text.length() + rest];
        for (int i = 0; i < text.length(); i++) {
            joined[i] = text.charAt(i);
        }
        System.arraycopy(replay, replayPosition, joined, text.length(), rest);
        replay = joined;
        replayPosition = 0;
    }

    private boolean fill() throws IOException {
        int n;
        do {
            n = source.read(buffer, 0, buffer.length);
        } while (n == 0);
        if (n < 0) {
            position = 0;
            end = 0;
            return false;
        }
        position = 0;
        end = n;
        if (!started) {
            started = true;
            if (buffer[0] == BOM) {
                position = 1;
                return position < end || fill();
            }
        }
        return true;
    }

    @Override
    public void close() throws IOException {
        source.close();
    }
}
