package io.customer360.spark.read;

import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.Serializable;

/**
 * Where lines start in a byte range of a file whose charset encodes CR and LF as the single
 * bytes {@code 0d} and {@code 0a} (see {@link io.customer360.io.read.FileStretches#isSplittable}):
 * a line starts at the file's first byte and after every LF, CRLF or lone CR, as the io readers
 * count lines. Counting bytes only; records and fields are the io module's.
 *
 * @param count the number of line starts in the range
 * @param first the offset of the first of them, or -1 when none
 */
record LineStarts(long count, long first) implements Serializable {
    private static final int BUFFER = 1 << 16;

    /** The line starts in {@code [start, end)} of the file. */
    static LineStarts in(HadoopFile file, long start, long end) throws IOException {
        long count = 0;
        long first = -1;
        try (InputStream in = new BufferedInputStream(file.open(Math.max(0, start - 1)),
                BUFFER)) {
            int previous = start == 0 ? -1 : in.read();
            for (long q = start; q < end; q++) {
                int current = in.read();
                if (current < 0) {
                    break;
                }
                if (q == 0 || previous == '\n' || previous == '\r' && current != '\n') {
                    count++;
                    if (first < 0) {
                        first = q;
                    }
                }
                previous = current;
            }
        }
        return new LineStarts(count, first);
    }

    /**
     * The file's bytes from the line start at {@code offset}, past {@code lines} more lines.
     */
    static InputStream open(HadoopFile file, long offset, long lines) throws IOException {
        InputStream in = new BufferedInputStream(file.open(offset), BUFFER);
        try {
            for (long skipped = 0; skipped < lines; ) {
                int b = in.read();
                if (b < 0) {
                    break;
                }
                if (b == '\n') {
                    skipped++;
                } else if (b == '\r') {
                    skipped++;
                    in.mark(1);
                    if (in.read() != '\n') {
                        in.reset();
                    }
                }
            }
            return in;
        } catch (IOException | RuntimeException e) {
            in.close();
            throw e;
        }
    }
}
