package io.customer360.aggregate;

import io.customer360.model.Transaction;
import io.customer360.model.TransactionStatus;
import io.customer360.output.ColumnType;
import io.customer360.output.OutputColumn;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/**
 * The built-in transaction columns: {@code transaction_count}, a count and an amount per status,
 * {@code first_transaction_at} and {@code last_transaction_at}. (The customer's sorted
 * {@code transaction_ids} come from the duplicate check's id index, next to these columns.)
 */
public final class TransactionAggregator implements SlotAggregator<Transaction> {
    private static final long serialVersionUID = 1L;
    private static final TransactionStatus[] STATUSES = TransactionStatus.values();
    private static final int AMOUNTS = STATUSES.length;
    private static final int FIRST = 2 * STATUSES.length;
    private static final int LAST = FIRST + 1;
    private static final List<OutputColumn> COLUMNS = columnList();
    private static final List<Slot> SLOTS = slotList();

    private static List<OutputColumn> columnList() {
        List<OutputColumn> columns = new ArrayList<>();
        columns.add(OutputColumn.required("transaction_count", ColumnType.INT64));
        for (TransactionStatus status : STATUSES) {
            columns.add(OutputColumn.required(status.code() + "_count", ColumnType.INT64));
        }
        for (TransactionStatus status : STATUSES) {
            columns.add(OutputColumn.required(status.code() + "_amount", ColumnType.DECIMAL_18_2));
        }
        columns.add(OutputColumn.optional("first_transaction_at", ColumnType.TIMESTAMP_MILLIS));
        columns.add(OutputColumn.optional("last_transaction_at", ColumnType.TIMESTAMP_MILLIS));
        return List.copyOf(columns);
    }

    private static List<Slot> slotList() {
        List<Slot> slots = new ArrayList<>();
        for (TransactionStatus status : STATUSES) {
            slots.add(Slot.count(status.code() + "_count"));
        }
        for (TransactionStatus status : STATUSES) {
            slots.add(Slot.decimalSum(status.code() + "_amount"));
        }
        slots.add(Slot.min("first_transaction_at"));
        slots.add(Slot.max("last_transaction_at"));
        return List.copyOf(slots);
    }

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
        return SLOTS;
    }

    @Override
    public void add(Transaction transaction, Slots slots) {
        int status = transaction.status().ordinal();
        slots.accumulate(status, 1L);
        slots.accumulate(AMOUNTS + status, transaction.amountCents());
        Instant date = transaction.transactionDate();
        if (date != null) {
            long millis = date.toEpochMilli();
            slots.accumulate(FIRST, millis);
            slots.accumulate(LAST, millis);
        }
    }

    @Override
    public List<Object> output(SlotValues values) {
        List<Object> row = new ArrayList<>(COLUMNS.size());
        long total = 0;
        for (int status = 0; status < STATUSES.length; status++) {
            try {
                total = Math.addExact(total, values.get(status));
            } catch (ArithmeticException overflow) {
                throw new ArithmeticException(
                        "per-customer sum of transaction_count exceeds the INT64 range");
            }
        }
        row.add(total);
        for (int slot = 0; slot < FIRST; slot++) {
            row.add(values.get(slot));
        }
        row.add(instant(values.get(FIRST), Long.MAX_VALUE));
        row.add(instant(values.get(LAST), Long.MIN_VALUE));
        return row;
    }

    static Instant instant(long millis, long empty) {
        return millis == empty ? null : Instant.ofEpochMilli(millis);
    }
}
