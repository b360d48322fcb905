package io.customer360.aggregate;

import io.customer360.model.Transaction;
import io.customer360.model.TransactionStatus;
import io.customer360.output.ColumnType;
import io.customer360.output.OutputColumn;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;

/**
 * The built-in transaction columns of SPEC §5: {@code transaction_count}, a count and an amount
 * per status, {@code first_transaction_at}, {@code last_transaction_at} and the sorted
 * {@code transaction_ids}.
 */
public final class TransactionAggregator implements Aggregator<Transaction, Object> {
    private static final long serialVersionUID = 1L;
    private static final List<OutputColumn> COLUMNS = columnList();

    private static List<OutputColumn> columnList() {
        List<OutputColumn> columns = new ArrayList<>();
        columns.add(OutputColumn.required("transaction_count", ColumnType.INT64));
        for (TransactionStatus status : TransactionStatus.values()) {
            columns.add(OutputColumn.required(status.code() + "_count", ColumnType.INT64));
        }
        for (TransactionStatus status : TransactionStatus.values()) {
            columns.add(OutputColumn.required(status.code() + "_amount", ColumnType.DECIMAL_18_2));
        }
        columns.add(OutputColumn.optional("first_transaction_at", ColumnType.TIMESTAMP_MILLIS));
        columns.add(OutputColumn.optional("last_transaction_at", ColumnType.TIMESTAMP_MILLIS));
        columns.add(OutputColumn.required("transaction_ids", ColumnType.STRING_LIST));
        return List.copyOf(columns);
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
    public Object create() {
        return new TransactionTotals();
    }

    @Override
    public Object add(Object state, Transaction transaction) {
        TransactionTotals totals = (TransactionTotals) state;
        int status = transaction.status().ordinal();
        totals.count = Sums.int64(totals.count, 1, "transaction_count");
        totals.countByStatus[status]++;
        totals.centsByStatus[status] = Sums.decimal18(totals.centsByStatus[status],
                transaction.amountCents(), transaction.status().code() + "_amount");
        if (transaction.transactionDate() != null) {
            long millis = transaction.transactionDate().toEpochMilli();
            totals.firstMillis = Math.min(totals.firstMillis, millis);
            totals.lastMillis = Math.max(totals.lastMillis, millis);
        }
        totals.transactionIds.add(transaction.transactionId());
        return totals;
    }

    @Override
    public Object merge(Object left, Object right) {
        TransactionTotals into = (TransactionTotals) left;
        TransactionTotals from = (TransactionTotals) right;
        into.count = Sums.int64(into.count, from.count, "transaction_count");
        for (int i = 0; i < TransactionTotals.STATUSES; i++) {
            into.countByStatus[i] = Sums.int64(into.countByStatus[i], from.countByStatus[i],
                    COLUMNS.get(1 + i).name());
            into.centsByStatus[i] = Sums.decimal18(into.centsByStatus[i], from.centsByStatus[i],
                    COLUMNS.get(1 + TransactionTotals.STATUSES + i).name());
        }
        into.firstMillis = Math.min(into.firstMillis, from.firstMillis);
        into.lastMillis = Math.max(into.lastMillis, from.lastMillis);
        into.transactionIds.addAll(from.transactionIds);
        return into;
    }

    @Override
    public List<Object> output(Object state) {
        TransactionTotals totals = (TransactionTotals) state;
        List<Object> values = new ArrayList<>(COLUMNS.size());
        values.add(totals.count);
        for (long count : totals.countByStatus) {
            values.add(count);
        }
        for (long cents : totals.centsByStatus) {
            values.add(cents);
        }
        values.add(totals.firstMillis == Long.MAX_VALUE ? null
                : Instant.ofEpochMilli(totals.firstMillis));
        values.add(totals.lastMillis == Long.MIN_VALUE ? null
                : Instant.ofEpochMilli(totals.lastMillis));
        String[] ids = totals.transactionIds.toArray(new String[0]);
        Arrays.sort(ids);
        values.add(Collections.unmodifiableList(Arrays.asList(ids)));
        return values;
    }
}
