package io.customer360.io.read;

import io.customer360.SchemaException;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;

/** Opens an input file, failing fast with a {@link SchemaException} that names the path. */
final class InputFiles {

    private InputFiles() {
    }

    /**
     * Opens a file that must exist, be a regular file and hold at least one byte.
     *
     * @param expected what the file should start with, for the zero-byte message
     */
    static InputStream open(Path file, String expected) throws IOException {
        if (Files.isDirectory(file)) {
            throw new SchemaException(file, "is a directory; expected a file");
        }
        InputStream in;
        long size;
        try {
            in = Files.newInputStream(file);
            size = Files.size(file);
        } catch (NoSuchFileException e) {
            SchemaException missing = new SchemaException(file, "file not found");
            missing.initCause(e);
            throw missing;
        }
        if (size == 0) {
            in.close();
            throw new SchemaException(file, "file is empty (0 bytes); expected " + expected);
        }
        return in;
    }
}
