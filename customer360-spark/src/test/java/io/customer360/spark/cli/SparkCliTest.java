package io.customer360.spark.cli;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;

import io.customer360.Customer360;
import io.customer360.error.ConfigurationException;
import io.customer360.error.Customer360Exception;
import io.customer360.error.ExtensionException;
import io.customer360.error.InputException;
import io.customer360.error.OutputException;
import io.customer360.error.QualityGateException;
import io.customer360.error.SchemaException;
import io.customer360.model.Source;
import io.customer360.report.IdentityReport;
import io.customer360.report.QualityGates;
import io.customer360.report.RecoveryReport;
import io.customer360.report.RunReport;
import io.customer360.report.SourceReport;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The command line's parsing, exit statuses and error lines, without starting Spark: every
 * case here fails before the session would start, or stops at a fake start.
 */
class SparkCliTest {
    @TempDir
    Path folder;

    private final ByteArrayOutputStream out = new ByteArrayOutputStream();
    private final ByteArrayOutputStream err = new ByteArrayOutputStream();
    private final FakeRunner runner = new FakeRunner();

    private int run(Map<String, String> env, String... args) {
        return SparkCli.run(args, new PrintStream(out, true, UTF_8),
                new PrintStream(err, true, UTF_8), env, new Properties(), runner);
    }

    private int run(String... args) {
        return run(Map.of(), args);
    }

    private List<String> errLines() {
        return err.toString(UTF_8).lines().toList();
    }

    private void assertUsageError() {
        assertThat(errLines()).hasSize(2);
        assertThat(errLines().get(0)).startsWith("customer360-spark: ");
        assertThat(errLines().get(1)).isEqualTo(SparkCli.USAGE);
        assertThat(runner.started).as("Spark started").isFalse();
    }

    @Test
    void helpPrintsTheUsageAndTheOptionsAndExitsZero() {
        int status = run("--help");

        assertThat(status).isZero();
        assertThat(out.toString(UTF_8)).startsWith(SparkCli.USAGE)
                .contains("--master", "--config", "--split-bytes", "--verbose", "IN", "OUT");
        assertThat(err.toString(UTF_8)).isEmpty();
        assertThat(runner.started).isFalse();
    }

    @Test
    void versionPrintsTheLibraryVersionAndExitsZero() {
        int status = run("--version");

        assertThat(status).isZero();
        assertThat(out.toString(UTF_8).strip())
                .isEqualTo("customer360-spark " + Customer360.version());
        assertThat(runner.started).isFalse();
    }

    @Test
    void anUnknownOptionExitsTwoWithOneLineAndTheUsage() {
        int status = run("--threads", "4", "in", "out");

        assertThat(status).isEqualTo(2);
        assertUsageError();
        assertThat(errLines().get(0)).contains("--threads");
    }

    @Test
    void oneFolderOrThreeExitTwo() {
        assertThat(run("in")).isEqualTo(2);
        assertUsageError();
        assertThat(errLines().get(0)).contains("OUT");

        err.reset();
        assertThat(run("in", "out", "extra")).isEqualTo(2);
        assertUsageError();
    }

    @Test
    void aSplitSizeThatIsNoNumberOrBelowOneExitsTwoBeforeSparkStarts() {
        assertThat(run("--split-bytes", "many", "in", "out")).isEqualTo(2);
        assertUsageError();

        err.reset();
        assertThat(run("--split-bytes", "0", "in", "out")).isEqualTo(2);
        assertThat(errLines()).singleElement().asString()
                .isEqualTo("customer360-spark: the split size must be at least 1 byte, not 0");
        assertThat(runner.started).isFalse();
    }

    @Test
    void aMissingConfigurationFileExitsTwoNamingItBeforeSparkStarts() {
        Path missing = folder.resolve("missing.yaml");

        int status = run("--config", missing.toString(), "in", "out");

        assertThat(status).isEqualTo(2);
        assertThat(errLines()).singleElement().asString()
                .startsWith("customer360-spark: " + missing + ": ")
                .contains("No such file");
        assertThat(runner.started).isFalse();
    }

