package io.customer360.engine;

import java.util.Arrays;

/**
 * The aggregator state of every user UUID: the slots of the transaction and web aggregators in
 * primitive pages with a fixed stride per UUID (so that millions of UUIDs stay compact and one
 * UUID's slots sit in a few cache lines), a state object per UUID for each state aggregator, and
 * which UUIDs have any activity. Pages of {@value #PAGE_SLOTS} UUIDs: growing adds a page
 * instead of copying hundreds of megabytes into one new array. Not thread-safe.
 */
final class UuidAggregates extends SlotFolder {
    // 4096 UUIDs: a page of 17 longs a UUID is 557 KiB, an ordinary object for the collector.
    static final int PAGE_SLOTS = 1 << 12;
    private static final int PAGE_BITS = 12;
    /** Marks, in a state page, a state that is null (as opposed to not created yet). */
    private static final Object NULL_STATE = new Object();
    static final byte TRANSACTION = 1;
    static final byte WEB_EVENT = 2;

    private final int stride;
    private int capacity;
    private long[][] pages = new long[0][];
    private byte[][] activity = new byte[0][];
    /** Per state aggregator index, pages of its state per UUID. */
    private final Object[][][] statePages;
    /** The row state of a slot being folded into: its page and offset, its UUID, the batch. */
    private long[] page;
    private int offset;
    private int uuid;
    private ParsedBatch batch;

    UuidAggregates(AggregationPlan plan) {
        super(plan);
        this.stride = plan.uuidStride;
        this.statePages = new Object[plan.states][0][];
    }

    /**
     * Adds an accepted record of the UUID in {@code slot} to each aggregator in
     * {@code aggregators} (indexes of the plan); DISTINCT_COUNT values go to {@code batch}.
     */
    void add(int slot, byte kind, int[] aggregators, Object record, ParsedBatch batch,
            long line) {
        ensure(slot);
        int p = slot >>> PAGE_BITS;
        int o = slot & (PAGE_SLOTS - 1);
        activity[p][o] |= kind;
        this.page = pages[p];
        this.offset = o * stride;
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
        int at = offset + p;
        page[at] = SlotRules.combine(kind, page[at], value, plan.slotNames[p]);
    }

    @Override
    void distinct(int p, String value) {
        batch.addDistinct(plan.distinctIndex[p], uuid, value);
    }

    /** Whether the UUID in {@code slot} has an accepted transaction or web event. */
    boolean hasActivity(int slot) {
        return slot < capacity && activity[slot >>> PAGE_BITS][slot & (PAGE_SLOTS - 1)] != 0;
    }

    /**
     * Reads the cache lines that adding to or merging a slot uses, so that they are in cache
     * when that comes; returns a sum of no meaning. Called for many slots in a row, the reads
     * overlap instead of waiting for one cache miss after another.
     */
    long touch(int slot) {
        if (slot >= capacity || stride == 0) {
            return 0;
        }
        long[] longs = pages[slot >>> PAGE_BITS];
        int at = (slot & (PAGE_SLOTS - 1)) * stride;
        return longs[at] + longs[at + stride - 1];
    }

    /** Merges the slots and states of the UUID in {@code slot} into a customer's row. */
    void mergeInto(int slot, RowAggregates row) {
        if (slot >= capacity) {
            return;
        }
        int p = slot >>> PAGE_BITS;
        int o = slot & (PAGE_SLOTS - 1);
        row.mergeSlots(pages[p], o * stride);
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
        int p = pages.length;
        pages = Arrays.copyOf(pages, p + 1);
        activity = Arrays.copyOf(activity, p + 1);
        long[] longs = new long[PAGE_SLOTS * stride];
        for (int s = 0; s < stride; s++) {
            long empty = SlotRules.empty(plan.kinds[s]);
            if (empty != 0) {
                for (int at = s; at < longs.length; at += stride) {
                    longs[at] = empty;
                }
            }
        }
        pages[p] = longs;
        activity[p] = new byte[PAGE_SLOTS];
        for (int state = 0; state < statePages.length; state++) {
            if (plan.stateOfUuid[state]) {
                statePages[state] = Arrays.copyOf(statePages[state], p + 1);
                statePages[state][p] = new Object[PAGE_SLOTS];
            }
        }
        capacity += PAGE_SLOTS;
    }
}
