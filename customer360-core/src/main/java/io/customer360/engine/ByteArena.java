package io.customer360.engine;

import java.util.Arrays;

/**
 * Append-only storage for many small byte strings in chunks, addressed by a {@code long}:
 * millions of values cost their bytes and no object each, so the garbage collector has nothing
 * per value to trace. A value never spans two chunks. Values of varying length are stored
 * after a {@linkplain #writeLength length prefix}. Chunks are small enough (256 KiB) to be
 * ordinary objects that the collector can move, not humongous ones that fragment a small heap.
 */
final class ByteArena {
    private static final int CHUNK_BITS = 18;
    private static final int CHUNK_SIZE = 1 << CHUNK_BITS;
    private static final int FIRST_CHUNK = 4096;

    private byte[][] chunks = new byte[1][];
    private int chunkCount;
    private int position;

    /** Appends {@code length} bytes of {@code bytes} from {@code from}; returns their address. */
    long append(byte[] bytes, int from, int length) {
        if (chunkCount == 0 || position + length > chunks[chunkCount - 1].length) {
            makeRoom(length);
        }
        long address = ((long) (chunkCount - 1) << CHUNK_BITS) | position;
        System.arraycopy(bytes, from, chunks[chunkCount - 1], position, length);
        position += length;
        return address;
    }

    /** Reserves {@code length} zero bytes in one chunk, to be filled in; returns their address. */
    long reserve(int length) {
        if (chunkCount == 0 || position + length > chunks[chunkCount - 1].length) {
            makeRoom(length);
        }
        long address = ((long) (chunkCount - 1) << CHUNK_BITS) | position;
        position += length;
        return address;
    }

    /** The chunk holding the value at {@code address}. */
    byte[] chunk(long address) {
        return chunks[(int) (address >>> CHUNK_BITS)];
    }

    /** The index in its {@linkplain #chunk chunk} of the value at {@code address}. */
    static int offset(long address) {
        return (int) (address & (CHUNK_SIZE - 1));
    }

    /** Grows a small last chunk in place, else starts a chunk of at least {@code needed}. */
    private void makeRoom(int needed) {
        if (chunkCount > 0 && chunks[chunkCount - 1].length < CHUNK_SIZE
                && position + needed <= CHUNK_SIZE) {
            byte[] last = chunks[chunkCount - 1];
            int grown = last.length;
            while (position + needed > grown) {
                grown *= 2;
            }
            chunks[chunkCount - 1] = Arrays.copyOf(last, grown);
            return;
        }
        if (chunkCount == chunks.length) {
            chunks = Arrays.copyOf(chunks, chunkCount * 2);
        }
        // An oversized value gets a chunk of its own; the next append starts a fresh one.
        int capacity = chunkCount == 0 ? Math.max(FIRST_CHUNK, needed)
                : Math.max(CHUNK_SIZE, needed);
        chunks[chunkCount++] = new byte[capacity];
        position = 0;
    }

    /** The number of bytes of the length prefix that {@link #writeLength} writes. */
    static int lengthSize(int length) {
        return length < 0x80 ? 1 : length < 0x4000 ? 2 : length < 0x200000 ? 3 : 4;
    }

    /** Writes {@code length} as a 1–4 byte prefix at {@code at}; returns the index after it. */
    static int writeLength(byte[] chunk, int at, int length) {
        int value = length;
        int i = at;
        while (value >= 0x80) {
            chunk[i++] = (byte) (value | 0x80);
            value >>>= 7;
        }
        chunk[i++] = (byte) value;
        return i;
    }

    /** Reads a length prefix written by {@link #writeLength}. */
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
