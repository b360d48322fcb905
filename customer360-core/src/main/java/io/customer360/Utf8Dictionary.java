package io.customer360;

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

    /** Like {@link #add(String)} for a value given as UTF-8 bytes, which must not change. */
    int add(byte[] bytes) {
        int hash = hash(bytes, 0, bytes.length);
        long[] table = segment(hash);
        int slot = probe(table, bytes, hash);
        if (table[slot] != 0) {
            return -(int) table[slot];
        }
        int code = append(bytes);
        table[slot] = entry(hash, code);
        int segment = hash >>> (32 - SEGMENT_BITS);
        if (++segmentSizes[segment] * 3 > table.length * 2) {
            segments[segment] = rehash(table, table.length * 2);
        }
        return code;
    }

    /** The code of a string, or -1 when absent. */
    int find(String value) {
        byte[] bytes = value.getBytes(StandardCharsets.UTF_8);
        int hash = hash(bytes, 0, bytes.length);
        long[] table = segment(hash);
        return (int) table[probe(table, bytes, hash)] - 1;
    }

    private long[] segment(int hash) {
        if (segments == null) {
            throw new IllegalStateException("the dictionary's index was dropped");
        }
        return segments[hash >>> (32 - SEGMENT_BITS)];
    }

    /** The slot of {@code table} holding {@code bytes}, or the empty slot where they belong. */
    private int probe(long[] table, byte[] bytes, int hash) {
        int mask = table.length - 1;
        int slot = hash & mask;
        for (long entry = table[slot]; entry != 0; entry = table[slot]) {
            if ((int) (entry >>> 32) == hash && equalsAt((int) entry - 1, bytes)) {
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

    private int append(byte[] bytes) {
        long address = arena.reserve(ByteArena.lengthSize(bytes.length) + bytes.length);
        if (address > Integer.MAX_VALUE) {
            throw new IllegalStateException("more than 2 GiB of distinct values in one run");
        }
        byte[] chunk = arena.chunk(address);
        int at = ByteArena.writeLength(chunk, ByteArena.offset(address), bytes.length);
        System.arraycopy(bytes, 0, chunk, at, bytes.length);
        offsets.set(size, (int) address);
        return size++;
    }

    private boolean equalsAt(int code, byte[] bytes) {
        int address = offsets.get(code);
        byte[] chunk = arena.chunk(address);
        int at = ByteArena.offset(address);
        int length = ByteArena.readLength(chunk, at);
        if (length != bytes.length) {
            return false;
        }
        int start = at + ByteArena.lengthSize(length);
        return Arrays.equals(chunk, start, start + length, bytes, 0, length);
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

    private static int hash(byte[] bytes, int from, int length) {
        int h = 0x9747b28c;
        for (int i = from; i < from + length; i++) {
            h = 31 * h + bytes[i];
        }
        h ^= h >>> 16;
        h *= 0x85ebca6b;
        h ^= h >>> 13;
        h *= 0xc2b2ae35;
        return h ^ (h >>> 16);
    }
}
