package io.customer360.io.read;

import io.customer360.read.RawRecord;
import io.customer360.read.RecordReader;
import java.io.Closeable;
import java.io.IOException;

/**
 * The records of a delimited file from the start of one of its lines on, as
 * {@link DelimitedFileInput#open} reads them from there
 * ({@link FileStretches#openStretch}); it reads on to the end of the file unless its caller
 * stops. Besides the records, it says where the next record is looked for
 * ({@link #nextLine()}), which lets an engine that cuts a file into byte ranges find where
 * each range's first record starts.
 *
 * <p>Not thread-safe.
 */
public final class DelimitedStretch implements Closeable {
    private final DelimitedReader reader;
    private final RecordReader records;

    DelimitedStretch(DelimitedReader reader, RecordReader records) {
        this.reader = reader;
        this.records = records;
    }

    /**
     * The next record, as the file's reader gives it (values by the header, null tokens
     * applied, malformed records included).
     *
     * @return the record, or null at the end of the file
     * @throws IOException when the file cannot be read
     */
    public RawRecord read() throws IOException {
        return records.read();
    }

    /**
     * Passes over the next record without splitting its fields.
     *
     * @return the line where it starts, or -1 at the end of the file
     * @throws IOException when the file cannot be read
     */
    public long skip() throws IOException {
        return reader.skip();
    }

    /**
     * The line where the search for the next record starts: the next record starts there or at
     * a later line, every line between being blank. After a malformed record whose quote is
     * never closed or that is too long, this is the line after its start, as locally.
     *
     * @return the 1-based line
     */
    public long nextLine() {
        return reader.nextLine();
    }

    /**
     * Reads, at the line where this stretch starts, the rest of a record that is open there:
     * inside a quoted field when {@code quoted}, else inside an unquoted field after an
     * escaped line break. Used to find where such a record would end.
     *
     * @param quoted whether the open record is inside a quoted field
     * @return whether the record ends with a line break within
     *     {@link io.customer360.read.ReadLimits#maxRecordLength()} characters (from this line);
     *     when true, {@link #nextLine()} is the line after it
     * @throws IOException when the file cannot be read
     */
    public boolean finishOpenRecord(boolean quoted) throws IOException {
        return reader.finishOpenRecord(quoted);
    }

    @Override
    public void close() throws IOException {
        records.close();
    }
}
