package io.customer360.report;

import java.util.Objects;

/**
 * What a run did with one file of a source spread over several files (a folder or a pattern).
 * {@code read == accepted + rejected} always holds.
 *
 * @param file     the file, as its records name it (e.g. its path)
 * @param read     records read from the file (blank lines and header rows are not records)
 * @param accepted records of the file accepted
 * @param rejected records of the file rejected, including leads displaced by a newer lead of
 *                 any file
 */
public record FileReport(String file, long read, long accepted, long rejected) {

    /**
     * Checks the counts against each other.
     *
     * @param file     the file, as its records name it (e.g. its path)
     * @param read     records read from the file (blank lines and header rows are not records)
     * @param accepted records of the file accepted
     * @param rejected records of the file rejected, including leads displaced by a newer lead
     *                 of any file
     */
    public FileReport {
        Objects.requireNonNull(file, "file");
        if (read != accepted + rejected || accepted < 0 || rejected < 0) {
            throw new IllegalArgumentException(file + ": read (" + read + ") must equal accepted ("
                    + accepted + ") + rejected (" + rejected + "), none negative");
        }
    }
}
