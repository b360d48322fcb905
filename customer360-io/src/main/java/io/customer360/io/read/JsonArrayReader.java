package io.customer360.io.read;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import io.customer360.read.RawRecord;
import io.customer360.read.ReadOptions;
import io.customer360.read.Reader;
import io.customer360.read.SourceSchema;
import java.io.IOException;
import java.nio.file.Path;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Reads a file holding one JSON array of objects: each element is a record whose line is the
 * physical line where the element starts (LF, CRLF and CR each count as one line break) and
 * whose text is the element's source text.
 *
 * <ul>
 *   <li>An element that is not an object, or whose text is longer than
 *       {@code maxRecordLength} characters, is malformed; reading goes on.</li>
 *   <li>Nesting is counted from the element: the element object is level 1, as in JSON Lines.
 *       </li>
 *   <li>A syntax error (including the end of the file before the closing {@code ]}, and an
 *       element nested deeper than the limit, which Jackson reports mid-parse) cannot be
 *       recovered from inside an array: the rest of the array becomes one malformed record,
 *       starting where the failed element starts, whose text is the element's text up to the
 *       error (at most {@code maxRecordLength} characters). Reading then ends.</li>
 *   <li>Content after the closing {@code ]} is one malformed record.</li>
 * </ul>
 */
final class JsonArrayReader implements Reader {
    private static final Logger LOG = LoggerFactory.getLogger(JsonArrayReader.class);

    private final Path file;
    private final SourceSchema schema;
    private final int maxLength;
    private final JsonRecordParser records;
    private final RecordingReader recorder;
    private final JsonParser parser;
    private boolean started;
    private boolean done;
    private long elementEnd;
    private long count;
    private long malformed;

    JsonArrayReader(Path file, SourceSchema schema, ReadOptions options, java.io.Reader text)
            throws IOException {
        this.file = file;
        this.schema = schema;
        this.maxLength = options.limits().maxRecordLength();
        this.records = new JsonRecordParser(schema, options.limits(), 1);
        this.recorder = new RecordingReader(text, maxLength);
        this.parser = records.factory().createParser(recorder);
    }

    @Override
    public RawRecord read() throws IOException {
        if (done) {
            return null;
        }
        RawRecord record = next();
        if (record != null) {
            count++;
            if (record.isMalformed()) {
                malformed++;
            }
        }
        return record;
    }

    private RawRecord next() throws IOException {
        long start = -1;
        long line = 1;
        try {
            if (!started) {
                started = true;
                parser.nextToken();
                elementEnd = parser.currentLocation().getCharOffset();
            }
            JsonToken token = parser.nextToken();
            JsonLocation location = parser.currentTokenLocation();
            start = location.getCharOffset();
            line = location.getLineNr();
            recorder.mark(start);
            if (token == JsonToken.END_ARRAY) {
                return afterArray();
            }
            if (token == null) {
                done = true;
                return RawRecord.malformed(schema, line, "", "the JSON array is never closed");
            }
            RawRecord record = element(token, start, line);
            elementEnd = parser.currentLocation().getCharOffset();
            return record;
        } catch (JsonProcessingException e) {
            done = true;
            if (start < 0) {
                JsonLocation at = e.getLocation() != null ? e.getLocation()
                        : parser.currentLocation();
                line = at.getLineNr();
                recorder.mark(elementEnd);
            }
            String text = recorder.headFromMark(parser.currentLocation().getCharOffset());
            return RawRecord.malformed(schema, line, text,
                    records.defect(e) + " (the rest of the array is not read)");
        }
    }

    private RawRecord element(JsonToken token, long start, long line) throws IOException {
        if (token != JsonToken.START_OBJECT) {
            parser.skipChildren();
            return RawRecord.malformed(schema, line, currentText(), "array element is not a "
                    + "JSON object but " + JsonRecordParser.describe(token));
        }
        JsonRecordParser.Values values = records.readObject(parser, this::sliceOrEmpty);
        long end = parser.currentLocation().getCharOffset();
        if (end - start > maxLength) {
            return RawRecord.malformed(schema, line, currentText(), "array element is longer than "
                    + maxLength + " characters (ReadLimits.maxRecordLength)");
        }
        return values.toRecord(line, currentText());
    }

    private RawRecord afterArray() throws IOException {
        done = true;
        long end = parser.currentLocation().getCharOffset();
        try {
            if (parser.nextToken() == null) {
                return null;
            }
            JsonLocation location = parser.currentTokenLocation();
            recorder.mark(location.getCharOffset());
            return RawRecord.malformed(schema, location.getLineNr(), currentText(),
                    "content after the end of the JSON array");
        } catch (JsonProcessingException e) {
            recorder.mark(end);
            JsonLocation at = e.getLocation() != null ? e.getLocation()
                    : parser.currentLocation();
            return RawRecord.malformed(schema, at.getLineNr(), currentText().strip(),
                    "content after the end of the JSON array");
        }
    }

    /** The source text from the current mark to the parser's position, bounded by the limit. */
    private String currentText() {
        return recorder.headFromMark(parser.currentLocation().getCharOffset());
    }

    private String sliceOrEmpty(long start, long end) {
        String text = recorder.slice(start, end);
        return text == null ? "" : text;
    }

    @Override
    public void close() throws IOException {
        LOG.debug("{}: read {} array elements, {} malformed", file, count, malformed);
        parser.close();
        recorder.close();
    }
}
