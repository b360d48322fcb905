package io.customer360.error;

import java.nio.file.Path;

/**
 * A merge explanation was asked for an identifier that the explanations do not hold: no
 * customer of {@code customer_links.parquet} has the {@code customer_id}, e-mail or user UUID
 * given, or the customer found lacks the second identifier of a chain. The message names the
 * file and what was looked for, but not the value given (it may be an e-mail).
 */
public final class UnknownIdentifierException extends Customer360Exception {
    private static final long serialVersionUID = 1L;

    /**
     * @param file    the explanations searched
     * @param message what was not found, without the value given
     */
    public UnknownIdentifierException(Path file, String message) {
        super(file, message, null);
    }
}
