package io.customer360.engine.parse;

import static io.customer360.engine.Records.raw;
import static org.assertj.core.api.Assertions.assertThat;

import io.customer360.model.Lead;
import io.customer360.model.ReasonCode;
import io.customer360.read.SourceSchema;
import io.customer360.standardise.TimestampParser;
import java.time.Instant;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class LeadParserTest {
    private final LeadParser parser = new LeadParser(TimestampParser.defaults());

    @Test
    void acceptsAndStandardisesALead() {
        ParseResult<Lead> result = parser.parse(raw(SourceSchema.LEADS, 4, "lead_id=L-1",
                "full_name=  o'brien   ANNE-marie ", "email=Anne@Example.com", "phone= 555 ",
                "lead_source=Web", "creation_date=2024/03/05", "user_uuid={0F8FAD5B-D9CB-469F-A165-70867728950E}"));

        Lead lead = result.record();
        assertThat(lead.fullName()).isEqualTo("O'Brien Anne-Marie");
        assertThat(lead.email()).isEqualTo("anne@example.com");
        assertThat(lead.phone()).isEqualTo("555");
        assertThat(lead.creationDate()).isEqualTo(Instant.parse("2024-03-05T00:00:00Z"));
        assertThat(lead.userUuid()).isEqualTo("0f8fad5b-d9cb-469f-a165-70867728950e");
        assertThat(lead.line()).isEqualTo(4);
    }

    @Test
    void joinsFirstAndLastNameWhenFullNameIsAbsent() {
        ParseResult<Lead> result = parser.parse(raw(SourceSchema.LEADS, 2, "first_name=jane",
                "last_name=DOE", "email=j@x.io", "creation_date=2024-01-01"));

        assertThat(result.record().fullName()).isEqualTo("Jane Doe");
    }

    @Test
    void usesTheOneNamePartPresent() {
        ParseResult<Lead> result = parser.parse(raw(SourceSchema.LEADS, 2, "first_name=N/A",
                "last_name=doe", "email=j@x.io", "creation_date=2024-01-01"));

        assertThat(result.record().fullName()).isEqualTo("Doe");
    }

    @Test
    void keepsAMissingCreationDateAsNull() {
        ParseResult<Lead> result = parser.parse(raw(SourceSchema.LEADS, 2, "email=j@x.io",
                "creation_date=none"));

        assertThat(result.record().creationDate()).isNull();
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = ';', value = {
        "missing email first; email=nan|user_uuid=bad|creation_date=bad; MISSING_EMAIL",
        "invalid email; email=a@@b.io|user_uuid=bad; INVALID_EMAIL",
        "invalid uuid before timestamp; email=a@b.io|user_uuid=00000000-0000-0000-0000-000000000000|creation_date=bad; INVALID_USER_UUID",
        "invalid timestamp; email=a@b.io|creation_date=1850-01-01; INVALID_TIMESTAMP",
    })
    void rejectsWithTheFirstReasonInSpecOrder(String name, String pairs, String expected) {
        ParseResult<Lead> result = parser.parse(raw(SourceSchema.LEADS, 2, pairs.split("\\|")));

        assertThat(result.violation().code()).isEqualTo(ReasonCode.of(expected));
    }
}
