package io.customer360.engine;

import io.customer360.error.OutputException;
import io.customer360.report.RecoveryReport.InterruptedCommit;
import java.io.IOException;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.List;

/**
 * The plan of one commit of outputs, written to {@value #FILE_NAME} in the output folder before
 * the first final name changes and deleted once the last did. It lets a failed commit, or the
 * next run after a killed one, put the earlier outputs back. Names only: no record data.
 *
 * <p>Per output name, in commit order, a step either <em>replaces</em> the final file with the
 * staged one or <em>removes</em> the final file (an output this run does not write). Earlier
 * final files are kept in the staging folder as {@code <name>.previous}.
 */
final class CommitJournal {
    /** The journal's name in the output folder. */
    static final String FILE_NAME = ".customer360-commit.journal";
    private static final String HEADER = "customer360 commit journal 1";
    private static final String PREVIOUS = ".previous";

    /** What happens to one final name: replaced by the staged file, or removed. */
    record Step(String name, boolean replace) {
    }

    private final Path directory;
    private final Path staging;
    private final List<Step> steps;

    CommitJournal(Path directory, String stagingName, List<Step> steps) {
        if (stagingName.contains("/") || stagingName.contains("\\")
                || !stagingName.startsWith(".customer360-")) {
            throw new IllegalArgumentException("not a staging folder name: " + stagingName);
        }
        this.directory = directory;
        this.staging = directory.resolve(stagingName);
        this.steps = List.copyOf(steps);
    }

    /** Keeps each existing final file aside in the staging folder, under a second name. */
    void keepEarlierOutputs(FileMoves moves) throws IOException {
        for (Step step : steps) {
            Path target = directory.resolve(step.name());
            if (Files.exists(target, LinkOption.NOFOLLOW_LINKS)) {
                moves.keep(target, previous(step));
            }
        }
    }

    /** Writes the journal in one atomic step, on stable storage where the system allows. */
    void write(FileMoves moves) throws IOException {
        StringBuilder text = new StringBuilder(HEADER).append('\n');
        text.append("staging ").append(staging.getFileName()).append('\n');
        for (Step step : steps) {
            text.append(step.replace() ? "replace " : "remove ").append(step.name()).append('\n');
        }
        Path written = staging.resolve("commit.journal");
        try (FileChannel channel = FileChannel.open(written, StandardOpenOption.CREATE_NEW,
                StandardOpenOption.WRITE)) {
            channel.write(java.nio.ByteBuffer.wrap(text.toString().getBytes(
                    StandardCharsets.UTF_8)));
            channel.force(true);
        }
        moves.replace(written, journal(directory));
        syncFolder(directory);
    }

    /** Moves the staged files into place and removes the others, then deletes the journal. */
    void apply(FileMoves moves) throws IOException {
        for (Step step : steps) {
            Path target = directory.resolve(step.name());
            if (step.replace()) {
                moves.replace(staging.resolve(step.name()), target);
            } else {
                moves.delete(target);
            }
        }
        syncFolder(directory);
        moves.delete(journal(directory));
        syncFolder(directory);
    }

    /** Puts every earlier final file back and deletes the journal. */
    void rollBack(FileMoves moves) throws IOException {
        for (int i = steps.size() - 1; i >= 0; i--) {
            Step step = steps.get(i);
            Path target = directory.resolve(step.name());
            boolean changed = step.replace()
                    ? !Files.exists(staging.resolve(step.name()), LinkOption.NOFOLLOW_LINKS)
                    : !Files.exists(target, LinkOption.NOFOLLOW_LINKS);
            if (!changed) {
                continue;
            }
            Path previous = previous(step);
            if (Files.exists(previous, LinkOption.NOFOLLOW_LINKS)) {
                moves.replace(previous, target);
            } else if (step.replace()) {
                moves.delete(target);
            }
        }
        syncFolder(directory);
        moves.delete(journal(directory));
        syncFolder(directory);
    }

    /** Whether every step was carried out: the commit only lacked deleting the journal. */
    private boolean allApplied() {
        for (Step step : steps) {
            Path changedWhenAbsent = step.replace() ? staging.resolve(step.name())
                    : directory.resolve(step.name());
            if (Files.exists(changedWhenAbsent, LinkOption.NOFOLLOW_LINKS)) {
                return false;
            }
        }
        return true;
    }

    /**
     * Finishes or undoes a commit that a killed run left in {@code directory}: finished when
     * every output was already in place, undone otherwise. Call only while holding the
     * folder's {@link FolderLock}.
     *
     * @throws OutputException when the journal cannot be read or the files cannot be restored
     */
    static InterruptedCommit recover(Path directory, FileMoves moves) {
        Path file = journal(directory);
        List<String> lines;
        try {
            lines = Files.readAllLines(file, StandardCharsets.UTF_8);
        } catch (NoSuchFileException none) {
            return InterruptedCommit.NONE;
        } catch (IOException failure) {
            throw new OutputException(file, "cannot read the journal of an interrupted commit: "
                    + Failures.reason(failure), failure);
        }
        CommitJournal journal = parse(directory, file, lines);
        try {
            InterruptedCommit recovery;
            if (journal.allApplied()) {
                moves.delete(file);
                syncFolder(directory);
                recovery = InterruptedCommit.COMPLETED;
            } else {
                journal.rollBack(moves);
                recovery = InterruptedCommit.ROLLED_BACK;
            }
            PrivateFiles.deleteTree(journal.staging);
            return recovery;
        } catch (IOException failure) {
            throw new OutputException(directory, "cannot restore the outputs of an interrupted"
                    + " commit: " + Failures.reason(failure), failure);
        }
    }

    private static CommitJournal parse(Path directory, Path file, List<String> lines) {
        if (lines.size() < 2 || !HEADER.equals(lines.get(0))
                || !lines.get(1).startsWith("staging ")) {
            throw unreadable(file, "it does not start with the journal's header");
        }
        List<Step> steps = new ArrayList<>();
        for (String line : lines.subList(2, lines.size())) {
            int space = line.indexOf(' ');
            String name = space < 0 ? "" : line.substring(space + 1);
            if (name.isEmpty() || name.contains("/") || name.contains("\\")
                    || name.startsWith(".")) {
                throw unreadable(file, "a step names no plain output file");
            }
            String verb = line.substring(0, space);
            if (!verb.equals("replace") && !verb.equals("remove")) {
                throw unreadable(file, "a step is neither replace nor remove");
            }
            steps.add(new Step(name, verb.equals("replace")));
        }
        try {
            return new CommitJournal(directory, lines.get(1).substring("staging ".length()),
                    steps);
        } catch (IllegalArgumentException badName) {
            throw unreadable(file, badName.getMessage());
        }
    }

    private static OutputException unreadable(Path file, String why) {
        return new OutputException(file, "cannot read the journal of an interrupted commit ("
                + why + "); check the outputs and delete it", null);
    }

    private Path previous(Step step) {
        return staging.resolve(step.name() + PREVIOUS);
    }

    static Path journal(Path directory) {
        return directory.resolve(FILE_NAME);
    }

    /** Asks the system to put the folder's entries on stable storage; where it cannot, no-op. */
    private static void syncFolder(Path folder) {
        try (FileChannel channel = FileChannel.open(folder, StandardOpenOption.READ)) {
            channel.force(true);
        } catch (IOException | UnsupportedOperationException unsupported) {
            // not every system can sync a folder; the moves are atomic all the same
        }
    }
}
