package io.customer360.benchmarks;

import static org.assertj.core.api.Assertions.assertThat;

import io.customer360.benchmarks.generate.GeneratedData;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class BenchmarkResultTest {
    private static final GeneratedData DATA = new GeneratedData(Path.of("in"), 10, 100, 100, 20,
            25_000_000);

    @TempDir
    Path temp;

    private static BenchmarkResult result(String engine, String heap, long wallMillis,
            Map<String, Long> counts) {
        return new BenchmarkResult(BenchmarkSize.SMALL, engine, heap, DATA.bytes(), DATA.records(),
                new long[] {wallMillis}, -1, 500_000_000, 0, counts);
    }

    private static List<BenchmarkResult> threeEngines(long sparkCustomers) {
        return List.of(
                result("customer360", "1g", 2_000, Map.of("customers", 9L, "leads.accepted", 8L,
                        "duration_ms", 1_500L, EngineOutput.REJECTS_LINES, 4L)),
                result("duckdb", "1g", 1_000, Map.of("customers", 9L, "leads.accepted", 8L,
                        "duration_ms", 900L, EngineOutput.REJECTS_LINES, 4L)),
                result("spark", "2g", 8_000, Map.of("customers", sparkCustomers,
                        "leads.accepted", 8L, EngineOutput.REJECTS_LINES, 4L)));
    }

    @Test
    void ofTakesTheHeapAndFillsCountsFromTheOutputs() {
        ForkedJvm.Result run = new ForkedJvm.Result(0, 3_000_000_000L, 400_000_000L,
                "summary without key value lines\n", "");

        BenchmarkResult result = BenchmarkResult.of(BenchmarkSize.SMALL, Engine.SPARK, "2g", DATA,
                List.of(run), Map.of("customers", 9L, EngineOutput.CUSTOMER_ROWS, 9L));

        assertThat(result.heap()).isEqualTo("2g");
        assertThat(result.engine()).isEqualTo("spark");
        assertThat(result.peakHeapBytes()).isEqualTo(-1);
        assertThat(result.counts()).containsEntry("customers", 9L)
                .containsEntry(EngineOutput.CUSTOMER_ROWS, 9L);
    }

    @Test
    void whatARunPrintedWinsOverItsOutputFolder() {
        ForkedJvm.Result run = new ForkedJvm.Result(0, 1, 1, "customers=7\npeak_heap_bytes=5\n", "");

        BenchmarkResult result = BenchmarkResult.of(BenchmarkSize.SMALL, Engine.CUSTOMER360, "1g",
                DATA, List.of(run), Map.of("customers", 8L, EngineOutput.REJECTS_LINES, 3L));

        assertThat(result.counts()).containsEntry("customers", 7L)
                .containsEntry(EngineOutput.REJECTS_LINES, 3L);
        assertThat(result.peakHeapBytes()).isEqualTo(5);
    }

    @Test
    void theRatiosAreCustomer360OverEachPeer() {
        List<BenchmarkResult> results = threeEngines(9);

        assertThat(BenchmarkResult.ratio(results, BenchmarkSize.SMALL, Engine.DUCKDB)).isEqualTo(2.0);
        assertThat(BenchmarkResult.ratio(results, BenchmarkSize.SMALL, Engine.SPARK)).isEqualTo(0.25);
        assertThat(BenchmarkResult.ratio(results.subList(0, 2), BenchmarkSize.SMALL, Engine.SPARK))
                .isNaN();
    }

    @Test
    void theTableShowsEachEnginesHeapAndTheSparkRatioWhenSparkRan() {
        String table = BenchmarkResult.table(threeEngines(9));
        List<String> lines = table.lines().toList();

        assertThat(lines).hasSize(5);
        assertThat(lines.get(0)).contains("-Xmx", "c360/duckdb", "c360/spark");
        assertThat(lines.get(2)).contains("customer360", "|    1g |", "2.00", "0.25");
        assertThat(lines.get(4)).contains("spark", "|    2g |", "n/a");
        assertThat(lines).allSatisfy(line -> assertThat(line.chars().filter(c -> c == '|').count())
                .isEqualTo(13));
        assertThat(lines).as("aligned").extracting(String::length)
                .containsOnly(lines.get(0).length());

        String withoutSpark = BenchmarkResult.table(threeEngines(9).subList(0, 2));
        assertThat(withoutSpark).contains("-Xmx", "c360/duckdb").doesNotContain("c360/spark");
    }

    @Test
    void enginesThatAgreeAreSaidToAgree() {
        List<BenchmarkResult> results = threeEngines(9);

        assertThat(BenchmarkResult.differences(results, BenchmarkSize.SMALL)).isEmpty();
        assertThat(BenchmarkResult.crossCheck(results)).isEqualTo("small: customer360, duckdb, spark"
                + " agree on the counts per source and reason code, customers, the customer table's"
                + " rows and digest, and the rejects' lines and digest"
                + System.lineSeparator());
    }

    @Test
    void aDifferenceNamesTheCountAndEachEnginesValue() {
        List<BenchmarkResult> results = threeEngines(10);

        assertThat(BenchmarkResult.differences(results, BenchmarkSize.SMALL))
                .containsExactly("customers: customer360 9, duckdb 9, spark 10");
        assertThat(BenchmarkResult.crossCheck(results)).startsWith("small: customer360, duckdb,"
                + " spark differ on customers: customer360 9, duckdb 9, spark 10");
    }

    @Test
    void aReasonCodeThatAnEngineDoesNotListCountsAsZeroForIt() {
        List<BenchmarkResult> results = List.of(
                result("customer360", "1g", 2_000, Map.of("web_activity.rejected", 5L,
                        "web_activity.rejected.MALFORMED_RECORD", 3L,
                        "web_activity.rejected.INVALID_EMAIL", 2L)),
                result("duckdb", "1g", 1_000, Map.of("web_activity.rejected", 5L,
                        "web_activity.rejected.INVALID_EMAIL", 2L,
                        "web_activity.rejected.MISSING_USER_UUID", 3L)),
                result("spark", "2g", 8_000, Map.of("web_activity.rejected", 5L)));

        assertThat(BenchmarkResult.differences(results, BenchmarkSize.SMALL)).containsExactlyInAnyOrder(
                "web_activity.rejected.MALFORMED_RECORD: customer360 3, duckdb 0",
                "web_activity.rejected.MISSING_USER_UUID: customer360 0, duckdb 3");
    }

    @Test
    void twoEnginesAreCompared() {
        List<BenchmarkResult> results = List.of(threeEngines(10).get(0), threeEngines(10).get(2));

        assertThat(BenchmarkResult.differences(results, BenchmarkSize.SMALL))
                .containsExactly("customers: customer360 9, spark 10");
    }

    @Test
    void timingsAreNotCompared() {
        assertThat(BenchmarkResult.compared("duration_ms")).isFalse();
        assertThat(BenchmarkResult.compared("peak_heap_bytes")).isFalse();
        assertThat(BenchmarkResult.compared("label_rounds")).isFalse();
        assertThat(BenchmarkResult.compared("web_activity.rejected")).isTrue();
        assertThat(BenchmarkResult.compared("web_activity.rejected.MALFORMED_RECORD")).isTrue();
        assertThat(BenchmarkResult.compared(EngineOutput.CUSTOMER_TABLE_DIGEST)).isTrue();
        assertThat(BenchmarkResult.compared(EngineOutput.CUSTOMER_ROWS)).isTrue();
    }

    @Test
    void oneEngineAloneIsNotCrossChecked() {
        assertThat(BenchmarkResult.crossCheck(threeEngines(9).subList(2, 3))).isEmpty();
    }

    @Test
    void theJsonHasEachEnginesHeapTheSparkSettingsAndTheCrossCheck() throws Exception {
        BenchmarkOptions options = BenchmarkOptions.parse(new String[] {
            "--engines", "customer360,duckdb,spark", "--spark-heap", "3g"});
        Path file = temp.resolve("results.json");

        BenchmarkResult.writeJson(threeEngines(10), options, file);

        String json = Files.readString(file, StandardCharsets.UTF_8);
        assertThat(json).contains("\"heap\" : \"1g\"", "\"spark_heap\" : \"3g\"",
                "\"spark_master\" : \"local[2]\"", "\"xmx\" : \"2g\"",
                "\"ratio_customer360_to_duckdb\" : 2.0", "\"ratio_customer360_to_spark\" : 0.25",
                "\"agree\" : false", "\"customers: customer360 9, duckdb 9, spark 10\"");
    }
}
