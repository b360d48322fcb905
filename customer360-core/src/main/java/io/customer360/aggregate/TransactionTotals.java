package io.customer360.aggregate;

import io.customer360.model.TransactionStatus;
import java.util.ArrayList;
import java.util.List;

/** The mutable state of {@link TransactionAggregator} for one UUID or customer. */
final class TransactionTotals {
    static final int STATUSES = TransactionStatus.values().length;

    long count;
    final long[] countByStatus = new long[STATUSES];
    final long[] centsByStatus = new long[STATUSES];
    long firstMillis = Long.MAX_VALUE;
    long lastMillis = Long.MIN_VALUE;
    final List<String> transactionIds = new ArrayList<>();
}
