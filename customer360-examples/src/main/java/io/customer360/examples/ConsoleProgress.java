package io.customer360.examples;

import io.customer360.model.Source;
import io.customer360.report.RunListener;
import io.customer360.report.SourceProgress;
import io.customer360.report.SourceReport;
import java.io.PrintStream;
import java.util.Locale;

/**
 * Prints a run's progress as it goes: one line per phase, per progress step of a source (with
 * the share of its input read, when its size is known) and per source read.
 */
final class ConsoleProgress implements RunListener {
    private final PrintStream out;

    ConsoleProgress(PrintStream out) {
        this.out = out;
    }

    @Override
    public void phaseStarted(RunPhase phase) {
        out.println("[" + phase.name().toLowerCase(Locale.ROOT) + "]");
    }

    /** Prints a step's line; a source's last progress is left to {@link #sourceFinished}. */
    @Override
    public void sourceProgress(SourceProgress progress) {
        if (progress.finished()) {
            return;
        }
        String share = progress.fractionRead().isPresent() ? String.format(Locale.ROOT,
                " (%d%%)", (int) (progress.fractionRead().getAsDouble() * 100)) : "";
        out.println(String.format(Locale.ROOT, "  %s: %,d read, %,d rejected so far%s",
                progress.source().reportName(), progress.recordsRead(), progress.rejected(),
                share));
    }

    @Override
    public void sourceFinished(Source source, SourceReport report) {
        out.println(String.format(Locale.ROOT, "  %s: %,d read, %,d rejected", source.reportName(),
                report.read(), report.rejected()));
    }
}
