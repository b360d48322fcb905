package io.customer360.io.write;

import com.fasterxml.jackson.core.JsonGenerator;
import io.customer360.output.RecordWriter;
import io.customer360.output.RejectFormat;
import io.customer360.output.Rejection;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Path;

/**
 * Writes rejections as JSON Lines ({@code rejects.jsonl}): one compact JSON object per
 * rejection, each followed by LF, in the order they are written. The keys come in this order:
 *
 * <pre>{@code
 * {"source":"leads","line":12,"reason_code":"INVALID_EMAIL","reason":"Invalid email","raw":"…"}
 * }</pre>
 *
 * <p>{@code source} is the source's report name, {@code line} the 1-based physical line where
 * the record starts (for a source of named values, {@code record}: its 1-based number, with a
 * rendering of its values as {@code raw}), {@code raw} the record's original text without its line terminator. When
 * {@code raw} is only the head of a record that was longer than a read limit, a last key
 * {@code "raw_truncated":true} follows it; the key is absent otherwise, so that runs without
 * such records write exactly the five keys above. A record of a source spread over several files
 * (a folder or a pattern) also names its file: a key {@code "file"} comes between
 * {@code source} and {@code line}, whose line is then a line of that file; the key is absent
 * for a source read from one file. Text is UTF-8; only what JSON requires is
 * escaped (quotes, backslashes and control characters), so non-ASCII text appears as itself. Instances are stateless and reusable.
 */
public final class JsonLinesRejectFormat implements RejectFormat {
    /** Creates the format. */
    public JsonLinesRejectFormat() {
        // nothing to configure
    }

    /**
     * {@inheritDoc}
     *
     * @throws java.nio.file.FileAlreadyExistsException when {@code file} exists
     */
    @Override
    public RecordWriter<Rejection> open(Path file) throws IOException {
        OutputStream out = OutputFiles.createNew(file);
        try {
            JsonGenerator generator = OutputFiles.jsonGenerator(out);
            generator.setRootValueSeparator(null);
            return new Writer(generator);
        } catch (IOException | RuntimeException e) {
            OutputFiles.closeAfterFailure(out, e);
            throw e;
        }
    }

    /**
     * One rejection as the line {@link #open} writes for it, with its LF.
     *
     * @param rejection the rejection
     * @return its line
     */
    public static String line(Rejection rejection) {
        java.io.ByteArrayOutputStream buffer = new java.io.ByteArrayOutputStream(256);
        try (JsonGenerator generator = OutputFiles.jsonGenerator(buffer)) {
            writeObject(generator, rejection);
        } catch (IOException impossible) {
            throw new java.io.UncheckedIOException(impossible);
        }
        return buffer.toString(java.nio.charset.StandardCharsets.UTF_8);
    }

    private static void writeObject(JsonGenerator generator, Rejection rejection)
            throws IOException {
        generator.writeStartObject();
        generator.writeStringField("source", rejection.source().reportName());
        String file = rejection.record().file();
        if (file != null) {
            generator.writeStringField("file", OutputFiles.wellFormed(file));
        }
        generator.writeNumberField(rejection.isRecordNumbered() ? "record" : "line",
                rejection.line());
        generator.writeStringField("reason_code", rejection.reasonCode().code());
        generator.writeStringField("reason", OutputFiles.wellFormed(rejection.reason()));
        generator.writeStringField("raw", OutputFiles.wellFormed(rejection.raw()));
        if (rejection.rawTruncated()) {
            generator.writeBooleanField("raw_truncated", true);
        }
        generator.writeEndObject();
        generator.writeRaw('\n');
    }

    @Override
    public String toString() {
        return "JsonLinesRejectFormat";
    }

    private static final class Writer implements RecordWriter<Rejection> {
        private final JsonGenerator generator;

        Writer(JsonGenerator generator) {
            this.generator = generator;
        }

        @Override
        public void write(Rejection rejection) throws IOException {
            writeObject(generator, rejection);
        }

        @Override
        public void close() throws IOException {
            generator.close();
        }
    }
}
