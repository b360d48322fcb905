package io.customer360.io.read;

import java.io.Closeable;
import java.io.IOException;
import java.io.InputStream;
import java.util.Arrays;

/**
 * Reads physical lines of bytes ended by LF, CRLF or CR, numbered from 1. A line longer than the
 * limit keeps only its first {@code maxLength} bytes and is flagged; the rest of it is skipped
 * without being held. Works for charsets in which CR and LF are the single bytes 0x0D and 0x0A
 * and never occur inside another character (UTF-8, ISO-8859-x, windows-125x, US-ASCII).
 */
final class ByteLineReader implements Closeable {
    private final InputStream in;
    private final int maxLength;
    private final byte[] buffer = new byte[65536];
    private int position;
    private int end;
    private byte[] line = new byte[1024];
    private int length;
    private boolean tooLong;
    private long number;

    ByteLineReader(InputStream in, int maxLength) {
        this(in, maxLength, 1);
    }

    /** Reads lines of input that starts at the start of line {@code firstNumber} of its file. */
    ByteLineReader(InputStream in, int maxLength, long firstNumber) {
        this.in = in;
        this.maxLength = maxLength;
        this.number = firstNumber - 1;
    }

    /** Moves to the next line; false at the end of the input. */
    boolean next() throws IOException {
        if (position == end && !fill()) {
            return false;
        }
        number++;
        length = 0;
        tooLong = false;
        while (true) {
            int i = position;
            while (i < end && buffer[i] != '\n' && buffer[i] != '\r') {
                i++;
            }
            append(i - position);
            position = i;
            if (i < end) {
                byte terminator = buffer[position++];
                if (terminator == '\r' && (position < end || fill()) && buffer[position] == '\n') {
                    position++;
                }
                return true;
            }
            if (!fill()) {
                return true;
            }
        }
    }

    private void append(int count) {
        if (tooLong || count == 0) {
            return;
        }
        int room = maxLength - length;
        if (count > room) {
            tooLong = true;
            count = room;
        }
        if (length + count > line.length) {
            line = Arrays.copyOf(line, Math.min(maxLength, Math.max(length + count, line.length * 2)));
        }
        System.arraycopy(buffer, position, line, length, count);
        length += count;
    }

    private boolean fill() throws IOException {
        int n;
        do {
            n = in.read(buffer, 0, buffer.length);
        } while (n == 0);
        position = 0;
        end = Math.max(n, 0);
        return n > 0;
    }

    /** The 1-based number of the current line. */
    long number() {
        return number;
    }

    /** The bytes of the current line (only the first {@link #length()} count). */
    byte[] bytes() {
        return line;
    }

    /** The number of bytes held for the current line. */
    int length() {
        return length;
    }

    /** Whether the current line was longer than the limit (only its start is held). */
    boolean tooLong() {
        return tooLong;
    }

    @Override
    public void close() throws IOException {
        in.close();
    }
}
