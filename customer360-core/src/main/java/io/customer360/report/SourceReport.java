package io.customer360.report;

import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;

/**
 * What a run did with one source. {@code read == accepted + rejected} always holds.
 *
 * @param location         where the source was read from, e.g. its path
 * @param read             records read (blank lines are not records)
 * @param accepted         records accepted
 * @param rejected         records rejected
 * @param rejectedByReason rejected records per reason code, keys in alphabetical order
 */
public record SourceReport(String location, long read, long accepted, long rejected,
        Map<String, Long> rejectedByReason) {

    /**
     * Checks the counts against each other and copies the map in key order.
     *
     * @param location         where the source was read from, e.g. its path
     * @param read             records read (blank lines are not records)
     * @param accepted         records accepted
     * @param rejected         records rejected
     * @param rejectedByReason rejected records per reason code, keys in alphabetical order
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
    }
}
