package io.customer360.benchmarks;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.entry;

import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;

class EngineTest {
    private static final String JAVA = Path.of(System.getProperty("java.home"), "bin", "java")
            .toString();

    @Test
    void sparkRunsTheRunnableJarInLocalTwoWithItsOwnHeap() {
        BenchmarkOptions options = BenchmarkOptions.parse(new String[] {
            "--engines", "spark", "--heap", "1g", "--spark-heap", "3g"});

        List<String> command = Engine.SPARK.fork(options, Path.of("target/data/small"),
                Path.of("target/data/out-spark")).command();

        Path here = Path.of("").toAbsolutePath();
        assertThat(command).containsExactly(JAVA, "-Xmx3g", "-jar",
                here.resolve("customer360-spark/target/customer360-spark.jar").toString(),
                "--master", "local[2]",
                here.resolve("target/data/small").toString(),
                here.resolve("target/data/out-spark").toString());
    }

    @Test
    void sparkTakesTheJarOfTheOption() {
        BenchmarkOptions options = BenchmarkOptions.parse(new String[] {
            "--engines", "spark", "--spark-jar", "/opt/spark-cli/../c360/c360-spark.jar"});

        assertThat(Engine.SPARK.fork(options, Path.of("/in"), Path.of("/out")).command())
                .containsExactly(JAVA, "-Xmx2g", "-jar", "/opt/c360/c360-spark.jar", "--master",
                        "local[2]", "/in", "/out");
    }

    @Test
    void theLocalEnginesKeepTheHarnessClassPathAndHeap() {
        BenchmarkOptions options = BenchmarkOptions.parse(new String[] {
            "--heap", "768m", "--custom-aggregator", "slot"});
        String classPath = System.getProperty("java.class.path");

        assertThat(Engine.CUSTOMER360.fork(options, Path.of("in"), Path.of("out")).command())
                .containsExactly(JAVA, "-Xmx768m", "-cp", classPath, RunPipeline.class.getName(),
                        "in", "out", "--custom-aggregator=slot");
        assertThat(Engine.DUCKDB.fork(options, Path.of("in"), Path.of("out")).command())
                .containsExactly(JAVA, "-Xmx768m", "-cp", classPath,
                        DuckDbPipeline.class.getName(), "in", "out");
    }

    @Test
    void customer360RunsTheLauncherWithTheHeapAndThisJavaInItsEnvironment() {
        BenchmarkOptions options = BenchmarkOptions.parse(new String[] {
            "--heap", "768m", "--launcher", "bin/../dist/customer360"});

        ForkedJvm jvm = Engine.CUSTOMER360.fork(options, Path.of("in"), Path.of("out"));

        Path here = Path.of("").toAbsolutePath();
        assertThat(jvm.command()).containsExactly(here.resolve("dist/customer360").toString(),
                here.resolve("in").toString(), here.resolve("out").toString());
        assertThat(jvm.environment()).containsOnly(
                entry("JAVA_HOME", System.getProperty("java.home")),
                entry("CUSTOMER360_JAVA_OPTS", "-Xmx768m"));
        assertThat(Engine.DUCKDB.fork(options, Path.of("in"), Path.of("out")).environment())
                .isEmpty();
    }

    @Test
    void labelsNameTheEngines() {
        assertThat(Engine.of("spark")).isEqualTo(Engine.SPARK);
        assertThat(Engine.of(" duckdb")).isEqualTo(Engine.DUCKDB);
        assertThat(Engine.SPARK.label()).isEqualTo("spark");
    }
}
