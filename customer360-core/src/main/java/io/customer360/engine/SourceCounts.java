package io.customer360.engine;

import io.customer360.model.ReasonCode;
import io.customer360.report.SourceReport;
import java.util.Arrays;
import java.util.HashMap;
import java.util.Map;

/** Read and rejected counts of one source during a run. */
final class SourceCounts {
    private final String location;
    private long read;
    private long rejected;
    /** The reason codes seen so far, each with its count: a handful, found by identity first. */
    private ReasonCode[] reasons = new ReasonCode[8];
    private long[] reasonCounts = new long[8];
    private int reasonCount;

    SourceCounts(String location) {
        this.location = location;
    }

    void read(long records) {
        read += records;
    }

    void rejected(ReasonCode code) {
        rejected++;
        for (int i = 0; i < reasonCount; i++) {
            if (reasons[i] == code) {
                reasonCounts[i]++;
                return;
            }
        }
        for (int i = 0; i < reasonCount; i++) {
            if (reasons[i].equals(code)) {
                reasonCounts[i]++;
                return;
            }
        }
        if (reasonCount == reasons.length) {
            reasons = Arrays.copyOf(reasons, reasonCount * 2);
            reasonCounts = Arrays.copyOf(reasonCounts, reasonCount * 2);
        }
        reasons[reasonCount] = code;
        reasonCounts[reasonCount++] = 1;
    }

    long readCount() {
        return read;
    }

    long rejectedCount() {
        return rejected;
    }

    SourceReport report() {
        Map<String, Long> rejectedByReason = new HashMap<>();
        for (int i = 0; i < reasonCount; i++) {
            rejectedByReason.merge(reasons[i].code(), reasonCounts[i], Long::sum);
        }
        return new SourceReport(location, read, read - rejected, rejected, rejectedByReason);
    }
}