    @Test
    void aWrongConfigurationFileExitsTwoNamingTheLineAndKey() throws IOException {
        Path config = Files.writeString(folder.resolve("c.yaml"),
                "inputs:\n  leads: { path: l.csv, delimiter: ';;' }\n");

        int status = run("--config", config.toString(), "in", "out");

        assertThat(status).isEqualTo(2);
        assertThat(errLines()).singleElement().asString()
                .contains(config.toString(), "line 2: inputs.leads.delimiter");
        assertThat(runner.started).isFalse();
    }

    @Test
    void anEmptyFolderArgumentExitsTwo() {
        assertThat(run("", "out")).isEqualTo(2);
        assertThat(errLines()).singleElement().asString()
                .startsWith("customer360-spark: IN: not a valid path or URI");
        assertThat(runner.started).isFalse();
    }

    @Test
    void aSessionThatCannotStartIsOneLineAndStatusOneNamingTheMaster() {
        runner.startFailure = new IllegalArgumentException("Could not parse Master URL: 'nope'");

        int status = run("--master", "nope", "in", "out");

        assertThat(status).isEqualTo(1);
        assertThat(runner.master).isEqualTo("nope");
        assertThat(errLines()).containsExactly("customer360-spark: cannot start Spark with master"
                + " nope: Could not parse Master URL: 'nope'");
    }

    @Test
    void theMasterIsTheOptionElseTheLaunchersElseLocal() {
        Properties plain = new Properties();
        Properties submitted = new Properties();
        submitted.setProperty("spark.master", "yarn");

        assertThat(SparkCli.master(null, plain)).isEqualTo("local[*]");
        assertThat(SparkCli.master(null, submitted)).as("left to spark-submit").isNull();
        assertThat(SparkCli.master("local[2]", submitted)).isEqualTo("local[2]");
        assertThat(SparkCli.master("local[2]", plain)).isEqualTo("local[2]");

        run("in", "out");
        assertThat(runner.master).isEqualTo("local[*]");
    }

    @Test
    void sparkLogsQuietlyUnlessVerboseIsAskedForByOptionOrEnvironment() {
        run("in", "out");
        assertThat(runner.verboseLogging).isFalse();

        run("--verbose", "in", "out");
        assertThat(runner.verboseLogging).isTrue();

        run(Map.of(SparkCli.VERBOSE_VARIABLE, "true"), "in", "out");
        assertThat(runner.verboseLogging).isTrue();
    }

    @Test
    void aFailureIsOneLineWithoutAStackTraceUnlessVerbose() {
        ByteArrayOutputStream quiet = new ByteArrayOutputStream();
        ByteArrayOutputStream verbose = new ByteArrayOutputStream();
        InputException failure = new InputException(Path.of("/in/crm_leads.csv"),
                "cannot be read: Permission denied", null);

        int status = SparkCli.report(failure, new PrintStream(quiet, true, UTF_8), false);
        SparkCli.report(failure, new PrintStream(verbose, true, UTF_8), true);

        assertThat(status).isEqualTo(3);
        assertThat(quiet.toString(UTF_8)).isEqualTo("customer360-spark: /in/crm_leads.csv:"
                + " cannot be read: Permission denied" + System.lineSeparator());
        assertThat(verbose.toString(UTF_8)).contains("\tat ");
    }

    @Test
    void anUnexpectedFailureIsAnInternalErrorOnOneLineWithStatusOne() {
        ByteArrayOutputStream line = new ByteArrayOutputStream();

        int status = SparkCli.report(new UnsupportedOperationException("not yet:\nrun"),
                new PrintStream(line, true, UTF_8), false);

        assertThat(status).isEqualTo(1);
        assertThat(line.toString(UTF_8).lines().toList()).containsExactly(
                "customer360-spark: internal error: java.lang.UnsupportedOperationException:"
                        + " not yet: run");
    }

