package io.customer360.io.write;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.customer360.model.Source;
import io.customer360.report.FileReport;
import io.customer360.report.IdentityReport;
import io.customer360.report.OutputReport;
import io.customer360.report.RecoveryReport;
import io.customer360.report.RunReport;
import io.customer360.report.SourceReport;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class JsonReportFormatTest {
    @TempDir
    Path dir;

    @Test
    void writesTheDocumentedShapeWithOnlyConfiguredSourcesInSourceOrder() throws Exception {
        Path file = dir.resolve("run_report.json");

        new JsonReportFormat().write(sampleReport(), file);

        assertThat(Files.readString(file, StandardCharsets.UTF_8)).isEqualTo(String.join("\n",
                "{",
                "  \"library_version\": \"0.1.0\",",
                "  \"started_at\": \"2026-11-28T10:00:00.000Z\",",
                "  \"finished_at\": \"2026-11-28T10:00:01.234Z\",",
                "  \"duration_ms\": 1234,",
                "  \"phases_ms\": {",
                "    \"read\": 800,",
                "    \"resolve\": 200,",
                "    \"write\": 234",
                "  },",
                "  \"sources\": {",
                "    \"leads\": {",
                "      \"path\": \"in/crm_leads.csv\",",
                "      \"read\": 10,",
                "      \"accepted\": 7,",
                "      \"rejected\": 3,",
                "      \"rejected_by_reason\": {",
                "        \"DUPLICATE_LEAD\": 1,",
                "        \"INVALID_EMAIL\": 2",
                "      }",
                "    },",
                "    \"transactions\": {",
                "      \"path\": \"in/transactions.txt\",",
                "      \"read\": 4,",
                "      \"accepted\": 4,",
                "      \"rejected\": 0,",
                "      \"rejected_by_reason\": {}",
                "    }",
                "  },",
                "  \"identity\": {",
                "    \"customers\": 9,",
                "    \"with_lead\": 7,",
                "    \"with_activity\": 6,",
                "    \"linked\": 4,",
                "    \"anonymous\": 2,",
                "    \"groups_dropped\": 1,",
                "    \"links_blocked\": 5,",
                "    \"anomalous_identifiers\": 2,",
                "    \"links_over_link_limit\": 60,",
                "    \"links_over_customer_limit\": 3,",
                "    \"identifiers_per_customer\": {",
                "      \"1\": 3,",
                "      \"2\": 4,",
                "      \"3-4\": 0,",
                "      \"5-8\": 2",
                "    }",
                "  },",
                "  \"outputs\": {",
                "    \"customer_360.parquet\": {",
                "      \"rows\": 9,",
                "      \"bytes\": 4711,",
                "      \"sha256\": \"aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa\"",
                "    },",
                "    \"rejects.jsonl\": {",
                "      \"rows\": 3,",
                "      \"bytes\": 812,",
                "      \"sha256\": \"bbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbb\"",
                "    },",
                "    \"rejected_transactions.log\": {",
                "      \"rows\": 0,",
                "      \"bytes\": 0,",
                "      \"sha256\": \"e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855\"",
                "    }",
                "  },",
                "  \"recovery\": {",
                "    \"interrupted_commit\": \"rolled_back\",",
                "    \"stale_files_removed\": 3",
                "  }",
                "}",
                ""));
    }

    @Test
    void writesJsonThatDuckDbParses() throws Exception {
        Path file = dir.resolve("run_report.json");
        new JsonReportFormat().write(sampleReport(), file);

        try (Connection connection = DriverManager.getConnection("jdbc:duckdb:");
                Statement statement = connection.createStatement();
                ResultSet result = statement.executeQuery("SELECT sources.leads.rejected_by_reason.INVALID_EMAIL,"
                        + " identity.groups_dropped, outputs.\"customer_360.parquet\".rows,"
                        + " identity.identifiers_per_customer.\"5-8\", phases_ms.resolve"
                        + " FROM read_json('" + file + "')")) {
            assertThat(result.next()).isTrue();
            assertThat(result.getLong(1)).isEqualTo(2);
            assertThat(result.getLong(2)).isEqualTo(1);
            assertThat(result.getLong(3)).isEqualTo(9);
            assertThat(result.getLong(4)).isEqualTo(2);
            assertThat(result.getLong(5)).isEqualTo(200);
        }
    }

    @Test
    void writesTimesWithExactlyThreeFractionDigitsTruncatingFinerParts() throws Exception {
        Path file = dir.resolve("run_report.json");
        RunReport report = new RunReport("0.1.0", Instant.parse("2026-01-02T03:04:05Z"),
                Instant.parse("2026-01-02T03:04:05.987654321Z"), 987, Map.of(),
                new IdentityReport(0, 0, 0, 0, 0, 0), Map.of(), RecoveryReport.NOTHING);

        new JsonReportFormat().write(report, file);

        assertThat(Files.readString(file, StandardCharsets.UTF_8))
                .contains("\"started_at\": \"2026-01-02T03:04:05.000Z\"")
                .contains("\"finished_at\": \"2026-01-02T03:04:05.987Z\"")
                .contains("\"sources\": {},");
    }

    @Test
    void aReportWithoutPhaseTimesOrHistogramHasNoPhasesAndAnEmptyHistogram() throws Exception {
        Path file = dir.resolve("run_report.json");
        RunReport report = new RunReport("0.1.0", Instant.EPOCH, Instant.EPOCH, 0, Map.of(),
                new IdentityReport(0, 0, 0, 0, 0, 0), Map.of(), RecoveryReport.NOTHING);

        new JsonReportFormat().write(report, file);

        assertThat(Files.readString(file, StandardCharsets.UTF_8))
                .contains("\"duration_ms\": 0,\n  \"sources\": {},")
                .doesNotContain("phases_ms")
                .contains("\"links_over_customer_limit\": 0,\n"
                        + "    \"identifiers_per_customer\": {}\n  },");
    }

    @Test
    void writesTheFilesOfASourceOfSeveralFilesAfterItsReasons() throws Exception {
        Path file = dir.resolve("run_report.json");
        RunReport sample = sampleReport();
        Map<Source, SourceReport> sources = new LinkedHashMap<>(sample.sources());
        sources.put(Source.TRANSACTIONS, new SourceReport("in/tx", 4, 3, 1,
                Map.of("UNKNOWN_STATUS", 1L), List.of(new FileReport("in/tx/a.txt", 3, 3, 0),
                        new FileReport("in/tx/b.txt", 1, 0, 1))));
        RunReport report = new RunReport(sample.libraryVersion(), sample.startedAt(),
                sample.finishedAt(), sample.durationMs(), sources, sample.identity(),
                sample.outputs(), sample.recovery());

        new JsonReportFormat().write(report, file);

        assertThat(Files.readString(file, StandardCharsets.UTF_8)).contains(String.join("\n",
                "    \"transactions\": {",
                "      \"path\": \"in/tx\",",
                "      \"read\": 4,",
                "      \"accepted\": 3,",
                "      \"rejected\": 1,",
                "      \"rejected_by_reason\": {",
                "        \"UNKNOWN_STATUS\": 1",
                "      },",
                "      \"files\": [",
                "        {",
                "          \"path\": \"in/tx/a.txt\",",
                "          \"read\": 3,",
                "          \"accepted\": 3,",
                "          \"rejected\": 0",
                "        },",
                "        {",
                "          \"path\": \"in/tx/b.txt\",",
                "          \"read\": 1,",
                "          \"accepted\": 0,",
                "          \"rejected\": 1",
                "        }",
                "      ]",
                "    }"));
    }

    @Test
    void refusesToOverwriteAnExistingFile() throws Exception {
        Path file = Files.writeString(dir.resolve("run_report.json"), "keep me");

        assertThatThrownBy(() -> new JsonReportFormat().write(sampleReport(), file))
                .isInstanceOf(FileAlreadyExistsException.class);
        assertThat(Files.readString(file)).isEqualTo("keep me");
    }

    private static RunReport sampleReport() {
        Map<Source, SourceReport> sources = new LinkedHashMap<>();
        // inserted out of Source order on purpose
        sources.put(Source.TRANSACTIONS, new SourceReport("in/transactions.txt", 4, 4, 0, Map.of()));
        sources.put(Source.LEADS, new SourceReport("in/crm_leads.csv", 10, 7, 3,
                Map.of("INVALID_EMAIL", 2L, "DUPLICATE_LEAD", 1L)));
        Map<String, OutputReport> outputs = new LinkedHashMap<>();
        outputs.put("customer_360.parquet", new OutputReport(9, 4711, "aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa"));
        outputs.put("rejects.jsonl", new OutputReport(3, 812, "bbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbb"));
        outputs.put("rejected_transactions.log", new OutputReport(0, 0, "e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855"));
        Map<String, Long> phases = new LinkedHashMap<>();
        phases.put("read", 800L);
        phases.put("resolve", 200L);
        phases.put("write", 234L);
        return new RunReport("0.1.0", Instant.parse("2026-11-28T10:00:00Z"),
                Instant.parse("2026-11-28T10:00:01.234Z"), 1234, sources,
                new IdentityReport(9, 7, 6, 4, 2, 1, 5, 2, 60, 3, List.of(3L, 4L, 0L, 2L)),
                outputs, new RecoveryReport(RecoveryReport.InterruptedCommit.ROLLED_BACK, 3),
                List.of(), phases);
    }
}
