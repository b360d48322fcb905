package io.customer360.engine;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;

/**
 * A compact append-only set of strings, each with a dense int code in order of first insertion.
 * The strings are kept as UTF-8 bytes in chunked arenas, so ten million short ids cost little
 * more than their bytes; the hash index can be dropped once no more strings are added.
 */
final class Utf8Dictionary {
    private static final int SEGMENT_BITS = 10;
    private static final int SEGMENTS = 1 << SEGMENT_BITS;
    /** Values numbered within one aligned run of this many share a hash but for its low bits. */
    private static final int RUN_BITS = 3;
    private static final int RUN_LENGTH = 1 << RUN_BITS;
    /** The most trailing digits read as a number; 18 always fit a long. */
    private static final int MAX_NUMBER_DIGITS = 18;

    /** The values, each as its length and its UTF-8 bytes. */
    private final ByteArena arena = new ByteArena();
    /** Per code, the arena address of its value; addresses stay below 2^31 (2 GiB of values). */
    private final IntPages offsets = new IntPages();
    private int size;
    /**
     * The hash index in segments chosen by the hash's top bits, each an open-addressing table of
     * {@code hash << 32 | (code + 1)}, 0 when empty: most probes need no arena read, and a
     * segment grows on its own, so growing never needs one huge array next to another.
     */
    private long[][] segments = new long[SEGMENTS][];
    private final int[] segmentSizes = new int[SEGMENTS];

    Utf8Dictionary() {
        for (int i = 0; i < SEGMENTS; i++) {
            segments[i] = new long[4];
        }
    }

    /** The number of strings held. */
    int size() {
        return size;
    }

    /**
     * Adds a string if absent.
     *
     * @return its code when it was new, or {@code -(code + 1)} when it was already present
     */
    int add(String value) {
        return add(value.getBytes(StandardCharsets.UTF_8));
    }

    /** Like {@link #add(String)} for a value given as UTF-8 bytes. */
    int add(byte[] bytes) {
        return add(bytes, 0, bytes.length);
    }

    /**
     * Like {@link #add(String)} for a value given as the UTF-8 bytes {@code bytes[from..from +
     * length)}, which are copied when the value is new.
     */
    int add(byte[] bytes, int from, int length) {
        int hash = hash(bytes, from, length);
        long[] table = segment(hash);
        int slot = probe(table, bytes, from, length, hash);
        if (table[slot] != 0) {
            return -(int) table[slot];
        }
        int code = append(bytes, from, length);
        table[slot] = entry(hash, code);
        int segment = hash >>> (32 - SEGMENT_BITS);
        if (++segmentSizes[segment] * 3 > table.length * 2) {
            segments[segment] = rehash(table, table.length * 2);
        }
        return code;
    }

    /**
     * The first of three reads that {@link #add} makes of a value that is already present, by
     * its {@link #hash hash}: the entry of the value's home slot (returned, 0 when the slot is
     * empty). The next reads are {@link #addressOfMatch} and {@link #touchValue}. For many values
     * in a row, doing each read for all of them before the next lets the processor overlap their
     * cache misses instead of waiting for three dependent misses per value.
     */
    long touchHome(int hash) {
        long[] table = segment(hash);
        return table[hash & (table.length - 1)];
    }

    /**
     * The second read: the arena address of the value whose entry has this hash, found by
     * probing from the home slot; -1 when there is none.
     */
    int addressOfMatch(int hash) {
        long[] table = segment(hash);
        int mask = table.length - 1;
        int slot = hash & mask;
        for (long entry = table[slot]; entry != 0; entry = table[slot]) {
            if ((int) (entry >>> 32) == hash) {
                return offsets.get((int) entry - 1);
            }
            slot = (slot + 1) & mask;
        }
        return -1;
    }

    /** The third read: the length byte of the value at an arena address; 0 for -1. */
    int touchValue(int address) {
        return address < 0 ? 0 : arena.chunk(address)[ByteArena.offset(address)];
    }

    /** The code of a string, or -1 when absent. */
    int find(String value) {
        byte[] bytes = value.getBytes(StandardCharsets.UTF_8);
        int hash = hash(bytes, 0, bytes.length);
        long[] table = segment(hash);
        return (int) table[probe(table, bytes, 0, bytes.length, hash)] - 1;
    }

    private long[] segment(int hash) {
        if (segments == null) {
            throw new IllegalStateException("the dictionary's index was dropped");
        }
        return segments[hash >>> (32 - SEGMENT_BITS)];
    }

    /** The slot of {@code table} holding {@code bytes}, or the empty slot where they belong. */
    private int probe(long[] table, byte[] bytes, int from, int length, int hash) {
        int mask = table.length - 1;
        int slot = hash & mask;
        for (long entry = table[slot]; entry != 0; entry = table[slot]) {
            if ((int) (entry >>> 32) == hash && equalsAt((int) entry - 1, bytes, from, length)) {
                return slot;
            }
            slot = (slot + 1) & mask;
        }
        return slot;
    }

