package io.customer360.spark.read;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;

import io.customer360.io.read.DelimitedFileInput;
import io.customer360.io.read.JsonLinesFileInput;
import io.customer360.read.RawRecord;
import io.customer360.read.ReadLimits;
import io.customer360.read.ReadOptions;
import io.customer360.read.RecordReader;
import io.customer360.read.SourceInput;
import io.customer360.read.SourceSchema;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Random;
import java.util.zip.GZIPOutputStream;
import org.apache.spark.sql.SparkSession;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A file cut into many small splits reads, on Spark, as exactly the records the local reader
 * gives: same lines, texts, values and malformed records.
 */
class SplitFileReaderTest {
    private static final String HEADER = "lead_id,full_name,email,phone,source,created_at,user_uuid";
    private static SparkSession spark;

    @TempDir
    Path dir;

    @BeforeAll
    static void startSpark() {
        spark = SparkSession.builder().master("local[2]").appName("split-file-reader")
                .config("spark.ui.enabled", "false").getOrCreate();
    }

    @AfterAll
    static void stopSpark() {
        spark.stop();
    }

    @Test
    void aDelimitedFileInManySplitsReadsAsLocally() throws IOException {
        Path file = write("leads.csv", delimitedFile(4000, false));
        assertThat(Files.size(file)).isGreaterThan(300_000);
        DelimitedFileInput format = DelimitedFileInput.csv(file);
        List<RawRecord> local = local(format, ReadOptions.defaults());
        assertThat(local).hasSizeGreaterThan(3000);
        assertThat(local).anyMatch(r -> r.isMalformed()
                && r.malformation().contains("never closed"));
        assertThat(local).anyMatch(r -> !r.isMalformed() && r.text().contains("\n")
                && r.text().contains("\"\""));
        for (long splitBytes : new long[] {2_500, 65_536}) {
            List<RawRecord> distributed = delimited(file, format, ReadOptions.defaults(),
                    splitBytes);
            assertThat(lines(distributed)).isEqualTo(lines(local));
            assertThat(distributed).as("split size %d", splitBytes).isEqualTo(local);
        }
    }

    @Test
    void tooLongRecordsAndAStrayQuoteReadAsLocally() throws IOException {
        Path file = write("stray.csv", delimitedFile(1500, true));
        ReadOptions options = new ReadOptions(UTF_8,
                ReadLimits.builder().maxRecordLength(700).build());
        DelimitedFileInput format = DelimitedFileInput.csv(file);
        List<RawRecord> local = local(format, options);
        assertThat(local).anyMatch(r -> r.isMalformed() && r.malformation().contains("longer"));
        for (long splitBytes : new long[] {777, 3_000}) {
            List<RawRecord> distributed = delimited(file, format, options, splitBytes);
            assertThat(lines(distributed)).isEqualTo(lines(local));
            assertThat(distributed).isEqualTo(local);
        }
    }

    @Test
    void anEscapedLineBreakAndNullTokensReadAsLocally() throws IOException {
        StringBuilder text = new StringBuilder(HEADER.replace(',', '|')).append('\n');
        for (int i = 0; i < 800; i++) {
            text.append("L-").append(i).append('|').append(i % 5 == 0 ? "a\\\nb" : "name")
                    .append("|NULL|555|\"Web|x\"|2024-01-15|\n");
        }
        Path file = write("escaped.txt", text.toString().getBytes(UTF_8));
        DelimitedFileInput format = DelimitedFileInput.pipe(file).withEscape('\\')
                .withNullTokens("NULL");
        List<RawRecord> local = local(format, ReadOptions.defaults());
        assertThat(delimited(file, format, ReadOptions.defaults(), 500)).isEqualTo(local);
    }

    @Test
    void aMarkCharacterAtASplitStartIsKeptAndTheFileStartMarkDropped() throws IOException {
        String first = "\uFEFF" + HEADER + "\r\nL-1,a,b,c,d,e,f\r\n";
        String text = first + "\uFEFFL-2,a,b,c,d,e,f\nL-3,a,b,c,d,e,f\n";
        Path file = write("marks.csv", text.getBytes(UTF_8));
        DelimitedFileInput format = DelimitedFileInput.csv(file);
        List<RawRecord> local = local(format, ReadOptions.defaults());
        assertThat(local.get(1).text()).startsWith("\uFEFF");
        assertThat(delimited(file, format, ReadOptions.defaults(),
                first.getBytes(UTF_8).length)).isEqualTo(local);
    }

    @Test
    void aGzipFileIsReadWholeAsLocally() throws IOException {
        ByteArrayOutputStream zipped = new ByteArrayOutputStream();
        try (OutputStream out = new GZIPOutputStream(zipped)) {
            out.write(delimitedFile(500, false));
        }
        Path file = write("leads.csv.gz", zipped.toByteArray());
        DelimitedFileInput format = DelimitedFileInput.csv(file);
        List<RawRecord> local = local(format, ReadOptions.defaults());
        assertThat(local).hasSizeGreaterThan(400);
        assertThat(SplitFileReader.delimited(spark, file.toUri().toString(), format,
                SourceSchema.LEADS, ReadOptions.defaults(), 1_000).getNumPartitions())
                .isEqualTo(1);
        assertThat(delimited(file, format, ReadOptions.defaults(), 1_000)).isEqualTo(local);
    }

