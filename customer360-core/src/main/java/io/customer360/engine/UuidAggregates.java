package io.customer360.engine;

import java.util.Arrays;

/**
 * The aggregator state of every user UUID: the slots of the transaction and web aggregators in
 * primitive pages with a fixed stride per UUID, {@code long} values and COUNT slots' {@code int}
 * values apart (so that millions of UUIDs stay compact and one UUID's slots sit in a few cache
 * lines), a state object per UUID for each state aggregator, and a bit per UUID that says it has
 * activity. Pages of {@value #PAGE_SLOTS} UUIDs: growing adds a page instead of copying hundreds
 * of megabytes into one new array. Not thread-safe.
 */
final class UuidAggregates extends SlotFolder {
    // 4096 UUIDs: a page of ten longs a UUID is 320 KiB, an ordinary object for the collector.
    static final int PAGE_SLOTS = 1 << 12;
    private static final int PAGE_BITS = 12;
    /** Marks, in a state page, a state that is null (as opposed to not created yet). */
    private static final Object NULL_STATE = new Object();

    private final int longStride;
    private final int intStride;
    private int capacity;
    private long[][] longPages = new long[0][];
    private int[][] intPages = new int[0][];
    /** A bit per UUID: whether it has an accepted transaction or web event. */
    private long[][] active = new long[0][];
    /** Per state aggregator index, pages of its state per UUID. */
    private final Object[][][] statePages;
    /** The UUID being folded into: its pages and offsets, its slot and batch. */
    private long[] longPage;
    private int longOffset;
    private int[] intPage;
    private int intOffset;
    private int uuid;
    private ParsedBatch batch;

    UuidAggregates(AggregationPlan plan) {
        super(plan);
        this.longStride = plan.longStride;
        this.intStride = plan.intStride;
        this.statePages = new Object[plan.states][0][];
    }

    /**
     * Adds an accepted record of the UUID in {@code slot} to each aggregator in
     * {@code aggregators} (indexes of the plan); DISTINCT_COUNT values go to {@code batch}.
     */
    void add(int slot, int[] aggregators, Object record, ParsedBatch batch, long line) {
        ensure(slot);
        int p = slot >>> PAGE_BITS;
        int o = slot & (PAGE_SLOTS - 1);
        active[p][o >>> 6] |= 1L << o;
        this.longPage = longPages[p];
        this.longOffset = o * longStride;
        this.intPage = intPages[p];
        this.intOffset = o * intStride;
        this.uuid = slot;
        this.batch = batch;
        for (int a : aggregators) {
            int state = plan.stateIndex[a];
            if (state < 0) {
                select(a);
                plan.add(a, record, this, batch.source, line);
            } else {
                Object[] states = statePages[state][p];
                Object current = states[o];
                if (current == null) {
                    current = plan.createState(a);
                } else if (current == NULL_STATE) {
                    current = null;
                }
                Object next = plan.add(a, current, record, batch.source, line);
                states[o] = next == null ? NULL_STATE : next;
            }
        }
    }

    @Override
    void fold(int p, byte kind, long value) {
        int index = plan.pageIndex[p];
        if (kind == AggregationPlan.COUNT) {
            int at = intOffset + index;
            intPage[at] = SlotRules.count(intPage[at], value, plan.slotNames[p]);
        } else {
            int at = longOffset + index;
            longPage[at] = SlotRules.combine(kind, longPage[at], value, plan.slotNames[p]);
        }
    }

    @Override
    void distinct(int p, String value) {
        batch.addDistinct(plan.distinctIndex[p], uuid, value);
    }

    /** Whether the UUID in {@code slot} has an accepted transaction or web event. */
    boolean hasActivity(int slot) {
        if (slot >= capacity) {
            return false;
        }
        long word = active[slot >>> PAGE_BITS][(slot & (PAGE_SLOTS - 1)) >>> 6];
        return (word & 1L << (slot & 63)) != 0;
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
        int p = slot >>> PAGE_BITS;
        int o = slot & (PAGE_SLOTS - 1);
        long sum = 0;
        if (longStride > 0) {
            sum += longPages[p][o * longStride] + longPages[p][o * longStride + longStride - 1];
        }
        if (intStride > 0) {
            sum += intPages[p][o * intStride];
        }
        return sum;
    }

    /** Merges the slots and states of the UUID in {@code slot} into a customer's row. */
    void mergeInto(int slot, RowAggregates row) {
        if (slot >= capacity) {
            return;
        }
        int p = slot >>> PAGE_BITS;
        int o = slot & (PAGE_SLOTS - 1);
        row.mergeSlots(longPages[p], o * longStride, intPages[p], o * intStride);
        for (int state = 0; state < statePages.length; state++) {
            Object[][] byPage = statePages[state];
            Object uuidState = byPage.length > p ? byPage[p][o] : null;
            if (uuidState != null) {
                row.mergeState(state, uuidState == NULL_STATE ? null : uuidState);
            }
        }
    }

    private void ensure(int slot) {
        while (slot >= capacity) {
            addPage();
        }
    }

    private void addPage() {
        int p = longPages.length;
        longPages = Arrays.copyOf(longPages, p + 1);
        intPages = Arrays.copyOf(intPages, p + 1);
        active = Arrays.copyOf(active, p + 1);
        long[] longs = new long[PAGE_SLOTS * longStride];
        for (int s = 0; s < plan.uuidStride; s++) {
            int index = plan.pageIndex[s];
            long empty = SlotRules.empty(plan.kinds[s]);
            if (index >= 0 && plan.kinds[s] != AggregationPlan.COUNT && empty != 0) {
                for (int at = index; at < longs.length; at += longStride) {
                    longs[at] = empty;
                }
            }
        }
        longPages[p] = longs;
        intPages[p] = new int[PAGE_SLOTS * intStride];
        active[p] = new long[PAGE_SLOTS / 64];
        for (int state = 0; state < statePages.length; state++) {
            if (plan.stateOfUuid[state]) {
                statePages[state] = Arrays.copyOf(statePages[state], p + 1);
                statePages[state][p] = new Object[PAGE_SLOTS];
            }
        }
        capacity += PAGE_SLOTS;
    }
}
