package io.customer360.error;

import java.nio.file.Path;

/**
 * An output, the output folder or the work folder could not be written, or another run holds
 * the output folder. The message names the path and the system's reason, such as
 * {@code No space left on device}. Earlier outputs are left as they were.
 */
public final class OutputException extends Customer360Exception {
    private static final long serialVersionUID = 1L;

    /**
     * @param path    the file or folder at fault
     * @param message what failed
     * @param cause   the underlying failure, or null
     */
    public OutputException(Path path, String message, Throwable cause) {
        super(path, message, cause);
    }
}
