package io.customer360.aggregate;

import io.customer360.model.Transaction;
import io.customer360.model.TransactionStatus;
import io.customer360.output.ColumnType;
import io.customer360.output.OutputColumn;
import io.customer360.read.StatusVocabulary;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * The built-in transaction columns: {@code transaction_count}, a count per status, an amount per
 * status, {@code first_transaction_at} and {@code last_transaction_at}. The statuses are those of
 * the run's {@link StatusVocabulary}, in its order: the five built-in ones, then the added ones.
 * (The customer's sorted {@code transaction_ids} come from the duplicate check's id index, next
 * to these columns.)
 */
public final class TransactionAggregator implements SlotAggregator<Transaction> {
    private static final long serialVersionUID = 2L;

    /** The statuses, in column order. */
    private final List<TransactionStatus> statuses;
    /** Per status, its index in {@link #statuses}. */
    private final transient Map<TransactionStatus, Integer> indexOfStatus;
    /** The output columns. */
    private final transient List<OutputColumn> columns;
    /** The state slots: a count per status, an amount per status, first and last date. */
    private final transient List<Slot> slots;

    /** The columns of the five built-in statuses. */
    public TransactionAggregator() {
        this(StatusVocabulary.defaults());
    }

    /**
     * The columns of every status of {@code vocabulary}.
     *
     * @param vocabulary the statuses transactions may have
     */
    public TransactionAggregator(StatusVocabulary vocabulary) {
        this(Objects.requireNonNull(vocabulary, "vocabulary").statuses());
    }

    private TransactionAggregator(List<TransactionStatus> statuses) {
        this.statuses = List.copyOf(statuses);
        Map<TransactionStatus, Integer> indexes = new HashMap<>();
        for (int s = 0; s < statuses.size(); s++) {
            indexes.put(statuses.get(s), s);
        }
        this.indexOfStatus = Map.copyOf(indexes);
        this.columns = columnList(statuses);
        this.slots = slotList(statuses);
    }

    private static List<OutputColumn> columnList(List<TransactionStatus> statuses) {
        List<OutputColumn> columns = new ArrayList<>();
        columns.add(OutputColumn.required("transaction_count", ColumnType.INT64));
        for (TransactionStatus status : statuses) {
            columns.add(OutputColumn.required(status.code() + "_count", ColumnType.INT64));
        }
        for (TransactionStatus status : statuses) {
            columns.add(OutputColumn.required(status.code() + "_amount", ColumnType.DECIMAL_18_2));
        }
        columns.add(OutputColumn.optional("first_transaction_at", ColumnType.TIMESTAMP_MILLIS));
        columns.add(OutputColumn.optional("last_transaction_at", ColumnType.TIMESTAMP_MILLIS));
        return List.copyOf(columns);
    }

    private static List<Slot> slotList(List<TransactionStatus> statuses) {
        List<Slot> slots = new ArrayList<>();
        for (TransactionStatus status : statuses) {
            slots.add(Slot.count(status.code() + "_count"));
        }
        for (TransactionStatus status : statuses) {
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
        return columns;
    }

    @Override
    public List<Slot> slots() {
        return slots;
    }

    /**
     * {@inheritDoc}
     *
     * @throws IllegalArgumentException when the transaction's status is not one of this
     *     aggregator's
     */
    @Override
    public void add(Transaction transaction, Slots slots) {
        Integer status = indexOfStatus.get(transaction.status());
        if (status == null) {
            throw new IllegalArgumentException("transaction status '"
                    + transaction.status().code() + "' is none of " + statuses);
        }
        slots.accumulate(status, 1L);
        slots.accumulate(amounts() + status, transaction.amountCents());
        Instant date = transaction.transactionDate();
        if (date != null) {
            long millis = date.toEpochMilli();
            slots.accumulate(first(), millis);
            slots.accumulate(first() + 1, millis);
        }
    }

    @Override
    public List<Object> output(SlotValues values) {
        List<Object> row = new ArrayList<>(columns.size());
        long total = 0;
        for (int status = 0; status < statuses.size(); status++) {
            try {
                total = Math.addExact(total, values.get(status));
            } catch (ArithmeticException overflow) {
                throw new ArithmeticException(
                        "per-customer sum of transaction_count exceeds the INT64 range");
            }
        }
        row.add(total);
        for (int slot = 0; slot < first(); slot++) {
            row.add(values.get(slot));
        }
        row.add(instant(values.get(first()), Long.MAX_VALUE));
        row.add(instant(values.get(first() + 1), Long.MIN_VALUE));
        return row;
    }

    /** The first amount slot. */
    private int amounts() {
        return statuses.size();
    }

    /** The slot of {@code first_transaction_at}; {@code last_transaction_at} follows it. */
    private int first() {
        return 2 * statuses.size();
    }

    /**
     * Rebuilds the columns and slots after deserialisation.
     *
     * @return an aggregator equal to this one, with its derived data
     */
    private Object readResolve() {
        return new TransactionAggregator(statuses);
    }

    static Instant instant(long millis, long empty) {
        return millis == empty ? null : Instant.ofEpochMilli(millis);
    }
}
