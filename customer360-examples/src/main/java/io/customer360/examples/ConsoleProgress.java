package io.customer360.examples;

import io.customer360.RunListener;
import io.customer360.model.Source;
import io.customer360.report.SourceReport;
import java.io.PrintStream;
import java.util.Locale;

/** Prints a run's progress as it goes, one line per phase and per progress step of a source. */
final class ConsoleProgress implements RunListener {
    private final PrintStream out;

    ConsoleProgress(PrintStream out) {
        this.out = out;
    }

    @Override
    public void phaseStarted(RunPhase phase) {
        out.println("[" + phase.name().toLowerCase(Locale.ROOT) + "]");
    }

    @Override
    public void sourceProgress(Source source, long recordsRead, long rejected) {
        out.println(String.format(Locale.ROOT, "  %s: %,d read, %,d rejected so far",
                source.reportName(), recordsRead, rejected));
    }

    @Override
    public void sourceFinished(Source source, SourceReport report) {
        out.println(String.format(Locale.ROOT, "  %s: %,d read, %,d rejected", source.reportName(),
                report.read(), report.rejected()));
    }
}
