package io.customer360.io.read;

import static io.customer360.io.read.Fixtures.write;
import static org.assertj.core.api.Assertions.assertThat;

import io.customer360.read.RawRecord;
import io.customer360.read.ReadOptions;
import io.customer360.read.RecordReader;
import io.customer360.read.SourceInput;
import io.customer360.read.SourceSchema;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The readers count the bytes they read and know a regular file's size, for progress. */
class ReadProgressTest {
    private static final int ROWS = 30_000;

    @TempDir
    Path dir;

    @Test
    void aDelimitedReaderCountsUpToTheFilesSize() throws IOException {
        StringBuilder csv = new StringBuilder("email,creation_date\n");
        for (int i = 0; i < ROWS; i++) {
            csv.append("lead").append(i).append("@x.io,2024-01-01\n");
        }
        Path file = write(dir, "crm_leads.csv", csv.toString());

        assertCountsUpToTheSize(DelimitedFileInput.csv(file), SourceSchema.LEADS, file);
    }

    @Test
    void aJsonLinesReaderCountsUpToTheFilesSize() throws IOException {
        StringBuilder jsonl = new StringBuilder();
        for (int i = 0; i < ROWS; i++) {
            jsonl.append("{\"user_uuid\":\"u").append(i).append("\",\"page_views\":3}\n");
        }
        Path file = write(dir, "web_activity.json", jsonl.toString());

        assertCountsUpToTheSize(JsonLinesFileInput.of(file), SourceSchema.WEB_ACTIVITY, file);
    }

    @Test
    void aJsonArrayReaderCountsUpToTheFilesSize() throws IOException {
        StringBuilder array = new StringBuilder("[\n");
        for (int i = 0; i < ROWS; i++) {
            array.append(i == 0 ? "" : ",\n").append("{\"user_uuid\":\"u").append(i)
                    .append("\"}");
        }
        Path file = write(dir, "web_activity.json", array.append("\n]\n").toString());

        assertCountsUpToTheSize(JsonLinesFileInput.of(file), SourceSchema.WEB_ACTIVITY, file);
    }

    /**
     * Reads every record: the size is the file's from the start, the bytes read never go down,
     * stay below the size while records remain, and reach it at the end.
     */
    private static void assertCountsUpToTheSize(SourceInput input, SourceSchema schema,
            Path file) throws IOException {
        long size = Files.size(file);
        List<Long> counted = new ArrayList<>();
        try (RecordReader reader = input.open(schema, ReadOptions.defaults())) {
            assertThat(reader.totalBytes()).isEqualTo(size);
            for (RawRecord raw = reader.read(); raw != null; raw = reader.read()) {
                counted.add(reader.bytesRead());
            }
            assertThat(reader.bytesRead()).isEqualTo(size);
            assertThat(reader.totalBytes()).isEqualTo(size);
        }
        assertThat(counted).hasSize(ROWS).isSorted();
        assertThat(counted.get(0)).isPositive().isLessThan(size / 2);
        assertThat(counted.stream().distinct().count()).isGreaterThan(2);
    }
}
