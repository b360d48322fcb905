package io.customer360.benchmarks;

import static org.assertj.core.api.Assertions.assertThat;

import io.customer360.benchmarks.generate.DataGenerator;
import io.customer360.benchmarks.generate.GeneratedData;
import io.customer360.io.LocalFiles;
import io.customer360.output.OutputNames;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The outputs of customer360 (one file each) and of Spark (folders of part files whose
 * concatenation in name order is the file) are counted alike.
 */
class EngineOutputTest {
    @TempDir
    Path temp;

    private Path local;

    @BeforeEach
    void runTheLocalEngine() throws Exception {
        GeneratedData data = DataGenerator.builder().leads(300).transactions(3_000).web(3_000)
                .seed(11).build().writeTo(temp.resolve("in"));
        local = temp.resolve("out-customer360");
        LocalFiles.defaults(data.directory(), local).build().run();
    }

    @Test
    void theLocalOutputsAreCounted() throws IOException {
        Map<String, Long> counts = EngineOutput.counts(local);

        assertThat(counts).containsKeys("customers", "leads.read", "leads.accepted",
                "leads.rejected", "transactions.rejected", "web_activity.accepted",
                "leads.rejected.DUPLICATE_LEAD", "transactions.rejected.MALFORMED_RECORD",
                EngineOutput.CUSTOMER_ROWS, EngineOutput.CUSTOMER_TABLE_DIGEST,
                EngineOutput.REJECTS_LINES, EngineOutput.REJECTS_DIGEST,
                EngineOutput.REJECTED_TRANSACTIONS_LINES);
        for (String source : List.of("identity_map", "leads", "transactions", "web_activity")) {
            assertThat(counts.entrySet().stream()
                    .filter(count -> count.getKey().startsWith(source + ".rejected."))
                    .mapToLong(Map.Entry::getValue).sum())
                    .as("%s: the rejects by reason add up to the rejects", source)
                    .isEqualTo(counts.get(source + ".rejected"));
        }
        assertThat(counts.get("customers")).isPositive();
        assertThat(counts.get(EngineOutput.CUSTOMER_ROWS)).isEqualTo(counts.get("customers"));
        assertThat(counts.get(EngineOutput.REJECTS_LINES)).isEqualTo(
                counts.get("leads.rejected") + counts.get("transactions.rejected")
                        + counts.get("web_activity.rejected") + counts.get("identity_map.rejected"));
        assertThat(counts.get(EngineOutput.REJECTED_TRANSACTIONS_LINES)).isPositive();
    }

    @Test
    void foldersOfPartFilesCountAsTheFileTheyConcatenateTo() throws Exception {
        Path spark = Files.createDirectories(temp.resolve("out-spark"));
        Files.copy(local.resolve(OutputNames.REPORT), spark.resolve(OutputNames.REPORT));
        splitIntoParts(local.resolve(OutputNames.REJECTS), spark.resolve(OutputNames.REJECTS));
        splitIntoParts(local.resolve(OutputNames.REJECTED_TRANSACTIONS),
                spark.resolve(OutputNames.REJECTED_TRANSACTIONS));
        splitParquet(local.resolve(OutputNames.CUSTOMER_TABLE),
                spark.resolve(OutputNames.CUSTOMER_TABLE));

        Map<String, Long> expected = EngineOutput.counts(local);
        assertThat(EngineOutput.counts(spark)).isEqualTo(expected);
        assertThat(EngineOutput.parts(spark.resolve(OutputNames.REJECTS)))
                .extracting(path -> path.getFileName().toString())
                .containsExactly("part-00000", "part-00001", "part-00002", "part-00003");
    }

    @Test
    void linesCountTheConcatenation() throws IOException {
        Path a = Files.writeString(temp.resolve("a"), "one\ntw", StandardCharsets.UTF_8);
        Path b = Files.writeString(temp.resolve("b"), "o\nthree", StandardCharsets.UTF_8);
        Path empty = Files.writeString(temp.resolve("c"), "", StandardCharsets.UTF_8);

        assertThat(EngineOutput.lines(List.of(a, b))).isEqualTo(3);
        assertThat(EngineOutput.lines(List.of(a, b, empty))).isEqualTo(3);
        assertThat(EngineOutput.lines(List.of(empty))).isZero();
        assertThat(EngineOutput.lines(List.of())).isZero();
    }

    @Test
    void anAbsentOutputHasNoCount() throws IOException {
        Path partial = Files.createDirectories(temp.resolve("partial"));
        Files.createDirectories(partial.resolve(OutputNames.REJECTS));

        assertThat(EngineOutput.counts(partial))
                .containsExactly(Map.entry(EngineOutput.REJECTS_LINES, 0L));
    }

    @Test
    void aReportGivesTheCountsPerSourceAndReasonCodeAndTheCustomers() throws IOException {
        String report = "{\"engine\":\"duckdb\",\"sources\":{\"leads\":{\"read\":5,\"accepted\":2,"
                + "\"rejected\":3,\"rejected_by_reason\":{\"INVALID_EMAIL\":1,\"MISSING_EMAIL\":2},"
                + "\"path\":\"in/crm_leads.csv\"}},\"identity\":{\"customers\":3,\"with_lead\":2}}";

        assertThat(EngineOutput.reportCounts(report.getBytes(StandardCharsets.UTF_8)))
                .containsExactly(Map.entry("leads.read", 5L), Map.entry("leads.accepted", 2L),
                        Map.entry("leads.rejected", 3L), Map.entry("leads.rejected.INVALID_EMAIL", 1L),
                        Map.entry("leads.rejected.MISSING_EMAIL", 2L), Map.entry("customers", 3L));
    }

