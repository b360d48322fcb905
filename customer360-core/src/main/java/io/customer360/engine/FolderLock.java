package io.customer360.engine;

import io.customer360.error.OutputException;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.channels.OverlappingFileLockException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Instant;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * An exclusive hold on an output folder for one run, so that two runs never write into one
 * folder at once. Across processes the hold is an operating-system lock on the hidden file
 * {@value #FILE_NAME}, which names its holder while held and is emptied, not deleted, when
 * released (deleting it would let two runs lock two different files of the same name); it ends
 * when the run closes it or its process dies. Within one process the folders held are also
 * kept in a table, because Java releases a process's lock on a file when any channel to that
 * file is closed, so a second run here must not even open the lock file.
 */
final class FolderLock implements AutoCloseable {
    /** The lock file's name in the output folder. */
    static final String FILE_NAME = ".customer360.lock";
    /** The folders runs of this process hold, by real path, with their holder's text. */
    private static final Map<Path, String> HELD_HERE = new ConcurrentHashMap<>();

    private final Path folder;
    private final FileChannel channel;
    private final FileLock lock;

    private FolderLock(Path folder, FileChannel channel, FileLock lock) {
        this.folder = folder;
        this.channel = channel;
        this.lock = lock;
    }

    /**
     * Takes the folder, which must exist, for this run, or fails at once when another run holds
     * it.
     *
     * @param holder who takes it, written into the lock file for the message of a run that
     *               finds the folder taken
     * @throws OutputException when another run holds the folder or the lock file cannot be
     *     written
     */
    static FolderLock acquire(Path folder, String holder) {
        Path key;
        try {
            key = folder.toRealPath();
        } catch (IOException failure) {
            throw new OutputException(folder, "cannot lock the output folder: "
                    + Failures.reason(failure), failure);
        }
        String other = HELD_HERE.putIfAbsent(key, holder);
        if (other != null) {
            throw taken(folder, other);
        }
        try {
            return lockFile(key, folder, holder);
        } catch (RuntimeException failure) {
            HELD_HERE.remove(key, holder);
            throw failure;
        }
    }

    private static FolderLock lockFile(Path key, Path folder, String holder) {
        Path file = key.resolve(FILE_NAME);
        FileChannel channel = null;
        try {
            channel = FileChannel.open(file, StandardOpenOption.CREATE, StandardOpenOption.READ,
                    StandardOpenOption.WRITE);
            FileLock lock;
            try {
                lock = channel.tryLock();
            } catch (OverlappingFileLockException sameProcess) {
                lock = null;
            }
            if (lock == null) {
                throw taken(folder, holderOf(channel));
            }
            channel.truncate(0);
            channel.write(ByteBuffer.wrap(holder.getBytes(StandardCharsets.UTF_8)), 0);
            channel.force(false);
            FolderLock taken = new FolderLock(key, channel, lock);
            channel = null;
            return taken;
        } catch (IOException failure) {
            throw new OutputException(folder, "cannot lock the output folder: "
                    + Failures.reason(failure), failure);
        } finally {
            closeQuietly(channel);
        }
    }

    private static OutputException taken(Path folder, String holder) {
        return new OutputException(folder, "another customer360 run is writing to this folder ("
                + holder + "); wait for it to finish or choose another output folder", null);
    }

    private static String holderOf(FileChannel channel) {
        try {
            ByteBuffer text = ByteBuffer.allocate(512);
            channel.read(text, 0);
            String holder = Failures.oneLine(new String(text.array(), 0, text.position(),
                    StandardCharsets.UTF_8));
            return holder.isEmpty() ? "holder unknown" : holder;
        } catch (IOException unreadable) {
            return "holder unknown";
        }
    }

    /** What a run writes into the lock file: its process, start time and tag. */
    static String holder(RunTag tag, Instant startedAt) {
        return "pid " + tag.pid() + ", started " + startedAt + ", run " + tag;
    }

    /** Empties the lock file and ends the hold; never throws. */
    @Override
    public void close() {
        // A file channel closes itself when its thread is interrupted during an operation; an
        // interrupted run still empties its lock file.
        boolean interrupted = Thread.interrupted();
        try {
            channel.truncate(0);
        } catch (IOException ignored) {
            // a stale holder text is only shown to a run that finds the folder taken
        } finally {
            if (interrupted) {
                Thread.currentThread().interrupt();
            }
        }
        try {
            lock.release();
        } catch (IOException ignored) {
            // closing the channel below releases it too
        }
        closeQuietly(channel);
        HELD_HERE.remove(folder);
    }

    private static void closeQuietly(FileChannel channel) {
        if (channel == null) {
            return;
        }
        try {
            channel.close();
        } catch (IOException ignored) {
            // nothing more to release
        }
    }
}
