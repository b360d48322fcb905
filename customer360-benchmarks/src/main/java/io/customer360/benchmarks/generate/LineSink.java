package io.customer360.benchmarks.generate;

import java.io.Closeable;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Writes generated lines to a UTF-8 file through one reusable {@link StringBuilder}: callers
 * append a line's text to {@link #line()} and call {@link #endLine()}. Only one buffer of about
 * 64 KiB is held, whatever the file size.
 */
final class LineSink implements Closeable {
    private static final int FLUSH_AT = 1 << 16;

    private final Writer writer;
    private final StringBuilder buffer = new StringBuilder(FLUSH_AT + 4096);
    private char[] chars = new char[FLUSH_AT + 4096];
    private long lines;

    LineSink(Path file) throws IOException {
        this.writer = new OutputStreamWriter(Files.newOutputStream(file), StandardCharsets.UTF_8);
    }

    /** The buffer to append the current line's text to (without its terminator). */
    StringBuilder line() {
        return buffer;
    }

    /** Ends the current line with LF, writing the buffer out when it is full. */
    void endLine() throws IOException {
        buffer.append('\n');
        lines++;
        if (buffer.length() >= FLUSH_AT) {
            drain();
        }
    }

    /** Lines ended so far. */
    long lines() {
        return lines;
    }

    private void drain() throws IOException {
        int length = buffer.length();
        if (chars.length < length) {
            chars = new char[length];
        }
        buffer.getChars(0, length, chars, 0);
        writer.write(chars, 0, length);
        buffer.setLength(0);
    }

    @Override
    public void close() throws IOException {
        try {
            drain();
        } finally {
            writer.close();
        }
    }
}
