package io.customer360.read;

import java.io.Closeable;
import java.io.IOException;

/**
 * Reads the records of one source in file order.
 *
 * <p>A reader never fails on a bad record: it returns it as a {@linkplain RawRecord#malformed
 * malformed} record and goes on. It fails with
 * {@link io.customer360.SchemaException SchemaException} before the first record when the file
 * as a whole cannot be read as the source (missing file, zero bytes, missing or duplicated
 * column), and with {@link IOException} when the file cannot be read.
 */
public interface RecordReader extends Closeable {

    /**
     * Returns the next record.
     *
     * @return the next record, or null at the end of the input
     * @throws IOException when the underlying file cannot be read
     */
    RawRecord read() throws IOException;
}
