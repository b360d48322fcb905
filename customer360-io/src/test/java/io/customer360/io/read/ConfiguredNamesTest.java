package io.customer360.io.read;

import static io.customer360.io.read.Fixtures.readAll;
import static io.customer360.io.read.Fixtures.write;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.customer360.error.SchemaException;
import io.customer360.read.LeadField;
import io.customer360.read.RawRecord;
import io.customer360.read.ReadOptions;
import io.customer360.read.SourceSchema;
import io.customer360.read.ValueKind;
import io.customer360.read.WebActivityField;
import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Readers find a field by the names a schema configures for it instead of its defaults. */
class ConfiguredNamesTest {
    private static final SourceSchema LEADS = SourceSchema.LEADS.withNames(Map.of(
            "email", List.of("E-mail"),
            "creation_date", List.of("Created On", "Signed Up"),
            "full_name", List.of("Name")));
    private static final SourceSchema WEB = SourceSchema.WEB_ACTIVITY.withNames(Map.of(
            "user_uuid", List.of("uid"), "timestamp", List.of("ts", "when")));

    @TempDir
    Path dir;

    @Test
    void aHeaderMatchesConfiguredNamesTrimmedAndInAnyCase() throws IOException {
        Path file = write(dir, "leads.csv", " e-mail ,CREATED ON,name,full_name,Signed Up\n"
                + "a@x.io,2024-01-01,Ann,ignored,2023-01-01\n");

        assertThat(readAll(DelimitedFileInput.csv(file), LEADS)).singleElement().satisfies(r -> {
            assertThat(r.value(LeadField.EMAIL)).isEqualTo("a@x.io");
            assertThat(r.value(LeadField.CREATION_DATE)).isEqualTo("2024-01-01");
            assertThat(r.value(LeadField.FULL_NAME)).isEqualTo("Ann");
        });
    }

    @Test
    void aLaterConfiguredNameIsUsedAloneAndTheDefaultNamesNoLonger() throws IOException {
        Path file = write(dir, "leads.csv", "E-mail,signed up,creation_date,created_at\n"
                + "a@x.io,2023-01-01,2024-01-01,2025-01-01\n");

        assertThat(readAll(DelimitedFileInput.csv(file), LEADS)).singleElement().satisfies(r ->
                assertThat(r.value(LeadField.CREATION_DATE)).isEqualTo("2023-01-01"));
    }

    @Test
    void aMissingRequiredFieldIsNamedByItsConfiguredNames() {
        Path file = write(dir, "leads.csv", "email,creation_date,Name\na@x.io,2024-01-01,Ann\n");

        assertThatThrownBy(() -> DelimitedFileInput.csv(file).open(LEADS, ReadOptions.defaults()))
                .isInstanceOf(SchemaException.class)
                .hasMessage(file + ": required columns 'E-mail', 'Created On' (or 'Signed Up')"
                        + " are missing; header was [email, creation_date, Name]");
    }

    @Test
    void aHeaderWithNoneOfTheConfiguredNamesSeemsMissing() {
        Path file = write(dir, "leads.csv", "email,creation_date\na@x.io,2024-01-01\n");

        assertThatThrownBy(() -> DelimitedFileInput.csv(file).open(LEADS, ReadOptions.defaults()))
                .isInstanceOf(SchemaException.class)
                .hasMessageContaining("the header row seems to be missing")
                .hasMessageContaining("'E-mail'");
    }

    @Test
    void jsonFieldsMatchConfiguredNamesExactlyAndTheFirstWins() throws IOException {
        Path file = write(dir, "web.jsonl", ""
                + "{\"when\":\"2024-01-02\",\"uid\":\"u1\",\"ts\":1709400000,\"user_uuid\":\"x\"}\n"
                + "{\"when\":\"2024-01-02\",\"UID\":\"u2\",\"timestamp\":\"2024-01-03\"}\n");

        List<RawRecord> records = readAll(JsonLinesFileInput.of(file), WEB);

        assertThat(records).hasSize(2);
        assertThat(records.get(0).value(WebActivityField.USER_UUID)).isEqualTo("u1");
        assertThat(records.get(0).value(WebActivityField.TIMESTAMP)).isEqualTo("1709400000");
        assertThat(records.get(0).kind(WebActivityField.TIMESTAMP)).isEqualTo(ValueKind.NUMBER);
        assertThat(records.get(1).value(WebActivityField.USER_UUID)).isNull();
        assertThat(records.get(1).value(WebActivityField.TIMESTAMP)).isEqualTo("2024-01-02");
    }

    @Test
    void jsonArrayElementsUseTheConfiguredNamesToo() throws IOException {
        Path file = write(dir, "web.json", "[{\"uid\":\"u1\",\"ts\":\"2024-01-02\"},"
                + " {\"uid\": {\"nested\": 1}, \"ts\": null, \"when\": \"2024-01-05\"}]");

        List<RawRecord> records = readAll(JsonLinesFileInput.of(file), WEB);

        assertThat(records).extracting(r -> r.value(WebActivityField.USER_UUID))
                .containsExactly("u1", "{\"nested\": 1}");
        assertThat(records).extracting(r -> r.value(WebActivityField.TIMESTAMP))
                .containsExactly("2024-01-02", "2024-01-05");
    }
}
