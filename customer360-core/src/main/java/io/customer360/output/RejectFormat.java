package io.customer360.output;

import java.io.IOException;
import java.nio.file.Path;

/** A file format for rejected records, such as {@code rejects.jsonl}. */
@FunctionalInterface
public interface RejectFormat {

    /**
     * Creates {@code file} (which must not exist) and opens a writer of rejections.
     *
     * @param file the file to create
     * @return a writer of the file
     * @throws IOException when the file cannot be created
     */
    RecordWriter<Rejection> open(Path file) throws IOException;
}
