package io.customer360.engine;

import java.io.IOException;
import java.nio.file.Path;

/**
 * Commit file operations that fail from a chosen point on, for fault injection: either one
 * operation fails (a final name that cannot be replaced) or, to act like a killed process, every
 * operation from that point on fails, so that not even the rollback gets through and the files
 * stay as a kill would leave them.
 */
final class FaultyMoves implements FileMoves {
    private final String failingTarget;
    private final int failingReplace;
    private final boolean killAtJournalDelete;
    private final boolean killed;
    private int replaces;
    private boolean dead;

    private FaultyMoves(String failingTarget, int failingReplace, boolean killAtJournalDelete,
            boolean killed) {
        this.failingTarget = failingTarget;
        this.failingReplace = failingReplace;
        this.killAtJournalDelete = killAtJournalDelete;
        this.killed = killed;
    }

    /** Every replace of {@code fileName} fails as an immutable file would. */
    static FaultyMoves cannotReplace(String fileName) {
        return new FaultyMoves(fileName, -1, false, false);
    }

    /** The process "dies" at the {@code n}-th move into a final name (1-based). */
    static FaultyMoves killedAtMove(int n) {
        return new FaultyMoves(null, n, false, true);
    }

    /** The process "dies" after every move, when the journal is about to be deleted. */
    static FaultyMoves killedBeforeTheJournalIsDeleted() {
        return new FaultyMoves(null, -1, true, true);
    }

    @Override
    public void replace(Path from, Path to) throws IOException {
        check();
        boolean intoFinalName = !to.getFileName().toString().startsWith(".");
        if (intoFinalName && !from.getFileName().toString().endsWith(".previous")) {
            replaces++;
            if (to.getFileName().toString().equals(failingTarget)) {
                throw new java.nio.file.AccessDeniedException(to.toString(), null,
                        "Operation not permitted");
            }
            if (replaces == failingReplace) {
                dead = killed;
                throw new IOException("killed");
            }
        }
        FileMoves.SYSTEM.replace(from, to);
    }

    @Override
    public void keep(Path original, Path copy) throws IOException {
        check();
        FileMoves.SYSTEM.keep(original, copy);
    }

    @Override
    public void delete(Path file) throws IOException {
        check();
        if (killAtJournalDelete && file.getFileName().toString().equals(
                CommitJournal.FILE_NAME)) {
            dead = true;
            throw new IOException("killed");
        }
        FileMoves.SYSTEM.delete(file);
    }

    private void check() throws IOException {
        if (dead) {
            throw new IOException("killed");
        }
    }
}
