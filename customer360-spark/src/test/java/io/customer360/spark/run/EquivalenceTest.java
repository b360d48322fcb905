package io.customer360.spark.run;

import static org.assertj.core.api.Assertions.assertThat;

import io.customer360.Customer360;
import io.customer360.benchmarks.generate.DataGenerator;
import io.customer360.io.LocalFiles;
import io.customer360.model.Source;
import io.customer360.output.OutputNames;
import io.customer360.report.RunReport;
import io.customer360.report.SourceReport;
import io.customer360.spark.SparkCustomer360;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.apache.spark.sql.SparkSession;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The Spark engine and the local engine on the same generated inputs (every kind of dirt the
 * generator makes, plus records with quoted fields over several lines, read in small splits so
 * that such records cross split boundaries), with a custom validator, a slot aggregator and a
 * state aggregator, and the over-merge guards (the defaults, or limits low enough to split the
 * generated customers): the same customer rows and merge explanations, the same rejects and
 * rejected-transactions log byte for byte, the same report counts.
 */
class EquivalenceTest {
    /** Small splits: each file is read by many tasks, records crossing their boundaries. */
    private static final long SPLIT_BYTES = 128 * 1024;
    private static SparkSession spark;

    @TempDir
    Path temp;

    @BeforeAll
    static void startSpark() {
        spark = SparkSession.builder().master("local[2]").appName("equivalence")
                .config("spark.ui.enabled", "false")
                .config("spark.sql.shuffle.partitions", "4")
                .getOrCreate();
    }

    @AfterAll
    static void stopSpark() {
        spark.stop();
    }

    @ParameterizedTest
    @ValueSource(longs = {1, 2, 3})
    void bothEnginesGiveTheSameOutputs(long seed) throws Exception {
        Path in = temp.resolve("in");
        DataGenerator.builder().leads(20_000).transactions(100_000).web(60_000).seed(seed)
                .build().writeTo(in);
        addMultiLineRecords(in);
        addCycles(in);
        Path local = temp.resolve("local");
        Path distributed = temp.resolve("spark");

        RunReport localReport = withGuards(seed, withExtensions(LocalFiles.defaults(in, local)))
                .build().run();
        RunReport sparkReport = SparkCustomer360.builder().session(spark)
                .rules(withGuards(seed, withExtensions(LocalFiles.defaults(in, local))))
                .outputDirectory(distributed.toUri().toString())
                .splitBytes(SPLIT_BYTES)
                .build().run();

        assertSameCounts(localReport, sparkReport);
        assertThat(seed == 2 ? sparkReport.identity().linksOverCustomerLimit()
                : seed == 3 ? sparkReport.identity().anomalousIdentifiers() : 1)
                .as("the guards refuse links").isPositive();
        assertSameRows(local.resolve(OutputNames.CUSTOMER_TABLE),
                distributed.resolve(OutputNames.CUSTOMER_TABLE), localReport);
        assertSameLinks(local.resolve(OutputNames.CUSTOMER_LINKS),
                distributed.resolve(OutputNames.CUSTOMER_LINKS),
                localReport.outputs().get(OutputNames.CUSTOMER_LINKS).rows());
        assertThat(concatenated(distributed.resolve(OutputNames.REJECTS)))
                .isEqualTo(Files.readString(local.resolve(OutputNames.REJECTS)));
        assertThat(concatenated(distributed.resolve(OutputNames.REJECTED_TRANSACTIONS)))
                .isEqualTo(Files.readString(local.resolve(OutputNames.REJECTED_TRANSACTIONS)));
        assertThat(Files.readString(local.resolve(OutputNames.REJECTS)))
                .contains("AMOUNT_OVER_LIMIT", "DUPLICATE_LEAD", "DUPLICATE_TRANSACTION_ID",
                        "MALFORMED_RECORD", "\\n");
        assertThat(Files.readString(distributed.resolve(OutputNames.REPORT)))
                .contains("\"customers\": " + localReport.identity().customers());
        assertThat(Files.readString(distributed.resolve(OutputNames.REPORT_PAGE)))
                .contains("<h2>Sources</h2>", "<h2>Identity</h2>");
        try (Stream<Path> left = Files.list(distributed)) {
            assertThat(left.map(path -> path.getFileName().toString()))
                    .as("only the outputs are left")
                    .containsExactlyInAnyOrder(OutputNames.CUSTOMER_TABLE,
                            OutputNames.CUSTOMER_LINKS, OutputNames.REJECTS,
                            OutputNames.REJECTED_TRANSACTIONS, OutputNames.REPORT,
                            OutputNames.REPORT_PAGE);
        }
    }

    /**
     * The default guards for seed 1, which on generated data refuse no link; a customer limit
     * of 2 identifiers for seed 2 and a link limit of 1 for seed 3, which split many customers
     * of two or three identifiers.
     */
    private static Customer360.Builder withGuards(long seed, Customer360.Builder builder) {
        if (seed == 2) {
            return builder.maxIdentifiersPerCustomer(2);
        }
        if (seed == 3) {
            return builder.maxLinksPerIdentifier(1);
        }
        return builder;
    }

