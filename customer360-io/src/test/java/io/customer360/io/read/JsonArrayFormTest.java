package io.customer360.io.read;

import static io.customer360.io.read.Fixtures.bytes;
import static io.customer360.io.read.Fixtures.lines;
import static io.customer360.io.read.Fixtures.readAll;
import static io.customer360.io.read.Fixtures.write;
import static org.assertj.core.api.Assertions.assertThat;

import io.customer360.read.RawRecord;
import io.customer360.read.SourceSchema;
import io.customer360.read.ValueKind;
import io.customer360.read.WebActivityField;
import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class JsonArrayFormTest {
    @TempDir
    Path dir;

    private List<RawRecord> read(String content) throws IOException {
        return read(bytes(content));
    }

    private List<RawRecord> read(byte[] content) throws IOException {
        return readAll(JsonLinesFileInput.of(write(dir, "web_activity.json", content)),
                SourceSchema.WEB_ACTIVITY);
    }

    @Test
    void readsEachElementWithItsStartLineAndSourceText() throws IOException {
        List<RawRecord> records = read("\n  [\n  {\"user_uuid\":\"a\"},\n  {\"user_uuid\":\n"
                + "    12, \"session_id\": {\"k\": [1]}}\n]\n");

        assertThat(lines(records)).containsExactly(3L, 4L);
        assertThat(records.get(0).text()).isEqualTo("{\"user_uuid\":\"a\"}");
        assertThat(records.get(1).text())
                .isEqualTo("{\"user_uuid\":\n    12, \"session_id\": {\"k\": [1]}}");
        assertThat(records.get(1).value(WebActivityField.USER_UUID)).isEqualTo("12");
        assertThat(records.get(1).kind(WebActivityField.USER_UUID)).isEqualTo(ValueKind.NUMBER);
        assertThat(records.get(1).value(WebActivityField.SESSION_ID)).isEqualTo("{\"k\": [1]}");
    }

    @Test
    void lineNumbersArePhysicalForCrAndCrlf() throws IOException {
        assertThat(lines(read("[\r{\"user_uuid\":\"a\"},\r\n\r\n{\"user_uuid\":\"b\"}\r]")))
                .containsExactly(2L, 4L);
    }

    @Test
    void byteOrderMarkIsDropped() throws IOException {
        assertThat(read(bytes(new int[] {0xEF, 0xBB, 0xBF}, "[{\"user_uuid\":\"a\"}]")))
                .singleElement().satisfies(r -> {
                    assertThat(r.isMalformed()).isFalse();
                    assertThat(r.text()).isEqualTo("{\"user_uuid\":\"a\"}");
                });
    }

    @Test
    void emptyArrayHasZeroRecords() throws IOException {
        assertThat(read("[ ]\n")).isEmpty();
    }

    @Test
    void nonObjectElementIsMalformedAndNextElementIsRead() throws IOException {
        List<RawRecord> records = read("[1, [2, 3], \"s\", {\"user_uuid\":\"a\"}]");

        assertThat(records).extracting(RawRecord::isMalformed)
                .containsExactly(true, true, true, false);
        assertThat(records.get(1).text()).isEqualTo("[2, 3]");
        assertThat(records.get(1).malformation()).contains("not a JSON object");
    }

    @Test
    void syntaxErrorMakesTheRestOfTheArrayOneMalformedRecord() throws IOException {
        List<RawRecord> records = read("[{\"user_uuid\":\"a\"},\n{\"user_uuid\": oops},\n"
                + "{\"user_uuid\":\"c\"}]");

        assertThat(records).extracting(RawRecord::line, RawRecord::isMalformed)
                .containsExactly(org.assertj.core.groups.Tuple.tuple(1L, false),
                        org.assertj.core.groups.Tuple.tuple(2L, true));
        assertThat(records.get(1).malformation()).contains("rest of the array");
        assertThat(records.get(1).text()).startsWith("{\"user_uuid\": ");
    }

    @Test
    void arrayNeverClosedEndsWithOneMalformedRecord() throws IOException {
        List<RawRecord> records = read("[{\"user_uuid\":\"a\"},\n{\"user_uuid\":\"b\"}");

        assertThat(records).extracting(RawRecord::isMalformed).containsExactly(false, false, true);
    }

    @Test
    void elementNestingCountsFromTheElement64AcceptedAnd65Malformed() throws IOException {
        // the element object is level 1, as in JSON Lines; the enclosing array does not count
        String ok = "{\"x\":" + "[".repeat(63) + "]".repeat(63) + "}";
        String deep = "{\"x\":" + "[".repeat(64) + "]".repeat(64) + "}";
        List<RawRecord> records = read("[" + ok + ",\n" + deep + ",{\"user_uuid\":\"a\"}]");

        assertThat(records).extracting(RawRecord::line, RawRecord::isMalformed)
                .containsExactly(org.assertj.core.groups.Tuple.tuple(1L, false),
                        org.assertj.core.groups.Tuple.tuple(2L, true));
        assertThat(records.get(1).malformation()).contains("rest of the array");
    }

    @Test
    void contentAfterTheArrayIsOneMalformedRecord() throws IOException {
        List<RawRecord> records = read("[{\"user_uuid\":\"a\"}]\n{\"user_uuid\":\"b\"}\n");

        assertThat(records).extracting(RawRecord::line, RawRecord::isMalformed)
                .containsExactly(org.assertj.core.groups.Tuple.tuple(1L, false),
                        org.assertj.core.groups.Tuple.tuple(2L, true));
    }

    @Test
    void elementOverTheLimitIsMalformedAndNextElementIsRead() throws IOException {
        Path file = write(dir, "web_activity.json", "[{\"user_uuid\":\"" + "x".repeat(200)
                + "\"},\n{\"user_uuid\":\"b\"}]");

        List<RawRecord> records = readAll(JsonLinesFileInput.of(file), SourceSchema.WEB_ACTIVITY,
                Fixtures.withMaxRecordLength(50));

        assertThat(records).extracting(RawRecord::line, RawRecord::isMalformed)
                .containsExactly(org.assertj.core.groups.Tuple.tuple(1L, true),
                        org.assertj.core.groups.Tuple.tuple(2L, false));
        assertThat(records.get(0).text()).hasSizeLessThanOrEqualTo(50);
        assertThat(records.get(0).malformation()).contains("longer than 50");
    }
}
