package io.customer360.io.write;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.customer360.model.ReasonCode;
import io.customer360.output.RecordWriter;
import io.customer360.output.Rejection;
import io.customer360.read.SourceSchema;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class RejectedTransactionsLogFormatTest {
    private static final String HEADER = "transaction_id|status|amount|reason\n";

    @TempDir
    Path dir;

    @Test
    void writesTheSpecExampleLineLiterally() throws Exception {
        Path file = write(List.of(Rejections.transaction(5, "TX-4003|u-1|-10.0|Refunded",
                "TX-4003", "Refunded", "-10.0", ReasonCode.NON_POSITIVE_AMOUNT,
                "Non-positive amount (-10.0)")));

        assertThat(Files.readString(file, StandardCharsets.UTF_8))
                .isEqualTo(HEADER + "TX-4003|Refunded|-10.0|Non-positive amount (-10.0)\n");
    }

    @Test
    void stripsRawValuesAndWritesMissingOnesEmpty() throws Exception {
        Path file = write(List.of(Rejections.transaction(2, "…", "  TX-1\t", null, " 12.5 ",
                ReasonCode.MISSING_STATUS, "Missing status")));

        assertThat(Files.readString(file, StandardCharsets.UTF_8))
                .isEqualTo(HEADER + "TX-1||12.5|Missing status\n");
    }

    @Test
    void writesEmptyFieldsForAMalformedRecord() throws Exception {
        Path file = write(List.of(Rejections.malformed(SourceSchema.TRANSACTIONS, 9,
                "TX-9|\"open", "Quote not closed")));

        assertThat(Files.readString(file, StandardCharsets.UTF_8))
                .isEqualTo(HEADER + "|||Quote not closed\n");
    }

    @Test
    void quotesFieldsHoldingPipeQuoteCarriageReturnOrLineFeed() throws Exception {
        Path file = write(List.of(Rejections.transaction(3, "…", "TX|1", "say \"hi\"", "1\r2",
                ReasonCode.INVALID_AMOUNT, "Invalid amount (1\n2)")));

        assertThat(Files.readString(file, StandardCharsets.UTF_8)).isEqualTo(HEADER
                + "\"TX|1\"|\"say \"\"hi\"\"\"|\"1\r2\"|\"Invalid amount (1\n2)\"\n");
    }

    @Test
    void leavesOtherCharactersUnquoted() throws Exception {
        Path file = write(List.of(Rejections.transaction(3, "…", "#TX ü", "!pending", "-0",
                ReasonCode.UNKNOWN_STATUS, "Unknown status (!pending)")));

        assertThat(Files.readString(file, StandardCharsets.UTF_8))
                .isEqualTo(HEADER + "#TX ü|!pending|-0|Unknown status (!pending)\n");
    }

    @Test
    void writesOnlyTheHeaderWhenNothingWasRejected() throws Exception {
        Path file = write(List.of());

        assertThat(Files.readString(file, StandardCharsets.UTF_8)).isEqualTo(HEADER);
    }

    @Test
    void rejectsARejectionOfAnotherSource() throws Exception {
        Path file = dir.resolve("rejected_transactions.log");
        try (RecordWriter<Rejection> writer = new RejectedTransactionsLogFormat().open(file)) {
            Rejection lead = Rejections.of(SourceSchema.LEADS, 2, "x", ReasonCode.MISSING_EMAIL,
                    "Missing email");

            assertThatThrownBy(() -> writer.write(lead))
                    .isInstanceOf(IllegalArgumentException.class)
                    .hasMessageContaining("transactions")
                    .hasMessageContaining("leads line 2");
        }
        assertThat(Files.readString(file, StandardCharsets.UTF_8)).isEqualTo(HEADER);
    }

    @Test
    void addsTheFileAndLineWhenTheRejectionsNameTheirFile() throws Exception {
        Rejection first = Rejections.transaction(5, "…", "TX-1", "Refunded", "-10.0",
                ReasonCode.NON_POSITIVE_AMOUNT, "Non-positive amount (-10.0)");
        Rejection second = Rejections.transaction(2, "…", "TX-2", "shipped", "5",
                ReasonCode.UNKNOWN_STATUS, "Unknown status (shipped)");
        Path file = write(List.of(
                new Rejection(first.record().inFile("in/tx/a.txt"), first.violation()),
                new Rejection(second.record().inFile("in/tx/b|c.txt"), second.violation())));

        assertThat(Files.readString(file, StandardCharsets.UTF_8)).isEqualTo(
                "transaction_id|status|amount|reason|file|line\n"
                        + "TX-1|Refunded|-10.0|Non-positive amount (-10.0)|in/tx/a.txt|5\n"
                        + "TX-2|shipped|5|Unknown status (shipped)|\"in/tx/b|c.txt\"|2\n");
    }

    @Test
    void writesTheHeaderAloneWhenNothingWasRejected() throws Exception {
        Path file = write(List.of());

        assertThat(Files.readString(file, StandardCharsets.UTF_8)).isEqualTo(HEADER);
    }

    @Test
    void refusesToOverwriteAnExistingFile() throws Exception {
        Path file = Files.writeString(dir.resolve("rejected_transactions.log"), "keep me");

        assertThatThrownBy(() -> new RejectedTransactionsLogFormat().open(file))
                .isInstanceOf(FileAlreadyExistsException.class);
        assertThat(Files.readString(file)).isEqualTo("keep me");
    }

    private Path write(List<Rejection> rejections) throws IOException {
        Path file = dir.resolve("rejected_transactions.log");
        try (RecordWriter<Rejection> writer = new RejectedTransactionsLogFormat().open(file)) {
            for (Rejection rejection : rejections) {
                writer.write(rejection);
            }
        }
        return file;
    }
}
