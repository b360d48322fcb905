package io.customer360;

import java.nio.file.Path;

/**
 * An input could not be opened or read: it is unreadable, vanished, or the device failed. The
 * message names the input and the system's reason, such as {@code Permission denied}.
 */
public final class InputException extends Customer360Exception {
    private static final long serialVersionUID = 1L;

    /**
     * @param input   the input at fault, or null when it is not a file
     * @param message what failed
     * @param cause   the underlying failure
     */
    public InputException(Path input, String message, Throwable cause) {
        super(input, message, cause);
    }
}
