package io.customer360.examples;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.customer360.error.ConfigurationException;
import io.customer360.error.Customer360Exception;
import io.customer360.error.ExtensionException;
import io.customer360.error.InputException;
import io.customer360.error.OutputException;
import io.customer360.error.QualityGateException;
import io.customer360.error.SchemaException;
import io.customer360.io.LocalFiles;
import io.customer360.output.OutputNames;
import io.customer360.report.GateResult;
import io.customer360.report.IdentityReport;
import io.customer360.report.QualityGate;
import io.customer360.report.RecoveryReport;
import io.customer360.report.RunReport;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The command line's exit statuses and error lines: one line on standard error per failure,
 * no stack trace unless asked, a distinct status per side at fault.
 */
class CliTest {
    @TempDir
    Path input;
    @TempDir
    Path work;

    private final ByteArrayOutputStream out = new ByteArrayOutputStream();
    private final ByteArrayOutputStream err = new ByteArrayOutputStream();

    private int run(Map<String, String> env, String... args) {
        return Cli.run(args, new PrintStream(out, true, UTF_8), new PrintStream(err, true, UTF_8),
                env);
    }

    private int run(String... args) {
        return run(Map.of(), args);
    }

    private List<String> errLines() {
        return err.toString(UTF_8).lines().toList();
    }

    private void assertOneErrorLineNaming(Path path) {
        assertThat(errLines()).singleElement().asString()
                .startsWith("customer360: ")
                .contains(path.toString());
        assertThat(err.toString(UTF_8)).doesNotContain("\tat ", "Exception in thread");
    }

    @Test
    void exitsZeroAndPrintsTheSummaryOnTheBundledSample() {
        Cli.copySample(input);
        Path output = work.resolve("out");

        int status = run(input.toString(), output.toString());

        assertThat(status).isZero();
        assertThat(out.toString(UTF_8)).contains("finished in", "outputs in");
        assertThat(out.toString(UTF_8).lines().map(String::strip)).containsSubsequence(
                "[starting]", "[reading]", "[resolving]", "[writing]")
                .contains("leads: 10 read, 6 rejected",
                        "transactions: 18 read, 12 rejected");
        assertThat(err.toString(UTF_8)).isEmpty();
        assertThat(output.resolve(OutputNames.CUSTOMER_TABLE)).isRegularFile();
    }

    @Test
    void exitsTwoWithTheUsageOnThreeArguments() {
        int status = run(input.toString(), work.toString(), "extra");

        assertThat(status).isEqualTo(2);
        assertThat(errLines()).containsExactly(
                "customer360: expected an input folder and an output folder, or nothing, but got"
                        + " 3 arguments", Cli.USAGE);
        assertThat(out.toString(UTF_8)).isEmpty();
    }

    @Test
    void exitsTwoWithTheUsageOnAnUnknownOptionAndRunsNothing() {
        Cli.copySample(input);
        Path output = work.resolve("out");

        int status = run(input.toString(), "--quiet", output.toString());

        assertThat(status).isEqualTo(2);
        assertThat(errLines()).containsExactly("customer360: Unknown option: '--quiet'", Cli.USAGE);
        assertThat(output).doesNotExist();
    }

    @Test
    void helpPrintsTheUsageAndExitsZero() {
        int status = run("--help");

        assertThat(status).isZero();
        assertThat(out.toString(UTF_8).lines().findFirst()).hasValue(Cli.USAGE);
        assertThat(out.toString(UTF_8)).contains("--config=FILE", "--time-zone=ZONE",
                "--date-order=ORDER", "--threads=N", "--work-dir=DIR", "--version");
        assertThat(err.toString(UTF_8)).isEmpty();
    }

    @Test
    void missingInputFolderExitsThreeWithOneLineNamingThePath() {
        Path missing = work.resolve("no-such-folder");

        int status = run(missing.toString(), work.resolve("out").toString());

        assertThat(status).isEqualTo(3);
        assertOneErrorLineNaming(missing);
    }

    @Test
    void missingInputFileExitsThreeWithOneLineNamingTheFile() throws IOException {
        Cli.copySample(input);
        Path transactions = input.resolve(LocalFiles.TRANSACTIONS_FILE);
        Files.delete(transactions);

        int status = run(input.toString(), work.resolve("out").toString());

        assertThat(status).isEqualTo(3);
        assertOneErrorLineNaming(transactions);
    }

    @Test
    void zeroByteInputFileExitsThreeWithOneLineNamingTheFile() throws IOException {
        Cli.copySample(input);
        Path leads = input.resolve(LocalFiles.LEADS_FILE);
        Files.write(leads, new byte[0]);

        int status = run(input.toString(), work.resolve("out").toString());

        assertThat(status).isEqualTo(3);
        assertOneErrorLineNaming(leads);
    }

