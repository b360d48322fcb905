package io.customer360.io.read;

import java.io.IOException;
import java.io.InputStream;
import java.util.Arrays;

/**
 * An input stream whose next bytes can be looked at before they are read, for inputs that can be
 * read only once (a named pipe, {@code /dev/stdin}). Bytes looked at are held until read; how far
 * to look is the caller's bound. It counts the bytes read through it, and knows the input's size
 * when it is a regular file, for progress.
 *
 * <p>{@link #available()} counts only the bytes held: it never asks the underlying stream, whose
 * {@code available()} fails on a pipe opened through {@link java.nio.file.Files} on some JDKs
 * ("Illegal seek"). Not thread-safe.
 */
final class LookaheadInputStream extends InputStream {
    private static final byte[] NONE = new byte[0];

    private final InputStream in;
    private final long size;
    /** The stream whose bytes count for progress instead of this one's, or null. */
    private final LookaheadInputStream progress;
    private long bytesRead;
    private byte[] ahead = NONE;
    private int start;
    private int end;
    private boolean ended;

    /** Reads {@code in}, whose size in bytes is {@code size}, or -1 when unknown. */
    LookaheadInputStream(InputStream in, long size) {
        this.in = in;
        this.size = size;
        this.progress = null;
    }

    /**
     * Reads {@code in}, decoded from {@code progress} (e.g. decompressed), whose bytes count for
     * {@link #bytesRead()} and {@link #size()}.
     */
    LookaheadInputStream(InputStream in, LookaheadInputStream progress) {
        this.in = in;
        this.size = -1;
        this.progress = progress;
    }

    /**
     * The bytes read through this stream so far (not those only looked at); those of the
     * underlying stream when this one decodes another.
     */
    long bytesRead() {
        return progress == null ? bytesRead : progress.bytesRead();
    }

    /** The input's size in bytes, or -1 when unknown; that of the underlying stream, if any. */
    long size() {
        return progress == null ? size : progress.size();
    }

    /**
     * The byte {@code index} places after the next one to be read (0 is the next), reading ahead
     * as far as needed; -1 when the input ends before it.
     */
    int peek(int index) throws IOException {
        while (end - start <= index) {
            if (ended || !readAhead(index + 1)) {
                return -1;
            }
        }
        return ahead[start + index] & 0xFF;
    }

    private boolean readAhead(int wanted) throws IOException {
        if (start > 0) {
            System.arraycopy(ahead, start, ahead, 0, end - start);
            end -= start;
            start = 0;
        }
        if (ahead.length < wanted) {
            long grown = Math.max(wanted, Math.max(8192L, 2L * ahead.length));
            ahead = Arrays.copyOf(ahead, (int) Math.min(Integer.MAX_VALUE - 8L, grown));
        }
        int n = in.read(ahead, end, ahead.length - end);
        if (n < 0) {
            ended = true;
            return false;
        }
        end += n;
        return true;
    }

    @Override
    public int read() throws IOException {
        if (start < end) {
            bytesRead++;
            return ahead[start++] & 0xFF;
        }
        int b = ended ? -1 : in.read();
        if (b >= 0) {
            bytesRead++;
        }
        return b;
    }

    @Override
    public int read(byte[] buffer, int offset, int length) throws IOException {
        if (start < end) {
            int n = Math.min(length, end - start);
            System.arraycopy(ahead, start, buffer, offset, n);
            start += n;
            if (start == end) {
                // the bytes looked at are all read: let go of them
                ahead = NONE;
                start = 0;
                end = 0;
            }
            bytesRead += n;
            return n;
        }
        if (ended) {
            return length == 0 ? 0 : -1;
        }
        int n = in.read(buffer, offset, length);
        if (n > 0) {
            bytesRead += n;
        }
        return n;
    }

    @Override
    public int available() {
        return end - start;
    }

    @Override
    public void close() throws IOException {
        in.close();
    }
}
