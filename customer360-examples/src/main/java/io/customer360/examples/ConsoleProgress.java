package io.customer360.examples;

import io.customer360.model.Source;
import io.customer360.report.RunListener;
import io.customer360.report.SourceProgress;
import io.customer360.report.SourceReport;
import java.io.PrintStream;
import java.util.EnumMap;
import java.util.Locale;
import java.util.Map;

/**
 * Prints a run's progress as it goes. On a terminal: a line per phase and, while sources are
 * read, one progress bar line rewritten in place (the share of every source's input read, or
 * its records read where its size is unknown). Elsewhere (a pipe, a log file): plain lines, one
 * per phase, per progress step of a source and per source read.
 */
final class ConsoleProgress implements RunListener {
    private static final int BAR_WIDTH = 20;

    private final PrintStream out;
    private final boolean terminal;
    /** The latest progress of each source being read, for the terminal's bar line. */
    private final Map<Source, SourceProgress> latest = new EnumMap<>(Source.class);
    private boolean barShown;

    ConsoleProgress(PrintStream out) {
        this(out, false);
    }

    /**
     * @param out      where progress goes
     * @param terminal whether {@code out} is a terminal that understands a carriage return
     */
    ConsoleProgress(PrintStream out, boolean terminal) {
        this.out = out;
        this.terminal = terminal;
    }

    @Override
    public synchronized void phaseStarted(RunPhase phase) {
        endBar();
        out.println("[" + phase.name().toLowerCase(Locale.ROOT) + "]");
    }

    /** Prints a step's line or redraws the bar; a source's last progress is left to {@link #sourceFinished}. */
    @Override
    public synchronized void sourceProgress(SourceProgress progress) {
        if (progress.finished()) {
            return;
        }
        if (terminal) {
            latest.put(progress.source(), progress);
            drawBar();
            return;
        }
        out.println(String.format(Locale.ROOT, "  %s: %,d read, %,d rejected so far%s",
                progress.source().reportName(), progress.recordsRead(), progress.rejected(),
                share(progress)));
    }

    @Override
    public synchronized void sourceFinished(Source source, SourceReport report) {
        latest.remove(source);
        endBar();
        out.println(String.format(Locale.ROOT, "  %s: %,d read, %,d rejected", source.reportName(),
                report.read(), report.rejected()));
        if (terminal && !latest.isEmpty()) {
            drawBar();
        }
    }

    private void drawBar() {
        StringBuilder line = new StringBuilder("\r");
        for (SourceProgress progress : latest.values()) {
            line.append(' ').append(progress.source().reportName()).append(' ');
            if (progress.fractionRead().isPresent()) {
                int filled = (int) Math.round(progress.fractionRead().getAsDouble() * BAR_WIDTH);
                line.append('[').append("#".repeat(filled)).append(".".repeat(BAR_WIDTH - filled))
                        .append(']').append(share(progress));
            } else {
                line.append(String.format(Locale.ROOT, "%,d read", progress.recordsRead()));
            }
        }
        out.print(line.append("   "));
        out.flush();
        barShown = true;
    }

    private void endBar() {
        if (barShown) {
            out.println();
            barShown = false;
        }
    }

    private static String share(SourceProgress progress) {
        return progress.fractionRead().isPresent() ? String.format(Locale.ROOT, " (%d%%)",
                (int) (progress.fractionRead().getAsDouble() * 100)) : "";
    }
}