    @Test
    void inputWhoseFirstLineIsDataExitsThreeWithoutEchoingTheRecord() throws IOException {
        Cli.copySample(input);
        Path leads = input.resolve(LocalFiles.LEADS_FILE);
        Files.writeString(leads, "L-001,Alice Smith,alice@example.com,555-0100,web,2024-01-05,\n"
                + "L-002,Bob Jones,bob@example.com,555-0101,ads,2024-01-06,\n");

        int status = run(input.toString(), work.resolve("out").toString());

        assertThat(status).isEqualTo(3);
        assertOneErrorLineNaming(leads);
        assertThat(err.toString(StandardCharsets.UTF_8)).contains("header row seems to be missing")
                .doesNotContain("Alice").doesNotContain("alice@example.com")
                .doesNotContain("L-001");
    }

    @Test
    void outputThatIsAFileExitsFourWithOneLineNamingIt() throws IOException {
        Cli.copySample(input);
        Path file = work.resolve("taken");
        Files.writeString(file, "not a folder");

        int status = run(input.toString(), file.toString());

        assertThat(status).isEqualTo(4);
        assertOneErrorLineNaming(file);
        assertThat(errLines().get(0)).endsWith("is not a folder");
        assertThat(file).hasContent("not a folder");
    }

    @Test
    void verboseOptionAnywhereAddsTheStackTraceAfterTheErrorLine() {
        Path missing = work.resolve("no-such-folder");

        int status = run(missing.toString(), work.resolve("out").toString(), "--verbose");

        assertThat(status).isEqualTo(3);
        assertThat(errLines().get(0)).startsWith("customer360: ").contains(missing.toString());
        assertThat(err.toString(UTF_8)).contains(SchemaException.class.getName(), "\tat ");
    }

    @ParameterizedTest
    @ValueSource(strings = {"1", "true", "TRUE"})
    void verboseEnvironmentVariableAddsTheStackTrace(String setting) {
        int status = run(Map.of(Cli.VERBOSE_VARIABLE, setting),
                work.resolve("no-such-folder").toString(), work.resolve("out").toString());

        assertThat(status).isEqualTo(3);
        assertThat(err.toString(UTF_8)).contains("\tat ");
    }

    @ParameterizedTest
    @ValueSource(strings = {"0", "false", "", "yes"})
    void otherValuesOfTheVerboseVariableLeaveOutTheStackTrace(String setting) {
        Path missing = work.resolve("no-such-folder");

        int status = run(Map.of(Cli.VERBOSE_VARIABLE, setting), missing.toString(),
                work.resolve("out").toString());

        assertThat(status).isEqualTo(3);
        assertOneErrorLineNaming(missing);
    }

    @Test
    void mapsEachFailureTypeToItsExitStatus() {
        Path file = Path.of("data", "crm_leads.csv");
        assertThat(ExitCode.of(new SchemaException(file, "file not found")).code()).isEqualTo(3);
        assertThat(ExitCode.of(new InputException(file, "cannot read", new IOException()))
                .code()).isEqualTo(3);
        assertThat(ExitCode.of(new OutputException(file, "is not a folder", null)).code())
                .isEqualTo(4);
        assertThat(ExitCode.of(new ExtensionException("validator X failed", null)).code())
                .isEqualTo(5);
        assertThat(ExitCode.of(new ConfigurationException("threads must be at least 1", null))
                .code()).isEqualTo(2);
        assertThat(ExitCode.of(new Customer360Exception("sum out of range", null)).code())
                .isEqualTo(1);
        assertThat(ExitCode.of(new IllegalStateException("bug")).code()).isEqualTo(1);
        assertThat(ExitCode.of(new QualityGateException(new RunReport("0", Instant.EPOCH,
                Instant.EPOCH, 0, Map.of(), new IdentityReport(2, 0, 0, 0, 2, 0), Map.of(),
                RecoveryReport.NOTHING, List.of(new GateResult(QualityGate.MAX_ANONYMOUS_SHARE,
                        null, 0.5, 1, false)), Map.of()))).code()).isEqualTo(6);
        assertThat(ExitCode.of(new OutOfMemoryError("Java heap space")).code()).isEqualTo(1);
    }

    @Test
    void exitStatusesAreDistinct() {
        assertThat(List.of(ExitCode.values())).extracting(ExitCode::code)
                .doesNotHaveDuplicates()
                .containsExactly(0, 1, 2, 3, 4, 5, 6);
    }

    @Test
    void reportsAnUnexpectedThrowableAsOneInternalErrorLine() {
        int status = Cli.report(new OutOfMemoryError("Java heap space"),
                new PrintStream(err, true, UTF_8), false);

        assertThat(status).isEqualTo(1);
        assertThat(errLines()).containsExactly(
                "customer360: internal error: java.lang.OutOfMemoryError: Java heap space");
    }

    @Test
    void reportsAnExtensionFailureWithStatusFiveOnOneLine() {
        int status = Cli.report(new ExtensionException("validator AmountLimit failed on"
                + " transactions line 4:\n  limit\r\n  exceeded", new IllegalStateException()),
                new PrintStream(err, true, UTF_8), false);

        assertThat(status).isEqualTo(5);
        assertThat(errLines()).containsExactly("customer360: validator AmountLimit failed on"
                + " transactions line 4: limit exceeded");
    }

