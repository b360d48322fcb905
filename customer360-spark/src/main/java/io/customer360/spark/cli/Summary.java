package io.customer360.spark.cli;

import io.customer360.model.Source;
import io.customer360.report.RunReport;
import io.customer360.report.SourceReport;
import java.util.Locale;
import java.util.Map;

/** The short summary the command line prints after a run: counts per source, customers. */
final class Summary {
    private Summary() {
    }

    static String format(RunReport report, String output) {
        StringBuilder text = new StringBuilder();
        text.append(String.format(Locale.ROOT, "customer360-spark %s finished in %,d ms%n",
                report.libraryVersion(), report.durationMs()));
        text.append(String.format(Locale.ROOT, "%-14s %14s %14s %14s%n", "source", "read",
                "accepted", "rejected"));
        for (Map.Entry<Source, SourceReport> entry : report.sources().entrySet()) {
            SourceReport source = entry.getValue();
            text.append(String.format(Locale.ROOT, "%-14s %,14d %,14d %,14d%n",
                    entry.getKey().reportName(), source.read(), source.accepted(),
                    source.rejected()));
        }
        text.append(String.format(Locale.ROOT, "%-14s %,14d%n", "customers",
                report.identity().customers()));
        text.append("outputs in ").append(output).append(System.lineSeparator());
        return text.toString();
    }
}
