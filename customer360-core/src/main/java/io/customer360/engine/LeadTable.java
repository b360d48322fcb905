package io.customer360.engine;

import io.customer360.model.Lead;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Arrays;

/**
 * The newest accepted lead of every email (SPEC §3), indexed by email code: the latest
 * {@code creation_date} wins, a missing date loses to any date, and on a tie the later row wins.
 * Lead fields are packed into a {@link ByteArena}, not an object per lead. A displaced lead is
 * remembered by its order key and the spool offset of its raw record, to be rejected as
 * {@code DUPLICATE_LEAD}. "Later" means a larger {@linkplain FileOrder order key}: a later line,
 * or a later file of a source spread over several files.
 */
final class LeadTable {
    /** The offered lead is the first of its email. */
    static final int FIRST = 0;
    /** The offered lead is newer and displaced the lead held before. */
    static final int DISPLACED = 1;
    /** The offered lead lost to the lead already held. */
    static final int LOST = 2;
    private static final long MISSING = DistributedRules.MISSING_DATE;
    /** The position of the user UUID among the {@linkplain #pack packed} fields. */
    private static final int USER_UUID_FIELD = 4;

    /** Per email code, the index of its lead plus one; 0 when it has none. */
    private final IntPages leadOfEmail = new IntPages();
    private int leadCount;
    // Per lead index: the kept lead's date, order key, spool offset and packed-fields address.
    private long[] created = new long[16];
    private long[] orders = new long[16];
    private long[] rawOffsets = new long[16];
    private long[] packed = new long[16];
    private final ByteArena arena = new ByteArena();
    private byte[] buffer = new byte[256];
    private long[] displacedOrders = new long[16];
    private long[] displacedOffsets = new long[16];
    private int displacedCount;
    private final FileOrder files;

    /** A table for leads read from one file. */
    LeadTable() {
        this(new FileOrder(java.util.List.of()));
    }

    /** A table for leads whose files, when several, are numbered by {@code files}. */
    LeadTable(FileOrder files) {
        this.files = files;
    }

    /** The order key of a lead record, by which "later" and the rejects' order are decided. */
    long order(io.customer360.read.RawRecord raw) {
        return files.order(raw);
    }

    /**
     * Offers an accepted lead whose email has code {@code emailCode}, whose record has the
     * {@linkplain FileOrder order key} {@code order} and whose raw record was spooled at
     * {@code rawOffset}.
     *
     * @return {@link #FIRST}, {@link #DISPLACED} or {@link #LOST}
     */
    int offer(int emailCode, Lead lead, long order, long rawOffset) {
        long date = DistributedRules.dateKey(lead);
        int outcome = FIRST;
        int index = indexOf(emailCode);
        if (index >= 0) {
            if (!DistributedRules.isNewer(date, order, created[index], orders[index])) {
                return LOST;
            }
            displace(orders[index], rawOffsets[index]);
            outcome = DISPLACED;
        } else {
            index = leadCount++;
            ensure(index);
            leadOfEmail.set(emailCode, index + 1);
        }
        created[index] = date;
        orders[index] = order;
        rawOffsets[index] = rawOffset;
        packed[index] = pack(lead);
        return outcome;
    }

    /** Whether an email has a lead. */
    boolean has(int emailCode) {
        return indexOf(emailCode) >= 0;
    }

    /**
     * Reads what rebuilding the lead of an email reads first, its index, date and packed
     * fields; returns a sum of no meaning (0 when the email has no lead).
     */
    long touch(int emailCode) {
        int index = indexOf(emailCode);
        if (index < 0) {
            return 0;
        }
        long address = packed[index];
        return created[index] + arena.chunk(address)[ByteArena.offset(address)];
    }

    /** Whether the lead of {@code left} is newer than the lead of {@code right}. */
    boolean newer(int left, int right) {
        int l = indexOf(left);
        int r = indexOf(right);
        return DistributedRules.isNewer(created[l], orders[l], created[r], orders[r]);
    }

