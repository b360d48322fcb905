package io.customer360.io.read;

import io.customer360.read.RawRecord;
import io.customer360.read.ReadOptions;
import io.customer360.read.RecordReader;
import io.customer360.read.SourceSchema;
import java.io.IOException;
import java.nio.charset.Charset;
import java.nio.file.Path;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Reads JSON Lines: one JSON object per physical line. Blank lines (empty after
 * {@link String#strip()}) are skipped. Each line is decoded on its own, invalid bytes becoming
 * U+FFFD, so one bad line never affects another.
 */
final class JsonLinesReader implements RecordReader {
    private static final Logger LOG = LoggerFactory.getLogger(JsonLinesReader.class);

    private final Path file;
    private final LookaheadInputStream bytes;
    private final SourceSchema schema;
    private final Charset charset;
    private final int maxLength;
    private final ByteLineReader lines;
    private final JsonRecordParser parser;
    private long records;
    private long malformed;

    JsonLinesReader(Path file, SourceSchema schema, ReadOptions options,
            LookaheadInputStream bytes, ByteLineReader lines) {
        this.file = file;
        this.bytes = bytes;
        this.schema = schema;
        this.charset = options.charset();
        this.maxLength = options.limits().maxRecordLength();
        this.lines = lines;
        this.parser = new JsonRecordParser(schema, options.limits());
    }

    @Override
    public RawRecord read() throws IOException {
        while (lines.next()) {
            String text = new String(lines.bytes(), 0, lines.length(), charset);
            if (lines.number() == 1 && !text.isEmpty() && text.charAt(0) == '\uFEFF') {
                text = text.substring(1);
            }
            RawRecord record;
            if (lines.tooLong()) {
                record = RawRecord.malformedHead(schema, lines.number(), text,
                        "line is longer than " + maxLength + " bytes (ReadLimits.maxRecordLength)");
            } else if (text.isBlank()) {
                continue;
            } else {
                record = parser.parseLine(lines.number(), text);
            }
            records++;
            if (record.isMalformed()) {
                malformed++;
            }
            return record;
        }
        return null;
    }

    @Override
    public long bytesRead() {
        return bytes.bytesRead();
    }

    @Override
    public long totalBytes() {
        return bytes.size();
    }

    @Override
    public void close() throws IOException {
        LOG.debug("{}: read {} JSON lines, {} malformed", file, records, malformed);
        lines.close();
    }
}
