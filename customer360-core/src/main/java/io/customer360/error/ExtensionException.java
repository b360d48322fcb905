package io.customer360.error;

import io.customer360.model.Source;

/**
 * A custom validator, aggregator, identity resolver or run listener threw or broke its
 * contract. The message names the extension's class, and the source and the line of the record
 * it was given where there is one; the cause is what it threw.
 */
public final class ExtensionException extends Customer360Exception {
    private static final long serialVersionUID = 1L;

    /**
     * @param message which extension failed, on which record
     * @param cause   what it threw, or null
     */
    public ExtensionException(String message, Throwable cause) {
        super(message, cause);
    }

    /**
     * An extension that failed on one record.
     *
     * @param source  the source of the record
     * @param line    the record's line, 1 or more
     * @param message which extension failed, naming the source and line
     * @param cause   what it threw, or null
     */
    public ExtensionException(Source source, long line, String message, Throwable cause) {
        super(source, null, line, message, cause);
    }
}