    private static Customer360.Builder withExtensions(Customer360.Builder builder) {
        return builder.addTransactionValidator(new TestExtensions.AmountLimit())
                .addAggregator(new TestExtensions.TransactionShape())
                .addAggregator(new TestExtensions.LeadSources());
    }

    /**
     * Appends customers whose links form a cycle across sources (identity map a-u1, transactions
     * b-u1 and b-u2, web activity a-u2), so that which links make the tree of a customer, and
     * so its explanations, depend on the evidence order.
     */
    private static void addCycles(Path in) throws IOException {
        StringBuilder map = new StringBuilder();
        StringBuilder transactions = new StringBuilder();
        StringBuilder web = new StringBuilder();
        for (int i = 0; i < 20; i++) {
            String a = "cycle" + i + "a@cycles.example.com";
            String b = "cycle" + i + "b@cycles.example.com";
            String u1 = String.format("c0c0%04d-0000-4000-8000-000000000001", i);
            String u2 = String.format("c0c0%04d-0000-4000-8000-000000000002", i);
            map.append(a).append(',').append(u1).append('\n');
            transactions.append("TX-CY-").append(i).append("-1|").append(u1)
                    .append("|5.00|completed|2024-01-01|").append(b).append('\n')
                    .append("TX-CY-").append(i).append("-2|").append(u2)
                    .append("|5.00|completed|2024-01-01|").append(b).append('\n');
            web.append("{\"user_uuid\":\"").append(u2).append("\",\"session_id\":\"cy")
                    .append(i).append("\",\"email\":\"").append(a).append("\"}\n");
        }
        append(in.resolve(LocalFiles.IDENTITY_MAP_FILE), map);
        append(in.resolve(LocalFiles.TRANSACTIONS_FILE), transactions);
        append(in.resolve(LocalFiles.WEB_ACTIVITY_FILE), web);
    }

    private static void append(Path file, CharSequence lines) throws IOException {
        String text = Files.readString(file);
        Files.writeString(file, (text.isEmpty() || text.endsWith("\n") ? text : text + "\n")
                + lines, StandardCharsets.UTF_8);
    }

    /**
     * Inserts, all through the leads and transactions files, records with a quoted field over
     * two or three lines: valid leads whose names span lines, and transactions whose email
     * spans lines (rejected, so their raw text goes to the outputs).
     */
    private static void addMultiLineRecords(Path in) throws IOException {
        Path leads = in.resolve(LocalFiles.LEADS_FILE);
        List<String> leadLines = new ArrayList<>(Files.readAllLines(leads));
        for (int i = leadLines.size() - 2; i > 1; i -= 173) {
            leadLines.add(i, "L-ML-" + i + ",\"anne\n  marie-" + i + "\nsmith\",multi" + i
                    + "@lines.example.com,555,web,2024-03-0" + (1 + i % 9) + ",");
        }
        Files.write(leads, leadLines, StandardCharsets.UTF_8);
        Path transactions = in.resolve(LocalFiles.TRANSACTIONS_FILE);
        List<String> transactionLines = new ArrayList<>(Files.readAllLines(transactions));
        for (int i = transactionLines.size() - 2; i > 1; i -= 911) {
            transactionLines.add(i, "TX-ML-" + i + "|0330fcaa-8a5c-8140-574d-d01bc0d04a58|12.50"
                    + "|completed|2024-01-01|\"two\nlines@example.com\"");
        }
        Files.write(transactions, transactionLines, StandardCharsets.UTF_8);
    }

    private static void assertSameCounts(RunReport local, RunReport spark) {
        assertThat(spark.sources().keySet()).isEqualTo(local.sources().keySet());
        for (Map.Entry<Source, SourceReport> source : local.sources().entrySet()) {
            SourceReport expected = source.getValue();
            SourceReport actual = spark.sources().get(source.getKey());
            assertThat(actual.read()).as(source.getKey() + " read").isEqualTo(expected.read());
            assertThat(actual.accepted()).as(source.getKey() + " accepted")
                    .isEqualTo(expected.accepted());
            assertThat(actual.rejected()).as(source.getKey() + " rejected")
                    .isEqualTo(expected.rejected());
            assertThat(actual.rejectedByReason()).as(source.getKey() + " reasons")
                    .isEqualTo(expected.rejectedByReason());
        }
        assertThat(spark.identity()).isEqualTo(local.identity());
        assertThat(spark.outputs().keySet()).isEqualTo(local.outputs().keySet());
        local.outputs().forEach((name, output) ->
                assertThat(spark.outputs().get(name).rows()).as(name).isEqualTo(output.rows()));
        assertThat(spark.outputs().get(OutputNames.REJECTS).sha256())
                .isEqualTo(local.outputs().get(OutputNames.REJECTS).sha256());
    }

