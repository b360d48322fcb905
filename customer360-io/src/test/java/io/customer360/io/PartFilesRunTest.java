package io.customer360.io;

import static org.assertj.core.api.Assertions.assertThat;

import io.customer360.io.read.DelimitedFileInput;
import io.customer360.model.Source;
import io.customer360.output.OutputNames;
import io.customer360.report.FileReport;
import io.customer360.report.RunReport;
import io.customer360.report.SourceReport;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Sources spread over several files, end to end: duplicate checks across files, rejects and
 * the log naming the file, per-file counts in the report that add up.
 */
class PartFilesRunTest {
    private static final String UUID = "11111111-1111-4111-8111-111111111111";

    @TempDir
    Path input;
    @TempDir
    Path parent;
    Path leads;
    Path transactions;

    @BeforeEach
    void writeInputs() throws IOException {
        leads = Files.createDirectory(input.resolve("leads"));
        transactions = Files.createDirectory(input.resolve("tx"));
        // the duplicate lead of a.csv (line 4) ties with that of b.csv (line 2): the later
        // file wins, whatever the line numbers
        write(leads.resolve("a.csv"), "lead_id,email,creation_date\n"
                + "L2,bad-email,2024-01-01\nL3,solo@x.io,2024-01-01\nL1,dup@x.io,2024-01-01\n");
        write(leads.resolve("b.csv"), "lead_id,email,creation_date\nL4,dup@x.io,2024-01-01\n");
        write(transactions.resolve("t1.txt"), "transaction_id|user_uuid|amount|status\n"
                + "T1|" + UUID + "|5|completed\n");
        write(transactions.resolve("t2.txt"), "transaction_id|user_uuid|amount|status\n"
                + "T1|" + UUID + "|6|completed\nT2|" + UUID + "|-1|completed\n"
                + "T3|" + UUID + "|7|completed\n");
        write(input.resolve(LocalFiles.WEB_ACTIVITY_FILE), "{\"user_uuid\":\"" + UUID + "\"}\n"
                + "{\"user_uuid\":\"bad\"}\n");
    }

    private static void write(Path file, String text) throws IOException {
        Files.writeString(file, text, StandardCharsets.UTF_8);
    }

    private RunReport run() {
        return LocalFiles.defaults(input, parent.resolve("out"))
                .leads(DelimitedFileInput.csv(leads))
                .transactions(DelimitedFileInput.pipe(transactions.resolve("t*.txt")))
                .build().run();
    }

    private List<String> output(String name) throws IOException {
        return Files.readAllLines(parent.resolve("out").resolve(name), StandardCharsets.UTF_8);
    }

    @Test
    void duplicateChecksWorkAcrossFilesAndRejectsNameTheirFile() throws IOException {
        run();

        String a = leads.resolve("a.csv").toString();
        String t2 = transactions.resolve("t2.txt").toString();
        assertThat(output(OutputNames.REJECTS)).containsExactly(
                "{\"source\":\"leads\",\"file\":\"" + a + "\",\"line\":2,"
                        + "\"reason_code\":\"INVALID_EMAIL\",\"reason\":\"Invalid email"
                        + " (bad-email)\",\"raw\":\"L2,bad-email,2024-01-01\"}",
                "{\"source\":\"leads\",\"file\":\"" + a + "\",\"line\":4,"
                        + "\"reason_code\":\"DUPLICATE_LEAD\",\"reason\":\"Duplicate lead"
                        + " (a newer lead has the same email)\",\"raw\":\"L1,dup@x.io,2024-01-01\"}",
                "{\"source\":\"transactions\",\"file\":\"" + t2 + "\",\"line\":2,"
                        + "\"reason_code\":\"DUPLICATE_TRANSACTION_ID\",\"reason\":\"Duplicate"
                        + " transaction id (T1)\",\"raw\":\"T1|" + UUID + "|6|completed\"}",
                "{\"source\":\"transactions\",\"file\":\"" + t2 + "\",\"line\":3,"
                        + "\"reason_code\":\"NON_POSITIVE_AMOUNT\",\"reason\":\"Non-positive"
                        + " amount (-1)\",\"raw\":\"T2|" + UUID + "|-1|completed\"}",
                "{\"source\":\"web_activity\",\"line\":2,\"reason_code\":\"INVALID_USER_UUID\","
                        + "\"reason\":\"Invalid user UUID (bad)\",\"raw\":\"{\\\"user_uuid\\\":"
                        + "\\\"bad\\\"}\"}");
        assertThat(output(OutputNames.REJECTED_TRANSACTIONS)).containsExactly(
                "transaction_id|status|amount|reason|file|line",
                "T1|completed|6|Duplicate transaction id (T1)|" + t2 + "|2",
                "T2|completed|-1|Non-positive amount (-1)|" + t2 + "|3");
    }

    @Test
    void theReportCountsEachFileAndTheCountsAddUp() throws IOException {
        RunReport report = run();

        SourceReport leadReport = report.sources().get(Source.LEADS);
        assertThat(leadReport.location()).isEqualTo(leads.toString());
        assertThat(leadReport.files()).containsExactly(
                new FileReport(leads.resolve("a.csv").toString(), 3, 1, 2),
                new FileReport(leads.resolve("b.csv").toString(), 1, 1, 0));
        assertThat(report.sources().get(Source.TRANSACTIONS).files()).containsExactly(
                new FileReport(transactions.resolve("t1.txt").toString(), 1, 1, 0),
                new FileReport(transactions.resolve("t2.txt").toString(), 3, 1, 2));
        assertThat(report.sources().get(Source.WEB_ACTIVITY).files()).isEmpty();
        for (SourceReport source : report.sources().values()) {
            assertThat(source.read()).isEqualTo(source.accepted() + source.rejected());
            for (FileReport file : source.files()) {
                assertThat(file.read()).isEqualTo(file.accepted() + file.rejected());
            }
            if (!source.files().isEmpty()) {
                assertThat(source.files().stream().mapToLong(FileReport::read).sum())
                        .isEqualTo(source.read());
                assertThat(source.files().stream().mapToLong(FileReport::rejected).sum())
                        .isEqualTo(source.rejected());
            }
        }
        String json = String.join("\n", output(OutputNames.REPORT));
        assertThat(json).contains("\"files\"", "\"path\": \"" + leads.resolve("b.csv") + "\"");
        assertThat(json.split("\"files\"", -1)).hasSize(3);
    }
}
