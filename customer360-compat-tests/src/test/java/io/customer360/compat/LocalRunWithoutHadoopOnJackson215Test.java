package io.customer360.compat;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.core.Version;
import com.fasterxml.jackson.core.json.PackageVersion;
import io.customer360.io.LocalFiles;
import io.customer360.model.Source;
import io.customer360.report.RunReport;
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
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * A whole local run on the class path of a service that keeps Hadoop out and pins Jackson to
 * 2.15 (Spring Boot 3.2): customer360-io with hadoop-client-api and hadoop-client-runtime
 * excluded and jackson-core managed down to the module's {@code jackson.floor.version}. The
 * first two tests check that class path, so that the run cannot pass by having Hadoop or a
 * newer Jackson after all.
 */
class LocalRunWithoutHadoopOnJackson215Test {
    private static final String UUID = "8d3c1f0e-5b7a-4c2e-9f1a-1b2c3d4e5f60";
    private static final String GRIN = "\uD83D\uDE00";
    private static final String SMILE = "\uD83D\uDE42";

    @TempDir
    Path input;
    @TempDir
    Path parent;

    @ParameterizedTest
    @ValueSource(strings = {"org.apache.hadoop.conf.Configuration", "org.apache.hadoop.fs.Path",
            "org.apache.hadoop.io.compress.CodecPool"})
    void noHadoopClassIsLoadable(String hadoopClass) {
        assertThatThrownBy(() -> Class.forName(hadoopClass))
                .isInstanceOf(ClassNotFoundException.class);
    }

    @Test
    void jacksonIs215() {
        Version version = PackageVersion.VERSION;

        assertThat(version.getMajorVersion()).isEqualTo(2);
        assertThat(version.getMinorVersion()).isEqualTo(15);
    }

    @Test
    void runsThePipelineAndWritesOutputsThatDuckDbReads() throws Exception {
        writeInputs();
        Path output = parent.resolve("out");

        RunReport report = LocalFiles.defaults(input, output).build().run();

        assertThat(report.sources().get(Source.LEADS).rejected()).isEqualTo(1);
        assertThat(report.sources().get(Source.WEB_ACTIVITY).rejected()).isEqualTo(2);

        Path table = output.resolve("customer_360.parquet");
        List<List<Object>> customers = query("SELECT lead_id, full_name, transaction_count,"
                + " web_event_count FROM read_parquet('" + table + "') ORDER BY customer_id");
        assertThat(customers).hasSize(1);
        assertThat(customers.get(0).get(0)).isEqualTo("L-1");
        assertThat((String) customers.get(0).get(1)).contains(GRIN);
        assertThat(customers.get(0).subList(2, 4)).containsExactly(1L, 1L);
        assertThat(query("SELECT DISTINCT compression FROM parquet_metadata('" + table + "')"))
                .containsExactly(List.of("SNAPPY"));

        // JSON Lines rejects: characters beyond the BMP as four UTF-8 bytes, not escaped
        // surrogates, and Jackson 2.15's nesting limit reported as the record's own limit.
        Path rejects = output.resolve("rejects.jsonl");
        String rejectText = Files.readString(rejects, StandardCharsets.UTF_8);
        assertThat(rejectText).contains("Bad " + SMILE + " Lead").doesNotContain("\\ud83d")
                .doesNotContain("\\uD83D");
        assertThat(query("SELECT source, line, reason_code, reason FROM read_json('" + rejects
                + "', format = 'newline_delimited') ORDER BY source, line"))
                .containsExactly(
                        List.of("leads", 3L, "INVALID_EMAIL", "Invalid email (not-an-email)"),
                        List.of("web_activity", 2L, "MALFORMED_RECORD", "Malformed record (not valid"
                                + " JSON: Unexpected end-of-input within/between Object entries)"),
                        List.of("web_activity", 3L, "MALFORMED_RECORD", "Malformed record (nested"
                                + " deeper than 64 levels (ReadLimits.maxNestingDepth))"));

        // run_report.json: the documented layout, and readable JSON.
        Path runReport = output.resolve("run_report.json");
        String reportText = Files.readString(runReport, StandardCharsets.UTF_8);
        assertThat(reportText).startsWith("{\n  \"library_version\": \"")
                .contains("\n      \"rejected_by_reason\": {}\n")
                .contains("\"rejected_by_reason\": {\n        \"INVALID_EMAIL\": 1\n      }")
                .endsWith("\n}\n");
        assertThat(query("SELECT sources.web_activity.rejected, identity.customers FROM read_json('"
                + runReport + "')")).containsExactly(List.of(2L, 1L));
    }

    private void writeInputs() throws Exception {
        Files.writeString(input.resolve(LocalFiles.LEADS_FILE),
                "lead_id,full_name,email,phone,source,created_at,user_uuid\n"
                        + "L-1,Zoë " + GRIN + " Smith,zoe@example.com,555-0100,Web,2024-01-15,"
                        + UUID + "\n"
                        + "L-2,Bad " + SMILE + " Lead,not-an-email,,Web,2024-01-16,\n",
                StandardCharsets.UTF_8);
        Files.writeString(input.resolve(LocalFiles.TRANSACTIONS_FILE),
                "transaction_id|user_uuid|amount|status|timestamp|email\n"
                        + "TX-1|" + UUID + "|120.50|Completed|2024-01-20T10:00:00Z|\n",
                StandardCharsets.UTF_8);
        String nested = "[".repeat(70) + "]".repeat(70);
        Files.writeString(input.resolve(LocalFiles.WEB_ACTIVITY_FILE),
                "{\"user_uuid\":\"" + UUID + "\",\"session_id\":\"s-1\",\"page_views\":3,"
                        + "\"timestamp\":\"2024-03-02T08:00:00Z\"}\n"
                        + "{\"user_uuid\": \n"
                        + "{\"user_uuid\":\"" + UUID + "\",\"deep\":" + nested + "}\n",
                StandardCharsets.UTF_8);
    }

    private static List<List<Object>> query(String sql) throws SQLException {
        try (Connection connection = DriverManager.getConnection("jdbc:duckdb:");
                Statement statement = connection.createStatement();
                ResultSet result = statement.executeQuery(sql)) {
            int columns = result.getMetaData().getColumnCount();
            List<List<Object>> rows = new ArrayList<>();
            while (result.next()) {
                List<Object> row = new ArrayList<>();
                for (int i = 1; i <= columns; i++) {
                    row.add(result.getObject(i));
                }
                rows.add(row);
            }
            return rows;
        }
    }
}
