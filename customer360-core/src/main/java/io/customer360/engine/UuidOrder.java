package io.customer360.engine;

import java.util.Arrays;

/** Sorts UUIDs given as two halves into the order of their text form. */
final class UuidOrder {
    /** Runs of UUIDs sharing their first 32 bits up to this long are insertion-sorted. */
    private static final int SHORT_RUN = 32;

    private UuidOrder() {
    }

    /**
     * The indexes {@code 0..count-1} ordered by the UUID {@code high[i], low[i]}: the text form
     * of a UUID sorts like its halves compared as unsigned numbers. Sorts primitive longs holding
     * the first 32 bits and the index, then puts each run sharing those bits in order by the
     * whole UUID; for hashed UUIDs such runs are rare and short.
     */
    static int[] of(long[] high, long[] low, int count) {
        long[] keys = new long[count];
        for (int i = 0; i < count; i++) {
            keys[i] = ((high[i] >>> 32) ^ 0x8000_0000L) << 32 | i;
        }
        Arrays.sort(keys);
        int[] order = new int[count];
        for (int i = 0; i < count; i++) {
            order[i] = (int) keys[i];
        }
        for (int runStart = 0, i = 1; i <= count; i++) {
            if (i == count || keys[i] >>> 32 != keys[runStart] >>> 32) {
                sortRun(order, runStart, i, high, low);
                runStart = i;
            }
        }
        return order;
    }

    private static void sortRun(int[] order, int from, int to, long[] high, long[] low) {
        if (to - from > SHORT_RUN) {
            Integer[] run = new Integer[to - from];
            for (int i = from; i < to; i++) {
                run[i - from] = order[i];
            }
            Arrays.sort(run, (a, b) -> compare(a, b, high, low));
            for (int i = from; i < to; i++) {
                order[i] = run[i - from];
            }
            return;
        }
        for (int i = from + 1; i < to; i++) {
            int index = order[i];
            int at = i;
            while (at > from && compare(order[at - 1], index, high, low) > 0) {
                order[at] = order[at - 1];
                at--;
            }
            order[at] = index;
        }
    }

    private static int compare(int left, int right, long[] high, long[] low) {
        int first = Long.compareUnsigned(high[left], high[right]);
        return first != 0 ? first : Long.compareUnsigned(low[left], low[right]);
    }
}
