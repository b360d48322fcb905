package io.customer360.examples;

import io.customer360.model.Source;
import io.customer360.report.IdentityReport;
import io.customer360.report.OutputReport;
import io.customer360.report.RecoveryReport;
import io.customer360.report.RunReport;
import io.customer360.report.SourceReport;
import java.util.Locale;
import java.util.Map;

/**
 * Formats a run report as an aligned table for the console: counts per source with one row per
 * reject reason under each, the identity figures, what the over-merge guards kept from linking,
 * and the files written.
 */
final class ReportSummary {
    private ReportSummary() {
    }

    static String format(RunReport report) {
        StringBuilder text = new StringBuilder();
        text.append(String.format(Locale.ROOT, "customer360 %s finished in %,d ms%n%n",
                report.libraryVersion(), report.durationMs()));
        text.append(String.format(Locale.ROOT, "%-34s %12s %12s %12s%n", "source", "read",
                "accepted", "rejected"));
        for (Map.Entry<Source, SourceReport> entry : report.sources().entrySet()) {
            SourceReport source = entry.getValue();
            text.append(String.format(Locale.ROOT, "%-34s %,12d %,12d %,12d%n",
                    entry.getKey().reportName(), source.read(), source.accepted(),
                    source.rejected()));
            source.rejectedByReason().forEach((reason, count) -> text.append(String.format(
                    Locale.ROOT, "  %-32s %12s %12s %,12d%n", reason, "", "", count)));
        }
        IdentityReport identity = report.identity();
        text.append(String.format(Locale.ROOT, "%n%-34s %,12d%n", "customers",
                identity.customers()));
        figure(text, "with a lead", identity.withLead());
        figure(text, "with activity", identity.withActivity());
        figure(text, "lead and activity linked", identity.linked());
        figure(text, "anonymous (no lead)", identity.anonymous());
        text.append(String.format(Locale.ROOT, "%-34s %,12d%n",
                "identity-map-only groups dropped", identity.groupsDropped()));
        text.append(String.format(Locale.ROOT, "over-merge guards%n"));
        figure(text, "links blocked (blocklist)", identity.linksBlocked());
        figure(text, "identifiers over link limit", identity.anomalousIdentifiers());
        figure(text, "their links not used", identity.linksOverLinkLimit());
        figure(text, "links over customer limit", identity.linksOverCustomerLimit());
        text.append(System.lineSeparator());
        text.append(String.format(Locale.ROOT, "%-34s %12s %14s%n", "wrote", "rows", "bytes"));
        for (Map.Entry<String, OutputReport> output : report.outputs().entrySet()) {
            text.append(String.format(Locale.ROOT, "%-34s %,12d %,14d%n", output.getKey(),
                    output.getValue().rows(), output.getValue().bytes()));
        }
        RecoveryReport recovery = report.recovery();
        if (recovery.interruptedCommit() != RecoveryReport.InterruptedCommit.NONE
                || recovery.staleFilesRemoved() > 0) {
            text.append(String.format(Locale.ROOT, "%ncleaned up after earlier runs: interrupted"
                    + " commit %s, %d stale files removed%n",
                    recovery.interruptedCommit().reportName(), recovery.staleFilesRemoved()));
        }
        return text.toString();
    }

    /** Appends an indented line of a label and a count. */
    private static void figure(StringBuilder text, String label, long value) {
        text.append(String.format(Locale.ROOT, "  %-32s %,12d%n", label, value));
    }
}
