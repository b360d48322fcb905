package io.customer360.read;

import java.io.Closeable;
import java.io.IOException;
import java.util.List;

/**
 * Reads the records of one source in file order.
 *
 * <p>A reader never fails on a bad record: it returns it as a {@linkplain RawRecord#malformed
 * malformed} record and goes on. It fails with
 * {@link io.customer360.error.SchemaException SchemaException} before the first record when the file
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

    /**
     * How many bytes of the input have been read so far, for progress; it may run a buffer
     * ahead of the last record returned, and equals the input's size once {@link #read()}
     * returned null. A reader that does not count bytes returns -1 (the default).
     *
     * @return the bytes read so far, or -1 when not counted
     */
    default long bytesRead() {
        return -1;
    }

    /**
     * The input's size in bytes, for progress: known for a regular file, unknown for a pipe or
     * standard input. A reader that cannot tell returns -1 (the default).
     *
     * @return the size in bytes, or -1 when unknown
     */
    default long totalBytes() {
        return -1;
    }

    /**
     * The files this reader reads one after the other, in order, when its source is spread
     * over several files (a folder or a pattern); its records then name their file
     * ({@link RawRecord#file()}) and the run report counts each file. Empty (the default) for
     * a source read from one file or stream.
     *
     * @return the files in reading order, or an empty list
     */
    default List<String> files() {
        return List.of();
    }
}
