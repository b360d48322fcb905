package io.customer360;

import io.customer360.model.Lead;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Arrays;

/**
 * The newest accepted lead of every email (SPEC §3), indexed by email code: the latest
 * {@code creation_date} wins, a missing date loses to any date, and on a tie the later row wins.
 * Lead fields are packed into one byte array per email. A displaced lead is remembered by its
 * line and the spool offset of its raw record, to be rejected as {@code DUPLICATE_LEAD}.
 */
final class LeadTable {
    /** The offered lead is the first of its email. */
    static final int FIRST = 0;
    /** The offered lead is newer and displaced the lead held before. */
    static final int DISPLACED = 1;
    /** The offered lead lost to the lead already held. */
    static final int LOST = 2;
    private static final long MISSING = Long.MIN_VALUE;

    private long[] created = new long[16];
    private long[] lines = new long[16];
    private long[] rawOffsets = new long[16];
    private byte[][] fields = new byte[16][];
    private long[] displacedLines = new long[16];
    private long[] displacedOffsets = new long[16];
    private int displacedCount;

    /**
     * Offers an accepted lead whose email has code {@code emailCode} and whose raw record was
     * spooled at {@code rawOffset}.
     *
     * @return {@link #FIRST}, {@link #DISPLACED} or {@link #LOST}
     */
    int offer(int emailCode, Lead lead, long rawOffset) {
        ensure(emailCode);
        long date = lead.creationDate() == null ? MISSING : lead.creationDate().toEpochMilli();
        int outcome = FIRST;
        if (fields[emailCode] != null) {
            boolean newer = date > created[emailCode]
                    || date == created[emailCode] && lead.line() > lines[emailCode];
            if (!newer) {
                return LOST;
            }
            displace(lines[emailCode], rawOffsets[emailCode]);
            outcome = DISPLACED;
        }
        created[emailCode] = date;
        lines[emailCode] = lead.line();
        rawOffsets[emailCode] = rawOffset;
        fields[emailCode] = pack(lead);
        return outcome;
    }

    /** Whether an email has a lead. */
    boolean has(int emailCode) {
        return emailCode < fields.length && fields[emailCode] != null;
    }

    /** Whether the lead of {@code left} is newer than the lead of {@code right}. */
    boolean newer(int left, int right) {
        return created[left] > created[right]
                || created[left] == created[right] && lines[left] > lines[right];
    }

    /** The user UUID of an email's lead, or null. */
    String userUuid(int emailCode) {
        return unpack(fields[emailCode])[4];
    }

    /** The lead of an email, rebuilt with the given normalised email. */
    Lead lead(int emailCode, String email) {
        String[] values = unpack(fields[emailCode]);
        Instant date = created[emailCode] == MISSING ? null
                : Instant.ofEpochMilli(created[emailCode]);
        return new Lead(values[0], values[1], email, values[2], values[3], date, values[4],
                lines[emailCode]);
    }

    /** The number of email codes that may hold a lead. */
    int capacity() {
        return fields.length;
    }

    /** The displaced leads as {line, raw offset} pairs, ordered by line. */
    long[][] displacedByLine() {
        Integer[] order = new Integer[displacedCount];
        for (int i = 0; i < displacedCount; i++) {
            order[i] = i;
        }
        Arrays.sort(order, (a, b) -> Long.compare(displacedLines[a], displacedLines[b]));
        long[][] pairs = new long[displacedCount][];
        for (int i = 0; i < displacedCount; i++) {
            pairs[i] = new long[] {displacedLines[order[i]], displacedOffsets[order[i]]};
        }
        return pairs;
    }

    private void displace(long line, long rawOffset) {
        if (displacedCount == displacedLines.length) {
            displacedLines = Arrays.copyOf(displacedLines, displacedCount * 2);
            displacedOffsets = Arrays.copyOf(displacedOffsets, displacedCount * 2);
        }
        displacedLines[displacedCount] = line;
        displacedOffsets[displacedCount++] = rawOffset;
    }

    private void ensure(int code) {
        if (code >= fields.length) {
            int size = Math.max(code + 1, fields.length * 2);
            created = Arrays.copyOf(created, size);
            lines = Arrays.copyOf(lines, size);
            rawOffsets = Arrays.copyOf(rawOffsets, size);
            fields = Arrays.copyOf(fields, size);
        }
    }

    private static byte[] pack(Lead lead) {
        ByteArrayOutputStream out = new ByteArrayOutputStream(64);
        for (String value : new String[] {lead.leadId(), lead.fullName(), lead.phone(),
                lead.leadSource(), lead.userUuid()}) {
            if (value == null) {
                writeVarint(out, 0);
            } else {
                byte[] bytes = value.getBytes(StandardCharsets.UTF_8);
                writeVarint(out, bytes.length + 1);
                out.write(bytes, 0, bytes.length);
            }
        }
        return out.toByteArray();
    }

    private static String[] unpack(byte[] packed) {
        String[] values = new String[5];
        int at = 0;
        for (int i = 0; i < values.length; i++) {
            int length = 0;
            int shift = 0;
            byte b;
            do {
                b = packed[at++];
                length |= (b & 0x7f) << shift;
                shift += 7;
            } while (b < 0);
            if (length > 0) {
                values[i] = new String(packed, at, length - 1, StandardCharsets.UTF_8);
                at += length - 1;
            }
        }
        return values;
    }

    private static void writeVarint(ByteArrayOutputStream out, int value) {
        int rest = value;
        while (rest >= 0x80) {
            out.write(rest | 0x80);
            rest >>>= 7;
        }
        out.write(rest);
    }
}
