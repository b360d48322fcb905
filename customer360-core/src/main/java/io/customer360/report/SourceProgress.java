package io.customer360.report;

import io.customer360.model.Source;
import java.util.Objects;
import java.util.OptionalDouble;

/**
 * How far the reading of one source has come, as a {@link RunListener} hears it.
 *
 * @param source      the source being read
 * @param recordsRead records read so far
 * @param rejected    records rejected so far
 * @param bytesRead   bytes of the input read so far, or {@value #UNKNOWN} when its reader does
 *                    not count them; a reader may have read a buffer ahead of its last record
 * @param totalBytes  the input's size in bytes, or {@value #UNKNOWN} when it is not known (a
 *                    pipe, standard input, a custom input that does not say)
 * @param finished    whether the source was read to its end: the last progress of a source,
 *                    heard just before {@link RunListener#sourceFinished}
 */
public record SourceProgress(Source source, long recordsRead, long rejected, long bytesRead,
        long totalBytes, boolean finished) {

    /** The value of {@link #bytesRead()} and {@link #totalBytes()} when they are not known. */
    public static final long UNKNOWN = -1;

    /**
     * Checks that the source is present.
     *
     * @param source      the source being read
     * @param recordsRead records read so far
     * @param rejected    records rejected so far
     * @param bytesRead   bytes read so far, or {@value #UNKNOWN}
     * @param totalBytes  the input's size in bytes, or {@value #UNKNOWN}
     * @param finished    whether the source was read to its end
     */
    public SourceProgress {
        Objects.requireNonNull(source, "source");
    }

    /**
     * The share of the input read so far, from 0 to 1, when both the bytes read and the size
     * are known; an input that grew while it was read counts as wholly read.
     *
     * @return the share read, or empty when unknown
     */
    public OptionalDouble fractionRead() {
        if (bytesRead < 0 || totalBytes < 0) {
            return OptionalDouble.empty();
        }
        if (totalBytes == 0) {
            return OptionalDouble.of(1);
        }
        return OptionalDouble.of(Math.min(1.0, (double) bytesRead / totalBytes));
    }
}
