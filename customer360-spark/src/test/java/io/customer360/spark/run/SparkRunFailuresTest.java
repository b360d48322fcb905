package io.customer360.spark.run;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

import io.customer360.Customer360;
import io.customer360.benchmarks.generate.DataGenerator;
import io.customer360.error.ConfigurationException;
import io.customer360.error.ExtensionException;
import io.customer360.error.InputException;
import io.customer360.error.QualityGateException;
import io.customer360.identity.IdentityResolver;
import io.customer360.io.LocalFiles;
import io.customer360.io.read.DelimitedFileInput;
import io.customer360.model.Source;
import io.customer360.model.Transaction;
import io.customer360.output.OutputNames;
import io.customer360.report.GateResult;
import io.customer360.report.RunReport;
import io.customer360.spark.SparkCustomer360;
import io.customer360.validate.Validator;
import io.customer360.validate.Violation;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.apache.spark.sql.SparkSession;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * How a Spark run fails and what it leaves: one customer360 failure naming what went wrong,
 * earlier outputs untouched and no staging folder left; and a source spread over part files.
 */
class SparkRunFailuresTest {
    private static SparkSession spark;
    @TempDir
    static Path shared;
    private static Path in;

    @TempDir
    Path temp;

    @BeforeAll
    static void start() throws IOException {
        spark = SparkSession.builder().master("local[2]").appName("failures")
                .config("spark.ui.enabled", "false")
                .config("spark.sql.shuffle.partitions", "2")
                .getOrCreate();
        in = shared.resolve("in");
        DataGenerator.builder().leads(300).transactions(2_000).web(1_000).seed(11).build()
                .writeTo(in);
    }

    @AfterAll
    static void stop() {
        spark.stop();
    }

    /** Fails on the transaction of one line. */
    private static final class FailsOnLine implements Validator<Transaction> {
        private static final long serialVersionUID = 1L;

        @Override
        public Optional<Violation> validate(Transaction transaction) {
            if (transaction.line() == 40) {
                throw new IllegalStateException("boom");
            }
            return Optional.empty();
        }
    }

    private SparkCustomer360.Builder pipeline(Customer360.Builder rules, Path out) {
        return SparkCustomer360.builder().session(spark).rules(rules)
                .outputDirectory(out.toUri().toString()).splitBytes(16 * 1024);
    }

    @Test
    void aFailedRunLeavesTheEarlierOutputsAsTheyWereAndNoStagingFolder() throws IOException {
        Path out = temp.resolve("out");
        pipeline(LocalFiles.defaults(in, temp.resolve("unused")), out).build().run();
        Map<String, String> before = contents(out);

        assertThatThrownBy(() -> pipeline(LocalFiles.defaults(in, temp.resolve("unused"))
                .addTransactionValidator(new FailsOnLine()), out).build().run())
                .isInstanceOf(ExtensionException.class)
                .hasMessageContaining("custom validator #1 of transactions failed")
                .hasMessageContaining("line 40")
                .satisfies(failure -> assertThat(((ExtensionException) failure).line())
                        .hasValue(40));

        assertThat(contents(out)).isEqualTo(before);
        try (Stream<Path> left = Files.list(out)) {
            assertThat(left.map(path -> path.getFileName().toString()))
                    .containsExactlyInAnyOrder(OutputNames.CUSTOMER_TABLE,
                            OutputNames.CUSTOMER_LINKS, OutputNames.REJECTS,
                            OutputNames.REJECTED_TRANSACTIONS, OutputNames.REPORT,
                            OutputNames.REPORT_PAGE);
        }
    }

