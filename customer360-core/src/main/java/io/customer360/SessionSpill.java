package io.customer360;

import java.io.BufferedInputStream;
import java.io.BufferedOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.EOFException;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;

/**
 * The session ids of accepted web events, spilled to temporary files partitioned by session id
 * so that distinct sessions per customer are counted exactly with little memory: each partition
 * is read back on its own, with only its own sessions in memory.
 */
final class SessionSpill implements AutoCloseable {
    private static final int PARTITIONS = 32;

    private final Path[] files = new Path[PARTITIONS];
    private final DataOutputStream[] outs = new DataOutputStream[PARTITIONS];

    SessionSpill(Path directory, String tag) throws IOException {
        try {
            for (int p = 0; p < PARTITIONS; p++) {
                files[p] = directory.resolve(".customer360-" + tag + "-sessions-" + p + ".spill");
                outs[p] = new DataOutputStream(new BufferedOutputStream(Files.newOutputStream(
                        files[p], StandardOpenOption.CREATE_NEW, StandardOpenOption.WRITE),
                        1 << 14));
            }
        } catch (IOException failure) {
            close();
            throw failure;
        }
    }

    /** Records that the UUID with these halves had an event in {@code session}. */
    void add(long uuidHigh, long uuidLow, String session) {
        byte[] bytes = session.getBytes(StandardCharsets.UTF_8);
        DataOutputStream out = outs[Math.floorMod(session.hashCode(), PARTITIONS)];
        try {
            out.writeLong(uuidHigh);
            out.writeLong(uuidLow);
            out.writeInt(bytes.length);
            out.write(bytes);
        } catch (IOException failure) {
            throw new UncheckedIOException("spilling session ids failed", failure);
        }
    }

    /**
     * Counts the distinct sessions of every row.
     *
     * @param uuids     the run's UUID slots
     * @param rowOfSlot the row of each UUID slot, -1 for none
     * @param rows      the number of rows
     */
    long[] countPerRow(UuidIndex uuids, int[] rowOfSlot, int rows) throws IOException {
        long[] counts = new long[rows];
        for (int p = 0; p < PARTITIONS; p++) {
            outs[p].close();
            Utf8Dictionary sessions = new Utf8Dictionary();
            LongHashSet seen = new LongHashSet();
            try (DataInputStream in = new DataInputStream(
                    new BufferedInputStream(Files.newInputStream(files[p]), 1 << 16))) {
                while (true) {
                    long high;
                    try {
                        high = in.readLong();
                    } catch (EOFException end) {
                        break;
                    }
                    long low = in.readLong();
                    byte[] bytes = new byte[in.readInt()];
                    in.readFully(bytes);
                    int slot = uuids.find(high, low);
                    int row = slot < 0 || slot >= rowOfSlot.length ? -1 : rowOfSlot[slot];
                    if (row < 0) {
                        continue;
                    }
                    int code = sessions.add(bytes);
                    code = code >= 0 ? code : -(code + 1);
                    if (seen.add(((long) row << 32) | code)) {
                        counts[row]++;
                    }
                }
            }
            Files.deleteIfExists(files[p]);
        }
        return counts;
    }

    /** Deletes every spill file; never throws. */
    @Override
    public void close() {
        for (int p = 0; p < PARTITIONS; p++) {
            try {
                if (outs[p] != null) {
                    outs[p].close();
                }
            } catch (IOException ignored) {
                // deleted below anyway
            }
            try {
                if (files[p] != null) {
                    Files.deleteIfExists(files[p]);
                }
            } catch (IOException ignored) {
                // a leftover temporary file in the output directory is harmless
            }
        }
    }
}
