package io.customer360.examples;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.customer360.Customer360;
import io.customer360.error.ConfigurationException;
import io.customer360.error.Customer360Exception;
import io.customer360.io.LocalFiles;
import io.customer360.io.read.JsonLinesFileInput;
import io.customer360.model.Source;
import io.customer360.output.OutputNames;
import io.customer360.report.RunListener;
import io.customer360.report.RunReport;
import io.customer360.report.SourceProgress;
import io.customer360.report.SourceReport;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Runs the default pipeline on the bundled messy sample, where every built-in reason code
 * occurs, and checks the counts and outputs the SPEC predicts.
 */
class SamplePipelineTest {
    @TempDir
    Path input;
    @TempDir
    Path output;

    @BeforeEach
    void copySample() {
        Cli.copySample(input);
    }

    private RunReport runDefault() {
        return LocalFiles.defaults(input, output).build().run();
    }

    @Test
    void countsEveryRecordOfEverySourceAsAcceptedOrRejected() {
        RunReport report = runDefault();

        assertSource(report, Source.IDENTITY_MAP, 7, 3, Map.of("MISSING_EMAIL", 1L,
                "INVALID_EMAIL", 1L, "MISSING_USER_UUID", 1L, "INVALID_USER_UUID", 1L));
        assertSource(report, Source.LEADS, 10, 4, Map.of("DUPLICATE_LEAD", 1L,
                "MISSING_EMAIL", 1L, "INVALID_EMAIL", 1L, "INVALID_USER_UUID", 1L,
                "INVALID_TIMESTAMP", 1L, "MALFORMED_RECORD", 1L));
        Map<String, Long> transactionReasons = new LinkedHashMap<>();
        for (String code : List.of("DUPLICATE_TRANSACTION_ID", "MISSING_TRANSACTION_ID",
                "MISSING_USER_UUID", "INVALID_USER_UUID", "INVALID_TIMESTAMP", "MISSING_STATUS",
                "INVALID_EMAIL", "NON_POSITIVE_AMOUNT", "UNKNOWN_STATUS", "MALFORMED_RECORD")) {
            transactionReasons.put(code, 1L);
        }
        transactionReasons.put("INVALID_AMOUNT", 2L);
        assertSource(report, Source.TRANSACTIONS, 18, 6, transactionReasons);
        assertSource(report, Source.WEB_ACTIVITY, 10, 4, Map.of("MISSING_USER_UUID", 1L,
                "INVALID_USER_UUID", 1L, "INVALID_PAGE_VIEWS", 1L, "INVALID_TIMESTAMP", 1L,
                "INVALID_EMAIL", 1L, "MALFORMED_RECORD", 1L));

        assertThat(report.identity().customers()).isEqualTo(6);
        assertThat(report.identity().withLead()).isEqualTo(4);
        assertThat(report.identity().withActivity()).isEqualTo(6);
        assertThat(report.identity().linked()).isEqualTo(4);
        assertThat(report.identity().anonymous()).isEqualTo(2);
        assertThat(report.identity().groupsDropped()).isEqualTo(1);
        assertThat(report.outputs().get(OutputNames.CUSTOMER_TABLE).rows()).isEqualTo(6);
        assertThat(report.outputs().get(OutputNames.REJECTS).rows()).isEqualTo(28);
        assertThat(report.outputs().get(OutputNames.REJECTED_TRANSACTIONS).rows())
                .isEqualTo(12);
    }

    @Test
    void writesRejectsInSourceThenFileOrder() throws IOException {
        runDefault();

        List<String> rejects = Files.readAllLines(output.resolve(OutputNames.REJECTS));
        assertThat(rejects).hasSize(28);
        assertThat(rejects.get(0)).isEqualTo("{\"source\":\"identity_map\",\"line\":5,"
                + "\"reason_code\":\"MISSING_EMAIL\",\"reason\":\"Missing email\","
                + "\"raw\":\",9a8b7c6d-5e4f-4a3b-8c2d-1e0f9a8b7c6d\"}");
        assertThat(rejects.get(4)).startsWith("{\"source\":\"leads\",\"line\":2,"
                + "\"reason_code\":\"DUPLICATE_LEAD\"");
        assertThat(rejects.get(9)).contains("\"line\":11", "MALFORMED_RECORD",
                "\"raw\":\"L-009,\\\"heidi,too,few\\\"\"");
        assertThat(rejects.get(10)).startsWith("{\"source\":\"transactions\"");
        assertThat(rejects.get(22)).startsWith("{\"source\":\"web_activity\"");
    }

    @Test
    void writesTheRejectedTransactionsLogWithRawValues() throws IOException {
        runDefault();

        List<String> log = Files.readAllLines(
                output.resolve(OutputNames.REJECTED_TRANSACTIONS), StandardCharsets.UTF_8);
        assertThat(log).hasSize(13);
        assertThat(log.get(0)).isEqualTo("transaction_id|status|amount|reason");
        assertThat(log).contains("TX-4003|Refunded|-10.0|Non-positive amount (-10.0)",
                "TX-2003|completed|$5|Invalid amount ($5)");
    }

    @Test
    void givesByteIdenticalParquetForTheSameInputs() throws IOException {
        runDefault();
        byte[] first = Files.readAllBytes(output.resolve(OutputNames.CUSTOMER_TABLE));

        runDefault();

        assertThat(Files.readAllBytes(output.resolve(OutputNames.CUSTOMER_TABLE)))
                .isEqualTo(first);
    }