    @Test
    void aFailedQualityGateCommitsRejectsAndReportButNotTheTable() throws IOException {
        Path out = temp.resolve("out");
        Customer360.Builder gated = LocalFiles.defaults(in, temp.resolve("unused"))
                .minAccepted(Source.LEADS, 1).maxRejectRate(Source.TRANSACTIONS, 0);

        QualityGateException first = gateFailure(pipeline(gated, out));

        assertThat(out.resolve(OutputNames.CUSTOMER_TABLE)).doesNotExist();
        assertThat(out.resolve(OutputNames.CUSTOMER_LINKS)).doesNotExist();
        assertThat(out.resolve(OutputNames.REJECTS)).isDirectory();
        assertThat(first.report().outputs()).doesNotContainKeys(OutputNames.CUSTOMER_TABLE,
                OutputNames.CUSTOMER_LINKS);

        pipeline(LocalFiles.defaults(in, temp.resolve("unused")), out).build().run();
        Map<String, String> tableBefore = contents(out.resolve(OutputNames.CUSTOMER_TABLE));
        Map<String, String> linksBefore = contents(out.resolve(OutputNames.CUSTOMER_LINKS));
        String reportBefore = Files.readString(out.resolve(OutputNames.REPORT));

        QualityGateException failed = gateFailure(pipeline(gated, out));

        RunReport report = failed.report();
        assertThat(failed).hasMessageContaining("a quality gate failed:"
                + " transactions.max_reject_rate: measured ")
                .hasMessageContaining("threshold 0 (above the maximum)")
                .hasMessageNotContaining("leads.min_accepted");
        assertThat(report.gates()).extracting(GateResult::name, GateResult::passed)
                .containsExactly(tuple("leads.min_accepted", true),
                        tuple("transactions.max_reject_rate", false));
        assertThat(report.gates().get(1).measured()).isEqualTo(
                (double) report.sources().get(Source.TRANSACTIONS).rejected()
                        / report.sources().get(Source.TRANSACTIONS).read());
        assertThat(report.outputs()).doesNotContainKeys(OutputNames.CUSTOMER_TABLE,
                OutputNames.CUSTOMER_LINKS)
                .containsKeys(OutputNames.REJECTS, OutputNames.REJECTED_TRANSACTIONS);
        assertThat(contents(out.resolve(OutputNames.CUSTOMER_TABLE))).isEqualTo(tableBefore);
        assertThat(contents(out.resolve(OutputNames.CUSTOMER_LINKS))).isEqualTo(linksBefore)
                .isNotEmpty();
        assertThat(Files.readString(out.resolve(OutputNames.REPORT))).isNotEqualTo(reportBefore)
                .contains("\"gates\"", "\"passed\": false");
        try (Stream<Path> left = Files.list(out)) {
            assertThat(left.map(path -> path.getFileName().toString()))
                    .containsExactlyInAnyOrder(OutputNames.CUSTOMER_TABLE,
                            OutputNames.CUSTOMER_LINKS, OutputNames.REJECTS,
                            OutputNames.REJECTED_TRANSACTIONS, OutputNames.REPORT,
                            OutputNames.REPORT_PAGE);
        }
    }

    private static QualityGateException gateFailure(SparkCustomer360.Builder pipeline) {
        SparkCustomer360 built = pipeline.build();
        try {
            built.run();
        } catch (QualityGateException failed) {
            return failed;
        }
        throw new AssertionError("the run passed its gates");
    }

    @Test
    void aSecondRunReplacesTheOutputsAsASet() throws IOException {
        Path out = temp.resolve("out");
        RunReport first = pipeline(LocalFiles.defaults(in, temp.resolve("unused")), out).build()
                .run();
        RunReport second = pipeline(LocalFiles.defaults(in, temp.resolve("unused")), out).build()
                .run();
        assertThat(second.identity()).isEqualTo(first.identity());
        assertThat(Files.readString(out.resolve(OutputNames.REPORT)))
                .contains(second.finishedAt().toString().substring(0, 19));
    }

    @Test
    void aMissingInputFailsNamingItsUri() {
        Path missing = temp.resolve("nowhere").resolve("transactions.txt");
        assertThatThrownBy(() -> pipeline(Customer360.builder(), temp.resolve("out"))
                .transactions(missing.toUri().toString()).build().run())
                .isInstanceOf(InputException.class)
                .hasMessageContaining(missing.toUri().toString())
                .hasMessageContaining("not found");
        assertThat(temp.resolve("out")).doesNotExist();
    }