    @Test
    void oneValueChangedInTheCustomerTableChangesItsDigestAlone() throws Exception {
        Path changed = Files.createDirectories(temp.resolve("changed"));
        String source = "read_parquet('" + local.resolve(OutputNames.CUSTOMER_TABLE).toAbsolutePath() + "')";
        try (Connection connection = DriverManager.getConnection("jdbc:duckdb:");
                Statement statement = connection.createStatement()) {
            statement.execute("COPY (SELECT * REPLACE (CASE WHEN customer_id = (SELECT max(customer_id)"
                    + " FROM " + source + ") THEN total_page_views + 1 ELSE total_page_views END"
                    + " AS total_page_views) FROM " + source + ") TO '"
                    + changed.resolve(OutputNames.CUSTOMER_TABLE).toAbsolutePath() + "' (FORMAT PARQUET)");
        }

        Map<String, Long> counts = EngineOutput.counts(local);
        Map<String, Long> changedCounts = EngineOutput.counts(changed);
        assertThat(changedCounts.get(EngineOutput.CUSTOMER_ROWS)).isEqualTo(counts.get(EngineOutput.CUSTOMER_ROWS));
        assertThat(changedCounts.get(EngineOutput.CUSTOMER_TABLE_DIGEST))
                .isNotEqualTo(counts.get(EngineOutput.CUSTOMER_TABLE_DIGEST));
    }

    @Test
    void theRejectsDigestTakesSourceLineAndCodeInAnyOrder() throws IOException {
        Path a = Files.writeString(temp.resolve("a.jsonl"),
                "{\"source\":\"leads\",\"line\":3,\"reason_code\":\"MISSING_EMAIL\",\"reason\":\"x\"}\n"
                + "{\"source\":\"leads\",\"line\":9,\"reason_code\":\"INVALID_EMAIL\",\"raw\":\"y\"}\n",
                StandardCharsets.UTF_8);
        Path reordered = Files.writeString(temp.resolve("b.jsonl"),
                "{\"line\":9,\"reason_code\":\"INVALID_EMAIL\",\"source\":\"leads\",\"raw\":\"z\"}\n"
                + "{\"source\":\"leads\",\"line\":3,\"reason_code\":\"MISSING_EMAIL\"}\n",
                StandardCharsets.UTF_8);
        Path otherCode = Files.writeString(temp.resolve("c.jsonl"),
                "{\"source\":\"leads\",\"line\":3,\"reason_code\":\"MISSING_EMAIL\"}\n"
                + "{\"source\":\"leads\",\"line\":9,\"reason_code\":\"MALFORMED_RECORD\"}\n",
                StandardCharsets.UTF_8);
        Path twice = Files.writeString(temp.resolve("d.jsonl"),
                "{\"source\":\"leads\",\"line\":3,\"reason_code\":\"MISSING_EMAIL\"}\n".repeat(2)
                + "{\"source\":\"leads\",\"line\":9,\"reason_code\":\"INVALID_EMAIL\"}\n".repeat(2),
                StandardCharsets.UTF_8);

        long digest = EngineOutput.rejectsDigest(List.of(a));
        assertThat(EngineOutput.rejectsDigest(List.of(reordered))).isEqualTo(digest);
        assertThat(EngineOutput.rejectsDigest(List.of(otherCode))).isNotEqualTo(digest);
        assertThat(EngineOutput.rejectsDigest(List.of(twice))).isNotEqualTo(digest)
                .isNotZero();
    }

    /**
     * Writes {@code file} as Spark would: part files cut at arbitrary bytes (one empty), with
     * a {@code _SUCCESS} marker and a checksum file that hold newlines of their own.
     */
    private static void splitIntoParts(Path file, Path folder) throws IOException {
        byte[] bytes = Files.readAllBytes(file);
        Files.createDirectories(folder);
        int[] cuts = {0, bytes.length / 3 + 1, bytes.length / 2, bytes.length, bytes.length};
        for (int i = 0; i + 1 < cuts.length; i++) {
            Files.write(folder.resolve(String.format("part-%05d", i)),
                    Arrays.copyOfRange(bytes, cuts[i], cuts[i + 1]));
        }
        Files.writeString(folder.resolve("_SUCCESS"), "\n\n", StandardCharsets.UTF_8);
        Files.writeString(folder.resolve(".part-00000.crc"), "\n\n\n", StandardCharsets.UTF_8);
    }

    private static void splitParquet(Path file, Path folder) throws IOException, SQLException {
        Files.createDirectories(folder);
        String source = "read_parquet('" + file.toAbsolutePath() + "')";
        try (Connection connection = DriverManager.getConnection("jdbc:duckdb:");
                Statement statement = connection.createStatement()) {
            statement.execute("COPY (SELECT * FROM " + source + " ORDER BY customer_id LIMIT 100)"
                    + " TO '" + folder.resolve("part-00000-a.snappy.parquet").toAbsolutePath()
                    + "' (FORMAT PARQUET)");
            statement.execute("COPY (SELECT * FROM " + source + " ORDER BY customer_id OFFSET 100)"
                    + " TO '" + folder.resolve("part-00001-a.snappy.parquet").toAbsolutePath()
                    + "' (FORMAT PARQUET)");
        }
        Files.writeString(folder.resolve("_SUCCESS"), "", StandardCharsets.UTF_8);
        Files.write(folder.resolve(".part-00000-a.snappy.parquet.crc"), new byte[] {1, 2, 3});
    }
}
