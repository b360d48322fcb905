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
