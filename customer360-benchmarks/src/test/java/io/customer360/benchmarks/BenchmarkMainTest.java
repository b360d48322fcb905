package io.customer360.benchmarks;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The harness refuses to start Spark without its jar, before it generates anything. */
class BenchmarkMainTest {
    @TempDir
    Path temp;

    @Test
    void aMissingSparkJarStopsTheHarnessAtStartWithOneLine() throws Exception {
        Path jar = temp.resolve("customer360-spark.jar");
        Path work = temp.resolve("work");

        ForkedJvm.Result result = ForkedJvm.builder().heap("256m")
                .mainClass(Benchmark.class.getName())
                .arguments(List.of("--engines", "customer360,spark", "--sizes", "small",
                        "--work", work.toString(), "--spark-jar", jar.toString()))
                .build().run(60, TimeUnit.SECONDS);

        assertThat(result.exitCode()).isEqualTo(2);
        assertThat(result.stderrTail()).isEqualTo("The Spark jar " + jar + " does not exist:"
                + " build it from the repository root with"
                + " mvn -B -q package -DskipTests -pl customer360-spark -am (it writes"
                + " customer360-spark/target/customer360-spark.jar), or give its path with"
                + " --spark-jar PATH" + System.lineSeparator());
        assertThat(work).doesNotExist();
    }
}
