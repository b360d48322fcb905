package io.customer360.output;

import java.io.IOException;
import java.nio.file.Path;

/** A file format for the customer table, such as Parquet. */
@FunctionalInterface
public interface TableFormat {

    /**
     * Creates {@code file} (which must not exist) and opens a writer of rows of {@code schema}.
     *
     * @param file   the file to create
     * @param schema the columns of the rows
     * @return a writer of the file
     * @throws IOException when the file cannot be created
     */
    RecordWriter<CustomerRow> open(Path file, OutputSchema schema) throws IOException;
}
