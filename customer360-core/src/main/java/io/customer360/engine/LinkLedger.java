package io.customer360.engine;

import io.customer360.error.Customer360Exception;
import io.customer360.model.Source;
import java.util.Arrays;

/**
 * The distinct links of a run (pairs of a user UUID slot and an email code), each with the
 * position of its first evidence, and, per source, the links whose first evidence is in it in
 * evidence order. A position orders records across sources: the source in its top bits, then
 * the record's {@linkplain FileOrder order key}. Not thread-safe.
 */
final class LinkLedger {
    /** The bit where a position's source begins; below it, the record's order key. */
    private static final int SOURCE_SHIFT = 61;
    private static final long MAX_ORDER = (1L << SOURCE_SHIFT) - 1;
    /** The sources by ordinal, once: {@link Source#values()} copies its array on every call. */
    private static final Source[] BY_ORDINAL = Source.values();
    private static final int SOURCES = BY_ORDINAL.length;

    /** Per link: its UUID slot in the high half, its email code in the low half. */
    private long[] ends = new long[1024];
    /** Per link: the position of its first evidence. */
    private long[] first = new long[1024];
    private int size;
    /** Open addressing over {@link #ends}: a link's number plus one, 0 for an empty place. */
    private int[] table = new int[2048];
    /** Per source, the links first met in it, in the order they were met. */
    private final IntPages[] bySource = new IntPages[SOURCES];
    private final int[] countBySource = new int[SOURCES];

    LinkLedger() {
        for (int s = 0; s < SOURCES; s++) {
            bySource[s] = new IntPages();
        }
    }

    /** The position of the record with order key {@code order} in {@code source}. */
    static long position(Source source, long order) {
        if (order > MAX_ORDER) {
            throw new Customer360Exception(source.reportName() + ": more than "
                    + (MAX_ORDER >>> FileOrder.LINE_BITS) + " files", null);
        }
        return (long) source.ordinal() << SOURCE_SHIFT | order;
    }

    static Source sourceOf(long position) {
        return BY_ORDINAL[(int) (position >>> SOURCE_SHIFT)];
    }

    static long orderOf(long position) {
        return position & MAX_ORDER;
    }

    /**
     * Records a link carried by the record at {@code position}. The records of each source
     * must come in their order, except those of the source later given to
     * {@link #inEvidenceOrder} as sorted; sources may interleave.
     */
    void add(int uuidSlot, int emailCode, long position) {
        long key = (long) uuidSlot << 32 | (emailCode & 0xFFFFFFFFL);
        int mask = table.length - 1;
        int place = spread(key) & mask;
        while (table[place] != 0) {
            int link = table[place] - 1;
            if (ends[link] == key) {
                if (position < first[link]) {
                    int source = (int) (position >>> SOURCE_SHIFT);
                    if (source != (int) (first[link] >>> SOURCE_SHIFT)) {
                        append(source, link);
                    }
                    first[link] = position;
                }
                return;
            }
            place = (place + 1) & mask;
        }
        if (size == ends.length) {
            ends = Arrays.copyOf(ends, size + (size >> 1));
            first = Arrays.copyOf(first, ends.length);
        }
        ends[size] = key;
        first[size] = position;
        table[place] = size + 1;
        append((int) (position >>> SOURCE_SHIFT), size);
        size++;
        if (2 * size > table.length) {
            rehash(2 * table.length);
        }
    }

    private void append(int source, int link) {
        bySource[source].set(countBySource[source]++, link);
    }

    private void rehash(int capacity) {
        int[] bigger = new int[capacity];
        int mask = capacity - 1;
        for (int link = 0; link < size; link++) {
            int place = spread(ends[link]) & mask;
            while (bigger[place] != 0) {
                place = (place + 1) & mask;
            }
            bigger[place] = link + 1;
        }
        table = bigger;
    }

    private static int spread(long key) {
        long mixed = key * 0x9E3779B97F4A7C15L;
        return (int) (mixed >>> 32) ^ (int) mixed;
    }

    /** Frees the lookup; {@link #add} may not be called afterwards. */
    void dropIndex() {
        table = null;
    }

    /** How many distinct links. */
    int size() {
        return size;
    }

    int uuidSlot(int link) {
        return (int) (ends[link] >>> 32);
    }

    int emailCode(int link) {
        return (int) ends[link];
    }

    long first(int link) {
        return first[link];
    }

    /**
     * Every link once, in the order of its first evidence's position: per source, the links
     * first met in it (those of {@code sorted} sources sorted by position first, for a source
     * whose links are not added in their records' order).
     */
    int[] inEvidenceOrder(Source sorted) {
        int[] order = new int[size];
        int next = 0;
        for (int s = 0; s < SOURCES; s++) {
            int from = next;
            for (int i = 0; i < countBySource[s]; i++) {
                int link = bySource[s].get(i);
                if ((int) (first[link] >>> SOURCE_SHIFT) == s) {
                    order[next++] = link;
                }
            }
            if (s == sorted.ordinal()) {
                sortByFirst(order, from, next);
            }
        }
        if (next != size) {
            throw new IllegalStateException("links in order: " + next + " of " + size);
        }
        return order;
    }

    /** Heap sort of {@code links[from..to)} by their first evidence's position. */
    private void sortByFirst(int[] links, int from, int to) {
        int n = to - from;
        for (int root = n / 2 - 1; root >= 0; root--) {
            siftDown(links, from, root, n);
        }
        for (int end = n - 1; end > 0; end--) {
            int largest = links[from];
            links[from] = links[from + end];
            links[from + end] = largest;
            siftDown(links, from, 0, end);
        }
    }

    private void siftDown(int[] links, int base, int root, int n) {
        int parent = root;
        while (true) {
            int child = 2 * parent + 1;
            if (child >= n) {
                return;
            }
            if (child + 1 < n && first[links[base + child + 1]] > first[links[base + child]]) {
                child++;
            }
            if (first[links[base + parent]] >= first[links[base + child]]) {
                return;
            }
            int swap = links[base + parent];
            links[base + parent] = links[base + child];
            links[base + child] = swap;
            parent = child;
        }
    }
}
