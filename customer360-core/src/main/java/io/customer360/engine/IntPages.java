package io.customer360.engine;

import java.util.Arrays;

/**
 * A growable array of ints held in fixed pages, so that growing to tens of millions of values
 * never copies them into one new contiguous array (which would briefly need both).
 */
final class IntPages {
    private static final int PAGE_BITS = 16;
    private static final int PAGE_SIZE = 1 << PAGE_BITS;

    private int[][] pages = new int[0][];

    /** The value at {@code index}, which must have been {@linkplain #set set}. */
    int get(int index) {
        return pages[index >>> PAGE_BITS][index & (PAGE_SIZE - 1)];
    }

    /** The value at {@code index}, or 0 when it was never set. */
    int getOrZero(int index) {
        int page = index >>> PAGE_BITS;
        return page < pages.length ? pages[page][index & (PAGE_SIZE - 1)] : 0;
    }

    /** Sets the value at {@code index}, adding pages as needed. */
    void set(int index, int value) {
        int page = index >>> PAGE_BITS;
        if (page >= pages.length) {
            int old = pages.length;
            pages = Arrays.copyOf(pages, Math.max(page + 1, old + (old >> 1)));
            for (int p = old; p < pages.length; p++) {
                pages[p] = new int[PAGE_SIZE];
            }
        }
        pages[page][index & (PAGE_SIZE - 1)] = value;
    }
}