    /**
     * The same rows (both ways, with multiplicity), the same Parquet schema, and the Spark
     * table's part files sorted by {@code customer_id} in name order.
     */
    private static void assertSameRows(Path localTable, Path sparkFolder, RunReport local)
            throws SQLException, IOException {
        List<Path> parts = dataFiles(sparkFolder);
        String sparkGlob = sparkFolder.resolve("*.parquet").toString();
        try (Connection duck = DriverManager.getConnection("jdbc:duckdb:");
                Statement sql = duck.createStatement()) {
            assertThat(count(sql, "SELECT count(*) FROM read_parquet('" + sparkGlob + "')"))
                    .isEqualTo(local.identity().customers());
            assertThat(count(sql, "SELECT count(*) FROM (SELECT * FROM read_parquet('"
                    + localTable + "') EXCEPT ALL SELECT * FROM read_parquet('" + sparkGlob
                    + "'))")).as("local rows missing on Spark").isZero();
            assertThat(count(sql, "SELECT count(*) FROM (SELECT * FROM read_parquet('"
                    + sparkGlob + "') EXCEPT ALL SELECT * FROM read_parquet('" + localTable
                    + "'))")).as("Spark rows missing locally").isZero();
            String schema = "SELECT name, type, repetition_type, converted_type, scale,"
                    + " precision, logical_type FROM parquet_schema('%s')"
                    + " WHERE repetition_type IS NOT NULL ORDER BY name";
            assertThat(rows(sql, String.format(schema, parts.get(0))))
                    .isEqualTo(rows(sql, String.format(schema, localTable)));
            List<String> ids = new ArrayList<>();
            for (Path part : parts) {
                ids.addAll(rows(sql, "SELECT customer_id FROM read_parquet('" + part + "')"));
            }
            assertThat(ids).isSorted().hasSize((int) local.identity().customers());
        }
    }

    /**
     * The same merge explanations (both ways, with multiplicity), the same Parquet schema, and
     * the Spark part files sorted by {@code customer_id}, then {@code identifier}, in name
     * order. The {@code file} column is compared by file name: Spark names a file by its URI
     * ({@code file:///...}), the local engine by its path.
     */
    private static void assertSameLinks(Path localLinks, Path sparkFolder, long rows)
            throws SQLException, IOException {
        List<Path> parts = dataFiles(sparkFolder);
        String columns = "customer_id, identifier, identifier_type, evidence, linked_to, source,"
                + " regexp_replace(file, '^.*/', '') AS file, line, guard";
        String local = "SELECT " + columns + " FROM read_parquet('" + localLinks + "')";
        String spark = "SELECT " + columns + " FROM read_parquet('"
                + sparkFolder.resolve("*.parquet") + "')";
        try (Connection duck = DriverManager.getConnection("jdbc:duckdb:");
                Statement sql = duck.createStatement()) {
            assertThat(count(sql, "SELECT count(*) FROM (" + spark + ")")).isEqualTo(rows);
            assertThat(count(sql, "SELECT count(*) FROM (" + local + " EXCEPT ALL " + spark
                    + ")")).as("local explanations missing on Spark").isZero();
            assertThat(count(sql, "SELECT count(*) FROM (" + spark + " EXCEPT ALL " + local
                    + ")")).as("Spark explanations missing locally").isZero();
            assertThat(count(sql, "SELECT count(*) FROM (" + local + ") WHERE evidence IS NOT"
                    + " NULL")).as("explanations with evidence").isPositive();
            String schema = "SELECT name, type, repetition_type, converted_type, logical_type"
                    + " FROM parquet_schema('%s') WHERE repetition_type IS NOT NULL ORDER BY name";
            assertThat(rows(sql, String.format(schema, parts.get(0))))
                    .isEqualTo(rows(sql, String.format(schema, localLinks)));
            List<String> keys = new ArrayList<>();
            for (Path part : parts) {
                keys.addAll(rows(sql, "SELECT customer_id || ' ' || identifier FROM"
                        + " read_parquet('" + part + "')"));
            }
            assertThat(keys).isSorted().hasSize((int) rows);
        }
    }

    private static long count(Statement sql, String query) throws SQLException {
        try (ResultSet result = sql.executeQuery(query)) {
            result.next();
            return result.getLong(1);
        }
    }

    private static List<String> rows(Statement sql, String query) throws SQLException {
        List<String> rows = new ArrayList<>();
        try (ResultSet result = sql.executeQuery(query)) {
            int columns = result.getMetaData().getColumnCount();
            while (result.next()) {
                StringBuilder row = new StringBuilder();
                for (int c = 1; c <= columns; c++) {
                    row.append(result.getString(c)).append('|');
                }
                rows.add(row.toString());
            }
        }
        return rows;
    }

    private static List<Path> dataFiles(Path folder) throws IOException {
        try (Stream<Path> files = Files.list(folder)) {
            return files.filter(file -> !file.getFileName().toString().startsWith("_")
                    && !file.getFileName().toString().startsWith("."))
                    .sorted().collect(Collectors.toList());
        }
    }

    private static String concatenated(Path folder) throws IOException {
        StringBuilder text = new StringBuilder();
        for (Path part : dataFiles(folder)) {
            text.append(Files.readString(part));
        }
        return text.toString();
    }
}
