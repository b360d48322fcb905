package io.customer360.io;

import static org.assertj.core.api.Assertions.assertThat;

import io.customer360.model.Source;
import io.customer360.read.ReadLimits;
import io.customer360.report.RunReport;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Records over a read limit, end to end: a whole run through {@link LocalFiles} and the reject
 * spool, checked in {@code rejects.jsonl} and the run report.
 */
class ReadLimitRejectsTest {
    private static final String UUID = "11111111-1111-4111-8111-111111111111";

    @TempDir
    Path input;
    @TempDir
    Path parent;

    private RunReport run(int maxRecordLength) {
        return LocalFiles.defaults(input, parent.resolve("out"))
                .readLimits(ReadLimits.builder().maxRecordLength(maxRecordLength).build())
                .build().run();
    }

    private List<String> rejects() throws IOException {
        return Files.readAllLines(parent.resolve("out").resolve("rejects.jsonl"),
                StandardCharsets.UTF_8);
    }

    @Test
    void rawCutAtTheRecordLimitIsMarkedTruncatedAndOnlyThen() throws IOException {
        String longLead = "L2,b@x.io,2024-01-01," + "n".repeat(200);
        Files.writeString(input.resolve(LocalFiles.LEADS_FILE), "lead_id,email,creation_date,note\n"
                + "L1,not-an-email,2024-01-01,\n" + longLead + "\nL3,c@x.io,2024-01-02,\n");
        Files.writeString(input.resolve(LocalFiles.TRANSACTIONS_FILE),
                "transaction_id|user_uuid|amount|status\nT1|" + UUID + "|5|completed\n");
        String longElement = "{\"user_uuid\":\"" + UUID + "\",\"x\":\"" + "y".repeat(200) + "\"}";
        Files.writeString(input.resolve(LocalFiles.WEB_ACTIVITY_FILE), "[\n" + longElement
                + ",\n{\"user_uuid\":\"" + UUID + "\"}\n]\n");

        RunReport report = run(100);

        assertThat(rejects()).containsExactly(
                "{\"source\":\"leads\",\"line\":2,\"reason_code\":\"INVALID_EMAIL\","
                        + "\"reason\":\"Invalid email (not-an-email)\","
                        + "\"raw\":\"L1,not-an-email,2024-01-01,\"}",
                "{\"source\":\"leads\",\"line\":3,\"reason_code\":\"MALFORMED_RECORD\","
                        + "\"reason\":\"Malformed record (record is longer than 100 characters "
                        + "(ReadLimits.maxRecordLength))\","
                        + "\"raw\":\"" + longLead.substring(0, 100) + "\",\"raw_truncated\":true}",
                "{\"source\":\"web_activity\",\"line\":2,\"reason_code\":\"MALFORMED_RECORD\","
                        + "\"reason\":\"Malformed record (array element is longer than 100 "
                        + "characters (ReadLimits.maxRecordLength))\",\"raw\":\""
                        + longElement.substring(0, 100).replace("\"", "\\\"")
                        + "\",\"raw_truncated\":true}");
        assertThat(report.sources().get(Source.WEB_ACTIVITY).read()).isEqualTo(2);
        assertThat(report.sources().get(Source.WEB_ACTIVITY).rejected()).isEqualTo(1);
    }

    @Test
    void badElementsOfAJsonArrayCostOneRecordEachInTheRun() throws IOException {
        Files.writeString(input.resolve(LocalFiles.LEADS_FILE), "email,creation_date\n");
        Files.writeString(input.resolve(LocalFiles.TRANSACTIONS_FILE),
                "transaction_id|user_uuid|amount|status\nT1|" + UUID + "|5|completed\n");
        StringBuilder web = new StringBuilder("[{\"user_uuid\":\"" + UUID + "\"},\n")
                .append("{\"user_uuid\": oops},\n")
                .append("{\"user_uuid\":").append("[".repeat(70)).append("]".repeat(70))
                .append("},\n");
        for (int i = 0; i < 1000; i++) {
            web.append("{\"user_uuid\":\"").append(UUID).append("\",\"page_views\":2},\n");
        }
        Files.writeString(input.resolve(LocalFiles.WEB_ACTIVITY_FILE),
                web.append("{\"user_uuid\":\"").append(UUID).append("\"}]\n").toString());

        RunReport report = run(ReadLimits.DEFAULT_MAX_RECORD_LENGTH);

        assertThat(report.sources().get(Source.WEB_ACTIVITY).read()).isEqualTo(1004);
        assertThat(report.sources().get(Source.WEB_ACTIVITY).rejected()).isEqualTo(2);
        assertThat(rejects()).hasSize(2).allSatisfy(line -> assertThat(line)
                .contains("\"reason_code\":\"MALFORMED_RECORD\"")
                .doesNotContain("raw_truncated"));
        assertThat(rejects().get(0)).contains("\"line\":2,")
                .contains("\"raw\":\"{\\\"user_uuid\\\": oops}\"");
        assertThat(rejects().get(1)).contains("\"line\":3,")
                .contains("nested deeper than 64 levels (ReadLimits.maxNestingDepth)");
    }
}
