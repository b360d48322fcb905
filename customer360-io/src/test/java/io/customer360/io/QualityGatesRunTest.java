package io.customer360.io;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.customer360.Customer360;
import io.customer360.error.ConfigurationException;
import io.customer360.error.QualityGateException;
import io.customer360.model.Source;
import io.customer360.output.OutputNames;
import io.customer360.report.GateResult;
import io.customer360.report.QualityGate;
import io.customer360.report.RunReport;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;
import java.util.function.UnaryOperator;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Quality gates on the local engine, with the real output formats: a failed gate leaves the
 * customer table byte for byte as it was (or absent), writes the rejects and the report with
 * its gates, and throws {@link QualityGateException} carrying the report.
 */
class QualityGatesRunTest {
    private static final String U1 = "11111111-1111-4111-8111-111111111111";
    private static final String U2 = "22222222-2222-4222-8222-222222222222";

    @TempDir
    Path input;
    @TempDir
    Path parent;

    private Path out() {
        return parent.resolve("out");
    }

    /**
     * Leads: 2 read, 1 rejected (rate 0.5). Transactions: 4 read, 1 rejected (rate 0.25), 3
     * accepted. Web: 1 event linking U1 to the lead. Customers: the lead's and U2's, which has
     * no lead (anonymous share 0.5).
     */
    @BeforeEach
    void inputs() throws IOException {
        Files.writeString(input.resolve(LocalFiles.LEADS_FILE),
                "lead_id,email,creation_date\nL1,a@x.io,2024-01-01\nL2,not-an-email,2024-01-01\n");
        writeTransactions(true);
        Files.writeString(input.resolve(LocalFiles.WEB_ACTIVITY_FILE),
                "{\"user_uuid\":\"" + U1 + "\",\"email\":\"a@x.io\"}\n");
    }

    /** All four transactions, or (for an earlier run with another table) only T1 and T2. */
    private void writeTransactions(boolean all) throws IOException {
        Files.writeString(input.resolve(LocalFiles.TRANSACTIONS_FILE),
                "transaction_id|user_uuid|amount|status\n"
                + "T1|" + U1 + "|5|completed\n"
                + "T2|" + U1 + "|6|completed\n"
                + (all ? "T3|" + U2 + "|7|completed\n" + "T4|" + U1 + "|-1|completed\n" : ""));
    }

    private Customer360.Builder builder() {
        return LocalFiles.defaults(input, out()).threads(1);
    }

    @Test
    void withoutGatesTheReportHasNoGatesSection() throws IOException {
        RunReport report = builder().build().run();

        assertThat(report.gates()).isEmpty();
        assertThat(reportText()).doesNotContain("\"gates\"");
    }

    @Test
    void gatesAtTheirLimitsPassAndTheReportListsThem() throws IOException {
        RunReport report = builder().maxRejectRate(Source.TRANSACTIONS, 0.25)
                .minAccepted(Source.TRANSACTIONS, 3).maxRejectRate(Source.LEADS, 0.5)
                .maxAnonymousShare(0.5).build().run();

        assertThat(report.gates()).containsExactly(
                new GateResult(QualityGate.MAX_REJECT_RATE, Source.LEADS, 0.5, 0.5, true),
                new GateResult(QualityGate.MAX_REJECT_RATE, Source.TRANSACTIONS, 0.25, 0.25,
                        true),
                new GateResult(QualityGate.MIN_ACCEPTED, Source.TRANSACTIONS, 3, 3, true),
                new GateResult(QualityGate.MAX_ANONYMOUS_SHARE, null, 0.5, 0.5, true));
        assertThat(out().resolve(OutputNames.CUSTOMER_TABLE)).isRegularFile();
        assertThat(report.outputs()).containsKey(OutputNames.CUSTOMER_TABLE);
        assertThat(reportText()).contains("""
                  "gates": [
                    {
                      "gate": "max_reject_rate",
                      "source": "leads",
                      "threshold": 0.5,
                      "measured": 0.5,
                      "passed": true
                    },
                """)
                .contains("\"gate\": \"min_accepted\",\n      \"source\": \"transactions\",\n"
                        + "      \"threshold\": 3,\n      \"measured\": 3,")
                .contains("\"gate\": \"max_anonymous_share\",\n      \"source\": null,");
    }

    @Test
    void aFailedMaxRejectRateKeepsThePreviousTable() throws IOException {
        failedGateKeepsThePreviousTableAndWritesRejectsAndReport(
                "transactions.max_reject_rate: measured 0.25, threshold 0.2 (above the maximum)",
                b -> b.maxRejectRate(Source.TRANSACTIONS, 0.2));
    }

    @Test
    void aFailedMinAcceptedKeepsThePreviousTable() throws IOException {
        failedGateKeepsThePreviousTableAndWritesRejectsAndReport(
                "transactions.min_accepted: measured 3, threshold 4 (below the minimum)",
                b -> b.minAccepted(Source.TRANSACTIONS, 4));
    }

    @Test
    void aSourceNotReadHasNoAcceptedRecords() throws IOException {
        failedGateKeepsThePreviousTableAndWritesRejectsAndReport(
                "identity_map.min_accepted: measured 0, threshold 1",
                b -> b.minAccepted(Source.IDENTITY_MAP, 1));
    }

    @Test
    void aFailedMaxAnonymousShareKeepsThePreviousTable() throws IOException {
        failedGateKeepsThePreviousTableAndWritesRejectsAndReport(
                "max_anonymous_share: measured 0.5, threshold 0.49 (above the maximum)",
                b -> b.maxAnonymousShare(0.49));
    }

