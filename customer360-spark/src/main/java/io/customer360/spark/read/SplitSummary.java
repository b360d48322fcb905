package io.customer360.spark.read;

import java.io.Serializable;

/**
 * What pass 1 learns of one split of a delimited file, the few numbers the driver chains to
 * find where each split's first record starts. Lines are counted from the split's first line
 * start, which is line 1 here; {@code lineStarts + 1} is then the next split's first line.
 * An "exit" is the first line at or after the next split's first line where a record may start
 * (every line from there to the next record being blank), given where reading entered.
 *
 * @param lineStarts     the number of line starts in the split
 * @param firstLineStart the offset of the first, or -1 when none
 * @param exitFromStart  the exit when a record starts at the split's first line
 * @param quotedEnd      the line after the end of a record open inside a quoted field at the
 *                       split's first line, or -1 when it does not end within the record
 *                       length limit
 * @param exitFromQuoted the exit when reading enters at {@code quotedEnd}
 * @param escapedEnd     the same for a record open after an escaped line break, or -1
 * @param exitFromEscaped the exit when reading enters at {@code escapedEnd}
 */
record SplitSummary(long lineStarts, long firstLineStart, long exitFromStart, long quotedEnd,
        long exitFromQuoted, long escapedEnd, long exitFromEscaped) implements Serializable {

    /** The exit for reading that enters at relative line {@code entry}, or -1 when unknown. */
    long exitFrom(long entry) {
        if (entry > lineStarts) {
            return entry;
        }
        if (entry == 1) {
            return exitFromStart;
        }
        if (entry == quotedEnd) {
            return exitFromQuoted;
        }
        if (entry == escapedEnd) {
            return exitFromEscaped;
        }
        return -1;
    }
}
