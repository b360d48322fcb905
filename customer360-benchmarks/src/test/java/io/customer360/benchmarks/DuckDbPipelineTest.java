package io.customer360.benchmarks;

import static org.assertj.core.api.Assertions.assertThat;

import io.customer360.benchmarks.generate.DataGenerator;
import io.customer360.benchmarks.generate.GeneratedData;
import io.customer360.io.LocalFiles;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Collectors;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The DuckDB peer applies customer360's rules (issue #17): on generated data both engines give
 * the same counts per source and reason code, the same customer table value for value and the
 * same rejects line for line, except where DuckDB's JSON reader is lenient (the script's list of
 * differences).
 */
class DuckDbPipelineTest {
    /** Web lines the generator writes that DuckDB reads as records: a trailing comma. */
    private static final String TRAILING_COMMA = "{\"user_uuid\":\"x\",}";
    /** ... and text after the object. */
    private static final String TRAILING_TEXT = "{\"page_views\": 3} trailing";

    @TempDir
    Path temp;

    private Path input;

    @BeforeEach
    void generate() throws IOException {
        // 30,000 transactions hold one quote that is never closed (line 25,002).
        GeneratedData data = DataGenerator.builder().leads(1_000).transactions(30_000)
                .web(10_000).seed(17).build().writeTo(temp.resolve("in"));
        input = data.directory();
    }

    @Test
    void thePeerAgreesWithCustomer360OnEveryCountValueAndReject() throws Exception {
        Path web = input.resolve("web_activity.json");
        List<String> lines = Files.readAllLines(web, StandardCharsets.UTF_8);
        Files.write(web, lines.stream().filter(line -> !line.equals(TRAILING_COMMA)
                && !line.equals(TRAILING_TEXT)).toList(), StandardCharsets.UTF_8);

        Map<String, Long> customer360 = compared(runCustomer360());
        Map<String, Long> duckdb = compared(runPeer());

        assertThat(customer360).containsKeys("transactions.rejected.MALFORMED_RECORD",
                "leads.rejected.DUPLICATE_LEAD", "transactions.rejected.DUPLICATE_TRANSACTION_ID",
                "web_activity.rejected.MALFORMED_RECORD", EngineOutput.CUSTOMER_TABLE_DIGEST,
                EngineOutput.REJECTS_DIGEST);
        assertThat(duckdb).isEqualTo(customer360);
    }

    @Test
    void webLinesDuckDbReadsLenientlyAreTheOnlyDifference() throws Exception {
        List<String> lines = Files.readAllLines(input.resolve("web_activity.json"),
                StandardCharsets.UTF_8);
        long trailingCommas = lines.stream().filter(TRAILING_COMMA::equals).count();
        long trailingTexts = lines.stream().filter(TRAILING_TEXT::equals).count();

        Map<String, Long> customer360 = compared(runCustomer360());
        Map<String, Long> duckdb = compared(runPeer());

        assertThat(trailingCommas).isPositive();
        assertThat(trailingTexts).isPositive();
        Map<String, Long> difference = new TreeMap<>();
        customer360.forEach((key, value) -> {
            long delta = duckdb.getOrDefault(key, 0L) - value;
            if (delta != 0 && !key.equals(EngineOutput.REJECTS_DIGEST)) {
                difference.put(key, delta);
            }
        });
        duckdb.keySet().stream().filter(key -> !customer360.containsKey(key))
                .forEach(key -> difference.put(key, duckdb.get(key)));
        assertThat(difference).containsExactlyEntriesOf(new TreeMap<>(Map.of(
                "web_activity.rejected.INVALID_USER_UUID", trailingCommas,
                "web_activity.rejected.MALFORMED_RECORD", -trailingCommas - trailingTexts,
                "web_activity.rejected.MISSING_USER_UUID", trailingTexts)));
    }

    private Path runCustomer360() throws Exception {
        Path output = temp.resolve("out-customer360");
        LocalFiles.defaults(input, output).build().run();
        return output;
    }

    private Path runPeer() throws Exception {
        Path output = temp.resolve("out-duckdb");
        new DuckDbPipeline(input, output).run();
        return output;
    }

    /** The counts the benchmark compares across engines. */
    private static Map<String, Long> compared(Path output) throws IOException {
        return EngineOutput.counts(output).entrySet().stream()
                .filter(entry -> BenchmarkResult.compared(entry.getKey()))
                .collect(Collectors.toMap(Map.Entry::getKey, Map.Entry::getValue,
                        (a, b) -> a, TreeMap::new));
    }
}