    @Test
    void aJsonLinesFileInManySplitsReadsAsLocally() throws IOException {
        Random random = new Random(7);
        StringBuilder text = new StringBuilder("\uFEFF");
        for (int i = 0; i < 3000; i++) {
            int kind = random.nextInt(10);
            if (kind == 0) {
                text.append("   ");
            } else if (kind == 1) {
                text.append("{\"user_uuid\":\"u-").append(i).append("\",broken");
            } else {
                text.append("{\"user_uuid\":\"u-").append(i).append("\",\"session_id\":\"s\\n")
                        .append(i).append("\",\"page_views\":").append(i % 7)
                        .append(",\"event_time\":\"2024-03-02 08:05:00\"}");
            }
            text.append(random.nextBoolean() ? "\r\n" : "\n");
        }
        Path file = write("web.json", text.toString().getBytes(UTF_8));
        JsonLinesFileInput format = JsonLinesFileInput.of(file);
        List<RawRecord> local = local(format, SourceSchema.WEB_ACTIVITY);
        assertThat(local).anyMatch(RawRecord::isMalformed);
        for (long splitBytes : new long[] {1_000, 7_777}) {
            List<RawRecord> distributed = SplitFileReader.jsonLines(spark,
                    file.toUri().toString(), format, SourceSchema.WEB_ACTIVITY,
                    ReadOptions.defaults(), splitBytes).collect().stream()
                    .map(row -> row.toRawRecord(SourceSchema.WEB_ACTIVITY))
                    .sorted(Comparator.comparingLong(RawRecord::line)).toList();
            assertThat(distributed).isEqualTo(local);
        }
    }

    /**
     * A file of leads: a byte-order mark, LF, CRLF and lone CR line ends, blank lines, quoted
     * fields with line breaks and doubled quotes (some long enough to span several splits),
     * rows with a wrong field count or text after a closing quote, and near the end a quote
     * never closed. With {@code stray}, also a quote opened mid-file and closed only far later.
     */
    private static byte[] delimitedFile(int records, boolean stray) {
        Random random = new Random(42);
        StringBuilder text = new StringBuilder("\uFEFF").append(HEADER).append("\r\n");
        for (int i = 0; i < records; i++) {
            String end = switch (random.nextInt(7)) {
                case 0 -> "\r\n";
                case 1 -> "\r";
                default -> "\n";
            };
            int kind = random.nextInt(20);
            String name;
            if (kind < 10) {
                name = "name " + i;
            } else if (kind < 16) {
                name = "\"line one " + i + "\nsaid \"\"hi\"\"\r\nlast\"";
            } else if (kind == 16) {
                StringBuilder tall = new StringBuilder("\"tall");
                for (int l = 0; l < 40; l++) {
                    tall.append(l % 2 == 0 ? "\n" : "\r\n").append("row ").append(l)
                            .append(" with, commas and \"\"quotes\"\"");
                }
                name = tall.append('"').toString();
            } else if (kind == 17) {
                text.append(random.nextBoolean() ? "" : "  \t").append(end);
                name = "after blank " + i;
            } else if (kind == 18) {
                name = "\"closed\" then text";
            } else {
                name = "too,many";
            }
            if (stray && i == records / 2) {
                name = "\"stray quote opened";
            }
            text.append("L-").append(i).append(',').append(name).append(",user").append(i)
                    .append("@example.com,555-").append(i).append(",Web,2024-01-15,").append(end);
        }
        text.append("L-x,\"never closed,a@b.c,1,Web,2024-01-15,\nL-y,after,c@d.e,2,Web,2024-01-16,\n");
        return text.toString().getBytes(UTF_8);
    }

    private Path write(String name, byte[] bytes) throws IOException {
        Path file = dir.resolve(name);
        Files.write(file, bytes);
        return file;
    }

    private static List<RawRecord> delimited(Path file, DelimitedFileInput format,
            ReadOptions options, long splitBytes) throws IOException {
        return SplitFileReader.delimited(spark, file.toUri().toString(), format,
                SourceSchema.LEADS, options, splitBytes).collect().stream()
                .map(row -> row.toRawRecord(SourceSchema.LEADS))
                .sorted(Comparator.comparingLong(RawRecord::line)).toList();
    }

    private static List<RawRecord> local(DelimitedFileInput input, ReadOptions options)
            throws IOException {
        return local(input, SourceSchema.LEADS, options);
    }

    private static List<RawRecord> local(JsonLinesFileInput input, SourceSchema schema)
            throws IOException {
        return local(input, schema, ReadOptions.defaults());
    }

    private static List<RawRecord> local(SourceInput input, SourceSchema schema,
            ReadOptions options) throws IOException {
        List<RawRecord> records = new ArrayList<>();
        try (RecordReader reader = input.open(schema, options)) {
            for (RawRecord record = reader.read(); record != null; record = reader.read()) {
                records.add(record);
            }
        }
        return records;
    }

    private static List<Long> lines(List<RawRecord> records) {
        return records.stream().map(RawRecord::line).toList();
    }
}
