package io.customer360.engine;

import java.util.Arrays;

/**
 * The distinct (row, value) pairs of one partition of a distinct spill, with the values
 * left where they lie in the partition's bytes: an open-addressing table of each pair's row
 * and value hash ({@link Utf8Dictionary#hash}), and where its first occurrence lies. Bytes
 * are compared only when row and hash both match, so a pair costs one table probe instead of a
 * dictionary lookup and a second set.
 */
final class RowDistinctValues {
    private final byte[] data;
    /** Per slot, {@code row << 32 | hash}; meaningful where {@link #starts} is not 0. */
    private long[] keys = new long[64];
    /** Per slot, the start of the value's bytes in {@link #data} plus one; 0 when empty. */
    private int[] starts = new int[64];
    /** Per slot, the length of the value's bytes. */
    private int[] lengths = new int[64];
    private int size;

    /** An empty set over values held in {@code data}. */
    RowDistinctValues(byte[] data) {
        this.data = data;
    }

    /**
     * Adds the pair of {@code row} and the value {@code data[start..start + length)};
     * returns whether it was absent.
     */
    boolean add(int row, int start, int length) {
        long key = ((long) row << 32) | (Utf8Dictionary.hash(data, start, length) & 0xFFFF_FFFFL);
        int mask = keys.length - 1;
        int slot = spread(key) & mask;
        for (int stored = starts[slot]; stored != 0; stored = starts[slot]) {
            if (keys[slot] == key && lengths[slot] == length
                    && Arrays.equals(data, stored - 1, stored - 1 + length,
                            data, start, start + length)) {
                return false;
            }
            slot = (slot + 1) & mask;
        }
        keys[slot] = key;
        starts[slot] = start + 1;
        lengths[slot] = length;
        if (++size * 3 > keys.length * 2) {
            grow();
        }
        return true;
    }

    /** The number of distinct pairs added. */
    int size() {
        return size;
    }

    private void grow() {
        long[] oldKeys = keys;
        int[] oldStarts = starts;
        int[] oldLengths = lengths;
        keys = new long[oldKeys.length * 2];
        starts = new int[oldKeys.length * 2];
        lengths = new int[oldKeys.length * 2];
        int mask = keys.length - 1;
        for (int i = 0; i < oldKeys.length; i++) {
            if (oldStarts[i] == 0) {
                continue;
            }
            int slot = spread(oldKeys[i]) & mask;
            while (starts[slot] != 0) {
                slot = (slot + 1) & mask;
            }
            keys[slot] = oldKeys[i];
            starts[slot] = oldStarts[i];
            lengths[slot] = oldLengths[i];
        }
    }

    private static int spread(long key) {
        long h = key * 0x9E3779B97F4A7C15L;
        return (int) (h ^ (h >>> 32));
    }
}
