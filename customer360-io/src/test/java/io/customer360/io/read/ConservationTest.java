package io.customer360.io.read;

import static io.customer360.io.read.Fixtures.bytes;
import static io.customer360.io.read.Fixtures.lines;
import static io.customer360.io.read.Fixtures.readAll;
import static io.customer360.io.read.Fixtures.write;
import static org.assertj.core.api.Assertions.assertThat;

import io.customer360.read.RawRecord;
import io.customer360.read.SourceSchema;
import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Every non-blank logical record comes back exactly once, accepted or malformed. */
class ConservationTest {
    @TempDir
    Path dir;

    @Test
    void messyDelimitedFileReturnsEveryLogicalRecordOnce() throws IOException {
        byte[] content = bytes(new int[] {0xEF, 0xBB, 0xBF},
                "transaction_id|user_uuid|amount|status|timestamp\r\n", // 1 header
                "T1|u1|10|completed|2024-01-01\r\n",                    // 2 ok
                "\r\n",                                                 // 3 blank
                "T2|u2|5\n",                                            // 4 wrong count
                "T3|\"u3\nstill u3\"|1|pending|\n",                     // 5-6 multi-line ok
                "T4|\"u4\"x|1|pending|\r",                              // 7 text after quote
                "   \n",                                                // 8 blank
                "T5|u5|1|failed|", new int[] {0xFF}, "\n",              // 9 invalid byte ok
                "T6|u6|", "9".repeat(300), "|pending|\n",               // 10 too long
                "T7|u7|1|refunded|\n",                                  // 11 ok
                "T8|\"u8|1|pending|\n",                                 // 12 unterminated
                "T9|u9|1|cancelled|\n");                                // 13 ok
        Path file = write(dir, "transactions.txt", content);

        List<RawRecord> records = readAll(DelimitedFileInput.pipe(file), SourceSchema.TRANSACTIONS,
                Fixtures.withMaxRecordLength(200));

        assertThat(lines(records)).containsExactly(2L, 4L, 5L, 7L, 9L, 10L, 11L, 12L, 13L);
        assertThat(records).extracting(RawRecord::isMalformed)
                .containsExactly(false, true, false, true, false, true, false, true, false);
    }

    @Test
    void messyJsonLinesFileReturnsEveryNonBlankLineOnce() throws IOException {
        String good = "{\"user_uuid\":\"u\"}";
        byte[] content = bytes(new int[] {0xEF, 0xBB, 0xBF},
                good, "\r\n",                                  // 1 ok
                "\n",                                          // 2 blank
                "{\"user_uuid\":\"u\"\r",                      // 3 invalid
                "[1]\n",                                       // 4 not an object
                "{\"user_uuid\":\"", "x".repeat(300), "\"}\n", // 5 too long
                " \t \n",                                      // 6 blank
                "{\"user_uuid\":\"", new int[] {0xC0}, "\"}\n", // 7 ok with U+FFFD
                "{\"user_uuid\":\"u\"} trailing\n",            // 8 trailing content
                good);                                         // 9 ok
        Path file = write(dir, "web_activity.json", content);

        List<RawRecord> records = readAll(JsonLinesFileInput.of(file), SourceSchema.WEB_ACTIVITY,
                Fixtures.withMaxRecordLength(200));

        assertThat(lines(records)).containsExactly(1L, 3L, 4L, 5L, 7L, 8L, 9L);
        assertThat(records).extracting(RawRecord::isMalformed)
                .containsExactly(false, true, true, true, false, true, false);
    }
}
