package io.customer360.examples;

import io.customer360.aggregate.Aggregator;
import io.customer360.model.Transaction;
import io.customer360.output.ColumnType;
import io.customer360.output.OutputColumn;
import java.util.Arrays;
import java.util.List;

/**
 * An example custom aggregator: adds {@code largest_transaction_amount}, the largest accepted
 * amount of the customer (null without transactions). Its state is the largest amount in
 * hundredths, or null.
 */
public final class LargestTransactionAggregator implements Aggregator<Transaction, Long> {
    private static final long serialVersionUID = 1L;

    @Override
    public Class<Transaction> recordType() {
        return Transaction.class;
    }

    @Override
    public List<OutputColumn> columns() {
        return List.of(OutputColumn.optional("largest_transaction_amount",
                ColumnType.DECIMAL_18_2));
    }

    @Override
    public Long create() {
        return null;
    }

    @Override
    public Long add(Long largest, Transaction transaction) {
        return largest == null ? transaction.amountCents()
                : Math.max(largest, transaction.amountCents());
    }

    @Override
    public Long merge(Long left, Long right) {
        if (left == null || right == null) {
            return left == null ? right : left;
        }
        return Math.max(left, right);
    }

    @Override
    public List<Object> output(Long largest) {
        return Arrays.asList((Object) largest);
    }
}
