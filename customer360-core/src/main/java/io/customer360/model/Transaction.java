package io.customer360.model;

import java.io.Serializable;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.Objects;

/**
 * An accepted, standardised transaction.
 *
 * @param transactionId   the transaction id; never null
 * @param userUuid        the normalised user UUID; never null
 * @param amountCents     the amount in hundredths, rounded HALF_EVEN; always positive
 * @param status          the status
 * @param transactionDate when the transaction happened, or null
 * @param email           the normalised email, or null
 * @param line            the 1-based physical line where the record starts
 * @serial exclude
 */
public record Transaction(String transactionId, String userUuid, long amountCents,
        TransactionStatus status, Instant transactionDate, String email, long line)
        implements Serializable {

    /**
     * Checks that the required values are present.
     *
     * @param transactionId   the transaction id; never null
     * @param userUuid        the normalised user UUID; never null
     * @param amountCents     the amount in hundredths, rounded HALF_EVEN; always positive
     * @param status          the status
     * @param transactionDate when the transaction happened, or null
     * @param email           the normalised email, or null
     * @param line            the 1-based physical line where the record starts
     */
    public Transaction {
        Objects.requireNonNull(transactionId, "transactionId");
        Objects.requireNonNull(userUuid, "userUuid");
        Objects.requireNonNull(status, "status");
    }

    /**
     * The amount as a decimal with scale 2.
     *
     * @return the amount
     */
    public BigDecimal amount() {
        return BigDecimal.valueOf(amountCents, 2);
    }
}