    @Test
    void leavesEarlierOutputsUntouchedWhenARunFailsMidway() throws IOException {
        runDefault();
        Map<String, byte[]> before = contents(output);

        assertThatThrownBy(() -> LocalFiles.defaults(input, output)
                .addWebEventValidator(event -> {
                    if (event.line() > 2) {
                        throw new IllegalStateException("validator bug");
                    }
                    return Optional.empty();
                })
                .build().run())
                .isInstanceOf(Customer360Exception.class)
                .hasMessageContaining("web_activity failed on line 4");

        Map<String, byte[]> after = contents(output);
        assertThat(after.keySet()).isEqualTo(before.keySet());
        before.forEach((file, bytes) -> assertThat(after.get(file)).as(file).isEqualTo(bytes));
    }

    @Test
    void theLastProgressOfEachSourceHasReadItsWholeFile() throws IOException {
        Map<Source, SourceProgress> last = new java.util.concurrent.ConcurrentHashMap<>();
        RunListener listener = new RunListener() {
            @Override
            public void sourceProgress(SourceProgress progress) {
                last.merge(progress.source(), progress, (before, now) -> {
                    assertThat(now.bytesRead()).isGreaterThanOrEqualTo(before.bytesRead());
                    return now;
                });
            }
        };

        LocalFiles.defaults(input, output).listener(listener).build().run();

        Map<Source, String> files = Map.of(Source.LEADS, LocalFiles.LEADS_FILE,
                Source.TRANSACTIONS, LocalFiles.TRANSACTIONS_FILE,
                Source.WEB_ACTIVITY, LocalFiles.WEB_ACTIVITY_FILE,
                Source.IDENTITY_MAP, LocalFiles.IDENTITY_MAP_FILE);
        assertThat(last).containsOnlyKeys(files.keySet());
        for (Map.Entry<Source, String> file : files.entrySet()) {
            long size = Files.size(input.resolve(file.getValue()));
            assertThat(last.get(file.getKey())).satisfies(progress -> {
                assertThat(progress.finished()).isTrue();
                assertThat(progress.bytesRead()).isEqualTo(size);
                assertThat(progress.totalBytes()).isEqualTo(size);
                assertThat(progress.fractionRead()).hasValue(1.0);
            });
        }
    }

    @Test
    void aColumnClashOfTwoAggregatorsIsAConfigurationFailureOfBuild() {
        Customer360.Builder twice = LocalFiles.defaults(input, output)
                .addAggregator(new LargestTransactionAggregator())
                .addAggregator(new LargestTransactionAggregator());

        assertThatThrownBy(twice::build)
                .isInstanceOf(ConfigurationException.class)
                .hasMessageContaining("custom aggregator columns clash")
                .hasCauseInstanceOf(IllegalArgumentException.class);
        assertThat(output).isEmptyDirectory();
    }

    @Test
    void aCharsetTheJsonInputRefusesFailsTheRunAsAConfigurationFailureNamingTheFile() {
        Customer360 utf16 = LocalFiles.withDefaultOutputs(Customer360.builder()
                .webActivity(JsonLinesFileInput.of(input.resolve(LocalFiles.WEB_ACTIVITY_FILE)))
                .charset(StandardCharsets.UTF_16), output).build();

        assertThatThrownBy(utf16::run)
                .isInstanceOfSatisfying(ConfigurationException.class, refused -> {
                    assertThat(refused.path()).contains(input.resolve(
                            LocalFiles.WEB_ACTIVITY_FILE));
                    assertThat(refused.source()).contains(Source.WEB_ACTIVITY);
                })
                .hasMessageContaining("UTF-16");
        assertThat(output).isEmptyDirectory();
    }

    @Test
    void extensionExampleAddsItsReasonAndColumn() {
        RunReport report = LocalFiles.defaults(input, output)
                .addTransactionValidator(new AmountLimitValidator(new java.math.BigDecimal("10000")))
                .addAggregator(new LargestTransactionAggregator())
                .build().run();

        assertThat(report.sources().get(Source.TRANSACTIONS).rejectedByReason())
                .containsEntry("AMOUNT_ABOVE_LIMIT", 1L);
        assertThat(report.sources().get(Source.TRANSACTIONS).accepted()).isEqualTo(5);
    }

    private static void assertSource(RunReport report, Source source, long read, long accepted,
            Map<String, Long> reasons) {
        SourceReport counts = report.sources().get(source);
        assertThat(counts.read()).as(source + " read").isEqualTo(read);
        assertThat(counts.accepted()).as(source + " accepted").isEqualTo(accepted);
        assertThat(counts.rejected()).as(source + " rejected").isEqualTo(read - accepted);
        assertThat(counts.rejectedByReason()).as(source + " reasons")
                .containsExactlyInAnyOrderEntriesOf(reasons);
    }

    private static Map<String, byte[]> contents(Path directory) throws IOException {
        try (Stream<Path> files = Files.list(directory)) {
            return files.collect(Collectors.toMap(file -> file.getFileName().toString(),
                    file -> {
                        try {
                            return Files.readAllBytes(file);
                        } catch (IOException failure) {
                            throw new java.io.UncheckedIOException(failure);
                        }
                    }));
        }
    }
}
