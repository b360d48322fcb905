package io.customer360.engine;

import io.customer360.error.OutputException;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Replaces a run's outputs as one set (SPEC §7). Each output is written to a staging folder
 * inside the output folder, readable by its owner only; on commit the files under the final
 * names are first kept aside in the staging folder (as hard links, so that every final name
 * always holds a whole file), a {@link CommitJournal} is written, the staged files are moved
 * into place (the run report last) and the final names this run does not write are removed;
 * then the journal is deleted, which is the moment the commit takes effect. A failure before
 * that moves the earlier files back; a run killed before it is rolled back, or completed when
 * every move was done, by the next run into the folder ({@link CommitJournal#recover}).
 *
 * <p>Every method is synchronized, so that a shutdown hook's {@link #abort} waits for a commit
 * under way rather than racing it.
 */
final class OutputCommitter {
    private static final Logger LOG = LoggerFactory.getLogger(OutputCommitter.class);

    private final Path directory;
    private final Path staging;
    private final List<String> knownOutputs;
    private final Set<String> staged = new LinkedHashSet<>();
    private final FileMoves moves;
    private boolean stagingCreated;
    private boolean finished;

    /**
     * @param knownOutputs every final name a run may write, in commit order; those this run
     *                     does not stage are removed on commit, so that the folder never holds
     *                     outputs of two runs
     */
    OutputCommitter(Path directory, RunTag tag, List<String> knownOutputs, FileMoves moves) {
        this.directory = directory;
        this.staging = directory.resolve(".customer360-" + tag + ".staging");
        this.knownOutputs = List.copyOf(knownOutputs);
        this.moves = moves;
    }

    /** A path in the staging folder that does not exist yet, moved to {@code fileName} on commit. */
    synchronized Path temporaryFor(String fileName) throws IOException {
        if (finished) {
            throw new IllegalStateException("the outputs were already committed or aborted");
        }
        if (!knownOutputs.contains(fileName)) {
            throw new IllegalArgumentException("not an output name: " + fileName);
        }
        if (!stagingCreated) {
            PrivateFiles.createFolder(staging);
            stagingCreated = true;
        }
        staged.add(fileName);
        return staging.resolve(fileName);
    }

    /** The staging folder, for messages. */
    Path stagingFolder() {
        return staging;
    }

    /**
     * Fails when a final name is taken by something this run cannot replace, such as a folder.
     * Called before any work, and again at commit.
     */
    void checkFinalNames() {
        for (String name : knownOutputs) {
            Path target = directory.resolve(name);
            if (Files.isDirectory(target, LinkOption.NOFOLLOW_LINKS)) {
                throw new OutputException(target, "is a directory; customer360 replaces only"
                        + " files under its output names", null);
            }
        }
    }

    /**
     * Moves every staged file to its final name and removes the final names not staged; on
     * failure puts the earlier files back and throws.
     *
     * @throws OutputException when the outputs could not be replaced; the earlier outputs are
     *     in place again, or, when even that failed, the journal left for the next run says how
     */
    synchronized void commit() {
        commit(Set.of());
    }

    /**
     * Commits like {@link #commit()}, but leaves the final names in {@code untouched} as they
     * are, whether or not they exist (nothing of them may be staged): a run whose quality gate
     * failed keeps the earlier customer table.
     */
    synchronized void commit(Set<String> untouched) {
        if (finished) {
            throw new IllegalStateException("the outputs were already committed or aborted");
        }
        for (String name : untouched) {
            if (staged.contains(name)) {
                throw new IllegalStateException(name + " was staged but is to stay untouched");
            }
        }
        checkFinalNames();
        CommitJournal journal = new CommitJournal(directory, staging.getFileName().toString(),
                plan(untouched));
        try {
            if (!stagingCreated) {
                // nothing staged (a failed gate without rejects or report): the journal needs it
                PrivateFiles.createFolder(staging);
                stagingCreated = true;
            }
            journal.keepEarlierOutputs(moves);
            journal.write(moves);
        } catch (IOException failure) {
            abort();
            throw new OutputException(directory, "could not prepare replacing the outputs: "
                    + Failures.reason(failure), failure);
        }
        try {
            journal.apply(moves);
        } catch (IOException | RuntimeException | Error failure) {
            try {
                journal.rollBack(moves);
            } catch (IOException | RuntimeException rollBack) {
                // The staging folder keeps the earlier files for the next run's recovery.
                finished = true;
                OutputException failed = new OutputException(directory, "could not replace the"
                        + " outputs (" + Failures.reason(failure) + ") nor put the earlier ones"
                        + " back (" + Failures.reason(rollBack) + "); the next run into this"
                        + " folder restores them", failure);
                failed.addSuppressed(rollBack);
                throw failed;
            }
            finished = true;
            deleteStaging();
            if (failure instanceof Error) {
                throw (Error) failure;
            }
            throw new OutputException(directory, "could not replace the outputs ("
                    + Failures.reason(failure) + "); the earlier outputs were put back", failure);
        }
        finished = true;
        deleteStaging();
    }

    private List<CommitJournal.Step> plan(Set<String> untouched) {
        List<CommitJournal.Step> steps = new ArrayList<>();
        for (String name : knownOutputs) {
            if (untouched.contains(name)) {
                continue;
            }
            steps.add(new CommitJournal.Step(name, staged.contains(name)));
        }
        return steps;
    }

    /** Deletes every staged file unless the outputs were committed; never throws. */
    synchronized void abort() {
        if (finished) {
            return;
        }
        finished = true;
        deleteStaging();
    }

    private void deleteStaging() {
        try {
            PrivateFiles.deleteTree(staging);
        } catch (IOException failure) {
            LOG.warn("could not delete the staging folder {}: {}", staging,
                    Failures.reason(failure));
        }
    }
}
