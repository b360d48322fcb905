package io.customer360.report;

import java.util.Locale;
import java.util.Objects;

/**
 * What a run cleaned up after earlier runs before it started: a commit of outputs that a killed
 * run left half done, and hidden spool, staging and temporary files of runs whose process is
 * gone.
 *
 * @param interruptedCommit what was done about an interrupted commit in the output folder
 * @param staleFilesRemoved leftover files of dead runs removed from the output and work folders
 */
public record RecoveryReport(InterruptedCommit interruptedCommit, long staleFilesRemoved) {

    /** A run that found nothing to clean up. */
    public static final RecoveryReport NOTHING = new RecoveryReport(InterruptedCommit.NONE, 0);

    /**
     * Checks the parts.
     *
     * @param interruptedCommit what was done about an interrupted commit in the output folder
     * @param staleFilesRemoved leftover files of dead runs removed from the output and work folders
     */
    public RecoveryReport {
        Objects.requireNonNull(interruptedCommit, "interruptedCommit");
        if (staleFilesRemoved < 0) {
            throw new IllegalArgumentException("staleFilesRemoved must be at least 0 but was "
                    + staleFilesRemoved);
        }
    }

    /** What happened to a commit that an earlier run did not finish. */
    public enum InterruptedCommit {
        /** There was none. */
        NONE,
        /** It stopped before every output was in place; the earlier outputs were put back. */
        ROLLED_BACK,
        /** It stopped after every output was in place; it was finished. */
        COMPLETED;

        /**
         * The lower-case name used in {@code run_report.json}.
         *
         * @return the report name
         */
        public String reportName() {
            return name().toLowerCase(Locale.ROOT);
        }
    }
}
