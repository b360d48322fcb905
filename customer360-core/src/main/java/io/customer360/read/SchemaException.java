package io.customer360.read;

import java.nio.file.Path;

/**
 * A source file cannot be read as its source at all: it is missing, empty, or its header lacks
 * a required column or repeats one. Thrown before any output is written.
 */
public final class SchemaException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    private final transient Path file;

    /**
     * @param file    the file at fault
     * @param message what is wrong, naming the column and the header found where relevant
     */
    public SchemaException(Path file, String message) {
        super(file + ": " + message);
        this.file = file;
    }

    /** The file at fault. */
    public Path file() {
        return file;
    }
}