    /** The order key of an email's lead, which it must have. */
    long orderOf(int emailCode) {
        return orders[indexOf(emailCode)];
    }

        /** The user UUID of an email's lead, or null. */
    String userUuid(int emailCode) {
        return unpack(emailCode, USER_UUID_FIELD)[USER_UUID_FIELD];
    }

    /** The lead of an email, rebuilt with the given normalised email. */
    Lead lead(int emailCode, String email) {
        String[] values = unpack(emailCode, 0);
        int index = indexOf(emailCode);
        Instant date = created[index] == MISSING ? null : Instant.ofEpochMilli(created[index]);
        return new Lead(values[0], values[1], email, values[2], values[3], date,
                values[USER_UUID_FIELD], FileOrder.lineOf(orders[index]));
    }

    private int indexOf(int emailCode) {
        return leadOfEmail.getOrZero(emailCode) - 1;
    }

    /** The order key of the lead that the last {@link #DISPLACED} offer displaced. */
    long lastDisplaced() {
        return displacedOrders[displacedCount - 1];
    }

    /** The displaced leads as {order key, raw offset} pairs, ordered by key. */
    long[][] displacedInOrder() {
        Integer[] order = new Integer[displacedCount];
        for (int i = 0; i < displacedCount; i++) {
            order[i] = i;
        }
        Arrays.sort(order, (a, b) -> Long.compare(displacedOrders[a], displacedOrders[b]));
        long[][] pairs = new long[displacedCount][];
        for (int i = 0; i < displacedCount; i++) {
            pairs[i] = new long[] {displacedOrders[order[i]], displacedOffsets[order[i]]};
        }
        return pairs;
    }

    private void displace(long order, long rawOffset) {
        if (displacedCount == displacedOrders.length) {
            displacedOrders = Arrays.copyOf(displacedOrders, displacedCount * 2);
            displacedOffsets = Arrays.copyOf(displacedOffsets, displacedCount * 2);
        }
        displacedOrders[displacedCount] = order;
        displacedOffsets[displacedCount++] = rawOffset;
    }

    private void ensure(int index) {
        if (index >= packed.length) {
            int size = Math.max(index + 1, packed.length + (packed.length >> 1));
            created = Arrays.copyOf(created, size);
            orders = Arrays.copyOf(orders, size);
            rawOffsets = Arrays.copyOf(rawOffsets, size);
            packed = Arrays.copyOf(packed, size);
        }
    }

    /** Packs the fields, each as a length prefix of its UTF-8 length + 1 (0: null) and bytes. */
    private long pack(Lead lead) {
        int length = 0;
        for (String value : new String[] {lead.leadId(), lead.fullName(), lead.phone(),
                lead.leadSource(), lead.userUuid()}) {
            byte[] bytes = value == null ? null : value.getBytes(StandardCharsets.UTF_8);
            int stored = bytes == null ? 0 : bytes.length + 1;
            int size = ByteArena.lengthSize(stored) + (bytes == null ? 0 : bytes.length);
            if (length + size > buffer.length) {
                buffer = Arrays.copyOf(buffer, Math.max(length + size, buffer.length * 2));
            }
            length = ByteArena.writeLength(buffer, length, stored);
            if (bytes != null) {
                System.arraycopy(bytes, 0, buffer, length, bytes.length);
                length += bytes.length;
            }
        }
        return arena.append(buffer, 0, length);
    }

    /** The packed fields of an email's lead from {@code first} on; earlier ones stay null. */
    private String[] unpack(int emailCode, int first) {
        long address = packed[indexOf(emailCode)];
        byte[] chunk = arena.chunk(address);
        int at = ByteArena.offset(address);
        String[] values = new String[5];
        for (int i = 0; i < values.length; i++) {
            int stored = ByteArena.readLength(chunk, at);
            at += ByteArena.lengthSize(stored);
            if (stored > 0) {
                if (i >= first) {
                    values[i] = new String(chunk, at, stored - 1, StandardCharsets.UTF_8);
                }
                at += stored - 1;
            }
        }
        return values;
    }
}
