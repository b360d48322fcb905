package io.customer360.examples;

import io.customer360.model.Source;
import io.customer360.report.IdentityReport;
import io.customer360.report.RecoveryReport;
import io.customer360.report.RunReport;
import io.customer360.report.SourceReport;
import java.util.Map;

/** Formats a run report as a few lines of text for the console. */
final class ReportSummary {
    private ReportSummary() {
    }

    static String format(RunReport report) {
        StringBuilder text = new StringBuilder();
        text.append(String.format("customer360 %s finished in %d ms%n", report.libraryVersion(),
                report.durationMs()));
        text.append(String.format("%-14s %10s %10s %10s%n", "source", "read", "accepted",
                "rejected"));
        for (Map.Entry<Source, SourceReport> entry : report.sources().entrySet()) {
            SourceReport source = entry.getValue();
            text.append(String.format("%-14s %10d %10d %10d  %s%n", entry.getKey().reportName(),
                    source.read(), source.accepted(), source.rejected(),
                    source.rejectedByReason()));
        }
        IdentityReport identity = report.identity();
        text.append(String.format("customers %d (with lead %d, with activity %d, linked %d,"
                        + " anonymous %d); identity-map-only groups dropped %d%n",
                identity.customers(), identity.withLead(), identity.withActivity(),
                identity.linked(), identity.anonymous(), identity.groupsDropped()));
        report.outputs().forEach((file, output) ->
                text.append(String.format("wrote %s (%d rows)%n", file, output.rows())));
        RecoveryReport recovery = report.recovery();
        if (recovery.interruptedCommit() != RecoveryReport.InterruptedCommit.NONE
                || recovery.staleFilesRemoved() > 0) {
            text.append(String.format("cleaned up after earlier runs: interrupted commit %s,"
                    + " %d stale files removed%n", recovery.interruptedCommit().reportName(),
                    recovery.staleFilesRemoved()));
        }
        return text.toString();
    }
}
