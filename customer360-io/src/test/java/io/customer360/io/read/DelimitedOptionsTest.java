package io.customer360.io.read;

import static io.customer360.io.read.Fixtures.readAll;
import static io.customer360.io.read.Fixtures.write;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.customer360.error.ConfigurationException;
import io.customer360.error.SchemaException;
import io.customer360.read.LeadField;
import io.customer360.read.RawRecord;
import io.customer360.read.SourceSchema;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The per-input options of delimited files: delimiter, quote, escape, charset, null tokens, columns. */
class DelimitedOptionsTest {
    @TempDir
    Path dir;

    @Test
    void defaultsAreThoseOfCsvPipeAndOf() {
        DelimitedFileInput csv = DelimitedFileInput.csv(dir.resolve("f"));
        assertThat(csv.delimiter()).isEqualTo(',');
        assertThat(csv.quote()).contains('"');
        assertThat(csv.escape()).isEmpty();
        assertThat(csv.charset()).isEmpty();
        assertThat(csv.nullTokens()).isEmpty();
        assertThat(csv.columns()).isEmpty();
        assertThat(DelimitedFileInput.pipe(dir.resolve("f")).delimiter()).isEqualTo('|');
        assertThat(DelimitedFileInput.of(dir.resolve("f"), ';').delimiter()).isEqualTo(';');
        assertThat(csv.toString()).isEqualTo("DelimitedFileInput[" + dir.resolve("f")
                + ", delimiter ',']");
    }

    @Test
    void withersReturnNewInputsAndLeaveTheOriginalAlone() {
        DelimitedFileInput csv = DelimitedFileInput.csv(dir.resolve("f"));
        DelimitedFileInput tab = csv.withDelimiter('\t').withoutQuote().withEscape('\\')
                .withCharset(StandardCharsets.ISO_8859_1).withNullTokens(" NULL ", "\\N")
                .withColumns("email", "creation_date");

        assertThat(csv.delimiter()).isEqualTo(',');
        assertThat(csv.quote()).contains('"');
        assertThat(tab.delimiter()).isEqualTo('\t');
        assertThat(tab.quote()).isEmpty();
        assertThat(tab.escape()).contains('\\');
        assertThat(tab.charset()).contains(StandardCharsets.ISO_8859_1);
        assertThat(tab.nullTokens()).containsExactly("NULL", "\\N");
        assertThat(tab.columns()).containsExactly("email", "creation_date");
        assertThat(tab.withQuote('\'').quote()).contains('\'');
        assertThat(tab.withoutEscape().escape()).isEmpty();
    }

    @Test
    void readsTabSeparatedAndSemicolonSeparatedFiles() throws IOException {
        Path tsv = write(dir, "leads.tsv", "email\tcreation_date\tfull_name\na@x.io\t2024\t"
                + "\"Doe, Jane\"\n");
        Path ssv = write(dir, "leads.ssv", "email;creation_date;full_name\nb@x.io;2025;Roe\n");

        RawRecord tab = readAll(DelimitedFileInput.csv(tsv).withDelimiter('\t'),
                SourceSchema.LEADS).get(0);
        RawRecord semi = readAll(DelimitedFileInput.csv(ssv).withDelimiter(';'),
                SourceSchema.LEADS).get(0);

        assertThat(tab.value(LeadField.FULL_NAME)).isEqualTo("Doe, Jane");
        assertThat(tab.value(LeadField.EMAIL)).isEqualTo("a@x.io");
        assertThat(semi.value(LeadField.CREATION_DATE)).isEqualTo("2025");
        assertThat(semi.file()).isNull();
    }

    @Test
    void anotherQuoteCharacterQuotesAndTheDoubleQuoteIsThenLiteral() throws IOException {
        Path file = write(dir, "leads.csv", "email,creation_date,full_name\n"
                + "a@x.io,2024,'Doe, \"JJ\" Jane'\n"
                + "b@x.io,2024,'two\nlines'\n");

        List<RawRecord> records = readAll(DelimitedFileInput.csv(file).withQuote('\''),
                SourceSchema.LEADS);

        assertThat(records).extracting(r -> r.value(LeadField.FULL_NAME))
                .containsExactly("Doe, \"JJ\" Jane", "two\nlines");
        assertThat(records).extracting(RawRecord::line).containsExactly(2L, 3L);
    }

