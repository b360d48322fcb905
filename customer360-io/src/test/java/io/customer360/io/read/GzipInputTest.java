package io.customer360.io.read;

import static io.customer360.io.read.Fixtures.readAll;
import static io.customer360.io.read.Fixtures.write;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.customer360.error.InputException;
import io.customer360.error.SchemaException;
import io.customer360.read.LeadField;
import io.customer360.read.RawRecord;
import io.customer360.read.ReadOptions;
import io.customer360.read.RecordReader;
import io.customer360.read.SourceSchema;
import io.customer360.read.WebActivityField;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.zip.GZIPOutputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** gzip-compressed inputs are recognised by their first bytes and read decompressed. */
class GzipInputTest {
    private static final String LEADS = "email,creation_date\r\na@x.io,2024\n\nb@x.io,2025\n";

    @TempDir
    Path dir;

    static byte[] gzip(String text) {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (GZIPOutputStream out = new GZIPOutputStream(bytes)) {
            out.write(text.getBytes(StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return bytes.toByteArray();
    }

    @Test
    void aGzipFileIsReadDecompressedWhateverItsNameWithLinesOfTheText() throws IOException {
        Path file = write(dir, "crm_leads.csv", gzip(LEADS));

        List<RawRecord> records = readAll(DelimitedFileInput.csv(file), SourceSchema.LEADS);

        assertThat(records).extracting(r -> r.value(LeadField.EMAIL))
                .containsExactly("a@x.io", "b@x.io");
        assertThat(records).extracting(RawRecord::line).containsExactly(2L, 4L);
        assertThat(records).extracting(RawRecord::text).containsExactly("a@x.io,2024",
                "b@x.io,2025");
    }

    @Test
    void jsonLinesAndJsonArraysAreReadDecompressed() throws IOException {
        Path lines = write(dir, "web.json", gzip("{\"user_uuid\":\"u1\"}\n{\"user_uuid\":\"u2\"}\n"));
        Path array = write(dir, "web.json.gz", gzip("\n[{\"user_uuid\":\"u3\"},\n"
                + "{\"user_uuid\":\"u4\"}]"));

        assertThat(readAll(JsonLinesFileInput.of(lines), SourceSchema.WEB_ACTIVITY))
                .extracting(r -> r.value(WebActivityField.USER_UUID), RawRecord::line)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("u1", 1L),
                        org.assertj.core.groups.Tuple.tuple("u2", 2L));
        assertThat(readAll(JsonLinesFileInput.of(array), SourceSchema.WEB_ACTIVITY))
                .extracting(r -> r.value(WebActivityField.USER_UUID), RawRecord::line)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("u3", 2L),
                        org.assertj.core.groups.Tuple.tuple("u4", 3L));
    }

    @Test
    void progressCountsCompressedBytesAgainstTheCompressedSize() throws IOException {
        StringBuilder text = new StringBuilder("email,creation_date\n");
        for (int i = 0; i < 20_000; i++) {
            text.append("user").append(i).append("@x.io,2024-01-01\n");
        }
        Path file = write(dir, "leads.csv", gzip(text.toString()));
        long size = Files.size(file);
        assertThat(size).isLessThan(text.length() / 4);

        try (RecordReader reader = DelimitedFileInput.csv(file).open(SourceSchema.LEADS,
                ReadOptions.defaults())) {
            assertThat(reader.totalBytes()).isEqualTo(size);
            long records = 0;
            while (reader.read() != null) {
                records++;
                assertThat(reader.bytesRead()).isBetween(0L, size);
            }
            assertThat(records).isEqualTo(20_000);
            assertThat(reader.bytesRead()).isEqualTo(size);
        }
    }

    @Test
    void concatenatedGzipMembersAreAllRead() throws IOException {
        byte[] first = gzip("email,creation_date\na@x.io,2024\n");
        byte[] second = gzip("b@x.io,2025\n");
        byte[] both = Arrays.copyOf(first, first.length + second.length);
        System.arraycopy(second, 0, both, first.length, second.length);
        Path file = write(dir, "leads.csv", both);

        assertThat(readAll(DelimitedFileInput.csv(file), SourceSchema.LEADS))
                .extracting(r -> r.value(LeadField.EMAIL)).containsExactly("a@x.io", "b@x.io");
    }

    @Test
    void aFurtherMemberIsReadEvenWhenTheInputArrivesInSmallPieces() throws IOException {
        // GZIPInputStream looks for a further member only when available() says bytes follow
        byte[] first = gzip("hello ");
        byte[] both = Arrays.copyOf(first, first.length + gzip("world").length);
        System.arraycopy(gzip("world"), 0, both, first.length, gzip("world").length);
        java.io.InputStream trickle = new java.io.FilterInputStream(
                new java.io.ByteArrayInputStream(both)) {
            @Override
            public int read(byte[] buffer, int offset, int length) throws IOException {
                return super.read(buffer, offset, Math.min(1, length));
            }
        };
        LookaheadInputStream raw = new LookaheadInputStream(trickle, both.length);

        assertThat(GzipInput.isGzip(raw)).isTrue();
        try (GzipInput in = GzipInput.of(io.customer360.model.Source.LEADS, dir.resolve("x"),
                raw)) {
            assertThat(new String(in.readAllBytes(), StandardCharsets.UTF_8))
                    .isEqualTo("hello world");
        }
        assertThat(raw.bytesRead()).isEqualTo(both.length);
    }

    @Test
    void aCorruptGzipHeaderFailsOpenNamingTheFile() {
        byte[] bytes = gzip(LEADS);
        bytes[2] = 99; // not the deflate method
        Path file = write(dir, "leads.csv", bytes);

        assertThatThrownBy(() -> readAll(DelimitedFileInput.csv(file), SourceSchema.LEADS))
                .isInstanceOf(InputException.class)
                .hasMessageContaining(file.toString())
                .hasMessageContaining("gzip stream is corrupt or cut short");
    }

    @Test
    void aCutGzipStreamFailsWhileReadingNamingTheFile() throws IOException {
        StringBuilder text = new StringBuilder("email,creation_date\n");
        for (int i = 0; i < 50_000; i++) {
            text.append("user").append(i).append("@x.io,").append(i * 7919L).append('\n');
        }
        byte[] bytes = gzip(text.toString());
        Path file = write(dir, "leads.csv", Arrays.copyOf(bytes, bytes.length / 2));

        assertThatThrownBy(() -> readAll(DelimitedFileInput.csv(file), SourceSchema.LEADS))
                .isInstanceOf(InputException.class)
                .hasMessageContaining(file.toString())
                .hasMessageContaining("gzip stream is corrupt or cut short");
        assertThatThrownBy(() -> readAll(JsonLinesFileInput.of(file), SourceSchema.WEB_ACTIVITY))
                .isInstanceOf(InputException.class)
                .hasMessageContaining(file.toString());
    }

    @Test
    void aGzipFileOfNothingIsAnEmptyInput() {
        Path file = write(dir, "leads.csv", gzip(""));

        assertThatThrownBy(() -> readAll(DelimitedFileInput.csv(file), SourceSchema.LEADS))
                .isInstanceOf(SchemaException.class)
                .hasMessage(file + ": gzip file decompresses to 0 bytes; expected a header row");
    }

    @Test
    void aFileStartingWithOnlyOneMagicByteIsText() throws IOException {
        Path file = write(dir, "leads.csv", Fixtures.bytes(new int[] {0x1f}, "x,email,"
                + "creation_date\n1,a@x.io,2024\n"));

        assertThat(readAll(DelimitedFileInput.csv(file), SourceSchema.LEADS))
                .extracting(r -> r.value(LeadField.EMAIL)).containsExactly("a@x.io");
    }
}
