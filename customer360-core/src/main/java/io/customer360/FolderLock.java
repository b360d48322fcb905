package io.customer360;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.channels.OverlappingFileLockException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Instant;
import java.util.Arrays;

/**
 * An exclusive hold on an output folder for one run, so that two runs never write into one
 * folder at once. The hold is an operating-system lock on the hidden file
 * {@value #FILE_NAME}, which names its holder; it ends when the run closes it or its process
 * dies, and the file is removed when the run closes it.
 */
final class FolderLock implements AutoCloseable {
    /** The lock file's name in the output folder. */
    static final String FILE_NAME = ".customer360.lock";
    private static final int ATTEMPTS = 5;

    private final Path file;
    private final FileChannel channel;
    private final FileLock lock;

    private FolderLock(Path file, FileChannel channel, FileLock lock) {
        this.file = file;
        this.channel = channel;
        this.lock = lock;
    }

    /**
     * Takes the folder for this run, or fails at once when another run holds it.
     *
     * @param holder who takes it, written into the lock file for the message of a run that
     *               finds the folder taken
     * @throws OutputException when another run holds the folder or the lock file cannot be
     *     written
     */
    static FolderLock acquire(Path folder, String holder) {
        Path file = folder.resolve(FILE_NAME);
        byte[] token = holder.getBytes(StandardCharsets.UTF_8);
        try {
            for (int attempt = 0; attempt < ATTEMPTS; attempt++) {
                FolderLock taken = tryAcquire(file, token);
                if (taken != null) {
                    return taken;
                }
            }
        } catch (IOException failure) {
            throw new OutputException(folder, "cannot lock the output folder: "
                    + Failures.reason(failure), failure);
        }
        throw new OutputException(folder, "cannot lock the output folder: its lock file kept"
                + " changing while it was taken", null);
    }

    /** Null when the file was replaced while it was taken (try again). */
    private static FolderLock tryAcquire(Path file, byte[] token) throws IOException {
        FileChannel channel = FileChannel.open(file, StandardOpenOption.CREATE,
                StandardOpenOption.READ, StandardOpenOption.WRITE);
        boolean keep = false;
        try {
            FileLock lock;
            try {
                lock = channel.tryLock();
            } catch (OverlappingFileLockException sameProcess) {
                lock = null;
            }
            if (lock == null) {
                throw new OutputException(file.getParent(), "another customer360 run is writing"
                        + " to this folder (" + holderOf(channel) + "); wait for it to finish"
                        + " or choose another output folder", null);
            }
            channel.truncate(0);
            channel.write(ByteBuffer.wrap(token), 0);
            channel.force(false);
            // A run that closes its lock deletes the file first; when that happened after this
            // run opened it, this run holds a lock on a file no longer under the name.
            if (!Arrays.equals(readName(file), token)) {
                lock.release();
                return null;
            }
            keep = true;
            return new FolderLock(file, channel, lock);
        } finally {
            if (!keep) {
                channel.close();
            }
        }
    }

    private static byte[] readName(Path file) throws IOException {
        try {
            return Files.readAllBytes(file);
        } catch (NoSuchFileException gone) {
            return new byte[0];
        }
    }

    private static String holderOf(FileChannel channel) {
        try {
            ByteBuffer text = ByteBuffer.allocate(512);
            channel.read(text, 0);
            String holder = new String(text.array(), 0, text.position(), StandardCharsets.UTF_8)
                    .strip();
            return holder.isEmpty() ? "holder unknown" : holder;
        } catch (IOException unreadable) {
            return "holder unknown";
        }
    }

    /** What a run writes into the lock file: its process, start time and tag. */
    static String holder(RunTag tag, Instant startedAt) {
        return "pid " + tag.pid() + ", started " + startedAt + ", run " + tag;
    }

    /** Removes the lock file and ends the hold; never throws. */
    @Override
    public void close() {
        try {
            Files.deleteIfExists(file);
        } catch (IOException ignored) {
            // an empty lock file left behind holds no data and is reused by the next run
        }
        try {
            lock.release();
        } catch (IOException ignored) {
            // closing the channel below releases it too
        }
        try {
            channel.close();
        } catch (IOException ignored) {
            // nothing more to release
        }
    }
}
