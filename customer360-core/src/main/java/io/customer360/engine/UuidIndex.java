package io.customer360.engine;

import java.util.Arrays;

/**
 * Dense int slots for normalised user UUIDs, each kept as two longs instead of a string.
 * Values must be lower-case 8-4-4-4-12 hexadecimal, as the standardiser produces.
 */
final class UuidIndex {
    private static final int PAGE_BITS = 14;
    private static final int PAGE_UUIDS = 1 << PAGE_BITS;
    /** Pages of UUIDs as interleaved {high, low} pairs: one cache line holds both halves. */
    private long[][] pages = new long[0][];
    private int size;
    /**
     * Open addressing over {@code hash << 32 | (slot + 1)}, 0 when empty: a probe reads a UUID
     * from its page only when the whole 32-bit hash matches.
     */
    private long[] table = new long[32];
    private int mask = table.length - 1;

    int size() {
        return size;
    }

    /** The slot of a UUID, added when absent. */
    int add(String uuid) {
        return add(high(uuid), low(uuid));
    }

    /** The first 64 bits of a normalised UUID. */
    static long high(String uuid) {
        return parseHalf(uuid, 0);
    }

    /** The last 64 bits of a normalised UUID. */
    static long low(String uuid) {
        return parseHalf(uuid, 19);
    }

    /** The slot of the UUID with these halves, added when absent. */
    int add(long hi, long lo) {
        int hash = hash(hi, lo);
        int slot = hash & mask;
        for (long entry = table[slot]; entry != 0; entry = table[slot]) {
            if ((int) (entry >>> 32) == hash && matches((int) entry - 1, hi, lo)) {
                return (int) entry - 1;
            }
            slot = (slot + 1) & mask;
        }
        int page = size >>> PAGE_BITS;
        if (page == pages.length) {
            pages = Arrays.copyOf(pages, page + 1);
            pages[page] = new long[2 * PAGE_UUIDS];
        }
        int at = (size & (PAGE_UUIDS - 1)) << 1;
        pages[page][at] = hi;
        pages[page][at + 1] = lo;
        table[slot] = entry(hash, size);
        size++;
        if (size * 3 > table.length * 2) {
            rehash(table.length * 2);
        }
        return size - 1;
    }

    /** The slot of a UUID, or -1 when absent. */
    int find(String uuid) {
        return find(high(uuid), low(uuid));
    }

    /** The slot of the UUID with these halves, or -1 when absent. */
    int find(long hi, long lo) {
        int hash = hash(hi, lo);
        int slot = hash & mask;
        for (long entry = table[slot]; entry != 0; entry = table[slot]) {
            if ((int) (entry >>> 32) == hash && matches((int) entry - 1, hi, lo)) {
                return (int) entry - 1;
            }
            slot = (slot + 1) & mask;
        }
        return -1;
    }

    private static long entry(int hash, int index) {
        return ((long) hash << 32) | (index + 1L);
    }

    private boolean matches(int index, long hi, long lo) {
        long[] page = pages[index >>> PAGE_BITS];
        int at = (index & (PAGE_UUIDS - 1)) << 1;
        return page[at] == hi && page[at + 1] == lo;
    }

    /** The high ({@code which} 0) or low (1) half of the UUID in a slot. */
    private long half(int index, int which) {
        return pages[index >>> PAGE_BITS][((index & (PAGE_UUIDS - 1)) << 1) + which];
    }

    /**
     * The first of two reads that looking up a present UUID makes, by its {@link #hash hash}:
     * the entry of its home slot (returned, 0 when empty); the second is {@link #touchMatch}.
     * For many UUIDs in a row, doing each read for all of them before the next lets the
     * processor overlap their cache misses instead of waiting for two dependent misses per UUID.
     */
    long touchHome(int hash) {
        return table[hash & mask];
    }

    /**
     * The second read: the first half of the UUID whose entry has this hash, found by probing
     * from the home slot; 0 when there is none.
     */
    long touchMatch(int hash) {
        int slot = hash & mask;
        for (long entry = table[slot]; entry != 0; entry = table[slot]) {
            if ((int) (entry >>> 32) == hash) {
                return half((int) entry - 1, 0);
            }
            slot = (slot + 1) & mask;
        }
        return 0;
    }

    /** Reads the first half of the UUID in a slot, so that it is in cache when next needed. */
    long touch(int index) {
        return half(index, 0);
    }

    /** The UUID of a slot, in its normalised text form. */
    String get(int index) {
        char[] text = new char[36];
        writeHalf(half(index, 0), text, 0);
        text[18] = '-';
        writeHalf(half(index, 1), text, 19);
        return new String(text);
    }

    /** The value of each lower-case hex digit character, -1 for any other character. */
    private static final byte[] NIBBLE = new byte[128];

    static {
        java.util.Arrays.fill(NIBBLE, (byte) -1);
        for (int c = '0'; c <= '9'; c++) {
            NIBBLE[c] = (byte) (c - '0');
        }
        for (int c = 'a'; c <= 'f'; c++) {
            NIBBLE[c] = (byte) (c - 'a' + 10);
        }
    }

    /** Parses 16 hex digits with dashes, starting at {@code from} (0 or 19). */
    private static long parseHalf(String uuid, int from) {
        if (uuid.length() != 36) {
            throw new IllegalArgumentException("not a normalised UUID");
        }
        long value = 0;
        int end = from == 0 ? 18 : 36;
        for (int i = from; i < end; i++) {
            char c = uuid.charAt(i);
            if (c == '-' && (i == 8 || i == 13 || i == 23)) {
                continue;
            }
            int digit = c < 128 ? NIBBLE[c] : -1;
            if (digit < 0) {
                throw new IllegalArgumentException("not a normalised UUID");
            }
            value = (value << 4) | digit;
        }
        return value;
    }

    private static final char[] HEX = "0123456789abcdef".toCharArray();

    private static void writeHalf(long value, char[] text, int from) {
        int shift = 60;
        for (int i = from; i < from + 17 + (from == 0 ? 1 : 0); i++) {
            if (i == 8 || i == 13 || i == 18 || i == 23) {
                text[i] = '-';
                continue;
            }
            text[i] = HEX[(int) (value >>> shift) & 0xf];
            shift -= 4;
        }
    }

    private void rehash(int capacity) {
        long[] fresh = new long[capacity];
        int freshMask = capacity - 1;
        for (long entry : table) {
            if (entry == 0) {
                continue;
            }
            int slot = (int) (entry >>> 32) & freshMask;
            while (fresh[slot] != 0) {
                slot = (slot + 1) & freshMask;
            }
            fresh[slot] = entry;
        }
        table = fresh;
        mask = freshMask;
    }

    /** The hash that the index files a UUID's halves under. */
    static int hash(long hi, long lo) {
        long h = hi * 0x9E3779B97F4A7C15L ^ lo;
        h ^= h >>> 33;
        h *= 0xff51afd7ed558ccdL;
        h ^= h >>> 33;
        return (int) h;
    }
}
