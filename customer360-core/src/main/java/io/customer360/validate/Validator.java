package io.customer360.validate;

import java.io.Serializable;
import java.util.Optional;

/**
 * A rule an accepted record must also meet. Custom validators run after the built-in checks of
 * their source, in the order they were added, and before the duplicate check; the first
 * violation found rejects the record.
 *
 * <p>A validator is pure: it reads only the record, has no side effects and may run on many
 * threads or on other machines, so it must also be serialisable (a lambda assigned to this type
 * is). Write one as a lambda:
 *
 * <pre>{@code
 * Validator<Transaction> belowLimit = tx -> tx.amountCents() > 1_000_000
 *         ? Optional.of(Violation.of(ReasonCode.of("AMOUNT_ABOVE_LIMIT"), "Amount above limit"))
 *         : Optional.empty();
 * }</pre>
 *
 * @param <T> the record type: {@code Lead}, {@code Transaction} or {@code WebEvent}
 */
@FunctionalInterface
public interface Validator<T> extends Serializable {

    /**
     * Checks one record.
     *
     * @param record the record to check
     * @return the violation that rejects the record, or empty when the record passes
     */
    Optional<Violation> validate(T record);
}
