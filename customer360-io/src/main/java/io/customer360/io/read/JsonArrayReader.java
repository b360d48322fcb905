package io.customer360.io.read;

import io.customer360.read.RawRecord;
import io.customer360.read.ReadOptions;
import io.customer360.read.RecordReader;
import io.customer360.read.SourceSchema;
import java.io.IOException;
import java.nio.file.Path;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Reads a file holding one JSON array of objects: each element is a record whose line is the
 * physical line where the element starts (LF, CRLF and CR each count as one line break) and
 * whose text is the element's source text. The array is split into element texts by
 * {@link JsonArrayElements} and each element is parsed on its own, exactly like a JSON Lines
 * line, so a bad element costs that element only.
 *
 * <ul>
 *   <li>An element that is not valid JSON, is not an object, nests deeper than
 *       {@code maxNestingDepth} (the element object is level 1) or is longer than
 *       {@code maxRecordLength} characters is malformed, and reading goes on with the next
 *       element. A malformed element's text is its whole text, or the first
 *       {@code maxRecordLength} characters of an over-long one
 *       ({@link RawRecord#isTextTruncated()}).</li>
 *   <li>Nothing between two separators ({@code [,}, {@code ,,}, {@code ,]}) is one malformed
 *       record with empty text.</li>
 *   <li>When the file ends inside a string or a bracket of an element, the structure is lost:
 *       that element and the rest of the file are one malformed record, and reading ends.</li>
 *   <li>A file that ends after an element without the closing {@code ]} ends with one malformed
 *       record with empty text; content after the closing {@code ]} is one malformed record.</li>
 * </ul>
 */
final class JsonArrayReader implements RecordReader {
    private static final Logger LOG = LoggerFactory.getLogger(JsonArrayReader.class);

    private final Path file;
    private final LookaheadInputStream bytes;
    private final SourceSchema schema;
    private final int maxLength;
    private final JsonRecordParser records;
    private final JsonArrayElements elements;
    private long count;
    private long malformed;

    JsonArrayReader(Path file, SourceSchema schema, ReadOptions options,
            LookaheadInputStream bytes, java.io.Reader text) {
        this.file = file;
        this.bytes = bytes;
        this.schema = schema;
        this.maxLength = options.limits().maxRecordLength();
        this.records = new JsonRecordParser(schema, options.limits());
        this.elements = new JsonArrayElements(text, maxLength);
    }

    @Override
    public RawRecord read() throws IOException {
        JsonArrayElements.Piece piece = elements.next();
        if (piece == null) {
            return null;
        }
        RawRecord record = record(piece);
        count++;
        if (record.isMalformed()) {
            malformed++;
        }
        return record;
    }

    private RawRecord record(JsonArrayElements.Piece piece) {
        switch (piece.kind()) {
            case ELEMENT:
                return piece.tooLong() ? malformed(piece, "array element is longer than "
                        + maxLength + " characters (ReadLimits.maxRecordLength)")
                        : records.parseLine(piece.line(), piece.text());
            case MISSING:
                return malformed(piece, "no array element between two separators");
            case UNCLOSED:
                return malformed(piece, "the file ends inside " + piece.unclosed()
                        + " of this array element, so the rest of the file is part of this "
                        + "record");
            case ARRAY_NOT_CLOSED:
                return malformed(piece, "the JSON array is never closed");
            case TRAILING:
                return malformed(piece, "content after the end of the JSON array");
            default:
                throw new IllegalStateException("unknown piece " + piece.kind());
        }
    }

    private RawRecord malformed(JsonArrayElements.Piece piece, String defect) {
        return piece.tooLong()
                ? RawRecord.malformedHead(schema, piece.line(), piece.text(), defect)
                : RawRecord.malformed(schema, piece.line(), piece.text(), defect);
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
        LOG.debug("{}: read {} array elements, {} malformed", file, count, malformed);
        elements.close();
    }
}
