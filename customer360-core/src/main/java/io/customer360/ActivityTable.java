package io.customer360;

import io.customer360.aggregate.Sums;
import io.customer360.model.Transaction;
import io.customer360.model.TransactionStatus;
import io.customer360.model.WebEvent;
import java.util.Arrays;

/**
 * The built-in transaction and web aggregates of every user UUID, kept column by column in
 * primitive arrays indexed by the UUID's slot, so that millions of UUIDs stay compact. The
 * transaction ids of a UUID form a chain through the transaction id codes; its distinct
 * session ids a chain of (UUID, session) pairs.
 */
final class ActivityTable {
    static final int STATUSES = TransactionStatus.values().length;
    private static final int NONE = -1;

    private int capacity;
    private int[][] statusCount = new int[STATUSES][];
    private long[][] statusCents = new long[STATUSES][];
    private long[] firstTransaction;
    private long[] lastTransaction;
    private int[] transactionHead;
    private int[] transactionNext = new int[16];
    private int[] webEvents;
    private long[] pageViews;
    private long[] firstSeen;
    private long[] lastSeen;
    private int[] sessionHead;
    private int[] pairSession = new int[16];
    private int[] pairNext = new int[16];
    private int pairCount;
    private LongHashSet sessionPairs = new LongHashSet();

    ActivityTable() {
        resize(16);
    }

    /** Adds an accepted transaction of the UUID in {@code slot}, whose id has code {@code idCode}. */
    void addTransaction(int slot, int idCode, Transaction transaction) {
        ensure(slot);
        int status = transaction.status().ordinal();
        if (statusCount[status][slot] == Integer.MAX_VALUE) {
            throw new ArithmeticException("per-customer count of "
                    + transaction.status().code() + " transactions exceeds the supported range");
        }
        statusCount[status][slot]++;
        statusCents[status][slot] = Sums.decimal18(statusCents[status][slot],
                transaction.amountCents(), transaction.status().code() + "_amount");
        if (transaction.transactionDate() != null) {
            long millis = transaction.transactionDate().toEpochMilli();
            firstTransaction[slot] = Math.min(firstTransaction[slot], millis);
            lastTransaction[slot] = Math.max(lastTransaction[slot], millis);
        }
        if (idCode >= transactionNext.length) {
            transactionNext = Arrays.copyOf(transactionNext,
                    Math.max(idCode + 1, transactionNext.length * 2));
        }
        transactionNext[idCode] = transactionHead[slot];
        transactionHead[slot] = idCode;
    }

    /** Adds an accepted web event of the UUID in {@code slot}; {@code sessionCode} -1 for none. */
    void addWebEvent(int slot, int sessionCode, WebEvent event) {
        ensure(slot);
        if (webEvents[slot] == Integer.MAX_VALUE) {
            throw new ArithmeticException(
                    "per-customer count of web events exceeds the supported range");
        }
        webEvents[slot]++;
        pageViews[slot] = Sums.int64(pageViews[slot], event.pageViews(), "total_page_views");
        if (event.timestamp() != null) {
            long millis = event.timestamp().toEpochMilli();
            firstSeen[slot] = Math.min(firstSeen[slot], millis);
            lastSeen[slot] = Math.max(lastSeen[slot], millis);
        }
        if (sessionCode >= 0 && sessionPairs.add(((long) slot << 32) | sessionCode)) {
            if (pairCount == pairSession.length) {
                pairSession = Arrays.copyOf(pairSession, pairCount * 2);
                pairNext = Arrays.copyOf(pairNext, pairCount * 2);
            }
            pairSession[pairCount] = sessionCode;
            pairNext[pairCount] = sessionHead[slot];
            sessionHead[slot] = pairCount++;
        }
    }

    /** Frees what only {@link #addWebEvent} needs; call once no more web events come. */
    void sealSessions() {
        sessionPairs = null;
    }

    /** Whether the UUID in {@code slot} has an accepted transaction or web event. */
    boolean hasActivity(int slot) {
        return slot < capacity && (transactionHead[slot] != NONE || webEvents[slot] > 0);
    }

    /** Adds the aggregates of {@code slot} to {@code into}. */
    void mergeInto(int slot, CustomerActivity into) {
        if (slot >= capacity) {
            return;
        }
        for (int status = 0; status < STATUSES; status++) {
            into.addStatus(status, statusCount[status][slot], statusCents[status][slot]);
        }
        into.transactionTimes(firstTransaction[slot], lastTransaction[slot]);
        for (int code = transactionHead[slot]; code != NONE; code = transactionNext[code]) {
            into.addTransactionId(code);
        }
        into.addWeb(webEvents[slot], pageViews[slot], firstSeen[slot], lastSeen[slot]);
        for (int pair = sessionHead[slot]; pair != NONE; pair = pairNext[pair]) {
            into.addSession(pairSession[pair]);
        }
    }

    private void ensure(int slot) {
        if (slot >= capacity) {
            resize(Math.max(slot + 1, capacity * 2));
        }
    }

    private void resize(int size) {
        for (int status = 0; status < STATUSES; status++) {
            statusCount[status] = grow(statusCount[status], size, 0);
            statusCents[status] = grow(statusCents[status], size, 0L);
        }
        firstTransaction = grow(firstTransaction, size, Long.MAX_VALUE);
        lastTransaction = grow(lastTransaction, size, Long.MIN_VALUE);
        transactionHead = grow(transactionHead, size, NONE);
        webEvents = grow(webEvents, size, 0);
        pageViews = grow(pageViews, size, 0L);
        firstSeen = grow(firstSeen, size, Long.MAX_VALUE);
        lastSeen = grow(lastSeen, size, Long.MIN_VALUE);
        sessionHead = grow(sessionHead, size, NONE);
        capacity = size;
    }

    private int[] grow(int[] array, int size, int fill) {
        int[] grown = array == null ? new int[size] : Arrays.copyOf(array, size);
        Arrays.fill(grown, capacity, size, fill);
        return grown;
    }

    private long[] grow(long[] array, int size, long fill) {
        long[] grown = array == null ? new long[size] : Arrays.copyOf(array, size);
        Arrays.fill(grown, capacity, size, fill);
        return grown;
    }
}