    @Test
    void sampleCopyThatCannotBeWrittenIsAnOutputFailureNamingTheFile() {
        Path missingFolder = work.resolve("gone");

        assertThatThrownBy(() -> Cli.copySample(missingFolder))
                .isInstanceOfSatisfying(OutputException.class, failure -> {
                    assertThat(failure.path()).contains(missingFolder.resolve(
                            LocalFiles.LEADS_FILE));
                    assertThat(ExitCode.of(failure)).isEqualTo(ExitCode.OUTPUT);
                })
                .hasMessageContaining("cannot copy the sample data");
    }

    @Test
    void runsAConfigurationFileWithTheOutputFolderGivenAndTheRunWordBefore() throws IOException {
        Cli.copySample(input);
        Path config = Files.writeString(work.resolve("c.yaml"), "inputs:\n"
                + "  leads: { path: " + input.resolve("crm_leads.csv") + " }\n"
                + "  transactions: { path: " + input.resolve("transactions.txt") + " }\n");
        Path output = work.resolve("configured");

        int status = run("run", "--config", config.toString(), "--threads", "1",
                "--time-zone", "Europe/Berlin", output.toString());

        assertThat(status).isZero();
        assertThat(out.toString(UTF_8)).contains("leads: 10 read, 6 rejected",
                "transactions: 18 read, 12 rejected");
        assertThat(output.resolve(OutputNames.CUSTOMER_TABLE)).isRegularFile();
        assertThat(err.toString(UTF_8)).isEmpty();
    }

    @Test
    void aBadConfigurationExitsTwoWithOneLineNamingTheFileLineAndKey() throws IOException {
        Path config = Files.writeString(work.resolve("bad.yaml"), "inputs:\n  leads:\n"
                + "    path: x.csv\n    colour: blue\n");

        int status = run("--config", config.toString(), work.resolve("out").toString());

        assertThat(status).isEqualTo(2);
        assertThat(errLines()).singleElement().asString()
                .contains(config + ": line 4: inputs.leads.colour: unknown key");
    }

    @Test
    void versionPrintsTheLibraryVersionAndExitsZero() {
        int status = run("--version");

        assertThat(status).isZero();
        assertThat(out.toString(UTF_8).strip())
                .isEqualTo("customer360 " + io.customer360.Customer360.version())
                .doesNotContain("unknown");
    }

    @Test
    void aWrongOptionValueIsAUsageErrorOnOneLineAndTheUsage() {
        assertThat(run("--threads", "many")).isEqualTo(2);
        assertThat(errLines()).containsExactly(
                "customer360: Invalid value for option '--threads': 'many' is not an int",
                Cli.USAGE);
    }

    @Test
    void aRefusedSettingIsAUsageError() {
        Cli.copySample(input);

        assertThat(run("--date-order", "sideways", input.toString(),
                work.resolve("o").toString())).isEqualTo(2);
        assertThat(errLines()).singleElement().asString().contains("--date-order takes");
    }

    @Test
    void aFailedQualityGateExitsSixAndKeepsThePreviousTable() throws IOException {
        Cli.copySample(input);
        Path output = work.resolve("out");
        String inputs = """
                inputs:
                  leads: { path: crm_leads.csv }
                  transactions: { path: transactions.txt }
                  web_activity: { path: web_activity.json }
                """;
        Path plain = Files.writeString(work.resolve("plain.yaml"), inputs);
        Path gated = Files.writeString(work.resolve("gated.yaml"), inputs + """
                quality_gates:
                  transactions: { max_reject_rate: 0.05, min_accepted: 1 }
                  leads: { max_reject_rate: 0.9 }
                """);
        assertThat(run("--config", plain.toString(), input.toString(), output.toString()))
                .isZero();
        byte[] previous = Files.readAllBytes(output.resolve(OutputNames.CUSTOMER_TABLE));
        out.reset();

        int status = run("--config", gated.toString(), input.toString(), output.toString());

        assertThat(status).isEqualTo(6);
        assertThat(errLines()).containsExactly("customer360: a quality gate failed:"
                + " transactions.max_reject_rate: measured 0.6667, threshold 0.05 (above the"
                + " maximum); the customer table was not replaced");
        assertThat(out.toString(UTF_8)).contains("transactions", "18");
        assertThat(Files.readAllBytes(output.resolve(OutputNames.CUSTOMER_TABLE)))
                .isEqualTo(previous);
        assertThat(Files.readString(output.resolve(OutputNames.REPORT)))
                .contains("\"gates\"", "\"passed\": false");
    }

    @Test
    void readmeTableListsEveryExitStatusWithItsMeaning() throws IOException {
        String readme = Files.readString(Path.of("..", "README.md").toAbsolutePath()
                .normalize());

        for (ExitCode code : ExitCode.values()) {
            assertThat(readme).contains("| " + code.code() + " | " + code.meaning() + " |");
        }
    }
}
