package io.customer360.spark.read;

import java.io.Serializable;

/**
 * Pass 2's work on one split: read the records that start from line {@code entry} up to, not
 * including, line {@code endLine}.
 *
 * @param firstLineStart the offset of the split's first line start
 * @param firstLine      that line's number
 * @param entry          the line where the split's first record may start (a record starts
 *                       there or at a later line, every line between being blank)
 * @param endLine        the next split's first line ({@link Long#MAX_VALUE} for the last)
 * @param lineEndOffset  the offset of the next split's first line start, or -1 for the end of
 *                       the file (for line-by-line formats)
 */
record SplitTask(long firstLineStart, long firstLine, long entry, long endLine,
        long lineEndOffset) implements Serializable {
}
