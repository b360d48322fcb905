package io.customer360.examples;

import io.customer360.model.ReasonCode;
import io.customer360.model.Transaction;
import io.customer360.validate.Validator;
import io.customer360.validate.Violation;
import java.math.BigDecimal;
import java.util.Optional;

/** An example custom validator: rejects transactions above a fixed amount. */
public final class AmountLimitValidator implements Validator<Transaction> {
    private static final long serialVersionUID = 1L;
    /** The reason code of transactions above the limit. */
    public static final ReasonCode AMOUNT_ABOVE_LIMIT = ReasonCode.of("AMOUNT_ABOVE_LIMIT");

    /** The largest amount accepted. */
    private final BigDecimal limit;

    /**
     * Rejects amounts above {@code limit}.
     *
     * @param limit the largest amount accepted
     */
    public AmountLimitValidator(BigDecimal limit) {
        this.limit = limit;
    }

    @Override
    public Optional<Violation> validate(Transaction transaction) {
        if (transaction.amount().compareTo(limit) <= 0) {
            return Optional.empty();
        }
        return Optional.of(new Violation(AMOUNT_ABOVE_LIMIT, "amount",
                transaction.amount().toPlainString(),
                "Amount above limit of " + limit.toPlainString() + " ("
                        + transaction.amount().toPlainString() + ")"));
    }
}
