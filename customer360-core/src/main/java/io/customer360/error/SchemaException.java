package io.customer360.error;

import io.customer360.model.Source;
import java.nio.file.Path;

/**
 * A source cannot be read as its source at all: its file is missing, empty or not a file, or
 * its header lacks a required column or repeats one. Thrown before any output is written.
 */
public final class SchemaException extends Customer360Exception {
    private static final long serialVersionUID = 1L;

    /**
     * A schema failure of a file; its cause, if any, may be set with {@link #initCause}.
     *
     * @param file    the file at fault
     * @param message what is wrong, naming the column and the header found where relevant
     */
    public SchemaException(Path file, String message) {
        super(file, message);
    }

    /**
     * A schema failure of a source's file, at a line where there is one; its cause, if any,
     * may be set with {@link #initCause}.
     *
     * @param source  the source whose file it is, or null when unknown
     * @param file    the file at fault
     * @param line    the line at fault (the header's), or 0 when the file as a whole is at fault
     * @param message what is wrong, naming the column and the header found where relevant
     */
    public SchemaException(Source source, Path file, long line, String message) {
        super(source, file, line, message, null);
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
