package io.customer360.examples;

import io.customer360.aggregate.Slot;
import io.customer360.aggregate.SlotAggregator;
import io.customer360.aggregate.SlotValues;
import io.customer360.aggregate.Slots;
import io.customer360.model.Transaction;
import io.customer360.model.TransactionStatus;
import io.customer360.output.ColumnType;
import io.customer360.output.OutputColumn;
import java.util.Arrays;
import java.util.List;

/**
 * An example slot aggregator over transactions: {@code refund_rate}, the share of a customer's
 * accepted transactions that were refunded, a DOUBLE (null without transactions).
 */
public final class RefundRateAggregator implements SlotAggregator<Transaction> {
    private static final long serialVersionUID = 1L;
    private static final int TRANSACTIONS = 0;
    private static final int REFUNDED = 1;

    @Override
    public Class<Transaction> recordType() {
        return Transaction.class;
    }

    @Override
    public List<OutputColumn> columns() {
        return List.of(OutputColumn.optional("refund_rate", ColumnType.DOUBLE));
    }

    @Override
    public List<Slot> slots() {
        return List.of(Slot.sum("transactions"), Slot.sum("refunded"));
    }

    @Override
    public void add(Transaction transaction, Slots slots) {
        slots.accumulate(TRANSACTIONS, 1L);
        if (TransactionStatus.REFUNDED.equals(transaction.status())) {
            slots.accumulate(REFUNDED, 1L);
        }
    }

    @Override
    public List<Object> output(SlotValues values) {
        long transactions = values.get(TRANSACTIONS);
        return Arrays.asList(transactions == 0 ? null
                : (Object) ((double) values.get(REFUNDED) / transactions));
    }
}
