package io.customer360;

/** An open-addressing set of non-negative longs, without boxing. */
final class LongHashSet {
    private long[] table = new long[64];
    private int size;

    /** Adds a non-negative value; returns whether it was absent. */
    boolean add(long value) {
        if (value < 0) {
            throw new IllegalArgumentException("value must not be negative but was " + value);
        }
        long stored = value + 1;
        int mask = table.length - 1;
        int slot = spread(stored) & mask;
        while (table[slot] != 0) {
            if (table[slot] == stored) {
                return false;
            }
            slot = (slot + 1) & mask;
        }
        table[slot] = stored;
        if (++size * 3 > table.length * 2) {
            grow();
        }
        return true;
    }

    private void grow() {
        long[] old = table;
        table = new long[old.length * 2];
        int mask = table.length - 1;
        for (long stored : old) {
            if (stored != 0) {
                int slot = spread(stored) & mask;
                while (table[slot] != 0) {
                    slot = (slot + 1) & mask;
                }
                table[slot] = stored;
            }
        }
    }

    private static int spread(long value) {
        long h = value * 0x9E3779B97F4A7C15L;
        return (int) (h ^ (h >>> 32));
    }
}
