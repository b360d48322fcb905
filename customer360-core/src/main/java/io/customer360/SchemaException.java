package io.customer360;

import java.nio.file.Path;

/**
 * A source cannot be read as its source at all: its file is missing, empty or not a file, or
 * its header lacks a required column or repeats one. Thrown before any output is written.
 */
public final class SchemaException extends Customer360Exception {
    private static final long serialVersionUID = 1L;

    /**
     * @param file    the file at fault
     * @param message what is wrong, naming the column and the header found where relevant
     */
    public SchemaException(Path file, String message) {
        super(file, message);
    }

    /**
     * The file at fault.
     *
     * @return the file at fault
     */
    public Path file() {
        return path().orElseThrow();
    }
}