    @Test
    void withoutQuoteEveryQuoteIsLiteral() throws IOException {
        Path file = write(dir, "leads.tsv", "email\tcreation_date\tfull_name\n"
                + "a@x.io\t2024\t\"Jane\n"
                + "b@x.io\t2024\tsays \"hi\"\n");

        List<RawRecord> records = readAll(DelimitedFileInput.csv(file).withDelimiter('\t')
                .withoutQuote(), SourceSchema.LEADS);

        assertThat(records).extracting(r -> r.value(LeadField.FULL_NAME))
                .containsExactly("\"Jane", "says \"hi\"");
        assertThat(records).noneMatch(RawRecord::isMalformed);
    }

    @Test
    void anEscapeMakesTheNextCharacterLiteralALineBreakIncluded() throws IOException {
        Path file = write(dir, "leads.csv", "email,creation_date,full_name\n"
                + "a@x.io,2024,Doe\\, Jane\n"
                + "b@x.io,2024,\"say \\\"hi\\\"\"\n"
                + "c@x.io,2024,two\\\nlines\n"
                + "d@x.io,2024,\\N\n");

        List<RawRecord> records = readAll(DelimitedFileInput.csv(file).withEscape('\\'),
                SourceSchema.LEADS);

        assertThat(records).extracting(r -> r.value(LeadField.FULL_NAME))
                .containsExactly("Doe, Jane", "say \"hi\"", "two\nlines", "\\N");
        assertThat(records).extracting(RawRecord::line).containsExactly(2L, 3L, 4L, 6L);
    }

    @Test
    void withoutAnEscapeTheBackslashIsLiteral() throws IOException {
        Path file = write(dir, "leads.csv", "email,creation_date,full_name\na@x.io,2024,a\\,b\n");

        RawRecord record = readAll(DelimitedFileInput.csv(file), SourceSchema.LEADS).get(0);

        assertThat(record.isMalformed()).isTrue();
        assertThat(record.malformation()).contains("expected 3 fields but found 4");
    }

    @Test
    void nullTokensAreMissingValuesComparedAfterStripping() throws IOException {
        Path file = write(dir, "leads.csv", "email,creation_date,full_name,phone\n"
                + "a@x.io, NULL ,\\N,null\n");

        RawRecord record = readAll(DelimitedFileInput.csv(file).withNullTokens("NULL", "\\N"),
                SourceSchema.LEADS).get(0);
        RawRecord plain = readAll(DelimitedFileInput.csv(file), SourceSchema.LEADS).get(0);

        assertThat(record.value(LeadField.CREATION_DATE)).isNull();
        assertThat(record.value(LeadField.FULL_NAME)).isNull();
        assertThat(record.value(LeadField.PHONE)).isEqualTo("null");
        assertThat(record.value(LeadField.EMAIL)).isEqualTo("a@x.io");
        assertThat(record.text()).isEqualTo("a@x.io, NULL ,\\N,null");
        assertThat(plain.value(LeadField.CREATION_DATE)).isEqualTo(" NULL ");
    }

    @Test
    void aColumnListReadsAFileWithoutHeaderFromLineOne() throws IOException {
        Path file = write(dir, "leads.csv", "a@x.io,2024,Jane\n\nb@x.io,2025,Joe\n");

        List<RawRecord> records = readAll(DelimitedFileInput.csv(file)
                .withColumns("email", "Creation_Date", "full_name"), SourceSchema.LEADS);

        assertThat(records).extracting(RawRecord::line).containsExactly(1L, 3L);
        assertThat(records).extracting(r -> r.value(LeadField.CREATION_DATE))
                .containsExactly("2024", "2025");
        assertThat(records.get(1).value(LeadField.FULL_NAME)).isEqualTo("Joe");
    }

