package io.customer360;

import io.customer360.aggregate.Sums;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;

/**
 * The built-in aggregates of one customer, summed over its UUIDs; reused from customer to
 * customer. Its values come in the order of the built-in aggregators' columns.
 */
final class CustomerActivity {
    private final long[] counts = new long[ActivityTable.STATUSES];
    private final long[] cents = new long[ActivityTable.STATUSES];
    private long firstTransaction;
    private long lastTransaction;
    private TransactionIdLists transactionIdLists;
    private int[] idSlots = new int[4];
    private int idSlotCount;
    private int transactionIdCount;
    private long webEvents;
    private long pageViews;
    private long firstSeen;
    private long lastSeen;
    private long sessionCount;

    CustomerActivity() {
        reset();
    }

    void reset() {
        Arrays.fill(counts, 0);
        Arrays.fill(cents, 0);
        firstTransaction = Long.MAX_VALUE;
        lastTransaction = Long.MIN_VALUE;
        idSlotCount = 0;
        transactionIdCount = 0;
        webEvents = 0;
        pageViews = 0;
        firstSeen = Long.MAX_VALUE;
        lastSeen = Long.MIN_VALUE;
        sessionCount = 0;
    }

    void addStatus(int status, long count, long amountCents) {
        counts[status] = Sums.int64(counts[status], count,
                ActivityTable.COUNT_COLUMNS[status]);
        cents[status] = Sums.decimal18(cents[status], amountCents,
                ActivityTable.AMOUNT_COLUMNS[status]);
    }

    void transactionTimes(long first, long last) {
        firstTransaction = Math.min(firstTransaction, first);
        lastTransaction = Math.max(lastTransaction, last);
    }

    /** Adds the transaction ids of a UUID slot. */
    void addTransactionIds(TransactionIdLists lists, int slot) {
        int count = lists.count(slot);
        if (count == 0) {
            return;
        }
        if (transactionIdCount > Integer.MAX_VALUE - 8 - count) {
            throw new ArithmeticException("a customer's transaction ids exceed the supported count");
        }
        transactionIdLists = lists;
        if (idSlotCount == idSlots.length) {
            idSlots = Arrays.copyOf(idSlots, idSlotCount * 2);
        }
        idSlots[idSlotCount++] = slot;
        transactionIdCount += count;
    }

    void addWeb(long events, long views, long first, long last) {
        webEvents = Sums.int64(webEvents, events, "web_event_count");
        pageViews = Sums.int64(pageViews, views, "total_page_views");
        firstSeen = Math.min(firstSeen, first);
        lastSeen = Math.max(lastSeen, last);
    }

    /** Sets the number of distinct sessions, counted by {@link SessionSpill}. */
    void sessions(long count) {
        sessionCount = count;
    }

    boolean hasTransactions() {
        return transactionIdCount > 0;
    }

    boolean hasWebActivity() {
        return webEvents > 0;
    }

    /** The latest transaction or web event time in epoch milliseconds, or null. */
    Instant lastActivity() {
        long last = Math.max(lastTransaction, lastSeen);
        return last == Long.MIN_VALUE ? null : Instant.ofEpochMilli(last);
    }

    /** The values of the transaction aggregator's columns. */
    List<Object> transactionValues() {
        List<Object> values = new ArrayList<>(4 + 2 * ActivityTable.STATUSES);
        long total = 0;
        for (long count : counts) {
            total = Sums.int64(total, count, "transaction_count");
        }
        values.add(total);
        for (long count : counts) {
            values.add(count);
        }
        for (long amount : cents) {
            values.add(amount);
        }
        values.add(instant(firstTransaction, Long.MAX_VALUE));
        values.add(instant(lastTransaction, Long.MIN_VALUE));
        String[] ids = new String[transactionIdCount];
        int at = 0;
        for (int i = 0; i < idSlotCount; i++) {
            at = transactionIdLists.decode(idSlots[i], ids, at);
        }
        Arrays.sort(ids);
        values.add(Collections.unmodifiableList(Arrays.asList(ids)));
        return values;
    }

    /** The values of the web activity aggregator's columns. */
    List<Object> webValues() {
        return Arrays.asList(webEvents, pageViews, sessionCount, instant(firstSeen, Long.MAX_VALUE),
                instant(lastSeen, Long.MIN_VALUE));
    }

    private static Instant instant(long millis, long none) {
        return millis == none ? null : Instant.ofEpochMilli(millis);
    }
}
