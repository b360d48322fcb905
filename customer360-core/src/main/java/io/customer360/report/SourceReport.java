package io.customer360.report;

import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;

/**
 * What a run did with one source. {@code read == accepted + rejected} always holds, for the
 * source and for each of its files.
 *
 * @param location         where the source was read from, e.g. its path
 * @param read             records read (blank lines are not records)
 * @param accepted         records accepted
 * @param rejected         records rejected
 * @param rejectedByReason rejected records per reason code, keys in alphabetical order
 * @param files            the counts of each file in reading order when the source is spread
 *                         over several files (a folder or a pattern); empty for a source read
 *                         from one file. When not empty, the files' counts add up to the
 *                         source's.
 */
public record SourceReport(String location, long read, long accepted, long rejected,
        Map<String, Long> rejectedByReason, List<FileReport> files) {

    /**
     * Checks the counts against each other and copies the map in key order.
     *
     * @param location         where the source was read from, e.g. its path
     * @param read             records read (blank lines are not records)
     * @param accepted         records accepted
     * @param rejected         records rejected
     * @param rejectedByReason rejected records per reason code, keys in alphabetical order
     * @param files            the counts of each file in reading order when the source is
     *                         spread over several files; empty for a source read from one file
     */
    public SourceReport {
        Objects.requireNonNull(location, "location");
        if (read != accepted + rejected) {
            throw new IllegalArgumentException("read (" + read + ") must equal accepted ("
                    + accepted + ") + rejected (" + rejected + ")");
        }
        long byReason = rejectedByReason.values().stream().mapToLong(Long::longValue).sum();
        if (byReason != rejected) {
            throw new IllegalArgumentException("rejected by reason adds up to " + byReason
                    + " but rejected was " + rejected);
        }
        rejectedByReason = java.util.Collections.unmodifiableMap(new TreeMap<>(rejectedByReason));
        files = List.copyOf(files);
        if (!files.isEmpty()) {
            long filesRead = files.stream().mapToLong(FileReport::read).sum();
            long filesRejected = files.stream().mapToLong(FileReport::rejected).sum();
            if (filesRead != read || filesRejected != rejected) {
                throw new IllegalArgumentException("the files' counts (read " + filesRead
                        + ", rejected " + filesRejected + ") must add up to the source's (read "
                        + read + ", rejected " + rejected + ")");
            }
        }
    }

    /**
     * The report of a source read from one file: no per-file counts.
     *
     * @param location         where the source was read from, e.g. its path
     * @param read             records read (blank lines are not records)
     * @param accepted         records accepted
     * @param rejected         records rejected
     * @param rejectedByReason rejected records per reason code, keys in alphabetical order
     */
    public SourceReport(String location, long read, long accepted, long rejected,
            Map<String, Long> rejectedByReason) {
        this(location, read, accepted, rejected, rejectedByReason, List.of());
    }
}