    @Test
    void aBlankNameInTheColumnListSkipsThatColumn() throws IOException {
        Path file = write(dir, "leads.csv", "a@x.io,x,2024\n");

        RawRecord record = readAll(DelimitedFileInput.csv(file)
                .withColumns("email", "", "creation_date"), SourceSchema.LEADS).get(0);

        assertThat(record.value(LeadField.CREATION_DATE)).isEqualTo("2024");
    }

    @Test
    void aColumnListWithoutARequiredColumnFailsNamingTheList() {
        Path file = write(dir, "leads.csv", "a@x.io,Jane\n");

        assertThatThrownBy(() -> readAll(DelimitedFileInput.csv(file)
                .withColumns("email", "full_name"), SourceSchema.LEADS))
                .isInstanceOf(SchemaException.class)
                .hasMessageContaining(file.toString())
                .hasMessageContaining("required column 'creation_date'")
                .hasMessageContaining("the column list given was [email, full_name]");
        assertThatThrownBy(() -> readAll(DelimitedFileInput.csv(file)
                .withColumns("email", "creation_date", "EMAIL"), SourceSchema.LEADS))
                .isInstanceOf(SchemaException.class)
                .hasMessageContaining("column 'email' appears twice (columns 1 and 3)");
    }

    @Test
    void theInputsOwnCharsetWinsOverTheRunsCharset() throws IOException {
        Path file = write(dir, "leads.csv", Fixtures.bytes("email,creation_date,full_name\n"
                + "a@x.io,2024,Jos", new int[] {0xE9}, "\n"));

        RawRecord latin = readAll(DelimitedFileInput.csv(file)
                .withCharset(StandardCharsets.ISO_8859_1), SourceSchema.LEADS).get(0);
        RawRecord utf8 = readAll(DelimitedFileInput.csv(file), SourceSchema.LEADS).get(0);

        assertThat(latin.value(LeadField.FULL_NAME)).isEqualTo("Jos\u00e9");
        assertThat(utf8.value(LeadField.FULL_NAME)).isEqualTo("Jos\uFFFD");
    }

    @Test
    void refusesSettingsThatCannotBeRead() {
        DelimitedFileInput csv = DelimitedFileInput.csv(dir.resolve("f"));

        assertThatThrownBy(() -> csv.withQuote(',')).isInstanceOf(ConfigurationException.class)
                .hasMessageContaining("quote must differ from the delimiter");
        assertThatThrownBy(() -> csv.withDelimiter('"'))
                .isInstanceOf(ConfigurationException.class).hasMessageContaining("'\"'");
        assertThatThrownBy(() -> csv.withQuote('\n')).isInstanceOf(ConfigurationException.class)
                .hasMessageContaining("quote must not be a line break but was U+000A");
        assertThatThrownBy(() -> csv.withEscape('\r'))
                .isInstanceOf(ConfigurationException.class).hasMessageContaining("U+000D");
        assertThatThrownBy(() -> csv.withEscape('"')).isInstanceOf(ConfigurationException.class)
                .hasMessageContaining("escape character must differ");
        assertThatThrownBy(() -> csv.withEscape(',')).isInstanceOf(ConfigurationException.class)
                .hasMessageContaining("escape character must differ");
        assertThatThrownBy(() -> csv.withoutQuote().withEscape('\\').withDelimiter('\\'))
                .isInstanceOf(ConfigurationException.class);
        assertThatThrownBy(() -> csv.withNullTokens("NULL", " "))
                .isInstanceOf(ConfigurationException.class)
                .hasMessageContaining("null token 2 must not be blank");
        assertThatThrownBy(() -> csv.withColumns())
                .isInstanceOf(ConfigurationException.class)
                .hasMessageContaining(dir.resolve("f").toString());
        assertThatThrownBy(() -> csv.withColumns("email", null))
                .isInstanceOf(ConfigurationException.class);
        assertThat(csv.withoutQuote().withDelimiter('"').quote()).isEqualTo(Optional.empty());
    }
}
