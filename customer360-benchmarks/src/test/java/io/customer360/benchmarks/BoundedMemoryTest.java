package io.customer360.benchmarks;

import static org.assertj.core.api.Assertions.assertThat;

import io.customer360.benchmarks.generate.DataGenerator;
import io.customer360.benchmarks.generate.GeneratedData;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * SPEC §7 and issue #4: memory is bounded by customers and identifiers, not by rows. Runs the
 * default pipeline on a generated medium input (1M transactions, 1M web events, 100k leads,
 * about 250 MB) in a forked JVM with {@code -Xmx256m}. The heap can be changed with
 * {@code -Dcustomer360.boundedMemory.heap=1g} to measure what an engine needs.
 */
class BoundedMemoryTest {
    private static final String HEAP = System.getProperty("customer360.boundedMemory.heap", "256m");
    private static final long TIMEOUT_SECONDS = 180;

    @TempDir
    Path temp;

    @Test
    void mediumInputCompletesInSmallHeapAndKeepsEveryRecord() throws Exception {
        GeneratedData data = DataGenerator.builder()
                .leads(100_000).transactions(1_000_000).web(1_000_000).seed(4)
                .build().writeTo(temp.resolve("in"));

        ForkedJvm.Result result = runPipeline(data.directory(), temp.resolve("out"));

        assertThat(result.exitCode()).as("exit code with -Xmx%s; stderr:%n%s", HEAP, result.stderrTail())
                .isZero();
        Map<String, Long> counts = result.values();
        assertThat(counts).containsEntry("leads.read", data.leads())
                .containsEntry("transactions.read", data.transactions())
                .containsEntry("web_activity.read", data.webEvents())
                .containsEntry("identity_map.read", data.identityLinks());
        for (String source : List.of("leads", "transactions", "web_activity", "identity_map")) {
            assertThat(counts.get(source + ".accepted") + counts.get(source + ".rejected"))
                    .as("%s: read = accepted + rejected", source)
                    .isEqualTo(counts.get(source + ".read"));
        }
        assertThat(Files.readString(temp.resolve("out/run_report.json"), StandardCharsets.UTF_8))
                .contains("\"transactions\"");
        assertThat(temp.resolve("out/customer_360.parquet")).isNotEmptyFile();
    }

    private static ForkedJvm.Result runPipeline(Path in, Path out) throws IOException, InterruptedException {
        ForkedJvm jvm = ForkedJvm.builder()
                .heap(HEAP)
                .mainClass(RunPipeline.class.getName())
                .arguments(List.of(in.toString(), out.toString()))
                .build();
        return jvm.run(TIMEOUT_SECONDS, TimeUnit.SECONDS);
    }
}
