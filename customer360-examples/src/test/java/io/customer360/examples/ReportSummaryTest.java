package io.customer360.examples;

import static org.assertj.core.api.Assertions.assertThat;

import io.customer360.report.IdentityReport;
import io.customer360.report.RecoveryReport;
import io.customer360.report.RunReport;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class ReportSummaryTest {

    @Test
    void theSummaryShowsWhatEachGuardKeptFromLinking() {
        RunReport report = new RunReport("0", Instant.EPOCH, Instant.EPOCH, 0, Map.of(),
                new IdentityReport(5, 1, 4, 0, 4, 2, 6, 1, 51, 3, List.of(4L, 1L)), Map.of(),
                RecoveryReport.NOTHING);

        String summary = ReportSummary.format(report);

        assertThat(summary.lines().map(String::strip).toList()).containsSubsequence(
                "over-merge guards",
                "links blocked (blocklist)                   6",
                "identifiers over link limit                 1",
                "their links not used                       51",
                "links over customer limit                   3");
    }
}
