package io.customer360.error;

import java.nio.file.Path;

/**
 * The pipeline was configured with a setting it refuses: {@link io.customer360.Customer360.Builder#build()}
 * found a required part missing or two parts that clash, a setter was given a value out of its
 * range, or an input refuses a setting (such as a charset a JSON input cannot read). Nothing is
 * read or written. A {@code null} argument is a programming error and stays a
 * {@link NullPointerException}.
 */
public final class ConfigurationException extends Customer360Exception {
    private static final long serialVersionUID = 1L;

    /**
     * A refused setting of the pipeline as a whole.
     *
     * @param message which setting is wrong and how to fix it
     * @param cause   the underlying failure, or null
     */
    public ConfigurationException(String message, Throwable cause) {
        super(message, cause);
    }

    /**
     * A setting that the input or output at {@code path} refuses.
     *
     * @param path    the file at fault, or null when there is none
     * @param message which setting is refused and why
     * @param cause   the underlying failure, or null
     */
    public ConfigurationException(Path path, String message, Throwable cause) {
        super(path, message, cause);
    }
}
