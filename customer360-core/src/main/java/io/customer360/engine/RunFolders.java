package io.customer360.engine;

import io.customer360.error.OutputException;
import io.customer360.report.RecoveryReport;
import io.customer360.report.RecoveryReport.InterruptedCommit;
import java.io.IOException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The folders of one run: the output folder, held with a {@link FolderLock} for the run's
 * lifetime, and the run's private work folder for spool files. Opening them first finishes or
 * undoes a commit that a killed run left, and removes what dead runs left behind; closing them,
 * on every path out of the run, deletes the work folder and anything staged and not committed.
 * A shutdown hook does the same when the process is stopped (SIGTERM, Ctrl-C) mid-run.
 */
final class RunFolders implements AutoCloseable {
    private static final Logger LOG = LoggerFactory.getLogger(RunFolders.class);

    private final FolderLock lock;
    private final Path work;
    private final OutputCommitter committer;
    private final RecoveryReport recovery;
    private final Thread shutdownHook;
    private boolean closed;

    private RunFolders(FolderLock lock, Path work, OutputCommitter committer,
            RecoveryReport recovery) {
        this.lock = lock;
        this.work = work;
        this.committer = committer;
        this.recovery = recovery;
        this.shutdownHook = new Thread(this::close, "customer360-cleanup");
    }

    /**
     * Takes the output folder and makes the work folder.
     *
     * @param outputs every final output name, in commit order
     * @throws OutputException when a folder cannot be made or written, another run holds the
     *     output folder, or a final name is taken by a folder
     */
    static RunFolders open(Path outputDirectory, Path workDirectory, RunTag tag,
            Instant startedAt, List<String> outputs, FileMoves moves) {
        createFolders(outputDirectory);
        FolderLock lock = FolderLock.acquire(outputDirectory, FolderLock.holder(tag, startedAt));
        Path work = null;
        try {
            InterruptedCommit interrupted = CommitJournal.recover(outputDirectory, moves);
            if (interrupted != InterruptedCommit.NONE) {
                LOG.warn("an earlier run into {} was killed while replacing its outputs; its"
                        + " commit was {}", outputDirectory, interrupted.reportName());
            }
            long stale = Leftovers.removeFrom(outputDirectory);
            createFolders(workDirectory);
            if (!Files.isSameFile(workDirectory, outputDirectory)) {
                stale += Leftovers.removeFrom(workDirectory);
            }
            OutputCommitter committer = new OutputCommitter(outputDirectory, tag, outputs, moves);
            committer.checkFinalNames();
            work = PrivateFiles.createFolder(workDirectory.resolve(
                    ".customer360-" + tag + ".work"));
            RunFolders folders = new RunFolders(lock, work, committer,
                    new RecoveryReport(interrupted, stale));
            Runtime.getRuntime().addShutdownHook(folders.shutdownHook);
            return folders;
        } catch (IOException failure) {
            deleteQuietly(work);
            lock.close();
            throw new OutputException(work != null ? work : workDirectory,
                    "cannot make the work folder: " + Failures.reason(failure), failure);
        } catch (RuntimeException failure) {
            deleteQuietly(work);
            lock.close();
            throw failure;
        }
    }

    private static void createFolders(Path folder) {
        try {
            Files.createDirectories(folder);
        } catch (FileAlreadyExistsException notFolder) {
            throw new OutputException(folder, "is not a folder", notFolder);
        } catch (IOException failure) {
            throw new OutputException(folder, "cannot create the folder: "
                    + Failures.reason(failure), failure);
        }
    }

    /** The run's private work folder, for spool files. */
    Path work() {
        return work;
    }

    /** Stages and commits the outputs. */
    OutputCommitter committer() {
        return committer;
    }

    /** What opening the folders cleaned up. */
    RecoveryReport recovery() {
        return recovery;
    }

    /**
     * Deletes the work folder and whatever was staged and not committed, and releases the
     * output folder; never throws. Safe to call more than once and from the shutdown hook.
     */
    @Override
    public void close() {
        synchronized (this) {
            if (closed) {
                return;
            }
            closed = true;
        }
        committer.abort();
        deleteQuietly(work);
        lock.close();
        if (Thread.currentThread() != shutdownHook) {
            try {
                Runtime.getRuntime().removeShutdownHook(shutdownHook);
            } catch (IllegalStateException shuttingDown) {
                // the hook is running or has run; it found the folders closed
            }
        }
    }

    private static void deleteQuietly(Path folder) {
        if (folder == null) {
            return;
        }
        try {
            PrivateFiles.deleteTree(folder);
        } catch (IOException failure) {
            LOG.warn("could not delete the work folder {}: {}", folder, Failures.reason(failure));
        }
    }
}
