package io.customer360.engine.parse;

import static io.customer360.engine.Records.raw;
import static org.assertj.core.api.Assertions.assertThat;

import io.customer360.model.ReasonCode;
import io.customer360.model.WebEvent;
import io.customer360.read.SourceSchema;
import io.customer360.standardise.TimestampParser;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class WebEventParserTest {
    private static final String UUID = "user_uuid=0f8fad5b-d9cb-469f-a165-70867728950e";
    private final WebEventParser parser = new WebEventParser(TimestampParser.defaults());

    @Test
    void countsAnAbsentPageViewsAsOne() {
        ParseResult<WebEvent> result = parser.parse(raw(SourceSchema.WEB_ACTIVITY, 1, UUID,
                "session_id=s1"));

        assertThat(result.record().pageViews()).isEqualTo(1);
        assertThat(result.record().sessionId()).isEqualTo("s1");
    }

    @Test
    void readsAnIntegralJsonNumberAsPageViews() {
        ParseResult<WebEvent> result = parser.parse(raw(SourceSchema.WEB_ACTIVITY, 1, UUID,
                "#page_views=3.0"));

        assertThat(result.record().pageViews()).isEqualTo(3);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = ';', value = {
        "missing uuid first; page_views=-1|email=bad; MISSING_USER_UUID",
        "invalid uuid; user_uuid=123|page_views=-1; INVALID_USER_UUID",
        "invalid page views before timestamp; UUID|page_views=-1|timestamp=bad; INVALID_PAGE_VIEWS",
        "invalid timestamp before email; UUID|timestamp=bad|email=bad; INVALID_TIMESTAMP",
        "invalid email; UUID|email=bad; INVALID_EMAIL",
    })
    void rejectsWithTheFirstReasonInSpecOrder(String name, String pairs, String expected) {
        ParseResult<WebEvent> result = parser.parse(raw(SourceSchema.WEB_ACTIVITY, 1,
                pairs.replace("UUID", UUID).split("\\|")));

        assertThat(result.violation().code()).isEqualTo(ReasonCode.of(expected));
    }
}
