package io.customer360;

import io.customer360.aggregate.Sums;
import io.customer360.model.Transaction;
import io.customer360.model.TransactionStatus;
import io.customer360.model.WebEvent;
import java.util.Arrays;

/**
 * The built-in transaction and web aggregates of every user UUID, kept in primitive arrays with
 * a fixed stride per UUID slot, so that millions of UUIDs stay compact and one UUID's
 * aggregates sit in a few cache lines. The arrays come in pages of {@value #PAGE_SLOTS} slots:
 * growing adds a page instead of copying hundreds of megabytes into one new contiguous array. The UUID of each transaction id code is kept while
 * reading; afterwards the ids are {@linkplain #layOutTransactionIds laid out} by UUID. Distinct
 * sessions are counted apart, by {@link SessionSpill}.
 */
final class ActivityTable {
    static final int STATUSES = TransactionStatus.values().length;

    // int fields per slot: a count per status, web events.
    private static final int WEB_EVENTS = STATUSES;
    private static final int INT_STRIDE = STATUSES + 1;
    // long fields per slot: hundredths per status, times, page views.
    private static final int FIRST_TRANSACTION = STATUSES;
    private static final int LAST_TRANSACTION = STATUSES + 1;
    private static final int PAGE_VIEWS = STATUSES + 2;
    private static final int FIRST_SEEN = STATUSES + 3;
    private static final int LAST_SEEN = STATUSES + 4;
    private static final int LONG_STRIDE = STATUSES + 5;

    // 4096 slots: a long page of 320 KiB stays an ordinary (movable) object for the collector.
    static final int PAGE_SLOTS = 1 << 12;
    private static final int PAGE_BITS = 12;

    /** Per status ordinal, the names of its count and amount columns, for overflow errors. */
    static final String[] COUNT_COLUMNS = columnNames("_count");
    static final String[] AMOUNT_COLUMNS = columnNames("_amount");

    private int capacity;
    private int[][] intPages = new int[0][];
    private long[][] longPages = new long[0][];
    /** The UUID slot of each transaction id code, until the ids are laid out. */
    private IntPages slotOfCode = new IntPages();
    private TransactionIdLists transactionIds;

    ActivityTable() {
    }

    /** Adds an accepted transaction of the UUID in {@code slot}, whose id has code {@code idCode}. */
    void addTransaction(int slot, int idCode, Transaction transaction) {
        ensure(slot);
        int status = transaction.status().ordinal();
        int[] ints = intPages[slot >>> PAGE_BITS];
        long[] longs = longPages[slot >>> PAGE_BITS];
        int i = (slot & (PAGE_SLOTS - 1)) * INT_STRIDE;
        int l = (slot & (PAGE_SLOTS - 1)) * LONG_STRIDE;
        if (ints[i + status] == Integer.MAX_VALUE) {
            throw new ArithmeticException("per-customer count of "
                    + transaction.status().code() + " transactions exceeds the supported range");
        }
        ints[i + status]++;
        longs[l + status] = Sums.decimal18(longs[l + status], transaction.amountCents(),
                AMOUNT_COLUMNS[status]);
        if (transaction.transactionDate() != null) {
            long millis = transaction.transactionDate().toEpochMilli();
            longs[l + FIRST_TRANSACTION] = Math.min(longs[l + FIRST_TRANSACTION], millis);
            longs[l + LAST_TRANSACTION] = Math.max(longs[l + LAST_TRANSACTION], millis);
        }
        slotOfCode.set(idCode, slot);
    }

    /**
     * Lays the transaction ids out by UUID slot, once every transaction was added; {@code ids}
     * holds the id of every code passed to {@link #addTransaction}.
     */
    void layOutTransactionIds(Utf8Dictionary ids) {
        transactionIds = TransactionIdLists.layOut(ids, slotOfCode, capacity);
        slotOfCode = null;
    }

    /** Adds an accepted web event of the UUID in {@code slot}. */
    void addWebEvent(int slot, WebEvent event) {
        ensure(slot);
        int[] ints = intPages[slot >>> PAGE_BITS];
        long[] longs = longPages[slot >>> PAGE_BITS];
        int i = (slot & (PAGE_SLOTS - 1)) * INT_STRIDE;
        int l = (slot & (PAGE_SLOTS - 1)) * LONG_STRIDE;
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
        if (slot >= capacity) {
            return false;
        }
        int[] ints = intPages[slot >>> PAGE_BITS];
        int i = (slot & (PAGE_SLOTS - 1)) * INT_STRIDE;
        for (int field = 0; field <= WEB_EVENTS; field++) {
            if (ints[i + field] > 0) {
                return true;
            }
        }
        return false;
    }

    /**
     * Reads the cache lines that adding to or merging a slot uses, so that they are in cache
     * when that comes; returns a sum of no meaning. Called for many slots in a row, the reads
     * overlap instead of waiting for one cache miss after another.
     */
    long touch(int slot) {
        if (slot >= capacity) {
            return 0;
        }
        int page = slot >>> PAGE_BITS;
        int l = (slot & (PAGE_SLOTS - 1)) * LONG_STRIDE;
        long[] longs = longPages[page];
        return intPages[page][(slot & (PAGE_SLOTS - 1)) * INT_STRIDE] + longs[l]
                + longs[l + LONG_STRIDE - 1]
                + (transactionIds == null ? 0 : transactionIds.touch(slot));
    }

    /** Adds the aggregates of {@code slot} to {@code into}; the ids must be laid out. */
    void mergeInto(int slot, CustomerActivity into) {
        if (slot >= capacity) {
            return;
        }
        int[] ints = intPages[slot >>> PAGE_BITS];
        long[] longs = longPages[slot >>> PAGE_BITS];
        int i = (slot & (PAGE_SLOTS - 1)) * INT_STRIDE;
        int l = (slot & (PAGE_SLOTS - 1)) * LONG_STRIDE;
        for (int status = 0; status < STATUSES; status++) {
            into.addStatus(status, ints[i + status], longs[l + status]);
        }
        into.transactionTimes(longs[l + FIRST_TRANSACTION], longs[l + LAST_TRANSACTION]);
        into.addTransactionIds(transactionIds, slot);
        into.addWeb(ints[i + WEB_EVENTS], longs[l + PAGE_VIEWS], longs[l + FIRST_SEEN],
                longs[l + LAST_SEEN]);
    }

    private static String[] columnNames(String suffix) {
        String[] names = new String[STATUSES];
        for (TransactionStatus status : TransactionStatus.values()) {
            names[status.ordinal()] = status.code() + suffix;
        }
        return names;
    }

    private void ensure(int slot) {
        while (slot >= capacity) {
            addPage();
        }
    }

    private void addPage() {
        int page = intPages.length;
        intPages = Arrays.copyOf(intPages, page + 1);
        longPages = Arrays.copyOf(longPages, page + 1);
        intPages[page] = new int[PAGE_SLOTS * INT_STRIDE];
        long[] longs = new long[PAGE_SLOTS * LONG_STRIDE];
        for (int l = 0; l < longs.length; l += LONG_STRIDE) {
            longs[l + FIRST_TRANSACTION] = Long.MAX_VALUE;
            longs[l + LAST_TRANSACTION] = Long.MIN_VALUE;
            longs[l + FIRST_SEEN] = Long.MAX_VALUE;
            longs[l + LAST_SEEN] = Long.MIN_VALUE;
        }
        longPages[page] = longs;
        capacity += PAGE_SLOTS;
    }
}
