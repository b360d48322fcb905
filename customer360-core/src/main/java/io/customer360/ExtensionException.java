package io.customer360;

/**
 * A custom validator, aggregator or identity resolver threw. The message names the extension's
 * class, the source and the line of the record it was given; the cause is what it threw.
 */
public final class ExtensionException extends Customer360Exception {
    private static final long serialVersionUID = 1L;

    /**
     * @param message which extension failed, on which record
     * @param cause   what it threw
     */
    public ExtensionException(String message, Throwable cause) {
        super(message, cause);
    }
}
