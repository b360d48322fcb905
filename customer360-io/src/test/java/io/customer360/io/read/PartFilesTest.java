package io.customer360.io.read;

import static io.customer360.io.read.Fixtures.readAll;
import static io.customer360.io.read.Fixtures.write;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.groups.Tuple.tuple;

import io.customer360.error.ConfigurationException;
import io.customer360.error.SchemaException;
import io.customer360.read.LeadField;
import io.customer360.read.RawRecord;
import io.customer360.read.ReadOptions;
import io.customer360.read.RecordReader;
import io.customer360.read.SourceSchema;
import io.customer360.read.WebActivityField;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A source spread over the files of a folder, or those a file-name pattern matches. */
class PartFilesTest {
    @TempDir
    Path dir;
    Path folder;

    @BeforeEach
    void makeFolder() throws IOException {
        folder = Files.createDirectory(dir.resolve("leads"));
    }

    @Test
    void readsTheFilesOfAFolderInFileNameOrderEachWithItsHeader() throws IOException {
        write(folder, "part-2.csv", "creation_date,email\n2024,c@x.io\n");
        write(folder, "part-1.csv", "email,creation_date\na@x.io,2024\n\nb@x.io,2024\n");
        write(folder, "part-10.csv", "email,creation_date\nd@x.io,2024\n");
        write(folder, ".hidden.csv", "email,creation_date\nhidden@x.io,2024\n");
        write(folder, "_SUCCESS", "");
        Files.createDirectory(folder.resolve("sub"));

        List<RawRecord> records = readAll(DelimitedFileInput.csv(folder), SourceSchema.LEADS);

        assertThat(records).extracting(r -> r.value(LeadField.EMAIL), RawRecord::file,
                RawRecord::line).containsExactly(
                        tuple("a@x.io", folder.resolve("part-1.csv").toString(), 2L),
                        tuple("b@x.io", folder.resolve("part-1.csv").toString(), 4L),
                        tuple("d@x.io", folder.resolve("part-10.csv").toString(), 2L),
                        tuple("c@x.io", folder.resolve("part-2.csv").toString(), 2L));
    }

    @Test
    void aPatternOnTheFileNameChoosesTheFiles() throws IOException {
        write(folder, "tx-2026-11-02.tsv", "email\tcreation_date\nb@x.io\t2024\n");
        write(folder, "tx-2026-11-01.tsv", "email\tcreation_date\na@x.io\t2024\n");
        write(folder, "tx-2026-10-31.csv", "email,creation_date\nno@x.io,2024\n");

        List<RawRecord> records = readAll(DelimitedFileInput.csv(folder.resolve("tx-2026-11-*"
                + ".tsv")).withDelimiter('\t'), SourceSchema.LEADS);

        assertThat(records).extracting(r -> r.value(LeadField.EMAIL))
                .containsExactly("a@x.io", "b@x.io");
    }

    @Test
    void theReaderNamesItsFilesAndCountsTheirBytes() throws IOException {
        Path one = write(folder, "a.csv", "email,creation_date\na@x.io,2024\n");
        Path two = write(folder, "b.csv", GzipInputTest.gzip("email,creation_date\nb@x.io,1\n"));

        try (RecordReader reader = DelimitedFileInput.csv(folder).open(SourceSchema.LEADS,
                ReadOptions.defaults())) {
            assertThat(reader.files()).containsExactly(one.toString(), two.toString());
            long total = Files.size(one) + Files.size(two);
            assertThat(reader.totalBytes()).isEqualTo(total);
            while (reader.read() != null) {
                assertThat(reader.bytesRead()).isBetween(0L, total);
            }
            assertThat(reader.bytesRead()).isEqualTo(total);
        }
    }

    @Test
    void aBadHeaderInAnyFileFailsOpenNamingThatFile() {
        write(folder, "a.csv", "email,creation_date\na@x.io,2024\n");
        Path bad = write(folder, "b.csv", "email,full_name\nb@x.io,Bo\n");

        assertThatThrownBy(() -> DelimitedFileInput.csv(folder).open(SourceSchema.LEADS,
                ReadOptions.defaults()))
                .isInstanceOf(SchemaException.class)
                .hasMessageContaining(bad.toString())
                .hasMessageContaining("required column 'creation_date'");
    }

