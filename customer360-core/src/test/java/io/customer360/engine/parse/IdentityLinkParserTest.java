package io.customer360.engine.parse;

import static io.customer360.engine.Records.raw;
import static org.assertj.core.api.Assertions.assertThat;

import io.customer360.model.IdentityLink;
import io.customer360.model.ReasonCode;
import io.customer360.read.SourceSchema;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class IdentityLinkParserTest {
    private final IdentityLinkParser parser = new IdentityLinkParser();

    @Test
    void normalisesBothIdentifiers() {
        ParseResult<IdentityLink> result = parser.parse(raw(SourceSchema.IDENTITY_MAP, 2,
                "email=A@X.IO", "user_uuid=0F8FAD5B-D9CB-469F-A165-70867728950E"));

        assertThat(result.record().email()).isEqualTo("a@x.io");
        assertThat(result.record().userUuid()).isEqualTo("0f8fad5b-d9cb-469f-a165-70867728950e");
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = ';', value = {
        "missing email; email=|user_uuid=bad; MISSING_EMAIL",
        "invalid email; email=x|user_uuid=bad; INVALID_EMAIL",
        "missing uuid; email=a@x.io|user_uuid=NA; MISSING_USER_UUID",
        "invalid uuid; email=a@x.io|user_uuid=nope; INVALID_USER_UUID",
    })
    void rejectsWithTheFirstReasonInSpecOrder(String name, String pairs, String expected) {
        ParseResult<IdentityLink> result =
                parser.parse(raw(SourceSchema.IDENTITY_MAP, 2, pairs.split("\\|")));

        assertThat(result.violation().code()).isEqualTo(ReasonCode.of(expected));
    }
}
