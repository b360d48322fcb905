package io.customer360.io.read;

import static io.customer360.io.read.Fixtures.bytes;
import static io.customer360.io.read.Fixtures.lines;
import static io.customer360.io.read.Fixtures.readAll;
import static io.customer360.io.read.Fixtures.write;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import io.customer360.read.RawRecord;
import io.customer360.read.ReadLimits;
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
    void syntaxErrorInsideOneElementCostsOnlyThatElement() throws IOException {
        List<RawRecord> records = read("[{\"user_uuid\":\"a\"},\n{\"user_uuid\": oops},\n"
                + "{\"user_uuid\":\"c\"}]");

        assertThat(records).extracting(RawRecord::line, RawRecord::isMalformed)
                .containsExactly(tuple(1L, false), tuple(2L, true), tuple(3L, false));
        assertThat(records.get(1).malformation()).startsWith("not valid JSON");
        assertThat(records.get(1).text()).isEqualTo("{\"user_uuid\": oops}");
        assertThat(records.get(2).value(WebActivityField.USER_UUID)).isEqualTo("c");
    }

    @Test
    void arrayNeverClosedEndsWithOneMalformedRecord() throws IOException {
        List<RawRecord> records = read("[{\"user_uuid\":\"a\"},\n{\"user_uuid\":\"b\"}");

        assertThat(records).extracting(RawRecord::isMalformed).containsExactly(false, false, true);
    }

    @Test
    void elementNestingCountsFromTheElement64AcceptedAnd65MalformedAndReadingGoesOn()
            throws IOException {
        // the element object is level 1, as in JSON Lines; the enclosing array does not count
        String ok = "{\"x\":" + "[".repeat(63) + "]".repeat(63) + "}";
        String deep = "{\"x\":" + "[".repeat(64) + "]".repeat(64) + "}";
        List<RawRecord> records = read("[" + ok + ",\n" + deep + ",{\"user_uuid\":\"a\"}]");

        assertThat(records).extracting(RawRecord::line, RawRecord::isMalformed)
                .containsExactly(tuple(1L, false), tuple(2L, true), tuple(2L, false));
        assertThat(records.get(1).malformation())
                .isEqualTo("nested deeper than 64 levels (ReadLimits.maxNestingDepth)");
        assertThat(records.get(1).text()).isEqualTo(deep);
    }

    @Test
    void contentAfterTheArrayIsOneMalformedRecord() throws IOException {
        List<RawRecord> records = read("[{\"user_uuid\":\"a\"}]\n{\"user_uuid\":\"b\"}\n");

        assertThat(records).extracting(RawRecord::line, RawRecord::isMalformed)
                .containsExactly(tuple(1L, false),
                        tuple(2L, true));
    }

    @Test
    void elementOverTheLimitIsMalformedWithItsHeadAsTruncatedTextAndNextElementIsRead()
            throws IOException {
        String element = "{\"user_uuid\":\"" + "x".repeat(200) + "\"}";
        Path file = write(dir, "web_activity.json", "[" + element + ",\n{\"user_uuid\":\"b\"}]");

        List<RawRecord> records = readAll(JsonLinesFileInput.of(file), SourceSchema.WEB_ACTIVITY,
                Fixtures.withMaxRecordLength(50));

        assertThat(records).extracting(RawRecord::line, RawRecord::isMalformed)
                .containsExactly(tuple(1L, true), tuple(2L, false));
        assertThat(records.get(0).text()).isEqualTo(element.substring(0, 50));
        assertThat(records.get(0).isTextTruncated()).isTrue();
        assertThat(records.get(0).malformation())
                .isEqualTo("array element is longer than 50 characters (ReadLimits.maxRecordLength)");
        assertThat(records.get(1).isTextTruncated()).isFalse();
    }

    @Test
    void elementAtTheLimitFollowedByWhiteSpaceIsAccepted() throws IOException {
        String element = "{\"user_uuid\":\"" + "x".repeat(30) + "\"}";
        Path file = write(dir, "web_activity.json", "[" + element + " ".repeat(100) + "\n\t]");

        assertThat(readAll(JsonLinesFileInput.of(file), SourceSchema.WEB_ACTIVITY,
                Fixtures.withMaxRecordLength(element.length())))
                .singleElement().satisfies(r -> {
                    assertThat(r.isMalformed()).isFalse();
                    assertThat(r.text()).isEqualTo(element);
                });
    }

    /**
     * Regression: an element holding a string longer than Jackson's default string limit (20
     * million characters) made every element after it vanish (1,002 elements read as 2) with a
     * reason about nesting depth.
     */
    @Test
    void overLongStringInOneArrayElementCostsOnlyThatElement() throws IOException {
        StringBuilder content = new StringBuilder("[{\"user_uuid\":\"a\"},\n{\"user_uuid\":\"");
        content.append("x".repeat(20_000_001)).append("\"}");
        for (int i = 0; i < 1000; i++) {
            content.append(",\n{\"user_uuid\":\"u").append(i).append("\"}");
        }
        List<RawRecord> records = read(content.append("]\n").toString());

        assertThat(records).hasSize(1002);
        assertThat(records).filteredOn(RawRecord::isMalformed).singleElement().satisfies(r -> {
            assertThat(r.line()).isEqualTo(2L);
            assertThat(r.malformation()).isEqualTo("array element is longer than "
                    + ReadLimits.DEFAULT_MAX_RECORD_LENGTH + " characters "
                    + "(ReadLimits.maxRecordLength)");
            assertThat(r.text()).hasSize(ReadLimits.DEFAULT_MAX_RECORD_LENGTH)
                    .startsWith("{\"user_uuid\":\"xxx");
            assertThat(r.isTextTruncated()).isTrue();
        });
        assertThat(records.get(1001).line()).isEqualTo(1002L);
        assertThat(records.get(1001).value(WebActivityField.USER_UUID)).isEqualTo("u999");
    }

    @Test
    void overLongNumberInOneArrayElementCostsOnlyThatElement() throws IOException {
        Path file = write(dir, "web_activity.json", "[{\"user_uuid\":\"a\",\"page_views\":"
                + "9".repeat(300) + "},\n{\"user_uuid\":\"b\"}]");

        List<RawRecord> records = readAll(JsonLinesFileInput.of(file), SourceSchema.WEB_ACTIVITY,
                Fixtures.withMaxRecordLength(100));

        assertThat(records).extracting(RawRecord::line, RawRecord::isMalformed)
                .containsExactly(tuple(1L, true), tuple(2L, false));
        assertThat(records.get(0).malformation()).contains("(ReadLimits.maxRecordLength)");
    }

    @Test
    void noLimitOfJacksonsOwnBelowTheRecordLimitRejectsAnElement() throws IOException {
        // Jackson's defaults: numbers up to 1,000 digits, names up to 50,000 characters
        String number = "1".repeat(1001);
        List<RawRecord> records = read("[{\"user_uuid\":" + number + "},\n{\"" + "n".repeat(50_001)
                + "\":1,\"user_uuid\":\"b\"}]");

        assertThat(records).extracting(RawRecord::isMalformed).containsExactly(false, false);
        assertThat(records.get(0).value(WebActivityField.USER_UUID)).isEqualTo(number);
        assertThat(records.get(1).value(WebActivityField.USER_UUID)).isEqualTo("b");
    }

    @Test
    void rejectedNonObjectElementKeepsItsFullText() throws IOException {
        String string = "\"a string, with a comma ] and a bracket \\\" and an escaped quote\"";
        String number = "-12345.678e+9";
        String array = "[1, [2, {\"k\": \"]\"}],\n \"x\"]";
        List<RawRecord> records = read("[" + string + ", " + number + " ,\n" + array
                + ", {\"user_uuid\":\"a\"}]");

        assertThat(records).extracting(RawRecord::text, RawRecord::isMalformed)
                .containsExactly(tuple(string, true), tuple(number, true), tuple(array, true),
                        tuple("{\"user_uuid\":\"a\"}", false));
        assertThat(records).extracting(RawRecord::malformation).startsWith(
                "not a JSON object but a string", "not a JSON object but a number",
                "not a JSON object but an array");
        assertThat(records).extracting(RawRecord::isTextTruncated).containsOnly(false);
    }

    @Test
    void nothingBetweenTwoSeparatorsIsOneMalformedRecordEach() throws IOException {
        List<RawRecord> records = read("[,{\"user_uuid\":\"a\"},\n,{\"user_uuid\":\"b\"},\n]");

        assertThat(records).extracting(RawRecord::line, RawRecord::text, RawRecord::isMalformed)
                .containsExactly(tuple(1L, "", true), tuple(1L, "{\"user_uuid\":\"a\"}", false),
                        tuple(2L, "", true), tuple(2L, "{\"user_uuid\":\"b\"}", false),
                        tuple(3L, "", true));
    }

    @Test
    void bracketsThatDoNotMatchCostTheElementsTheyJoinAndReadingGoesOn() throws IOException {
        List<RawRecord> records = read("[{\"x\":[1},\n{\"user_uuid\":\"b\"}],\n"
                + "{\"user_uuid\":\"c\"}]");

        assertThat(records).extracting(RawRecord::line, RawRecord::isMalformed)
                .containsExactly(tuple(1L, true), tuple(3L, false));
        assertThat(records.get(0).text()).isEqualTo("{\"x\":[1},\n{\"user_uuid\":\"b\"}]");
    }

    @Test
    void stringLeftOpenAtTheEndOfTheFileMakesTheRestOneMalformedRecord() throws IOException {
        List<RawRecord> records = read("[{\"user_uuid\":\"a\"},\r\n{\"user_uuid\":\"b},\r\n"
                + "{\"user_uuid\":\"c\"}]\r\n");

        assertThat(records).extracting(RawRecord::line, RawRecord::isMalformed)
                .containsExactly(tuple(1L, false), tuple(2L, true));
        assertThat(records.get(1).text())
                .isEqualTo("{\"user_uuid\":\"b},\r\n{\"user_uuid\":\"c\"}]");
        assertThat(records.get(1).malformation()).isEqualTo("the file ends inside a string of "
                + "this array element, so the rest of the file is part of this record");
    }

    @Test
    void bracketLeftOpenAtTheEndOfTheFileMakesTheRestOneMalformedRecord() throws IOException {
        List<RawRecord> records = read("[{\"user_uuid\":\"a\"},\n{\"user_uuid\":[\"b\",\n"
                + "{\"user_uuid\":\"c\"}]");

        assertThat(records).extracting(RawRecord::line, RawRecord::isMalformed)
                .containsExactly(tuple(1L, false), tuple(2L, true));
        assertThat(records.get(1).malformation()).contains("an object or array");
    }

    @Test
    void arrayFormNeedsItsBracketWithinTheRecordLimitElseTheFileIsReadAsJsonLines()
            throws IOException {
        Path file = write(dir, "web_activity.json", "\n".repeat(20) + "[{\"user_uuid\":\"a\"}]");

        List<RawRecord> records = readAll(JsonLinesFileInput.of(file), SourceSchema.WEB_ACTIVITY,
                Fixtures.withMaxRecordLength(19));

        // the line (19 bytes) is within the limit; as a JSON line it is not an object
        assertThat(records).singleElement().satisfies(r -> {
            assertThat(r.line()).isEqualTo(21L);
            assertThat(r.malformation()).isEqualTo("not a JSON object but an array");
        });
        assertThat(readAll(JsonLinesFileInput.of(file), SourceSchema.WEB_ACTIVITY,
                Fixtures.withMaxRecordLength(30)))
                .extracting(RawRecord::line, RawRecord::isMalformed)
                .containsExactly(tuple(21L, false));
    }
}