    @Test
    void anEmptyFolderOrAPatternMatchingNothingFailsNamingThePath() {
        Path pattern = folder.resolve("*.csv");
        write(folder, ".only-hidden.csv", "email,creation_date\n");

        assertThatThrownBy(() -> readAll(DelimitedFileInput.csv(folder), SourceSchema.LEADS))
                .isInstanceOf(SchemaException.class)
                .hasMessageStartingWith(folder + ": folder holds no file to read");
        assertThatThrownBy(() -> readAll(DelimitedFileInput.csv(pattern), SourceSchema.LEADS))
                .isInstanceOf(SchemaException.class)
                .hasMessageStartingWith(pattern + ": no file matches the pattern");
        assertThatThrownBy(() -> readAll(JsonLinesFileInput.of(pattern),
                SourceSchema.WEB_ACTIVITY))
                .isInstanceOf(SchemaException.class)
                .hasMessageStartingWith(pattern + ": no file matches the pattern");
        Path elsewhere = dir.resolve("missing").resolve("*.csv");
        assertThatThrownBy(() -> readAll(DelimitedFileInput.csv(elsewhere), SourceSchema.LEADS))
                .isInstanceOf(SchemaException.class)
                .hasMessageStartingWith(elsewhere + ": folder of the file-name pattern not found");
        assertThatThrownBy(() -> readAll(DelimitedFileInput.csv(folder.resolve("[a.csv")),
                SourceSchema.LEADS)).isInstanceOf(ConfigurationException.class);
    }

    @Test
    void aFileWhoseNameLooksLikeAPatternIsReadAsThatFile() throws IOException {
        Path odd = write(folder, "leads[1].csv", "email,creation_date\na@x.io,2024\n");

        List<RawRecord> records = readAll(DelimitedFileInput.csv(odd), SourceSchema.LEADS);

        assertThat(records).extracting(RawRecord::file).containsExactly((String) null);
    }

    @Test
    void jsonInputsAndNullTokensWorkAcrossFiles() throws IOException {
        write(folder, "1.jsonl", "{\"user_uuid\":\"u1\",\"email\":\"NULL\"}\n");
        write(folder, "2.json", GzipInputTest.gzip("[{\"user_uuid\":\"u2\",\"page_views\":3}]"));

        List<RawRecord> records = readAll(JsonLinesFileInput.of(folder).withNullTokens("NULL"),
                SourceSchema.WEB_ACTIVITY);

        assertThat(records).extracting(r -> r.value(WebActivityField.USER_UUID),
                r -> r.value(WebActivityField.EMAIL), RawRecord::file).containsExactly(
                        tuple("u1", null, folder.resolve("1.jsonl").toString()),
                        tuple("u2", null, folder.resolve("2.json").toString()));
        assertThat(records.get(1).value(WebActivityField.PAGE_VIEWS)).isEqualTo("3");
    }

    @Test
    void aJsonInputsOwnCharsetDecodesItAndUtf16IsRefused() throws IOException {
        Path file = write(dir, "web.json", Fixtures.bytes("{\"user_uuid\":\"u\",\"session_id\":\"caf",
                new int[] {0xE9}, "\"}\n"));

        List<RawRecord> records = readAll(JsonLinesFileInput.of(file)
                .withCharset(java.nio.charset.StandardCharsets.ISO_8859_1),
                SourceSchema.WEB_ACTIVITY);

        assertThat(records.get(0).value(WebActivityField.SESSION_ID)).isEqualTo("caf\u00e9");
        assertThatThrownBy(() -> JsonLinesFileInput.of(file)
                .withCharset(java.nio.charset.StandardCharsets.UTF_16))
                .isInstanceOf(ConfigurationException.class)
                .hasMessageContaining(file.toString());
    }
}
