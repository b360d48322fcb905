package io.customer360;

/**
 * A run failed: a custom validator or aggregator threw, a per-customer sum left its column's
 * range, or an output could not be written. No new file is left under a final output name.
 */
public final class Customer360Exception extends RuntimeException {
    private static final long serialVersionUID = 1L;

    /** A failure with a message naming the component, source and line at fault. */
    public Customer360Exception(String message, Throwable cause) {
        super(message, cause);
    }
}
