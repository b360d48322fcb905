package io.customer360.examples;

import io.customer360.aggregate.Slot;
import io.customer360.aggregate.SlotAggregator;
import io.customer360.aggregate.SlotValues;
import io.customer360.aggregate.Slots;
import io.customer360.model.Transaction;
import io.customer360.output.ColumnType;
import io.customer360.output.OutputColumn;
import java.util.Arrays;
import java.util.List;

/**
 * An example custom aggregator: adds {@code largest_transaction_amount}, the largest accepted
 * amount of the customer (null without transactions). Its state is one MAX slot, which the
 * engine keeps per user UUID in its own pages and merges per customer.
 */
public final class LargestTransactionAggregator implements SlotAggregator<Transaction> {
    private static final long serialVersionUID = 1L;
    private static final int LARGEST = 0;

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
    public List<Slot> slots() {
        return List.of(Slot.max("largest_transaction_amount"));
    }

    @Override
    public void add(Transaction transaction, Slots slots) {
        slots.accumulate(LARGEST, transaction.amountCents());
    }

    @Override
    public List<Object> output(SlotValues values) {
        long largest = values.get(LARGEST);
        return Arrays.asList(largest == Long.MIN_VALUE ? null : (Object) largest);
    }
}
