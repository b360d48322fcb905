package io.customer360.io.read;

import static io.customer360.io.read.Fixtures.readAll;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import io.customer360.error.SchemaException;
import io.customer360.read.LeadField;
import io.customer360.read.RawRecord;
import io.customer360.read.ReadOptions;
import io.customer360.read.RecordReader;
import io.customer360.read.SourceSchema;
import io.customer360.read.WebActivityField;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/**
 * Named pipes (FIFOs) as inputs: read once as a stream, with no size check; emptiness is decided
 * by reading. Each pipe is fed by a writer thread. A test that blocks fails on its timeout, and
 * the clean-up releases any writer still waiting for a reader.
 */
@Timeout(value = 30, unit = TimeUnit.SECONDS, threadMode = Timeout.ThreadMode.SEPARATE_THREAD)
class NamedPipeInputTest {
    @TempDir
    Path dir;

    private final List<Thread> writers = new ArrayList<>();
    private final List<Path> pipes = new ArrayList<>();

    @AfterEach
    void releaseWritersStillWaitingForAReader() throws InterruptedException {
        for (int i = 0; i < writers.size(); i++) {
            Thread writer = writers.get(i);
            if (writer.isAlive()) {
                Path pipe = pipes.get(i);
                // opening the read end lets a writer blocked in open() go on and finish
                daemon(() -> {
                    try (InputStream in = Files.newInputStream(pipe)) {
                        in.transferTo(OutputStream.nullOutputStream());
                    } catch (IOException ignored) {
                        // the writer is released either way
                    }
                }).start();
                writer.join(TimeUnit.SECONDS.toMillis(10));
            }
        }
    }

    private Path pipe(String name) throws IOException, InterruptedException {
        Path pipe = dir.resolve(name);
        Process mkfifo;
        try {
            mkfifo = new ProcessBuilder("mkfifo", pipe.toString()).redirectErrorStream(true)
                    .start();
        } catch (IOException e) {
            assumeTrue(false, "mkfifo is not available: " + e.getMessage());
            throw e;
        }
        assumeTrue(mkfifo.waitFor(10, TimeUnit.SECONDS) && mkfifo.exitValue() == 0,
                "mkfifo failed");
        return pipe;
    }

    /** Writes the content into the pipe from a thread of its own, then closes it. */
    private void feed(Path pipe, byte[] content) {
        Thread writer = daemon(() -> {
            try (OutputStream out = Files.newOutputStream(pipe)) {
                out.write(content);
            } catch (IOException ignored) {
                // the reader went away early; the test's assertions say what went wrong
            }
        });
        writers.add(writer);
        pipes.add(pipe);
        writer.start();
    }

    private static Thread daemon(Runnable task) {
        Thread thread = new Thread(task, "named-pipe-test");
        thread.setDaemon(true);
        return thread;
    }

    private static byte[] utf8(String text) {
        return text.getBytes(StandardCharsets.UTF_8);
    }

    @Test
    void delimitedFileFromANamedPipeIsReadAsAStream() throws Exception {
        Path pipe = pipe("crm_leads.csv");
        StringBuilder content = new StringBuilder("email,creation_date\n");
        for (int i = 0; i < 20_000; i++) {
            // more than a pipe's buffer: the writer blocks until the reader catches up
            content.append("lead").append(i).append("@x.io,2024-01-01\n");
        }
        feed(pipe, utf8(content.toString()));

        List<RawRecord> records = new ArrayList<>();
        long bytesRead;
        long totalBytes;
        try (RecordReader reader = DelimitedFileInput.csv(pipe).open(SourceSchema.LEADS,
                ReadOptions.defaults())) {
            for (RawRecord raw = reader.read(); raw != null; raw = reader.read()) {
                records.add(raw);
            }
            bytesRead = reader.bytesRead();
            totalBytes = reader.totalBytes();
        }

        assertThat(records).hasSize(20_000);
        assertThat(totalBytes).as("a pipe's size is unknown").isEqualTo(-1);
        assertThat(bytesRead).isEqualTo(utf8(content.toString()).length);
        assertThat(records.get(19_999).line()).isEqualTo(20_001L);
        assertThat(records.get(19_999).value(LeadField.EMAIL)).isEqualTo("lead19999@x.io");
    }

    @Test
    void jsonLinesFromANamedPipeIsReadAsAStream() throws Exception {
        Path pipe = pipe("web_activity.json");
        feed(pipe, utf8("\n  \n{\"user_uuid\":\"a\"}\r\n{\"user_uuid\":\"b\"}\n"));

        assertThat(readAll(JsonLinesFileInput.of(pipe), SourceSchema.WEB_ACTIVITY))
                .extracting(RawRecord::line, r -> r.value(WebActivityField.USER_UUID))
                .containsExactly(tuple(3L, "a"), tuple(4L, "b"));
    }

    @Test
    void jsonArrayFromANamedPipeIsRecognisedWithoutReopeningIt() throws Exception {
        Path pipe = pipe("web_activity.json");
        // more white space before the '[' than one read buffer holds
        String blank = " \r\n".repeat(50_000);
        feed(pipe, utf8("\uFEFF" + blank + "[{\"user_uuid\":\"a\"},\n{\"user_uuid\":\"b\"}]\n"));

        assertThat(readAll(JsonLinesFileInput.of(pipe), SourceSchema.WEB_ACTIVITY))
                .extracting(RawRecord::line, r -> r.value(WebActivityField.USER_UUID))
                .containsExactly(tuple(50_001L, "a"), tuple(50_002L, "b"));
    }

    @Test
    void namedPipeClosedWithoutDataFailsLikeAnEmptyFile() throws Exception {
        Path csv = pipe("crm_leads.csv");
        feed(csv, new byte[0]);

        assertThatThrownBy(() -> readAll(DelimitedFileInput.csv(csv), SourceSchema.LEADS))
                .isInstanceOf(SchemaException.class)
                .hasMessage(csv + ": file is empty (0 bytes); expected a header row");

        Path json = pipe("web_activity.json");
        feed(json, new byte[0]);

        assertThatThrownBy(() -> readAll(JsonLinesFileInput.of(json), SourceSchema.WEB_ACTIVITY))
                .isInstanceOf(SchemaException.class)
                .hasMessage(json + ": file is empty (0 bytes); expected JSON Lines or a JSON "
                        + "array");
    }
}
