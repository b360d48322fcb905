package io.customer360.examples;

import static org.assertj.core.api.Assertions.assertThat;

import io.customer360.io.LocalFiles;
import io.customer360.output.OutputNames;
import java.math.BigDecimal;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Reads {@code customer_360.parquet} of the bundled sample back with DuckDB, an independent
 * Parquet reader, and checks column types, nullability and values against SPEC §5.
 */
class SampleCustomerTableTest {
    private static final String ALICE_UUID = "8d3c1f0e-5b7a-4c2e-9f1a-1b2c3d4e5f60";

    @TempDir
    static Path input;
    @TempDir
    static Path output;
    private static String table;

    @BeforeAll
    static void runSample() {
        Cli.copySample(input);
        LocalFiles.defaults(input, output).build().run();
        table = "read_parquet('" + output.resolve(OutputNames.CUSTOMER_TABLE) + "')";
    }

    @Test
    void hasTheSpecColumnsTypesInOrder() throws SQLException {
        Map<String, String> types = new LinkedHashMap<>();
        query("DESCRIBE SELECT * FROM " + table,
                rs -> types.put(rs.getString("column_name"), rs.getString("column_type")));

        assertThat(types).containsExactly(
                Map.entry("customer_id", "VARCHAR"), Map.entry("primary_email", "VARCHAR"),
                Map.entry("emails", "VARCHAR[]"), Map.entry("user_uuids", "VARCHAR[]"),
                Map.entry("lead_id", "VARCHAR"), Map.entry("full_name", "VARCHAR"),
                Map.entry("phone", "VARCHAR"), Map.entry("lead_source", "VARCHAR"),
                Map.entry("lead_created_at", "TIMESTAMP WITH TIME ZONE"),
                Map.entry("transaction_count", "BIGINT"),
                Map.entry("completed_count", "BIGINT"), Map.entry("pending_count", "BIGINT"),
                Map.entry("refunded_count", "BIGINT"), Map.entry("failed_count", "BIGINT"),
                Map.entry("cancelled_count", "BIGINT"),
                Map.entry("completed_amount", "DECIMAL(18,2)"),
                Map.entry("pending_amount", "DECIMAL(18,2)"),
                Map.entry("refunded_amount", "DECIMAL(18,2)"),
                Map.entry("failed_amount", "DECIMAL(18,2)"),
                Map.entry("cancelled_amount", "DECIMAL(18,2)"),
                Map.entry("first_transaction_at", "TIMESTAMP WITH TIME ZONE"),
                Map.entry("last_transaction_at", "TIMESTAMP WITH TIME ZONE"),
                Map.entry("transaction_ids", "VARCHAR[]"),
                Map.entry("web_event_count", "BIGINT"), Map.entry("total_page_views", "BIGINT"),
                Map.entry("session_count", "BIGINT"),
                Map.entry("first_seen_at", "TIMESTAMP WITH TIME ZONE"),
                Map.entry("last_seen_at", "TIMESTAMP WITH TIME ZONE"),
                Map.entry("last_activity_at", "TIMESTAMP WITH TIME ZONE"),
                Map.entry("has_lead", "BOOLEAN"), Map.entry("has_transactions", "BOOLEAN"),
                Map.entry("has_web_activity", "BOOLEAN"));
    }

    @Test
    void marksRequiredAndOptionalColumnsAsTheSpecSays() throws SQLException {
        Map<String, String> repetition = new LinkedHashMap<>();
        query("SELECT name, repetition_type FROM parquet_schema('"
                + output.resolve(OutputNames.CUSTOMER_TABLE) + "')",
                rs -> repetition.put(rs.getString(1), rs.getString(2)));

        for (String required : List.of("customer_id", "emails", "user_uuids", "transaction_ids",
                "transaction_count", "completed_amount", "cancelled_count", "web_event_count",
                "total_page_views", "session_count", "has_lead", "has_transactions",
                "has_web_activity", "element")) {
            assertThat(repetition).as(required).containsEntry(required, "REQUIRED");
        }
        for (String optional : List.of("primary_email", "lead_id", "full_name", "phone",
                "lead_source", "lead_created_at", "first_transaction_at", "last_transaction_at",
                "first_seen_at", "last_seen_at", "last_activity_at")) {
            assertThat(repetition).as(optional).containsEntry(optional, "OPTIONAL");
        }
    }

    @Test
    void sortsRowsByCustomerId() throws SQLException {
        List<String> ids = new ArrayList<>();
        query("SELECT customer_id FROM " + table, rs -> ids.add(rs.getString(1)));

        assertThat(ids).hasSize(6).isSorted();
    }

    @Test
    void aggregatesTheLinkedCustomer() throws SQLException {
        List<Object> values = new ArrayList<>();
        query("SELECT primary_email, full_name, lead_id, phone, lead_source, "
                + "epoch_ms(lead_created_at), transaction_count, completed_count, completed_amount, "
                + "refunded_amount, epoch_ms(first_transaction_at), epoch_ms(last_transaction_at), "
                + "array_to_string(transaction_ids, ','), web_event_count, total_page_views, "
                + "session_count, epoch_ms(last_seen_at), epoch_ms(last_activity_at), has_lead, "
                + "has_transactions, has_web_activity FROM " + table
                + " WHERE list_contains(user_uuids, '" + ALICE_UUID + "')",
                rs -> {
                    for (int i = 1; i <= 21; i++) {
                        values.add(rs.getObject(i));
                    }
                });

        assertThat(values).containsExactly("alice@example.com", "Alice Smith", "L-004",
                "555-0199", "Web", millis("2024-03-01T00:00:00Z"), 3L, 2L,
                new BigDecimal("25120.50"), new BigDecimal("30.00"),
                millis("2024-01-20T10:00:00Z"), millis("2024-03-03T00:00:00Z"),
                "TX-1001,TX-1005,TX-3001", 2L, 5L, 1L, millis("2024-03-02T08:05:00Z"),
                millis("2024-03-03T00:00:00Z"), true, true, true);
    }

    @Test
    void keepsAnonymousActivityWithTheEmailItCarried() throws SQLException {
        List<Object> values = new ArrayList<>();
        query("SELECT primary_email, lead_id, full_name, lead_created_at, cancelled_count, "
                + "cancelled_amount, epoch_ms(first_transaction_at), web_event_count, "
                + "first_seen_at, has_lead FROM " + table
                + " WHERE list_contains(emails, 'dan@example.com')",
                rs -> {
                    for (int i = 1; i <= 10; i++) {
                        values.add(rs.getObject(i));
                    }
                });

        assertThat(values).containsExactly("dan@example.com", null, null, null, 1L,
                new BigDecimal("250.00"), millis("2024-03-01T00:00:00Z"), 0L, null, false);
    }

    private static long millis(String instant) {
        return OffsetDateTime.parse(instant).toInstant().toEpochMilli();
    }

    @FunctionalInterface
    private interface RowHandler {
        void handle(ResultSet rs) throws SQLException;
    }

    private static void query(String sql, RowHandler handler) throws SQLException {
        try (Connection connection = DriverManager.getConnection("jdbc:duckdb:");
                Statement statement = connection.createStatement();
                ResultSet rs = statement.executeQuery(sql)) {
            int rows = 0;
            while (rs.next()) {
                handler.handle(rs);
                rows++;
            }
            assertThat(rows).as("rows of " + sql).isPositive();
        }
    }
}
