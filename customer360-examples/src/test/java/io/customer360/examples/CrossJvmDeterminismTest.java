package io.customer360.examples;

import static org.assertj.core.api.Assertions.assertThat;

import io.customer360.output.OutputNames;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Regression test for apache/parquet-java#3215 (column-chunk encodings written in hash-set
 * order, which differs between JVM runs): two separate JVMs must write byte-identical Parquet.
 */
class CrossJvmDeterminismTest {
    @TempDir
    Path input;
    @TempDir
    Path work;

    @Test
    void twoJvmsWriteByteIdenticalParquet() throws Exception {
        Cli.copySample(input);

        byte[] first = runInNewJvm(work.resolve("first"));
        byte[] second = runInNewJvm(work.resolve("second"));

        assertThat(first).isNotEmpty();
        assertThat(second).isEqualTo(first);
    }

    private byte[] runInNewJvm(Path output) throws IOException, InterruptedException {
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        Process process = new ProcessBuilder(List.of(java, "-cp",
                System.getProperty("java.class.path"), QuickStart.class.getName(),
                input.toString(), output.toString()))
                .redirectErrorStream(true)
                .redirectOutput(work.resolve(output.getFileName() + ".log").toFile())
                .start();
        assertThat(process.waitFor(120, TimeUnit.SECONDS)).as("JVM finished").isTrue();
        assertThat(process.exitValue())
                .as(Files.readString(work.resolve(output.getFileName() + ".log"))).isZero();
        return Files.readAllBytes(output.resolve(OutputNames.CUSTOMER_TABLE));
    }
}