    @Test
    void theStatusFollowsTheFailuresType() {
        assertThat(ExitCode.of(new ConfigurationException("x", null))).isEqualTo(ExitCode.USAGE);
        assertThat(ExitCode.of(new SchemaException(Path.of("f"), "x")))
                .isEqualTo(ExitCode.INPUT);
        assertThat(ExitCode.of(new InputException(Path.of("f"), "x", null)))
                .isEqualTo(ExitCode.INPUT);
        assertThat(ExitCode.of(new OutputException(Path.of("f"), "x", null)))
                .isEqualTo(ExitCode.OUTPUT);
        assertThat(ExitCode.of(new ExtensionException("x", null)))
                .isEqualTo(ExitCode.EXTENSION);
        assertThat(ExitCode.of(new Customer360Exception("x", null)))
                .isEqualTo(ExitCode.FAILURE);
        assertThat(ExitCode.of(new OutOfMemoryError())).isEqualTo(ExitCode.FAILURE);
        assertThat(ExitCode.of(new QualityGateException(gateFailedReport())))
                .isEqualTo(ExitCode.QUALITY_GATE);
        assertThat(Arrays.stream(ExitCode.values()).map(ExitCode::code))
                .containsExactly(0, 1, 2, 3, 4, 5, 6);
    }

    @Test
    void aFailedQualityGateIsOneLineNamingTheGateWithStatusSix() {
        ByteArrayOutputStream line = new ByteArrayOutputStream();

        int status = SparkCli.report(new QualityGateException(gateFailedReport()),
                new PrintStream(line, true, UTF_8), false);

        assertThat(status).isEqualTo(6);
        assertThat(line.toString(UTF_8).lines().toList()).containsExactly(
                "customer360-spark: a quality gate failed: transactions.max_reject_rate:"
                        + " measured 0.75, threshold 0.05 (above the maximum); the customer"
                        + " table was not replaced");
    }

    static RunReport gateFailedReport() {
        Map<Source, SourceReport> sources = Map.of(Source.TRANSACTIONS,
                new SourceReport("in/transactions.txt", 4, 1, 3, Map.of("INVALID_AMOUNT", 3L)));
        IdentityReport identity = new IdentityReport(1, 0, 1, 0, 1, 0);
        return new RunReport("0.0.0", Instant.EPOCH, Instant.EPOCH, 0, sources, identity,
                Map.of(), RecoveryReport.NOTHING, QualityGates.NONE
                        .withMaxRejectRate(Source.TRANSACTIONS, 0.05).evaluate(sources, identity),
                Map.of());
    }

    @Test
    void theReadmeListsEveryExitStatusWithItsMeaning() throws IOException {
        String readme = Files.readString(Path.of("README.md"), UTF_8);

        for (ExitCode code : ExitCode.values()) {
            assertThat(readme).contains("| " + code.code() + " | " + code.meaning() + " |");
        }
    }

    @Test
    void aLog4jFileOnTheClassPathIsSeenSoThatItsLoggingStays() throws IOException {
        Path bare = Files.createDirectories(folder.resolve("bare"));
        Path configured = Files.createDirectories(folder.resolve("configured"));
        Files.writeString(configured.resolve("log4j2.properties"), "rootLogger.level = info\n");

        try (URLClassLoader without = new URLClassLoader(new URL[] {bare.toUri().toURL()}, null);
                URLClassLoader with = new URLClassLoader(
                        new URL[] {configured.toUri().toURL()}, null)) {
            assertThat(SparkRunner.Standard.hasLog4jFile(without)).isFalse();
            assertThat(SparkRunner.Standard.hasLog4jFile(with)).isTrue();
        }
    }

    @Test
    void theRunnableJarOpensWhatTheTestsOpen() throws IOException {
        String pom = Files.readString(Path.of("pom.xml"), UTF_8);

        Set<String> jvmOpens = Pattern.compile("--add-opens=(\\S+)=ALL-UNNAMED")
                .matcher(property(pom, "spark.jvm.opens")).results()
                .map(result -> result.group(1)).collect(Collectors.toSet());
        Set<String> manifestOpens = Set.of(property(pom, "spark.manifest.opens").split("\\s+"));

        assertThat(jvmOpens).isNotEmpty();
        assertThat(manifestOpens).isEqualTo(jvmOpens);
    }

    private static String property(String pom, String name) {
        Matcher value = Pattern.compile("<" + Pattern.quote(name) + ">([^<]*)</").matcher(pom);
        assertThat(value.find()).as(name + " in the pom").isTrue();
        return value.group(1).strip();
    }
}
