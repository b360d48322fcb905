package io.customer360.engine;

import io.customer360.error.Customer360Exception;
import io.customer360.error.OutputException;
import java.io.EOFException;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * The values given to one DISTINCT_COUNT slot (for example the session ids of web events) with
 * the UUID slot of each, spilled to temporary files partitioned by value so that distinct values
 * per customer are counted exactly with little memory: each partition is read back on its own,
 * with only its own values in memory.
 */
final class DistinctSpill implements AutoCloseable {
    private static final int PARTITIONS = 32;
    private static final int BUFFER = 1 << 14;
    /** The largest partition file that can be read into one array. */
    private static final long MAX_PARTITION_BYTES = Integer.MAX_VALUE - 8;

    private final Path folder;
    /** The slot's name, for messages. */
    private final String name;
    private final Path[] files = new Path[PARTITIONS];
    private final OutputStream[] outs = new OutputStream[PARTITIONS];
    /** Per partition, records not yet written: each a big-endian slot, length and UTF-8 bytes. */
    private final byte[][] buffers = new byte[PARTITIONS][BUFFER];
    private final int[] buffered = new int[PARTITIONS];

    /**
     * @param folder the run's private work folder
     * @param index  the spill's number among the run's spills, in its file names
     * @param name   the slot's name, for messages
     * @throws OutputException when a spill file cannot be created
     */
    DistinctSpill(Path folder, int index, String name) {
        this.folder = folder;
        this.name = name;
        try {
            for (int p = 0; p < PARTITIONS; p++) {
                files[p] = folder.resolve("distinct-" + index + "-" + p + ".spill");
                outs[p] = PrivateFiles.createFile(files[p]);
            }
        } catch (IOException failure) {
            close();
            throw spillFailure(failure);
        }
    }

    private OutputException spillFailure(IOException failure) {
        return new OutputException(folder, "cannot spill the values of " + name + " in the work folder: "
                + Failures.reason(failure), failure);
    }

    /** Records that the UUID in {@code slot} had the value {@code value}. */
    void add(int slot, String value) {
        byte[] bytes = value.getBytes(StandardCharsets.UTF_8);
        int p = Math.floorMod(value.hashCode(), PARTITIONS);
        try {
            if (buffered[p] + 8 + bytes.length > BUFFER) {
                flush(p);
            }
            if (8 + bytes.length > BUFFER) {
                byte[] record = new byte[8 + bytes.length];
                BigEndian.putInt(record, 0, slot);
                BigEndian.putInt(record, 4, bytes.length);
                System.arraycopy(bytes, 0, record, 8, bytes.length);
                outs[p].write(record);
                return;
            }
            byte[] buffer = buffers[p];
            int at = buffered[p];
            BigEndian.putInt(buffer, at, slot);
            BigEndian.putInt(buffer, at + 4, bytes.length);
            System.arraycopy(bytes, 0, buffer, at + 8, bytes.length);
            buffered[p] = at + 8 + bytes.length;
        } catch (IOException failure) {
            throw spillFailure(failure);
        }
    }

    private void flush(int p) throws IOException {
        outs[p].write(buffers[p], 0, buffered[p]);
        buffered[p] = 0;
    }

    /**
     * Counts the distinct values of every row. A value's records all sit in one
     * partition, so partitions are counted independently, on up to {@code threads} threads.
     *
     * @param rowOfSlot the row of each UUID slot, -1 for none
     * @param rows      the number of rows
     * @param threads   how many partitions to count at once
     */
    long[] countPerRow(int[] rowOfSlot, int rows, int threads)
            throws IOException {
        for (int p = 0; p < PARTITIONS; p++) {
            flush(p);
            outs[p].close();
        }
        int workers = Math.max(1, Math.min(threads, PARTITIONS));
        long[][] partial = new long[workers][];
        AtomicInteger nextPartition = new AtomicInteger();
        List<Callable<Void>> tasks = new ArrayList<>();
        for (int w = 0; w < workers; w++) {
            long[] counts = new long[rows];
            partial[w] = counts;
            tasks.add(() -> {
                for (int p = nextPartition.getAndIncrement(); p < PARTITIONS;
                        p = nextPartition.getAndIncrement()) {
                    countPartition(p, rowOfSlot, counts);
                }
                return null;
            });
        }
        runAll(tasks);
        long[] counts = partial[0];
        for (int w = 1; w < workers; w++) {
            for (int row = 0; row < rows; row++) {
                counts[row] += partial[w][row];
            }
        }
        return counts;
    }

    private void countPartition(int p, int[] rowOfSlot, long[] counts)
            throws IOException {
        long size = Files.size(files[p]);
        if (size > MAX_PARTITION_BYTES) {
            throw new IOException("the spill " + files[p] + " holds " + size
                    + " bytes, more than one partition can be counted in (" + MAX_PARTITION_BYTES
                    + ")");
        }
        // Values are compared where they lie in the partition's bytes.
        byte[] data = Files.readAllBytes(files[p]);
        Files.deleteIfExists(files[p]);
        RowDistinctValues seen = new RowDistinctValues(data);
        int at = 0;
        while (at < data.length) {
            int length = data.length - at < 8 ? -1 : BigEndian.getInt(data, at + 4);
            if (length < 0 || length > data.length - at - 8) {
                throw new EOFException("the spill " + files[p] + " ends inside a record");
            }
            int slot = BigEndian.getInt(data, at);
            int row = slot >= rowOfSlot.length ? -1 : rowOfSlot[slot];
            if (row >= 0 && seen.add(row, at + 8, length)) {
                counts[row]++;
            }
            at += 8 + length;
        }
    }

    /** Runs the tasks on threads of their own (the first on the caller); rethrows a failure. */
    private static void runAll(List<Callable<Void>> tasks) throws IOException {
        ExecutorService pool = Workers.daemonPool(tasks.size() - 1, "customer360-distinct");
        try {
            List<Future<Void>> others = new ArrayList<>();
            for (Callable<Void> task : tasks.subList(1, tasks.size())) {
                others.add(pool.submit(task));
            }
            tasks.get(0).call();
            for (Future<Void> other : others) {
                other.get();
            }
        } catch (IOException | RuntimeException failure) {
            throw failure;
        } catch (InterruptedException interrupted) {
            Thread.currentThread().interrupt();
            throw new Customer360Exception("counting distinct values was interrupted", interrupted);
        } catch (ExecutionException failed) {
            if (failed.getCause() instanceof IOException) {
                throw (IOException) failed.getCause();
            }
            throw Workers.rethrowable(failed, "counting distinct values failed");
        } catch (Exception other) {
            throw new Customer360Exception("counting distinct values failed", other);
        } finally {
            pool.shutdownNow();
        }
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
