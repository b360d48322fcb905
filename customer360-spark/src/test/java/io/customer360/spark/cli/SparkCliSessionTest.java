package io.customer360.spark.cli;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;

import io.customer360.error.QualityGateException;
import io.customer360.model.Source;
import io.customer360.report.IdentityReport;
import io.customer360.report.RecoveryReport;
import io.customer360.report.RunReport;
import io.customer360.report.SourceReport;
import io.customer360.spark.SparkCustomer360;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.Map;
import java.util.Properties;
import org.apache.spark.sql.SparkSession;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The one test that starts Spark: the command line starts a session named customer360 with
 * the master asked for, runs the pipeline in it, prints the summary and stops the session.
 */
class SparkCliSessionTest {
    @TempDir
    Path folder;

    @Test
    void startsASessionRunsInItPrintsTheSummaryAndStopsIt() throws IOException {
        Path in = Files.createDirectories(folder.resolve("in"));
        for (String file : new String[] {"crm_leads.csv", "transactions.txt",
                "web_activity.json"}) {
            Files.writeString(in.resolve(file), "", UTF_8);
        }
        SparkSession[] seen = new SparkSession[1];
        boolean[] activeDuringRun = new boolean[1];
        SparkRunner real = SparkRunner.standard();
        SparkRunner runner = new SparkRunner() {
            @Override
            public void configureLogging(boolean verbose) {
                // leaves this JVM's logging as the build set it
            }

            @Override
            public SparkSession start(String master) {
                seen[0] = real.start(master);
                return seen[0];
            }

            @Override
            public RunReport run(SparkCustomer360 pipeline) {
                activeDuringRun[0] = !seen[0].sparkContext().isStopped();
                return report();
            }
        };
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();

        int status = SparkCli.run(new String[] {"--master", "local[1]", in.toString(),
                folder.resolve("out").toString()}, new PrintStream(out, true, UTF_8),
                new PrintStream(err, true, UTF_8), Map.of(), new Properties(), runner);

        assertThat(err.toString(UTF_8)).isEmpty();
        assertThat(status).isZero();
        assertThat(seen[0].sparkContext().master()).isEqualTo("local[1]");
        assertThat(seen[0].sparkContext().appName()).isEqualTo("customer360");
        assertThat(activeDuringRun[0]).as("session active during the run").isTrue();
        assertThat(seen[0].sparkContext().isStopped()).as("session stopped after").isTrue();
        assertThat(out.toString(UTF_8).lines().map(String::strip)).contains(
                "leads                      10              4              6",
                "customers                   7",
                "outputs in " + folder.resolve("out"));
    }

    @Test
    void aFailedQualityGateExitsSixAfterPrintingTheSummary() throws IOException {
        Path in = Files.createDirectories(folder.resolve("in"));
        SparkRunner real = SparkRunner.standard();
        SparkRunner runner = new SparkRunner() {
            @Override
            public void configureLogging(boolean verbose) {
                // leaves this JVM's logging as the build set it
            }

            @Override
            public SparkSession start(String master) {
                return real.start(master);
            }

            @Override
            public RunReport run(SparkCustomer360 pipeline) {
                throw new QualityGateException(SparkCliTest.gateFailedReport());
            }
        };
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();

        int status = SparkCli.run(new String[] {"--master", "local[1]", in.toString(),
                folder.resolve("out").toString()}, new PrintStream(out, true, UTF_8),
                new PrintStream(err, true, UTF_8), Map.of(), new Properties(), runner);

        assertThat(status).isEqualTo(6);
        assertThat(err.toString(UTF_8).lines()).containsExactly("customer360-spark: a quality"
                + " gate failed: transactions.max_reject_rate: measured 0.75, threshold 0.05"
                + " (above the maximum); the customer table was not replaced");
        assertThat(out.toString(UTF_8).lines().map(String::strip))
                .anyMatch(line -> line.startsWith("transactions") && line.endsWith("3"));
    }

    private static RunReport report() {
        Instant start = Instant.parse("2026-01-01T00:00:00Z");
        return new RunReport("0.0.0", start, start.plusMillis(5), 5,
                Map.of(Source.LEADS, new SourceReport("in/crm_leads.csv", 10, 4, 6,
                        Map.of("INVALID_EMAIL", 6L))),
                new IdentityReport(7, 4, 3, 0, 3, 0), Map.of(), RecoveryReport.NOTHING);
    }
}
