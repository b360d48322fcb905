package io.customer360.io.read;

import static io.customer360.io.read.Fixtures.bytes;
import static io.customer360.io.read.Fixtures.lines;
import static io.customer360.io.read.Fixtures.readAll;
import static io.customer360.io.read.Fixtures.write;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.customer360.error.SchemaException;
import io.customer360.read.RawRecord;
import io.customer360.read.ReadOptions;
import io.customer360.read.SourceSchema;
import io.customer360.read.ValueKind;
import io.customer360.read.WebActivityField;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class JsonLinesFileInputTest {
    private static final String GOOD = "{\"user_uuid\":\"u\"}";

    @TempDir
    Path dir;

    private List<RawRecord> read(String content) throws IOException {
        return read(content.getBytes(StandardCharsets.UTF_8));
    }

    private List<RawRecord> read(byte[] content) throws IOException {
        return readAll(JsonLinesFileInput.of(write(dir, "web_activity.json", content)),
                SourceSchema.WEB_ACTIVITY);
    }

    private static String nested(int depth) {
        return "{\"user_uuid\":\"u\",\"deep\":" + "[".repeat(depth - 1) + "]".repeat(depth - 1)
                + "}";
    }

    @Test
    void readsStringsAsTextAndKeepsTheLineAsRawText() throws IOException {
        String line = "{\"user_uuid\":\"u1\",\"session_id\":\"s\",\"email\":\"a@x.com\"}";

        assertThat(read(line + "\n")).singleElement().satisfies(r -> {
            assertThat(r.isMalformed()).isFalse();
            assertThat(r.line()).isEqualTo(1);
            assertThat(r.text()).isEqualTo(line);
            assertThat(r.value(WebActivityField.USER_UUID)).isEqualTo("u1");
            assertThat(r.kind(WebActivityField.USER_UUID)).isEqualTo(ValueKind.TEXT);
            assertThat(r.value(WebActivityField.EMAIL)).isEqualTo("a@x.com");
            assertThat(r.value(WebActivityField.PAGE_VIEWS)).isNull();
        });
    }

    @Test
    void dropsLeadingByteOrderMark() throws IOException {
        assertThat(read(bytes(new int[] {0xEF, 0xBB, 0xBF}, GOOD + "\n"))).singleElement()
                .satisfies(r -> {
                    assertThat(r.isMalformed()).isFalse();
                    assertThat(r.text()).isEqualTo(GOOD);
                });
    }

    @Test
    void acceptsLfCrlfAndCrWithPhysicalLineNumbers() throws IOException {
        List<RawRecord> records = read(GOOD + "\r\n" + GOOD + "\r" + GOOD + "\n\r\n" + GOOD);

        assertThat(lines(records)).containsExactly(1L, 2L, 3L, 5L);
        assertThat(records).noneMatch(RawRecord::isMalformed)
                .allSatisfy(r -> assertThat(r.text()).isEqualTo(GOOD));
    }

    @Test
    void skipsBlankLinesWhichAreNotRecords() throws IOException {
        assertThat(lines(read("\n  \n" + GOOD + "\n\t\n\n" + GOOD + "\n\n")))
                .containsExactly(3L, 6L);
    }

    @Test
    void byteOrderMarkOnlyOrBlankFileHasZeroRecords() throws IOException {
        assertThat(read(bytes(new int[] {0xEF, 0xBB, 0xBF}))).isEmpty();
        assertThat(read("\n \n")).isEmpty();
    }

    @Test
    void zeroByteFileFails() {
        Path file = write(dir, "web_activity.json", new byte[0]);

        assertThatThrownBy(() -> readAll(JsonLinesFileInput.of(file), SourceSchema.WEB_ACTIVITY))
                .isInstanceOf(SchemaException.class)
                .hasMessageStartingWith(file + ": file is empty (0 bytes)");
    }

    @Test
    void missingFileFailsFastWithItsPath() {
        Path file = dir.resolve("missing.json");

        assertThatThrownBy(() -> JsonLinesFileInput.of(file).open(SourceSchema.WEB_ACTIVITY,
                ReadOptions.defaults()))
                .isInstanceOf(SchemaException.class)
                .hasMessageContaining(file.toString());
    }

    @Test
    void invalidJsonIsMalformedAndNextLineIsRead() throws IOException {
        List<RawRecord> records = read("{\"user_uuid\": \n" + GOOD + "\n{oops}\n" + GOOD);

        assertThat(records).extracting(RawRecord::line, RawRecord::isMalformed)
                .containsExactly(org.assertj.core.groups.Tuple.tuple(1L, true),
                        org.assertj.core.groups.Tuple.tuple(2L, false),
                        org.assertj.core.groups.Tuple.tuple(3L, true),
                        org.assertj.core.groups.Tuple.tuple(4L, false));
        assertThat(records.get(0).malformation()).startsWith("not valid JSON");
        assertThat(records.get(0).text()).isEqualTo("{\"user_uuid\": ");
    }

    @Test
    void nonObjectLinesAreMalformed() throws IOException {
        // a first line starting with '[' would make the file a JSON array, so start with a record
        List<RawRecord> records = read(GOOD + "\n[1,2]\n\"text\"\n42\nnull\n" + GOOD);

        assertThat(records).extracting(RawRecord::isMalformed)
                .containsExactly(false, true, true, true, true, false);
        assertThat(records.get(1).malformation()).isEqualTo("not a JSON object but an array");
        assertThat(records.get(2).malformation()).isEqualTo("not a JSON object but a string");
    }

    @Test
    void trailingContentAfterTheObjectIsMalformed() throws IOException {
        List<RawRecord> records = read(GOOD + " {\"user_uuid\":\"v\"}\n" + GOOD + " x\n" + GOOD
                + "  \n");

        assertThat(records).extracting(RawRecord::isMalformed).containsExactly(true, true, false);
    }

    @Test
    void nestingOf64LevelsIsAcceptedAnd65IsMalformed() throws IOException {
        List<RawRecord> records = read(nested(64) + "\n" + nested(65) + "\n" + GOOD + "\n");

        assertThat(records).extracting(RawRecord::isMalformed).containsExactly(false, true, false);
        assertThat(records.get(1).malformation())
                .isEqualTo("nested deeper than 64 levels (ReadLimits.maxNestingDepth)");
    }

    @Test
    void nestingLimitIsConfigurable() throws IOException {
        Path file = write(dir, "web_activity.json", nested(3) + "\n" + nested(4) + "\n");
        ReadOptions options = new ReadOptions(StandardCharsets.UTF_8,
                io.customer360.read.ReadLimits.builder().maxNestingDepth(3).build());

        assertThat(readAll(JsonLinesFileInput.of(file), SourceSchema.WEB_ACTIVITY, options))
                .extracting(RawRecord::isMalformed).containsExactly(false, true);
    }

    @Test
    void lineOverTheByteLimitIsMalformedAndNextLineIsRead() throws IOException {
        String longLine = "{\"user_uuid\":\"" + "\u00e9".repeat(50) + "\"}";
        Path file = write(dir, "web_activity.json", longLine + "\n" + GOOD + "\n");

        List<RawRecord> records = readAll(JsonLinesFileInput.of(file), SourceSchema.WEB_ACTIVITY,
                Fixtures.withMaxRecordLength(60));

        assertThat(records).extracting(RawRecord::line, RawRecord::isMalformed)
                .containsExactly(org.assertj.core.groups.Tuple.tuple(1L, true),
                        org.assertj.core.groups.Tuple.tuple(2L, false));
        assertThat(records.get(0).malformation())
                .isEqualTo("line is longer than 60 bytes (ReadLimits.maxRecordLength)");
        assertThat(records.get(0).text()).startsWith("{\"user_uuid\":\"\u00e9");
        assertThat(records.get(0).isTextTruncated()).isTrue();
        assertThat(records.get(1).isTextTruncated()).isFalse();
    }

    @Test
    void overLongStringInOneLineCostsOnlyThatLineWithTheLengthLimitAsReason()
            throws IOException {
        // with a record limit above Jackson's default string limit (20 million characters)
        String string = "x".repeat(20_000_001);
        Path file = write(dir, "web_activity.json", GOOD + "\n{\"user_uuid\":\"" + string
                + "y".repeat(100) + "\"}\n" + GOOD + "\n{\"session_id\":\"" + string + "\"}\n"
                + GOOD + "\n");

        List<RawRecord> records = readAll(JsonLinesFileInput.of(file), SourceSchema.WEB_ACTIVITY,
                Fixtures.withMaxRecordLength(20_000_050));

        assertThat(records).extracting(RawRecord::line, RawRecord::isMalformed)
                .containsExactly(org.assertj.core.groups.Tuple.tuple(1L, false),
                        org.assertj.core.groups.Tuple.tuple(2L, true),
                        org.assertj.core.groups.Tuple.tuple(3L, false),
                        org.assertj.core.groups.Tuple.tuple(4L, false),
                        org.assertj.core.groups.Tuple.tuple(5L, false));
        assertThat(records.get(1).malformation())
                .isEqualTo("line is longer than 20000050 bytes (ReadLimits.maxRecordLength)");
        assertThat(records.get(3).value(WebActivityField.SESSION_ID)).hasSize(20_000_001);
    }

    @Test
    void noLimitOfJacksonsOwnBelowTheRecordLimitRejectsALine() throws IOException {
        // Jackson's defaults: numbers up to 1,000 digits, names up to 50,000 characters
        String number = "1".repeat(1001);
        List<RawRecord> records = read("{\"user_uuid\":" + number + "}\n{\"" + "n".repeat(50_001)
                + "\":1,\"user_uuid\":\"b\"}\n");

        assertThat(records).extracting(RawRecord::isMalformed).containsExactly(false, false);
        assertThat(records.get(0).value(WebActivityField.USER_UUID)).isEqualTo(number);
        assertThat(records.get(0).kind(WebActivityField.USER_UUID)).isEqualTo(ValueKind.NUMBER);
        assertThat(records.get(1).value(WebActivityField.USER_UUID)).isEqualTo("b");
    }

    @Test
    void lineExactlyAtTheByteLimitIsAccepted() throws IOException {
        Path file = write(dir, "web_activity.json", GOOD + "\n");

        assertThat(readAll(JsonLinesFileInput.of(file), SourceSchema.WEB_ACTIVITY,
                Fixtures.withMaxRecordLength(GOOD.length())))
                .singleElement().satisfies(r -> assertThat(r.isMalformed()).isFalse());
    }

    @Test
    void nullIsAMissingValue() throws IOException {
        assertThat(read("{\"user_uuid\":null,\"email\":\"e\"}")).singleElement().satisfies(r -> {
            assertThat(r.isMalformed()).isFalse();
            assertThat(r.value(WebActivityField.USER_UUID)).isNull();
        });
    }

    @Test
    void numberIsItsSourceTextWithNumberKind() throws IOException {
        assertThat(read("{\"user_uuid\":12345,\"page_views\":3.0,\"ts\":1.5e3}")).singleElement()
                .satisfies(r -> {
                    assertThat(r.value(WebActivityField.USER_UUID)).isEqualTo("12345");
                    assertThat(r.kind(WebActivityField.USER_UUID)).isEqualTo(ValueKind.NUMBER);
                    assertThat(r.value(WebActivityField.PAGE_VIEWS)).isEqualTo("3.0");
                    assertThat(r.kind(WebActivityField.PAGE_VIEWS)).isEqualTo(ValueKind.NUMBER);
                    assertThat(r.value(WebActivityField.TIMESTAMP)).isEqualTo("1.5e3");
                });
    }

    @Test
    void booleansObjectsAndArraysAreTheirJsonTextWithOtherKind() throws IOException {
        assertThat(read("{\"user_uuid\":true,\"session_id\":{\"a\": [1, {\"b\":null}]},"
                + "\"email\":[ \"x\" ],\"page_views\":false}")).singleElement().satisfies(r -> {
                    assertThat(r.isMalformed()).isFalse();
                    assertThat(r.value(WebActivityField.USER_UUID)).isEqualTo("true");
                    assertThat(r.kind(WebActivityField.USER_UUID)).isEqualTo(ValueKind.OTHER);
                    assertThat(r.value(WebActivityField.SESSION_ID))
                            .isEqualTo("{\"a\": [1, {\"b\":null}]}");
                    assertThat(r.kind(WebActivityField.SESSION_ID)).isEqualTo(ValueKind.OTHER);
                    assertThat(r.value(WebActivityField.EMAIL)).isEqualTo("[ \"x\" ]");
                    assertThat(r.value(WebActivityField.PAGE_VIEWS)).isEqualTo("false");
                });
    }

    @Test
    void otherFieldsAreIgnoredEvenWhenNested() throws IOException {
        assertThat(read("{\"extra\":{\"user_uuid\":\"inner\"},\"more\":[1,2],\"user_uuid\":\"u\"}"))
                .singleElement()
                .satisfies(r -> assertThat(r.value(WebActivityField.USER_UUID)).isEqualTo("u"));
    }

    @Test
    void fieldNamesMatchExactlyIncludingCase() throws IOException {
        assertThat(read("{\"User_UUID\":\"u\",\"EMAIL\":\"e\",\" email\":\"f\"}")).singleElement()
                .satisfies(r -> {
                    assertThat(r.isMalformed()).isFalse();
                    assertThat(r.value(WebActivityField.USER_UUID)).isNull();
                    assertThat(r.value(WebActivityField.EMAIL)).isNull();
                });
    }

    @Test
    void canonicalNameBeatsAliasesAndEarlierAliasBeatsLater() throws IOException {
        List<RawRecord> records = read("{\"ts\":\"3\",\"timestamp\":\"1\",\"event_time\":\"2\"}\n"
                + "{\"ts\":\"3\",\"event_time\":\"2\"}\n{\"ts\":\"3\"}\n{\"event_time\":\"2\"}\n");

        assertThat(records).extracting(r -> r.value(WebActivityField.TIMESTAMP))
                .containsExactly("1", "2", "3", "2");
    }

    @Test
    void nullCanonicalValueLetsAliasFillIn() throws IOException {
        assertThat(read("{\"timestamp\":null,\"ts\":\"3\"}")).singleElement()
                .satisfies(r -> assertThat(r.value(WebActivityField.TIMESTAMP)).isEqualTo("3"));
    }

    @Test
    void repeatedKeyLastNonNullValueWins() throws IOException {
        assertThat(read("{\"email\":\"a\",\"email\":\"b\",\"email\":null}")).singleElement()
                .satisfies(r -> assertThat(r.value(WebActivityField.EMAIL)).isEqualTo("b"));
    }

    @Test
    void unpairedSurrogateEscapeBecomesReplacementCharacter() throws IOException {
        assertThat(read("{\"user_uuid\":\"a\\ud800b\",\"email\":\"\\udc00\","
                + "\"session_id\":\"\\ud83d\\ude00\"}")).singleElement().satisfies(r -> {
                    assertThat(r.value(WebActivityField.USER_UUID)).isEqualTo("a\uFFFDb");
                    assertThat(r.value(WebActivityField.EMAIL)).isEqualTo("\uFFFD");
                    assertThat(r.value(WebActivityField.SESSION_ID)).isEqualTo("\ud83d\ude00");
                });
    }

    @Test
    void invalidBytesDecodeAsReplacementCharacterAndReadingGoesOn() throws IOException {
        List<RawRecord> records = read(bytes("{\"user_uuid\":\"a", new int[] {0xFF, 0xC3},
                "\"}\n", "{\"user_uuid\":", new int[] {0x80}, "}\n", GOOD));

        assertThat(records).hasSize(3);
        assertThat(records.get(0).value(WebActivityField.USER_UUID)).isEqualTo("a\uFFFD\uFFFD");
        assertThat(records.get(1).isMalformed()).isTrue();
        assertThat(records.get(1).text()).isEqualTo("{\"user_uuid\":\uFFFD}");
        assertThat(records.get(2).isMalformed()).isFalse();
    }

    @Test
    void refusesCharsetsThatAreNotAsciiCompatible() {
        Path file = write(dir, "web_activity.json", GOOD);

        assertThatThrownBy(() -> JsonLinesFileInput.of(file).open(SourceSchema.WEB_ACTIVITY,
                new ReadOptions(StandardCharsets.UTF_16, io.customer360.read.ReadLimits.defaults())))
                .isInstanceOfSatisfying(io.customer360.error.ConfigurationException.class,
                        refused -> assertThat(refused.path()).contains(file))
                .hasMessageContaining("UTF-16");
    }
}
