package io.customer360.engine;

import io.customer360.model.Transaction;
import io.customer360.validate.Violation;

/**
 * Codes transaction ids in file order and rejects a repeated id as
 * {@code DUPLICATE_TRANSACTION_ID}: the first accepted occurrence wins (SPEC §3).
 */
final class TransactionIdCoder implements RecordCoder<Transaction> {
    private final Utf8Dictionary transactionIds;
    private Violation rejection;

    TransactionIdCoder(Utf8Dictionary transactionIds) {
        this.transactionIds = transactionIds;
    }

    @Override
    public int code(Transaction transaction) {
        int code = transactionIds.add(transaction.transactionId());
        rejection = code >= 0 ? null : DistributedRules.duplicateTransaction(
                transaction.transactionId());
        return code >= 0 ? code : NONE;
    }

    @Override
    public Violation rejection() {
        return rejection;
    }
}
