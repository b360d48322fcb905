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
                EngineOutput.CUSTOMER_ROWS, EngineOutput.REJECTS_LINES,
                EngineOutput.REJECTED_TRANSACTIONS_LINES);
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
    void duckDbsReportHasItsCustomersAtTheTop() throws IOException {
        String report = "{\"engine\":\"duckdb\",\"sources\":{\"leads\":{\"read\":5,\"accepted\":4,"
                + "\"rejected\":1}},\"customers\":3}";

        assertThat(EngineOutput.reportCounts(report.getBytes(StandardCharsets.UTF_8)))
                .containsExactly(Map.entry("leads.read", 5L), Map.entry("leads.accepted", 4L),
                        Map.entry("leads.rejected", 1L), Map.entry("customers", 3L));
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
