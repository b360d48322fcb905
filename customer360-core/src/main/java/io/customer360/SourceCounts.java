package io.customer360;

import io.customer360.model.ReasonCode;
import io.customer360.report.SourceReport;
import java.util.HashMap;
import java.util.Map;

/** Read and rejected counts of one source during a run. */
final class SourceCounts {
    private final String location;
    private long read;
    private long rejected;
    private final Map<String, Long> rejectedByReason = new HashMap<>();

    SourceCounts(String location) {
        this.location = location;
    }

    void read(long records) {
        read += records;
    }

    void rejected(ReasonCode code) {
        rejected++;
        rejectedByReason.merge(code.code(), 1L, Long::sum);
    }

    long readCount() {
        return read;
    }

    long rejectedCount() {
        return rejected;
    }

    SourceReport report() {
        return new SourceReport(location, read, read - rejected, rejected, rejectedByReason);
    }
}
