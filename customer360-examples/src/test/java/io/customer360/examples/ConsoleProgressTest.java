package io.customer360.examples;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;

import io.customer360.model.Source;
import io.customer360.report.RunListener.RunPhase;
import io.customer360.report.SourceProgress;
import io.customer360.report.SourceReport;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The command line's progress lines. */
class ConsoleProgressTest {
    private final ByteArrayOutputStream out = new ByteArrayOutputStream();
    private final ConsoleProgress progress = new ConsoleProgress(new PrintStream(out, true, UTF_8));

    @Test
    void showsTheShareReadWhenTheInputsSizeIsKnownAndLeavesTheLastStepToTheFinalCounts() {
        progress.phaseStarted(RunPhase.READING);
        progress.sourceProgress(new SourceProgress(Source.TRANSACTIONS, 100_000, 1_234,
                4_200_000, 10_000_000, false));
        progress.sourceProgress(new SourceProgress(Source.WEB_ACTIVITY, 200_000, 7,
                SourceProgress.UNKNOWN, SourceProgress.UNKNOWN, false));
        progress.sourceProgress(new SourceProgress(Source.TRANSACTIONS, 250_000, 3_000,
                10_000_000, 10_000_000, true));
        progress.sourceFinished(Source.TRANSACTIONS, new SourceReport("in/transactions.txt",
                250_000, 247_000, 3_000, Map.of("INVALID_AMOUNT", 3_000L)));

        assertThat(out.toString(UTF_8).lines()).containsExactly(
                "[reading]",
                "  transactions: 100,000 read, 1,234 rejected so far (42%)",
                "  web_activity: 200,000 read, 7 rejected so far",
                "  transactions: 250,000 read, 3,000 rejected");
    }

    @Test
    void onATerminalRedrawsOneBarLineInPlaceAndEndsItBeforeTheNextLine() {
        ConsoleProgress bar = new ConsoleProgress(new PrintStream(out, true, UTF_8), true);

        bar.phaseStarted(RunPhase.READING);
        bar.sourceProgress(new SourceProgress(Source.TRANSACTIONS, 100_000, 1_234,
                5_000_000, 10_000_000, false));
        bar.sourceProgress(new SourceProgress(Source.WEB_ACTIVITY, 200_000, 7,
                SourceProgress.UNKNOWN, SourceProgress.UNKNOWN, false));
        bar.sourceFinished(Source.WEB_ACTIVITY, new SourceReport("web.json", 250_000, 249_000,
                1_000, Map.of("INVALID_USER_UUID", 1_000L)));
        bar.phaseStarted(RunPhase.RESOLVING);

        String text = out.toString(UTF_8);
        assertThat(text).startsWith("[reading]\n\r transactions [##########..........] (50%)")
                .contains("\r transactions [##########..........] (50%) web_activity 200,000 read")
                .contains("\n  web_activity: 250,000 read, 1,000 rejected\n"
                        + "\r transactions [##########..........] (50%)")
                .endsWith("\n[resolving]\n");
    }
}
