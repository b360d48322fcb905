package io.customer360.engine;

import io.customer360.model.Source;
import io.customer360.read.RawRecord;
import io.customer360.validate.Violation;
import java.nio.charset.StandardCharsets;

/**
 * Up to {@link #CAPACITY} consecutive records of one source after parsing and validation: each
 * with its typed record and the code its {@link RecordCoder} gave it when accepted so far, or
 * its violation. The last batch of a source is marked.
 */
final class ParsedBatch {
    static final int CAPACITY = 512;

    final Source source;
    final RawRecord[] raws = new RawRecord[CAPACITY];
    final Object[] records = new Object[CAPACITY];
    final Violation[] violations = new Violation[CAPACITY];
    final int[] codes = new int[CAPACITY];
    final long[] uuidHigh = new long[CAPACITY];
    final long[] uuidLow = new long[CAPACITY];
    /** The UTF-8 email of each accepted record, null for none. */
    final byte[][] emails = new byte[CAPACITY][];
    /** The UUID slot of each accepted record, filled in by {@link RecordConsumer}. */
    final int[] slots = new int[CAPACITY];
    /** The email code of each accepted record, -1 for none; filled in by {@link RecordConsumer}. */
    final int[] emailCodes = new int[CAPACITY];
    int size;
    /**
     * The values given to DISTINCT_COUNT slots while the batch was applied: each with its
     * spill's index and UUID slot; spilled once the batch is done ({@link RecordConsumer}).
     */
    int[] distinctSpill = new int[0];
    int[] distinctUuid = new int[0];
    String[] distinctValue = new String[0];
    int distinctSize;
    /** Whether the reader thread spooled this batch's rejects already. */
    boolean rejectsSpooled;
    boolean last;

    ParsedBatch(Source source) {
        this.source = source;
    }

    /** Keeps a value given to a DISTINCT_COUNT slot of the UUID in {@code uuidSlot}. */
    void addDistinct(int spill, int uuidSlot, String value) {
        if (distinctSize == distinctValue.length) {
            int capacity = Math.max(CAPACITY, 2 * distinctSize);
            distinctSpill = java.util.Arrays.copyOf(distinctSpill, capacity);
            distinctUuid = java.util.Arrays.copyOf(distinctUuid, capacity);
            distinctValue = java.util.Arrays.copyOf(distinctValue, capacity);
        }
        distinctSpill[distinctSize] = spill;
        distinctUuid[distinctSize] = uuidSlot;
        distinctValue[distinctSize] = value;
        distinctSize++;
    }

    boolean isFull() {
        return size == CAPACITY;
    }

    /** Adds an accepted record with its email encoded and its user UUID parsed into halves. */
    void add(RawRecord raw, Object record, int code, String email, String userUuid) {
        if (email != null) {
            emails[size] = email.getBytes(StandardCharsets.UTF_8);
        }
        if (userUuid != null) {
            uuidHigh[size] = UuidIndex.high(userUuid);
            uuidLow[size] = UuidIndex.low(userUuid);
        }
        add(raw, record, null, code);
    }

    void add(RawRecord raw, Object record, Violation violation, int code) {
        raws[size] = raw;
        records[size] = record;
        violations[size] = violation;
        codes[size] = code;
        size++;
    }
}
