package io.customer360.benchmarks;

import static org.assertj.core.api.Assertions.assertThat;

import io.customer360.benchmarks.generate.DataGenerator;
import io.customer360.benchmarks.generate.GeneratedData;
import io.customer360.io.LocalFiles;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
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
        addCasesTheGeneratorMakesRarely();
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

    /**
     * Puts in, after the header rows, what a small generated input lacks: consecutive
     * malformed lines (the line numbers after them), leads of one email with the same creation
     * date written in two forms and without a date (the later row wins the tie), and identity
     * map rows for the over-merge guards: a placeholder e-mail on two user UUIDs (blocklist) and
     * an e-mail linked to 51 user UUIDs (link limit), each UUID with a transaction.
     */
    private void addCasesTheGeneratorMakesRarely() throws IOException {
        List<String> guarded = new ArrayList<>();
        List<String> guardedTransactions = new ArrayList<>();
        for (int i = 0; i < 53; i++) {
            String uuid = String.format(Locale.ROOT, "%08x-0000-4000-8000-%012x", i + 1, i + 1);
            guarded.add((i < 2 ? (i == 0 ? "test@example.com" : "NoReply@shop.example.com")
                    : "shared.device@example.com") + "," + uuid);
            guardedTransactions.add("TX-GUARD-" + i + "|" + uuid + "|5.00|completed|2024-03-05|");
        }
        guarded.add("test@example.com,00000000-0000-4000-8000-0000000000ff");
        guardedTransactions.add("TX-GUARD-BLOCKED|00000000-0000-4000-8000-0000000000ff|5.00|completed||");
        insertAfterHeader("identity_map.csv", guarded);
        insertAfterHeader("transactions.txt", guardedTransactions);
        insertAfterHeader("transactions.txt", List.of("TX-900001|x", "TX-900002|a|b|c|d|e|f|g",
                "TX-900003|6d847029-ed00-e13b-46d5-c6ccd91c321a|10.00|completed|2024-03-05|"));
        insertAfterHeader("crm_leads.csv", List.of(
                "L-900001,ann tie,ann.tie@example.com,,Web,2024-03-05T10:00:00Z,",
                "L-900002,ANN TIE,Ann.Tie@example.com,,Web,2024-03-05 10:00:00,",
                "L-900003,bo nodate,bo.nodate@example.com,,Web,,",
                "L-900004,x", "L-900005,y",
                "L-900006,BO NODATE,bo.nodate@example.com,,Web,,"));
        insertAfterHeader("identity_map.csv", List.of("a,b,c", "d,e,f",
                "ann.tie@example.com,6d847029-ed00-e13b-46d5-c6ccd91c321a"));
    }

    private void insertAfterHeader(String file, List<String> added) throws IOException {
        List<String> lines = new ArrayList<>(Files.readAllLines(input.resolve(file),
                StandardCharsets.UTF_8));
        lines.addAll(1, added);
        Files.write(input.resolve(file), lines, StandardCharsets.UTF_8);
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
