package io.customer360.examples;

import static org.assertj.core.api.Assertions.assertThat;

import io.customer360.io.LocalFiles;
import io.customer360.model.Source;
import io.customer360.output.OutputNames;
import io.customer360.report.RunReport;
import io.customer360.report.SourceReport;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The bundled sample with renamed columns and JSON fields, read with the matching column names,
 * gives the same customer table and the same rejects as the default pipeline on the sample.
 */
class RenamedColumnsTest {
    @TempDir
    Path defaultInput;
    @TempDir
    Path renamedInput;
    @TempDir
    Path defaultOutput;
    @TempDir
    Path renamedOutput;

    @Test
    void renamedColumnsWithTheirNamesConfiguredGiveTheDefaultPipelinesOutputs()
            throws IOException {
        Cli.copySample(defaultInput);
        Cli.copySample(renamedInput);
        rewrite(LocalFiles.LEADS_FILE, "lead_id,full_name,email,phone,source,created_at,",
                "lead_id,Name,E-mail,phone,source,Created On,");
        rewrite(LocalFiles.TRANSACTIONS_FILE, "|status|timestamp|", "|status|Booked At|");
        rewrite(LocalFiles.WEB_ACTIVITY_FILE, "\"user_uuid\"", "\"uid\"");
        rewrite(LocalFiles.WEB_ACTIVITY_FILE, "\"timestamp\"", "\"ts\"");
        rewrite(LocalFiles.WEB_ACTIVITY_FILE, "\"event_time\"", "\"ts\"");

        RunReport expected = LocalFiles.defaults(defaultInput, defaultOutput).build().run();
        RunReport actual = LocalFiles.defaults(renamedInput, renamedOutput)
                .columnNames(Source.LEADS, "email", "E-mail")
                .columnNames(Source.LEADS, "creation_date", "Created On")
                .columnNames(Source.LEADS, "full_name", "Name")
                .columnNames(Source.TRANSACTIONS, "transaction_date", "booked at")
                .columnNames(Source.WEB_ACTIVITY, "user_uuid", "uid")
                .columnNames(Source.WEB_ACTIVITY, "timestamp", "ts")
                .build().run();

        for (Source source : Source.values()) {
            SourceReport want = expected.sources().get(source);
            assertThat(actual.sources().get(source)).as(source.reportName())
                    .usingRecursiveComparison().ignoringFields("location").isEqualTo(want);
        }
        assertThat(actual.identity()).isEqualTo(expected.identity());
        assertThat(Files.readAllBytes(renamedOutput.resolve(OutputNames.CUSTOMER_TABLE)))
                .isEqualTo(Files.readAllBytes(defaultOutput.resolve(OutputNames.CUSTOMER_TABLE)));
        assertThat(rejectsWithoutWebRaw(renamedOutput))
                .isEqualTo(rejectsWithoutWebRaw(defaultOutput)).hasSize(28);
        assertThat(Files.readAllLines(renamedOutput.resolve(OutputNames.REJECTED_TRANSACTIONS)))
                .isEqualTo(Files.readAllLines(
                        defaultOutput.resolve(OutputNames.REJECTED_TRANSACTIONS)));
    }

    private void rewrite(String file, String from, String to) throws IOException {
        Path path = renamedInput.resolve(file);
        String text = Files.readString(path, StandardCharsets.UTF_8);
        assertThat(text).as(file).contains(from);
        Files.writeString(path, text.replace(from, to), StandardCharsets.UTF_8);
    }

    /** The rejects, with the raw text of web activity records cut off: its field names differ. */
    private static List<String> rejectsWithoutWebRaw(Path output) throws IOException {
        return Files.readAllLines(output.resolve(OutputNames.REJECTS)).stream()
                .map(line -> line.startsWith("{\"source\":\"web_activity\"")
                        ? line.substring(0, line.indexOf(",\"raw\":")) : line)
                .toList();
    }
}
