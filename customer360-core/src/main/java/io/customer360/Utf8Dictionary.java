package io.customer360;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;

/**
 * A compact append-only set of strings, each with a dense int code in order of first insertion.
 * The strings are kept as UTF-8 bytes in chunked arenas, so ten million short ids cost little
 * more than their bytes; the hash index can be dropped once no more strings are added.
 */
final class Utf8Dictionary {
    private static final int CHUNK_BITS = 24;
    private static final int CHUNK_SIZE = 1 << CHUNK_BITS;

    private byte[][] chunks = new byte[1][];
    private int chunkCount;
    private int position;
    /** Per code, {@code chunk << CHUNK_BITS | position}: at most 128 chunks (2 GiB) of values. */
    private int[] offsets = new int[16];
    private int size;
    /** Slots of {@code hash << 32 | (code + 1)}, 0 when empty: most probes need no arena read. */
    private long[] table = new long[16];
    private int mask = table.length - 1;

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
        int slot = probe(bytes, hash);
        if (table[slot] != 0) {
            return -(int) table[slot];
        }
        int code = append(bytes);
        table[slot] = entry(hash, code);
        if (size * 3 > table.length * 2) {
            rehash(table.length * 2);
        }
        return code;
    }

    /** The code of a string, or -1 when absent. */
    int find(String value) {
        byte[] bytes = value.getBytes(StandardCharsets.UTF_8);
        long entry = table[probe(bytes, hash(bytes, 0, bytes.length))];
        return (int) entry - 1;
    }

    /** The slot holding {@code bytes}, or the empty slot where they belong. */
    private int probe(byte[] bytes, int hash) {
        if (table == null) {
            throw new IllegalStateException("the dictionary's index was dropped");
        }
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
        int offset = offsets[code];
        byte[] chunk = chunks[offset >>> CHUNK_BITS];
        int at = offset & (CHUNK_SIZE - 1);
        int length = readLength(chunk, at);
        int start = at + lengthSize(length);
        return new String(chunk, start, length, StandardCharsets.UTF_8);
    }

    /** The number of bytes the value of {@code code} takes with its length prefix. */
    int encodedLength(int code) {
        int offset = offsets[code];
        int length = readLength(chunks[offset >>> CHUNK_BITS], offset & (CHUNK_SIZE - 1));
        return lengthSize(length) + length;
    }

    /**
     * Copies the value of {@code code} with its length prefix to {@code target} at {@code at}.
     *
     * @return the index after the copy
     */
    int copyEncoded(int code, byte[] target, int at) {
        int offset = offsets[code];
        byte[] chunk = chunks[offset >>> CHUNK_BITS];
        int from = offset & (CHUNK_SIZE - 1);
        int length = readLength(chunk, from);
        int size = lengthSize(length) + length;
        System.arraycopy(chunk, from, target, at, size);
        return at + size;
    }

    /** Frees the hash index; afterwards only {@link #get(int)} and {@link #size()} work. */
    void dropIndex() {
        table = null;
    }

    private int append(byte[] bytes) {
        int needed = lengthSize(bytes.length) + bytes.length;
        if (needed > CHUNK_SIZE) {
            throw new IllegalArgumentException("value longer than " + CHUNK_SIZE + " bytes");
        }
        if (chunkCount == 0 || position + needed > chunks[chunkCount - 1].length) {
            makeRoom(needed);
        }
        byte[] chunk = chunks[chunkCount - 1];
        int at = writeLength(chunk, position, bytes.length);
        System.arraycopy(bytes, 0, chunk, at, bytes.length);
        if (size == offsets.length) {
            offsets = Arrays.copyOf(offsets, size + (size >> 1));
        }
        offsets[size] = ((chunkCount - 1) << CHUNK_BITS) | position;
        position = at + bytes.length;
        return size++;
    }

    /** Grows the last chunk up to the chunk size, then starts a new chunk. */
    private void makeRoom(int needed) {
        if (chunkCount > 0 && chunks[chunkCount - 1].length < CHUNK_SIZE) {
            byte[] last = chunks[chunkCount - 1];
            int grown = last.length;
            while (grown < CHUNK_SIZE && position + needed > grown) {
                grown *= 2;
            }
            if (position + needed <= grown) {
                chunks[chunkCount - 1] = Arrays.copyOf(last, grown);
                return;
            }
        }
        if (chunkCount == 1 << (31 - CHUNK_BITS)) {
            throw new IllegalStateException("more than 2 GiB of distinct values in one run");
        }
        if (chunkCount == chunks.length) {
            chunks = Arrays.copyOf(chunks, chunkCount * 2);
        }
        int capacity = chunkCount == 0 ? 4096 : CHUNK_SIZE;
        chunks[chunkCount++] = new byte[capacity];
        position = 0;
        if (needed > chunks[chunkCount - 1].length) {
            makeRoom(needed);
        }
    }

    private boolean equalsAt(int code, byte[] bytes) {
        int offset = offsets[code];
        byte[] chunk = chunks[offset >>> CHUNK_BITS];
        int at = offset & (CHUNK_SIZE - 1);
        int length = readLength(chunk, at);
        if (length != bytes.length) {
            return false;
        }
        int start = at + lengthSize(length);
        return Arrays.equals(chunk, start, start + length, bytes, 0, length);
    }

    private static long entry(int hash, int code) {
        return ((long) hash << 32) | (code + 1L);
    }

    private void rehash(int capacity) {
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
        table = fresh;
        mask = freshMask;
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

    static int lengthSize(int length) {
        return length < 0x80 ? 1 : length < 0x4000 ? 2 : length < 0x200000 ? 3 : 4;
    }

    private static int writeLength(byte[] chunk, int at, int length) {
        int value = length;
        int i = at;
        while (value >= 0x80) {
            chunk[i++] = (byte) (value | 0x80);
            value >>>= 7;
        }
        chunk[i++] = (byte) value;
        return i;
    }

    static int readLength(byte[] chunk, int at) {
        int value = 0;
        int shift = 0;
        int i = at;
        while (true) {
            byte b = chunk[i++];
            value |= (b & 0x7f) << shift;
            if (b >= 0) {
                return value;
            }
            shift += 7;
        }
    }
}
