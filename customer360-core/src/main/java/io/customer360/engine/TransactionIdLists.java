package io.customer360.engine;

/**
 * The accepted transaction ids of every UUID slot, laid out slot after slot once reading is
 * done, so that building a customer reads each of its slots' ids in one sweep instead of
 * visiting ten million ids at random. Each id is kept as its UTF-8 bytes after a length prefix.
 */
final class TransactionIdLists {
    private final ByteArena arena;
    private final long[] address;
    private final int[] count;

    private TransactionIdLists(ByteArena arena, long[] address, int[] count) {
        this.arena = arena;
        this.address = address;
        this.count = count;
    }

    /**
     * Lays out the ids of {@code ids} by slot.
     *
     * @param slotOfCode the UUID slot of each id code
     * @param slots      the number of slots
     */
    static TransactionIdLists layOut(Utf8Dictionary ids, IntPages slotOfCode, int slots) {
        int codes = ids.size();
        long[] bytes = new long[slots];
        int[] count = new int[slots];
        for (int code = 0; code < codes; code++) {
            int slot = slotOfCode.get(code);
            bytes[slot] += ids.encodedLength(code);
            count[slot]++;
        }
        ByteArena arena = new ByteArena();
        long[] address = new long[slots];
        int[] cursor = new int[slots];
        for (int slot = 0; slot < slots; slot++) {
            if (count[slot] > 0) {
                if (bytes[slot] > Integer.MAX_VALUE - 16) {
                    throw new IllegalStateException("the transaction ids of one user UUID exceed"
                            + " 2 GiB");
                }
                address[slot] = arena.reserve((int) bytes[slot]);
                cursor[slot] = ByteArena.offset(address[slot]);
            }
        }
        for (int code = 0; code < codes; code++) {
            int slot = slotOfCode.get(code);
            cursor[slot] = ids.copyEncoded(code, arena.chunk(address[slot]), cursor[slot]);
        }
        return new TransactionIdLists(arena, address, count);
    }

    /** Reads what {@link #decode} reads first for a slot; returns a sum of no meaning. */
    long touch(int slot) {
        if (slot >= count.length || count[slot] == 0) {
            return 0;
        }
        return arena.chunk(address[slot])[ByteArena.offset(address[slot])];
    }

    /** The number of ids of a slot. */
    int count(int slot) {
        return slot < count.length ? count[slot] : 0;
    }

    /**
     * Decodes the ids of {@code slot} into {@code into} from index {@code at}.
     *
     * @return the index after the last id written
     */
    int decode(int slot, String[] into, int at) {
        int n = count(slot);
        if (n == 0) {
            return at;
        }
        byte[] chunk = arena.chunk(address[slot]);
        int position = ByteArena.offset(address[slot]);
        int next = at;
        for (int i = 0; i < n; i++) {
            int length = ByteArena.readLength(chunk, position);
            position += ByteArena.lengthSize(length);
            into[next++] = new String(chunk, position, length,
                    java.nio.charset.StandardCharsets.UTF_8);
            position += length;
        }
        return next;
    }
}
