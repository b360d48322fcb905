package io.customer360.benchmarks;

import io.customer360.aggregate.Aggregator;
import io.customer360.aggregate.Slot;
import io.customer360.aggregate.SlotAggregator;
import io.customer360.aggregate.SlotValues;
import io.customer360.aggregate.Slots;
import io.customer360.aggregate.StateAggregator;
import io.customer360.model.Transaction;
import io.customer360.output.ColumnType;
import io.customer360.output.OutputColumn;
import java.util.Arrays;
import java.util.List;

/**
 * The custom column the benchmark can add, {@code largest_amount} (the largest accepted
 * transaction amount, null without transactions), as either kind of aggregator, to measure what
 * one custom aggregator costs on each engine path.
 */
final class LargestAmount {
    private static final List<OutputColumn> COLUMNS = List.of(
            OutputColumn.optional("largest_amount", ColumnType.DECIMAL_18_2));

    private LargestAmount() {
    }

    /** The column by one MAX slot. */
    static Aggregator<Transaction> slots() {
        return new SlotAggregator<Transaction>() {
            private static final long serialVersionUID = 1L;

            @Override
            public Class<Transaction> recordType() {
                return Transaction.class;
            }

            @Override
            public List<OutputColumn> columns() {
                return COLUMNS;
            }

            @Override
            public List<Slot> slots() {
                return List.of(Slot.max("largest_amount"));
            }

            @Override
            public void add(Transaction transaction, Slots slots) {
                slots.accumulate(0, transaction.amountCents());
            }

            @Override
            public List<Object> output(SlotValues values) {
                long largest = values.get(0);
                return Arrays.asList(largest == Long.MIN_VALUE ? null : (Object) largest);
            }
        };
    }

    /** The column by a state object per user UUID: a one-element array. */
    static Aggregator<Transaction> state() {
        return new StateAggregator<Transaction, long[]>() {
            private static final long serialVersionUID = 1L;

            @Override
            public Class<Transaction> recordType() {
                return Transaction.class;
            }

            @Override
            public List<OutputColumn> columns() {
                return COLUMNS;
            }

            @Override
            public long[] create() {
                return new long[] {Long.MIN_VALUE};
            }

            @Override
            public long[] add(long[] largest, Transaction transaction) {
                largest[0] = Math.max(largest[0], transaction.amountCents());
                return largest;
            }

            @Override
            public long[] merge(long[] left, long[] right) {
                left[0] = Math.max(left[0], right[0]);
                return left;
            }

            @Override
            public List<Object> output(long[] largest) {
                return Arrays.asList(largest[0] == Long.MIN_VALUE ? null : (Object) largest[0]);
            }
        };
    }
}
