package io.customer360.io.read;

import static org.assertj.core.api.Assertions.assertThat;

import io.customer360.read.RawRecord;
import io.customer360.read.ReadLimits;
import io.customer360.read.SourceSchema;
import io.customer360.read.ValueKind;
import io.customer360.read.WebActivityField;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

class FlatJsonLineTest {
    private final JsonRecordParser parser =
            new JsonRecordParser(SourceSchema.WEB_ACTIVITY, ReadLimits.defaults());

    private static List<String> members(String text) {
        List<String> seen = new ArrayList<>();
        boolean read = FlatJsonLine.read(text, (source, start, length, valueStart, valueEnd,
                kind) -> seen.add(source.substring(start, start + length) + "="
                        + source.substring(valueStart, valueEnd) + "/" + kind));
        return read ? seen : null;
    }

    @Test
    void readsAFlatObjectMemberByMemberAndSkipsNulls() {
        assertThat(members(" {\"a\":\"x y\", \"b\" : -1.5e+3,\"c\":true,\"d\":null,\"e\":false} "))
                .containsExactly("a=x y/TEXT", "b=-1.5e+3/NUMBER", "c=true/OTHER",
                        "e=false/OTHER");
        assertThat(members("{}")).isEmpty();
        assertThat(members("{\"\":0}")).containsExactly("=0/NUMBER");
    }

    @Test
    void declinesWhatItDoesNotReadSoTheFullParserDecides() {
        for (String text : new String[] {"", "[]", "{", "{\"a\"}", "{\"a\":}", "{\"a\":1,}",
                "{\"a\":01}", "{\"a\":1.}", "{\"a\":.5}", "{\"a\":+1}", "{\"a\":1e}",
                "{\"a\":-}", "{\"a\":\"x\\\"y\"}", "{\"a\":{}}", "{\"a\":[1]}", "{\"a\":tru}",
                "{\"a\":nullx}", "{\"a\":1}x", "{\"a\":1}{}", "{\"a\":\"tab\there\"}",
                "{'a':1}", "{a:1}", "{\"a\":NaN}", "{\"a\":1 2}", "\u00a0{}",
                "{\"a\":\"" + "x".repeat(1001) + "\"}"}) {
            assertThat(members(text)).as(text).isNull();
        }
    }

    @Test
    void fastPathGivesExactlyWhatTheFullParserGivesOnRandomLines() {
        SplittableRandom random = new SplittableRandom(2026);
        for (int i = 0; i < 50_000; i++) {
            String text = randomLine(random);
            RawRecord fast = parser.parseLine(i + 1, text);
            RawRecord full = parser.parseLineFully(i + 1, text);
            assertThat(fast).as(text).isEqualTo(full);
            for (WebActivityField field : WebActivityField.values()) {
                assertThat(fast.kind(field)).as(text).isEqualTo(full.kind(field));
            }
        }
    }

    private static final String[] NAMES = {"user_uuid", "session_id", "page_views", "timestamp",
        "event_time", "ts", "email", "url", "User_uuid", ""};
    private static final String[] VALUES = {"\"abc\"", "\"\"", "\" x \"", "\"a\\\"b\"",
        "\"\\u00e9\"", "\"\\ud800\"", "\"é€\"", "0", "-0", "12", "3.0", "-1.5e3", "1E+2", "01",
        "1.", "+1", "true", "false", "null", "{}", "{\"a\":1}", "[1,2]", "nul", "\"unterminated",
        "NaN", "\"tab\there\""};
    private static final String[] SPACE = {"", "", "", " ", "  ", "\t", "\u00a0"};

    private static String randomLine(SplittableRandom random) {
        StringBuilder line = new StringBuilder(pick(random, SPACE)).append('{');
        int members = random.nextInt(7);
        for (int m = 0; m < members; m++) {
            if (m > 0) {
                line.append(pick(random, SPACE)).append(',');
            }
            line.append(pick(random, SPACE)).append('"').append(pick(random, NAMES)).append('"')
                    .append(pick(random, SPACE)).append(':').append(pick(random, SPACE))
                    .append(pick(random, VALUES));
        }
        line.append(pick(random, SPACE));
        int ending = random.nextInt(20);
        line.append(ending == 0 ? "" : ending == 1 ? "},}" : ending == 2 ? "}x" : "}");
        return line.append(pick(random, SPACE)).toString();
    }

    private static String pick(SplittableRandom random, String[] options) {
        return options[random.nextInt(options.length)];
    }

    @Test
    void valueKindsMatchTheFullParser() {
        RawRecord record = parser.parseLine(1, "{\"user_uuid\":12,\"page_views\":\"3\"}");

        assertThat(record.kind(WebActivityField.USER_UUID)).isEqualTo(ValueKind.NUMBER);
        assertThat(record.value(WebActivityField.USER_UUID)).isEqualTo("12");
        assertThat(record.kind(WebActivityField.PAGE_VIEWS)).isEqualTo(ValueKind.TEXT);
    }
}
