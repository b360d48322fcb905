package io.customer360;

import io.customer360.aggregate.Sums;
import io.customer360.model.Transaction;
import io.customer360.model.TransactionStatus;
import io.customer360.model.WebEvent;
import java.util.Arrays;

/**
 * The built-in transaction and web aggregates of every user UUID, kept in two primitive arrays
 * with a fixed stride per UUID slot, so that millions of UUIDs stay compact and one UUID's
 * aggregates sit in a few cache lines. The transaction ids of a UUID form a chain through the
 * transaction id codes. Distinct sessions are counted apart, by {@link SessionSpill}.
 */
final class ActivityTable {
    static final int STATUSES = TransactionStatus.values().length;
    private static final int NONE = -1;

    // int fields per slot: a count per status, web events, the transaction chain's head.
    private static final int WEB_EVENTS = STATUSES;
    private static final int TRANSACTION_HEAD = STATUSES + 1;
    private static final int INT_STRIDE = STATUSES + 2;
    // long fields per slot: hundredths per status, times, page views.
    private static final int FIRST_TRANSACTION = STATUSES;
    private static final int LAST_TRANSACTION = STATUSES + 1;
    private static final int PAGE_VIEWS = STATUSES + 2;
    private static final int FIRST_SEEN = STATUSES + 3;
    private static final int LAST_SEEN = STATUSES + 4;
    private static final int LONG_STRIDE = STATUSES + 5;

    private int capacity;
    private int[] ints = new int[0];
    private long[] longs = new long[0];
    private int[] transactionNext = new int[16];

    ActivityTable() {
        resize(16);
    }

    /** Adds an accepted transaction of the UUID in {@code slot}, whose id has code {@code idCode}. */
    void addTransaction(int slot, int idCode, Transaction transaction) {
        ensure(slot);
        int status = transaction.status().ordinal();
        int i = slot * INT_STRIDE;
        int l = slot * LONG_STRIDE;
        if (ints[i + status] == Integer.MAX_VALUE) {
            throw new ArithmeticException("per-customer count of "
                    + transaction.status().code() + " transactions exceeds the supported range");
        }
        ints[i + status]++;
        longs[l + status] = Sums.decimal18(longs[l + status], transaction.amountCents(),
                transaction.status().code() + "_amount");
        if (transaction.transactionDate() != null) {
            long millis = transaction.transactionDate().toEpochMilli();
            longs[l + FIRST_TRANSACTION] = Math.min(longs[l + FIRST_TRANSACTION], millis);
            longs[l + LAST_TRANSACTION] = Math.max(longs[l + LAST_TRANSACTION], millis);
        }
        if (idCode >= transactionNext.length) {
            transactionNext = Arrays.copyOf(transactionNext,
                    Math.max(idCode + 1, transactionNext.length + (transactionNext.length >> 1)));
        }
        transactionNext[idCode] = ints[i + TRANSACTION_HEAD];
        ints[i + TRANSACTION_HEAD] = idCode;
    }

    /** Adds an accepted web event of the UUID in {@code slot}. */
    void addWebEvent(int slot, WebEvent event) {
        ensure(slot);
        int i = slot * INT_STRIDE;
        int l = slot * LONG_STRIDE;
        if (ints[i + WEB_EVENTS] == Integer.MAX_VALUE) {
            throw new ArithmeticException(
                    "per-customer count of web events exceeds the supported range");
        }
        ints[i + WEB_EVENTS]++;
        longs[l + PAGE_VIEWS] = Sums.int64(longs[l + PAGE_VIEWS], event.pageViews(),
                "total_page_views");
        if (event.timestamp() != null) {
            long millis = event.timestamp().toEpochMilli();
            longs[l + FIRST_SEEN] = Math.min(longs[l + FIRST_SEEN], millis);
            longs[l + LAST_SEEN] = Math.max(longs[l + LAST_SEEN], millis);
        }
    }

    /** Whether the UUID in {@code slot} has an accepted transaction or web event. */
    boolean hasActivity(int slot) {
        return slot < capacity && (ints[slot * INT_STRIDE + TRANSACTION_HEAD] != NONE
                || ints[slot * INT_STRIDE + WEB_EVENTS] > 0);
    }

    /** Adds the aggregates of {@code slot} to {@code into}. */
    void mergeInto(int slot, CustomerActivity into) {
        if (slot >= capacity) {
            return;
        }
        int i = slot * INT_STRIDE;
        int l = slot * LONG_STRIDE;
        for (int status = 0; status < STATUSES; status++) {
            into.addStatus(status, ints[i + status], longs[l + status]);
        }
        into.transactionTimes(longs[l + FIRST_TRANSACTION], longs[l + LAST_TRANSACTION]);
        for (int code = ints[i + TRANSACTION_HEAD]; code != NONE; code = transactionNext[code]) {
            into.addTransactionId(code);
        }
        into.addWeb(ints[i + WEB_EVENTS], longs[l + PAGE_VIEWS], longs[l + FIRST_SEEN],
                longs[l + LAST_SEEN]);
    }

    private void ensure(int slot) {
        if (slot >= capacity) {
            resize(Math.max(slot + 1, capacity + (capacity >> 1)));
        }
    }

    private void resize(int size) {
        ints = Arrays.copyOf(ints, size * INT_STRIDE);
        longs = Arrays.copyOf(longs, size * LONG_STRIDE);
        for (int slot = capacity; slot < size; slot++) {
            ints[slot * INT_STRIDE + TRANSACTION_HEAD] = NONE;
            int l = slot * LONG_STRIDE;
            longs[l + FIRST_TRANSACTION] = Long.MAX_VALUE;
            longs[l + LAST_TRANSACTION] = Long.MIN_VALUE;
            longs[l + FIRST_SEEN] = Long.MAX_VALUE;
            longs[l + LAST_SEEN] = Long.MIN_VALUE;
        }
        capacity = size;
    }
}
