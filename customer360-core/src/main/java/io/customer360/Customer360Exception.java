package io.customer360;

import java.nio.file.Path;
import java.util.Optional;

/**
 * A run failed. Every failure of {@link Customer360#run()} is one of these; the subtypes say
 * which side was at fault: {@link SchemaException} and {@link InputException} an input,
 * {@link OutputException} an output, {@link ExtensionException} a custom validator or
 * aggregator. A plain {@code Customer360Exception} is any other failure: a per-customer sum out
 * of its column's range, an interruption, or an internal error. Whatever the type, no new file
 * is left under a final output name.
 *
 * <p>The message is one line naming the path (where there is one) and the underlying reason,
 * such as {@code /data/out: No space left on device}.
 */
public class Customer360Exception extends RuntimeException {
    private static final long serialVersionUID = 1L;

    private final transient Path path;

    /**
     * A failure with a message naming the component, source and line at fault.
     *
     * @param message what went wrong, naming the component, source and line
     * @param cause   the underlying failure, or null
     */
    public Customer360Exception(String message, Throwable cause) {
        this(null, message, cause);
    }

    /**
     * A failure of one file or folder.
     *
     * @param path    the file or folder at fault, or null when there is none
     * @param message what went wrong; the path is put in front of it
     * @param cause   the underlying failure, or null
     */
    public Customer360Exception(Path path, String message, Throwable cause) {
        super(path == null ? message : path + ": " + message, cause);
        this.path = path;
    }

    /**
     * A failure of one file or folder whose cause, if any, is set later with
     * {@link #initCause}.
     *
     * @param path    the file or folder at fault, or null when there is none
     * @param message what went wrong; the path is put in front of it
     */
    protected Customer360Exception(Path path, String message) {
        super(path == null ? message : path + ": " + message);
        this.path = path;
    }

    /**
     * The file or folder at fault, when the failure concerns one.
     *
     * @return the path at fault, or empty
     */
    public Optional<Path> path() {
        return Optional.ofNullable(path);
    }
}
