package io.customer360.io.read;

/**
 * One logical record of a delimited file as split from the character stream.
 *
 * @param line   the 1-based physical line where the record starts
 * @param text   the original text without its terminator (for a malformed record, see
 *               {@link RecordSplitter})
 * @param defect why the record cannot be read, or null when it was split cleanly
 * @param truncated whether {@code text} is only the head of a record longer than the limit
 */
record TextRecord(long line, String text, String defect, boolean truncated) {

    /** A record whose text is whole. */
    TextRecord(long line, String text, String defect) {
        this(line, text, defect, false);
    }
}