    /** The string of a code. */
    String get(int code) {
        int address = offsets.get(code);
        byte[] chunk = arena.chunk(address);
        int at = ByteArena.offset(address);
        int length = ByteArena.readLength(chunk, at);
        int start = at + ByteArena.lengthSize(length);
        return new String(chunk, start, length, StandardCharsets.UTF_8);
    }

    /** The number of bytes the value of {@code code} takes with its length prefix. */
    int encodedLength(int code) {
        int address = offsets.get(code);
        int length = ByteArena.readLength(arena.chunk(address), ByteArena.offset(address));
        return ByteArena.lengthSize(length) + length;
    }

    /**
     * Copies the value of {@code code} with its length prefix to {@code target} at {@code at}.
     *
     * @return the index after the copy
     */
    int copyEncoded(int code, byte[] target, int at) {
        int address = offsets.get(code);
        byte[] chunk = arena.chunk(address);
        int from = ByteArena.offset(address);
        int length = ByteArena.readLength(chunk, from);
        int size = ByteArena.lengthSize(length) + length;
        System.arraycopy(chunk, from, target, at, size);
        return at + size;
    }

    /** Frees the hash index; afterwards only {@link #get(int)} and {@link #size()} work. */
    void dropIndex() {
        segments = null;
    }

    private int append(byte[] bytes, int from, int length) {
        long address = arena.reserve(ByteArena.lengthSize(length) + length);
        if (address > Integer.MAX_VALUE) {
            throw new IllegalStateException("more than 2 GiB of distinct values in one run");
        }
        byte[] chunk = arena.chunk(address);
        int at = ByteArena.writeLength(chunk, ByteArena.offset(address), length);
        System.arraycopy(bytes, from, chunk, at, length);
        offsets.set(size, (int) address);
        return size++;
    }

    private boolean equalsAt(int code, byte[] bytes, int from, int length) {
        int address = offsets.get(code);
        byte[] chunk = arena.chunk(address);
        int at = ByteArena.offset(address);
        if (ByteArena.readLength(chunk, at) != length) {
            return false;
        }
        int start = at + ByteArena.lengthSize(length);
        return Arrays.equals(chunk, start, start + length, bytes, from, from + length);
    }

    private static long entry(int hash, int code) {
        return ((long) hash << 32) | (code + 1L);
    }

    private static long[] rehash(long[] table, int capacity) {
        long[] fresh = new long[capacity];
        int freshMask = capacity - 1;
        for (long entry : table) {
            if (entry != 0) {
                int slot = (int) (entry >>> 32) & freshMask;
                while (fresh[slot] != 0) {
                    slot = (slot + 1) & freshMask;
                }
                fresh[slot] = entry;
            }
        }
        return fresh;
    }

    /**
     * The hash of a value. A value ending in a number, such as {@code TX-1042}, is hashed so that
     * values differing only in the last {@value #RUN_BITS} bits of that number share all but the
     * low {@value #RUN_BITS} bits of their hash: ids numbered one after another then fill
     * neighbouring slots of one segment, and adding ten million sequential ids touches memory
     * mostly in order instead of at random. Any other value gets a hash of all 32 bits mixed.
     */
    static int hash(byte[] bytes, int from, int length) {
        int end = from + length;
        int digits = end;
        while (digits > from && end - digits < MAX_NUMBER_DIGITS
                && bytes[digits - 1] >= '0' && bytes[digits - 1] <= '9') {
            digits--;
        }
        int h = 0x9747b28c;
        for (int i = from; i < digits; i++) {
            h = 31 * h + bytes[i];
        }
        if (digits == end) {
            return mix(h);
        }
        long number = 0;
        for (int i = digits; i < end; i++) {
            number = number * 10 + (bytes[i] - '0');
        }
        // The digit count keeps TX-7 and TX-007 apart in the high bits.
        long run = ((long) (31 * h + end - digits) << 32) ^ (number >>> RUN_BITS);
        int runHash = (int) (spread(run) >>> 32);
        return (runHash & -RUN_LENGTH) | (int) (number & (RUN_LENGTH - 1));
    }

    private static int mix(int value) {
        int h = value;
        h ^= h >>> 16;
        h *= 0x85ebca6b;
        h ^= h >>> 13;
        h *= 0xc2b2ae35;
        return h ^ (h >>> 16);
    }

    private static long spread(long value) {
        long h = value * 0x9E3779B97F4A7C15L;
        h ^= h >>> 29;
        h *= 0xBF58476D1CE4E5B9L;
        return h ^ (h >>> 32);
    }
}
