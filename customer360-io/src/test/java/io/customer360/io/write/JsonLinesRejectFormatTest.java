package io.customer360.io.write;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.customer360.model.ReasonCode;
import io.customer360.output.RecordWriter;
import io.customer360.output.Rejection;
import io.customer360.read.RawRecord;
import io.customer360.read.SourceSchema;
import io.customer360.validate.Violation;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class JsonLinesRejectFormatTest {
    @TempDir
    Path dir;

    @Test
    void writesOneObjectPerLineWithKeysInContractOrder() throws Exception {
        Path file = write(List.of(
                Rejections.of(SourceSchema.LEADS, 12, "L-1,Ann,ann@,2024-01-01",
                        ReasonCode.INVALID_EMAIL, "Invalid email (ann@)"),
                Rejections.transaction(4, "TX-4003|u|-10.0|Refunded", "TX-4003", "Refunded", "-10.0",
                        ReasonCode.NON_POSITIVE_AMOUNT, "Non-positive amount (-10.0)")));

        assertThat(Files.readString(file, StandardCharsets.UTF_8)).isEqualTo(
                "{\"source\":\"leads\",\"line\":12,\"reason_code\":\"INVALID_EMAIL\","
                        + "\"reason\":\"Invalid email (ann@)\",\"raw\":\"L-1,Ann,ann@,2024-01-01\"}\n"
                        + "{\"source\":\"transactions\",\"line\":4,\"reason_code\":\"NON_POSITIVE_AMOUNT\","
                        + "\"reason\":\"Non-positive amount (-10.0)\",\"raw\":\"TX-4003|u|-10.0|Refunded\"}\n");
    }

    @Test
    void namesTheFileOfARecordFromASourceOfSeveralFilesBeforeItsLine() throws Exception {
        Rejection inFile = Rejections.transaction(4, "TX-1|u|-1|Refunded", "TX-1", "Refunded", "-1",
                ReasonCode.NON_POSITIVE_AMOUNT, "Non-positive amount (-1)");
        Path file = write(List.of(new Rejection(inFile.record().inFile("in/tx/part-2.txt.gz"),
                inFile.violation())));

        assertThat(Files.readString(file, StandardCharsets.UTF_8)).isEqualTo(
                "{\"source\":\"transactions\",\"file\":\"in/tx/part-2.txt.gz\",\"line\":4,"
                        + "\"reason_code\":\"NON_POSITIVE_AMOUNT\",\"reason\":\"Non-positive amount"
                        + " (-1)\",\"raw\":\"TX-1|u|-1|Refunded\"}\n");
    }

    @Test
    void marksARawCutAtTheRecordLimitWithRawTruncatedAfterRawAndOnlyThere() throws Exception {
        Path file = write(List.of(
                Rejections.truncated(SourceSchema.WEB_ACTIVITY, 3, "{\"user_uuid\":\"xx",
                        "Malformed record (line is longer than 16 bytes)"),
                Rejections.malformed(SourceSchema.WEB_ACTIVITY, 4, "{oops}",
                        "Malformed record (not valid JSON)")));

        assertThat(Files.readString(file, StandardCharsets.UTF_8)).isEqualTo(
                "{\"source\":\"web_activity\",\"line\":3,\"reason_code\":\"MALFORMED_RECORD\","
                        + "\"reason\":\"Malformed record (line is longer than 16 bytes)\","
                        + "\"raw\":\"{\\\"user_uuid\\\":\\\"xx\",\"raw_truncated\":true}\n"
                        + "{\"source\":\"web_activity\",\"line\":4,\"reason_code\":\"MALFORMED_RECORD\","
                        + "\"reason\":\"Malformed record (not valid JSON)\",\"raw\":\"{oops}\"}\n");
    }

    @Test
    void numbersARejectOfASourceOfValuesByRecordInsteadOfLine() throws Exception {
        String[] values = new String[SourceSchema.LEADS.size()];
        values[2] = "ann@";
        Path file = write(List.of(new Rejection(RawRecord.ofValues(SourceSchema.LEADS, 7,
                "email=ann@, lead_id=L-7", values, null), Violation.of(ReasonCode.INVALID_EMAIL,
                "Invalid email (ann@)"))));

        assertThat(Files.readString(file, StandardCharsets.UTF_8)).isEqualTo(
                "{\"source\":\"leads\",\"record\":7,\"reason_code\":\"INVALID_EMAIL\","
                        + "\"reason\":\"Invalid email (ann@)\","
                        + "\"raw\":\"email=ann@, lead_id=L-7\"}\n");
    }

    @Test
    void escapesQuotesAndControlCharactersAndKeepsNonAsciiAsUtf8() throws Exception {
        String raw = "7,\"Zoë \"\"Z\"\" Ünal\",\"multi\nline\"\t\\ 日本 😀\u0001";
        Path file = write(List.of(Rejections.malformed(SourceSchema.WEB_ACTIVITY, 7, raw,
                "Record is not valid JSON")));

        byte[] bytes = Files.readAllBytes(file);
        assertThat(new String(bytes, StandardCharsets.UTF_8)).isEqualTo(
                "{\"source\":\"web_activity\",\"line\":7,\"reason_code\":\"MALFORMED_RECORD\","
                        + "\"reason\":\"Record is not valid JSON\","
                        + "\"raw\":\"7,\\\"Zoë \\\"\\\"Z\\\"\\\" Ünal\\\",\\\"multi\\nline\\\"\\t\\\\ 日本 😀\\u0001\"}\n");
        assertThat(bytes).doesNotContain((byte) '?');
    }

    @Test
    void writesAnUnpairedSurrogateAsTheReplacementCharacter() throws Exception {
        Path file = write(List.of(Rejections.of(SourceSchema.IDENTITY_MAP, 3, "a\uD83Db",
                ReasonCode.INVALID_EMAIL, "Invalid email")));

        assertThat(Files.readString(file, StandardCharsets.UTF_8)).contains("\"raw\":\"a\uFFFDb\"");
    }

    @Test
    void writesAnEmptyFileWhenNothingWasRejected() throws Exception {
        Path file = write(List.of());

        assertThat(Files.size(file)).isZero();
    }

    @Test
    void refusesToOverwriteAnExistingFile() throws Exception {
        Path file = Files.writeString(dir.resolve("rejects.jsonl"), "keep me");

        assertThatThrownBy(() -> new JsonLinesRejectFormat().open(file))
                .isInstanceOf(FileAlreadyExistsException.class);
        assertThat(Files.readString(file)).isEqualTo("keep me");
    }

    private Path write(List<Rejection> rejections) throws IOException {
        Path file = dir.resolve("rejects.jsonl");
        try (RecordWriter<Rejection> writer = new JsonLinesRejectFormat().open(file)) {
            for (Rejection rejection : rejections) {
                writer.write(rejection);
            }
        }
        return file;
    }
}
