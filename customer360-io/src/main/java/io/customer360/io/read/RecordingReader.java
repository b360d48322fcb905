package io.customer360.io.read;

import java.io.IOException;

/**
 * Passes characters through to a parser and keeps the recent ones, so that the source text of
 * a parsed element can be cut out by its char offsets. Memory is bounded: at most
 * {@code maxKept} characters from the current mark, plus a window of the most recent
 * characters; what was dropped cannot be sliced, except the first {@code maxKept} characters
 * after the mark, which are kept as the element's head.
 */
final class RecordingReader extends java.io.Reader {
    /** Recent characters always kept: more than the parser reads ahead. */
    private static final int WINDOW = 65536;

    private final java.io.Reader source;
    private final int maxKept;
    private final StringBuilder kept = new StringBuilder();
    private long keptStart;
    private long mark;
    private String head;

    RecordingReader(java.io.Reader source, int maxKept) {
        this.source = source;
        this.maxKept = maxKept;
    }

    @Override
    public int read(char[] buffer, int offset, int length) throws IOException {
        int n = source.read(buffer, offset, length);
        if (n > 0) {
            kept.append(buffer, offset, n);
            if (kept.length() > maxKept + 2 * WINDOW) {
                if (head == null && keptStart <= mark) {
                    int from = (int) (mark - keptStart);
                    head = kept.substring(from, from + maxKept);
                }
                drop(kept.length() - WINDOW);
            }
        }
        return n;
    }

    /** Starts a new element at this offset: nothing before it is needed any more. */
    void mark(long offset) {
        mark = offset;
        head = null;
        if (offset > keptStart) {
            drop((int) Math.min(offset - keptStart, kept.length()));
        }
    }

    /** The text between two offsets, or null when part of it was dropped. */
    String slice(long start, long end) {
        if (start < keptStart || end - keptStart > kept.length()) {
            return null;
        }
        return kept.substring((int) (start - keptStart), (int) (end - keptStart));
    }

    /**
     * Up to {@code maxLength} characters of text from the mark, ending no later than
     * {@code end}.
     */
    String headFromMark(long end) {
        if (head != null) {
            return head;
        }
        long stop = Math.min(end, Math.min(mark + maxKept, keptStart + kept.length()));
        String text = slice(mark, Math.max(stop, mark));
        return text == null ? "" : text;
    }

    private void drop(int count) {
        kept.delete(0, count);
        keptStart += count;
    }

    @Override
    public void close() throws IOException {
        source.close();
    }
}
