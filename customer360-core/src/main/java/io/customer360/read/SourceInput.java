package io.customer360.read;

import java.io.IOException;

/** Where one source's records come from: opens a {@link RecordReader} over them. */
public interface SourceInput {

    /**
     * Where the records are, as shown in the run report, e.g. the file path.
     *
     * @return the location
     */
    String location();

    /**
     * Opens a reader positioned at the first record.
     *
     * @param schema  the schema of the source to read
     * @param options how text is decoded and limited
     * @return the reader
     * @throws io.customer360.error.SchemaException when the input cannot be read as the schema's
     *     source
     * @throws IOException     when the input cannot be opened
     */
    RecordReader open(SourceSchema schema, ReadOptions options) throws IOException;
}
