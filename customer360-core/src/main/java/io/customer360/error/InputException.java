package io.customer360.error;

import io.customer360.model.Source;
import java.io.IOException;
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
        this(null, input, message, cause);
    }

    /**
     * @param source  the source whose input failed, or null when unknown
     * @param input   the input at fault, or null when it is not a file
     * @param message what failed
     * @param cause   the underlying failure
     */
    public InputException(Source source, Path input, String message, Throwable cause) {
        super(source, input, 0, message, cause);
    }

    /**
     * The failure {@code what} of an input, ended with the system's reason for {@code cause}:
     * {@code of(path, "cannot be read", e)} gives
     * {@code /in/crm_leads.csv: cannot be read: Permission denied}. For custom inputs too.
     *
     * @param input the input at fault, or null when it is not a file
     * @param what  what failed, e.g. {@code "cannot be read"}
     * @param cause the I/O failure, whose reason ends the message
     * @return the exception, not thrown
     */
    public static InputException of(Path input, String what, IOException cause) {
        return of(null, input, what, cause);
    }

    /**
     * Like {@link #of(Path, String, IOException)}, for an input of a known source.
     *
     * @param source the source whose input failed, or null when unknown
     * @param input  the input at fault, or null when it is not a file
     * @param what   what failed, e.g. {@code "cannot be read"}
     * @param cause  the I/O failure, whose reason ends the message
     * @return the exception, not thrown
     */
    public static InputException of(Source source, Path input, String what, IOException cause) {
        return new InputException(source, input, what + ": " + Failures.reason(cause), cause);
    }
}
