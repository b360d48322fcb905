package io.customer360.output;

import java.io.Closeable;
import java.io.IOException;

/**
 * Writes records to one output file. The file is complete only after {@link #close()}
 * returned normally.
 *
 * @param <T> the record type
 */
public interface RecordWriter<T> extends Closeable {

    /**
     * Writes one record.
     *
     * @param record the record to write
     * @throws IOException when the file cannot be written
     */
    void write(T record) throws IOException;
}