    private void failedGateKeepsThePreviousTableAndWritesRejectsAndReport(String failure,
            UnaryOperator<Customer360.Builder> gate) throws IOException {
        writeTransactions(false);
        builder().build().run();
        Path table = out().resolve(OutputNames.CUSTOMER_TABLE);
        byte[] previous = Files.readAllBytes(table);
        writeTransactions(true);

        QualityGateException failed = catchGate(gate.apply(builder().maxRejectRate(
                Source.LEADS, 0.5)));

        assertThat(failed).hasMessageContaining(failure)
                .hasMessageContaining("the customer table was not replaced")
                .hasMessageNotContaining("leads.max_reject_rate")
                .hasMessageNotContaining("a@x.io");
        RunReport report = failed.report();
        assertThat(report.gates()).hasSize(2);
        assertThat(report.gates()).filteredOn(GateResult::passed).hasSize(1)
                .first().extracting(GateResult::name).isEqualTo("leads.max_reject_rate");
        assertThat(report.failedGates()).hasSize(1);
        assertThat(failed.failedGates()).isEqualTo(report.failedGates());
        assertThat(Files.readAllBytes(table)).isEqualTo(previous);
        assertThat(report.outputs()).doesNotContainKey(OutputNames.CUSTOMER_TABLE)
                .containsKeys(OutputNames.REJECTS, OutputNames.REJECTED_TRANSACTIONS);
        assertThat(Files.readString(out().resolve(OutputNames.REJECTS))).contains("T4");
        assertThat(sha256(out().resolve(OutputNames.REJECTS)))
                .isEqualTo(report.outputs().get(OutputNames.REJECTS).sha256());
        assertThat(reportText()).contains("\"passed\": false", "\"passed\": true")
                .doesNotContain("\"" + OutputNames.CUSTOMER_TABLE + "\"");
        assertThat(hiddenLeftovers()).isEmpty();
    }

    @Test
    void aFailedGateWithNoPreviousTableLeavesNone() throws IOException {
        QualityGateException failed = catchGate(builder().maxAnonymousShare(0));

        assertThat(out().resolve(OutputNames.CUSTOMER_TABLE)).doesNotExist();
        assertThat(out().resolve(OutputNames.REJECTS)).isRegularFile();
        assertThat(out().resolve(OutputNames.REJECTED_TRANSACTIONS)).isRegularFile();
        assertThat(reportText()).contains("\"max_anonymous_share\"", "\"passed\": false");
        assertThat(failed.report().identity().customers()).isEqualTo(2);
        assertThat(hiddenLeftovers()).isEmpty();
    }

    @Test
    void aFailedGateWithoutRejectsOrReportOutputsStillKeepsTheTable() throws IOException {
        builder().build().run();
        byte[] previous = Files.readAllBytes(out().resolve(OutputNames.CUSTOMER_TABLE));
        Customer360.Builder bare = Customer360.builder()
                .leads(io.customer360.io.read.DelimitedFileInput.csv(
                        input.resolve(LocalFiles.LEADS_FILE)))
                .outputDirectory(out()).tableFormat(io.customer360.io.write.ParquetTableFormat
                        .snappy())
                .withoutRejectsOutput().minAccepted(Source.LEADS, 2);

        QualityGateException failed = catchGate(bare);

        assertThat(failed.report().outputs()).isEmpty();
        assertThat(Files.readAllBytes(out().resolve(OutputNames.CUSTOMER_TABLE)))
                .isEqualTo(previous);
        // the outputs this run does not write are removed, as by any run, except the table
        assertThat(out().resolve(OutputNames.REJECTS)).doesNotExist();
        assertThat(out().resolve(OutputNames.REPORT)).doesNotExist();
        assertThat(hiddenLeftovers()).isEmpty();
    }

    @Test
    void theBuilderRefusesImpossibleThresholds() {
        Customer360.Builder builder = builder();
        for (double rate : List.of(-0.01, 1.01, Double.NaN)) {
            assertThatThrownBy(() -> builder.maxRejectRate(Source.LEADS, rate))
                    .isInstanceOf(ConfigurationException.class)
                    .hasMessageContaining("leads.max_reject_rate must be from 0 to 1");
            assertThatThrownBy(() -> builder.maxAnonymousShare(rate))
                    .isInstanceOf(ConfigurationException.class)
                    .hasMessageContaining("max_anonymous_share must be from 0 to 1");
        }
        assertThatThrownBy(() -> builder.minAccepted(Source.TRANSACTIONS, -1))
                .isInstanceOf(ConfigurationException.class)
                .hasMessageContaining("transactions.min_accepted must be 0 or more but was -1");
    }

    private QualityGateException catchGate(Customer360.Builder builder) {
        Customer360 pipeline = builder.build();
        try {
            pipeline.run();
        } catch (QualityGateException failed) {
            return failed;
        }
        throw new AssertionError("the run passed its gates");
    }

    private String reportText() throws IOException {
        return Files.readString(out().resolve(OutputNames.REPORT), StandardCharsets.UTF_8);
    }

    private List<Path> hiddenLeftovers() throws IOException {
        try (Stream<Path> files = Files.list(out())) {
            return files.filter(file -> file.getFileName().toString().startsWith(".")
                    && !file.getFileName().toString().equals(".customer360.lock")).toList();
        }
    }

    private static String sha256(Path file) throws IOException {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256")
                    .digest(Files.readAllBytes(file)));
        } catch (NoSuchAlgorithmException impossible) {
            throw new IllegalStateException(impossible);
        }
    }
}
