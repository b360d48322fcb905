package io.customer360.benchmarks;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class BenchmarkOptionsTest {
    @TempDir
    Path temp;

    @Test
    void sparkIsOptInWithItsOwnJarAndHeap() {
        BenchmarkOptions options = BenchmarkOptions.parse(new String[0]);

        assertThat(options.engines()).containsExactly(Engine.CUSTOMER360, Engine.DUCKDB);
        assertThat(options.sparkJar())
                .isEqualTo(Path.of("customer360-spark/target/customer360-spark.jar"));
        assertThat(options.sparkHeap()).isEqualTo("2g");
        assertThat(options.heap(Engine.CUSTOMER360)).isEqualTo("1g");
        assertThat(options.heap(Engine.DUCKDB)).isEqualTo("1g");
        assertThat(options.heap(Engine.SPARK)).isEqualTo("2g");
    }

    @Test
    void oneUntimedWarmUpRunByDefaultAndNoneOnRequest() {
        assertThat(BenchmarkOptions.parse(new String[0]).warmups()).isEqualTo(1);
        assertThat(BenchmarkOptions.parse(new String[] {"--warmups", "0"}).warmups()).isZero();
        assertThatThrownBy(() -> BenchmarkOptions.parse(new String[] {"--warmups", "-1"}))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("warmups must be 0 or more but was -1");
    }

    @Test
    void enginesAcceptSparkAndTheSparkOptionsAreParsed() {
        BenchmarkOptions options = BenchmarkOptions.parse(new String[] {
            "--engines", "customer360,duckdb,spark", "--heap", "512m",
            "--spark-jar", "/opt/c360/customer360-spark.jar", "--spark-heap", "3g"});

        assertThat(options.engines()).containsExactly(Engine.CUSTOMER360, Engine.DUCKDB, Engine.SPARK);
        assertThat(options.sparkJar()).isEqualTo(Path.of("/opt/c360/customer360-spark.jar"));
        assertThat(options.heap(Engine.SPARK)).isEqualTo("3g");
        assertThat(options.heap(Engine.CUSTOMER360)).isEqualTo("512m");
    }

    @Test
    void sparkAloneIsAnEngineList() {
        assertThat(BenchmarkOptions.parse(new String[] {"--engines", "spark"}).engines())
                .containsExactly(Engine.SPARK);
    }

    @Test
    void wrongHeapsAndEnginesAreRefusedWhenParsed() {
        assertThatThrownBy(() -> BenchmarkOptions.parse(new String[] {"--spark-heap", "2 GB"}))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("--spark-heap must look like 256m or 2g but was 2 GB");
        assertThatThrownBy(() -> BenchmarkOptions.parse(new String[] {"--heap", "lots"}))
                .isInstanceOf(IllegalArgumentException.class).hasMessageStartingWith("--heap ");
        assertThatThrownBy(() -> BenchmarkOptions.parse(new String[] {"--engines", "customer360,flink"}))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("engine must be one of customer360, duckdb, spark but was flink");
        assertThatThrownBy(() -> BenchmarkOptions.parse(new String[] {"--engines", "spark,spark"}))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("--engines names spark twice");
        assertThatThrownBy(() -> BenchmarkOptions.parse(new String[] {"--spark-jar"}))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("missing value after --spark-jar");
    }

    @Test
    void aMissingSparkJarIsOneLineNamingThePathAndTheBuild() {
        Path jar = temp.resolve("nowhere").resolve("customer360-spark.jar");
        BenchmarkOptions options = BenchmarkOptions.parse(new String[] {
            "--engines", "customer360,spark", "--spark-jar", jar.toString()});

        assertThat(options.missingProgram()).hasValueSatisfying(message -> assertThat(message)
                .isEqualTo("The Spark jar " + jar.toAbsolutePath() + " does not exist: build it"
                        + " from the repository root with"
                        + " mvn -B -q package -DskipTests -pl customer360-spark -am (it writes"
                        + " customer360-spark/target/customer360-spark.jar), or give its path with"
                        + " --spark-jar PATH")
                .doesNotContain("\n"));
    }

    @Test
    void theDefaultJarIsResolvedAgainstTheWorkingDirectory() {
        BenchmarkOptions options = BenchmarkOptions.parse(new String[] {"--engines", "spark"});
        Path expected = Path.of("").toAbsolutePath()
                .resolve("customer360-spark/target/customer360-spark.jar");

        // The tests run in the module's folder, where there is no customer360-spark folder.
        assertThat(options.missingProgram()).hasValueSatisfying(message ->
                assertThat(message).startsWith("The Spark jar " + expected + " does not exist"));
    }

    @Test
    void theJarIsCheckedOnlyWhenSparkRuns() throws IOException {
        Path missing = temp.resolve("missing.jar");
        assertThat(BenchmarkOptions.parse(new String[] {"--spark-jar", missing.toString(),
            "--launcher", "none"}).missingProgram()).isEmpty();

        Path jar = Files.createFile(temp.resolve("customer360-spark.jar"));
        assertThat(BenchmarkOptions.parse(new String[] {"--engines", "spark", "--spark-jar",
            jar.toString()}).missingProgram()).isEmpty();
        assertThat(BenchmarkOptions.parse(new String[] {"--engines", "spark", "--spark-jar",
            temp.toString()}).missingProgram()).as("a folder is not a jar").isPresent();
    }

    @Test
    void aMissingLauncherIsOneLineNamingThePathTheBuildAndTheWayAround() throws IOException {
        Path launcher = temp.resolve("customer360");
        BenchmarkOptions options = BenchmarkOptions.parse(new String[] {
            "--launcher", launcher.toString()});

        assertThat(options.missingProgram()).hasValueSatisfying(message -> assertThat(message)
                .isEqualTo("The customer360 launcher " + launcher.toAbsolutePath() + " is not an"
                        + " executable file: build it from the repository root with"
                        + " mvn -B -q package -DskipTests -pl customer360-examples -am (it writes"
                        + " customer360-examples/target/customer360), give its path with"
                        + " --launcher PATH, or run RunPipeline on the harness's class path with"
                        + " --launcher none"));

        Files.createFile(launcher);
        assertThat(options.missingProgram()).as("not executable").isPresent();
        assertThat(launcher.toFile().setExecutable(true)).isTrue();
        assertThat(options.missingProgram()).isEmpty();
        assertThat(BenchmarkOptions.parse(new String[] {"--engines", "duckdb", "--launcher",
            temp.resolve("elsewhere").toString()}).missingProgram())
                .as("checked only when customer360 runs").isEmpty();
    }

    @Test
    void aCustomAggregatorOrLauncherNoneRunsThePipelineClassInstead() {
        assertThat(BenchmarkOptions.parse(new String[0]).usesLauncher()).isTrue();
        assertThat(BenchmarkOptions.parse(new String[0]).launcher())
                .isEqualTo(Path.of("customer360-examples/target/customer360"));
        assertThat(BenchmarkOptions.parse(new String[] {"--launcher", "none"}).usesLauncher())
                .isFalse();
        assertThat(BenchmarkOptions.parse(new String[] {"--custom-aggregator", "slot"})
                .usesLauncher()).isFalse();
        assertThat(BenchmarkOptions.parse(new String[] {"--custom-aggregator", "slot"})
                .missingProgram()).as("no launcher needed").isEmpty();
    }

    @Test
    void theUsageNamesTheNewOptions() {
        assertThat(BenchmarkOptions.USAGE).contains("--engines customer360,duckdb,spark",
                "--spark-jar customer360-spark/target/customer360-spark.jar", "--spark-heap 2g",
                "--launcher customer360-examples/target/customer360|none");
    }
}