    @Test
    void aCustomIdentityResolverIsRefused() {
        assertThatThrownBy(() -> pipeline(LocalFiles.defaults(in, temp.resolve("unused"))
                .identityResolver(identifiers -> IdentityResolver.connectedComponents()),
                temp.resolve("out"))
                .build().run())
                .isInstanceOf(ConfigurationException.class)
                .hasMessageContaining("local engine only");
    }

    @Test
    void aFolderOfPartFilesIsOneSourceWithCountsPerFile() throws IOException {
        Path parts = temp.resolve("parts");
        Files.createDirectories(parts);
        List<String> lines = Files.readAllLines(in.resolve(LocalFiles.TRANSACTIONS_FILE));
        int half = lines.size() / 2;
        Files.write(parts.resolve("part-1.txt"), lines.subList(0, half));
        List<String> second = new ArrayList<>();
        second.add(lines.get(0));
        second.addAll(lines.subList(half, lines.size()));
        Files.write(parts.resolve("part-2.txt"), second);
        Files.writeString(parts.resolve("_SUCCESS"), "");

        RunReport local = LocalFiles.defaults(in, temp.resolve("local"))
                .transactions(DelimitedFileInput.pipe(parts)).build().run();
        RunReport distributed = pipeline(LocalFiles.defaults(in, temp.resolve("unused")),
                temp.resolve("spark")).transactions(parts.toUri().toString()).build().run();

        assertThat(distributed.identity()).isEqualTo(local.identity());
        assertThat(counts(distributed)).isEqualTo(counts(local));
        assertThat(distributed.sources().get(Source.TRANSACTIONS).files())
                .extracting(file -> file.read())
                .isEqualTo(local.sources().get(Source.TRANSACTIONS).files().stream()
                        .map(file -> file.read()).collect(Collectors.toList()));
        assertThat(Files.readString(temp.resolve("local").resolve(OutputNames.REJECTS)))
                .contains("\"file\":");
    }

    @Test
    void blockedLinksAndTheGroupsTheyLeaveAreTheSameOnBothEngines() throws IOException {
        Path placeholders = temp.resolve("placeholders");
        Files.createDirectories(placeholders);
        for (String file : List.of(LocalFiles.LEADS_FILE, LocalFiles.WEB_ACTIVITY_FILE,
                LocalFiles.IDENTITY_MAP_FILE)) {
            Files.copy(in.resolve(file), placeholders.resolve(file));
        }
        List<String> transactions = new ArrayList<>(
                Files.readAllLines(in.resolve(LocalFiles.TRANSACTIONS_FILE)));
        for (int i = 0; i < 40; i++) {
            transactions.add("TX-PH-" + i + "|" + String.format("0330fcaa-8a5c-8140-574d-%012d",
                    i) + "|12.50|completed|2024-01-01|" + (i % 2 == 0 ? "test@test.com"
                    : "noreply@shop.example.org"));
        }
        Files.write(placeholders.resolve(LocalFiles.TRANSACTIONS_FILE), transactions);

        RunReport local = LocalFiles.defaults(placeholders, temp.resolve("local")).build().run();
        RunReport distributed = pipeline(LocalFiles.defaults(placeholders,
                temp.resolve("unused")), temp.resolve("spark")).build().run();

        assertThat(local.identity().linksBlocked()).isGreaterThanOrEqualTo(40);
        assertThat(distributed.identity()).isEqualTo(local.identity());
        assertThat(counts(distributed)).isEqualTo(counts(local));
    }

    private static Map<String, Object> counts(RunReport report) {
        Map<String, Object> counts = new TreeMap<>();
        report.sources().forEach((source, counted) -> counts.put(source.reportName(),
                List.of(counted.read(), counted.accepted(), counted.rejected(),
                        counted.rejectedByReason())));
        return counts;
    }

    /** Every file under {@code folder} with its bytes, by relative path. */
    private static Map<String, String> contents(Path folder) throws IOException {
        Map<String, String> contents = new TreeMap<>();
        try (Stream<Path> files = Files.walk(folder)) {
            for (Path file : files.filter(Files::isRegularFile).collect(Collectors.toList())) {
                contents.put(folder.relativize(file).toString(),
                        java.util.Base64.getEncoder().encodeToString(Files.readAllBytes(file)));
            }
        }
        return contents;
    }
}
