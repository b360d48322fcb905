package io.customer360.io.read;

import io.customer360.error.SchemaException;
import io.customer360.read.RawRecord;
import io.customer360.read.ReadOptions;
import io.customer360.read.RecordReader;
import io.customer360.read.SourceSchema;
import java.io.IOException;
import java.nio.file.Path;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Reads the records of a delimited file: the first non-blank record is the header, every later
 * non-blank record is a data record; when the input gives a column list, every non-blank record
 * is a data record. Values are the fields' text as written (quotes removed,
 * nothing stripped); every value is {@link io.customer360.read.ValueKind#TEXT}.
 */
final class DelimitedReader implements RecordReader {
    private static final Logger LOG = LoggerFactory.getLogger(DelimitedReader.class);

    private final Path file;
    private final SourceSchema schema;
    private final LookaheadInputStream bytes;
    private final CharInput input;
    private final RecordSplitter splitter;
    private final FieldSplitter fields;
    private final HeaderMapping header;
    private final String[] headerNames;
    private long records;
    private long malformed;

    private DelimitedReader(Path file, SourceSchema schema, LookaheadInputStream bytes,
            CharInput input, RecordSplitter splitter, FieldSplitter fields, HeaderMapping header,
            String[] headerNames) {
        this.file = file;
        this.schema = schema;
        this.bytes = bytes;
        this.input = input;
        this.splitter = splitter;
        this.fields = fields;
        this.header = header;
        this.headerNames = headerNames;
    }

    /** Opens the file and reads its header; the reader is positioned at the first record. */
    static DelimitedReader open(Path file, DelimitedFileInput format, SourceSchema schema,
            ReadOptions options) throws IOException {
        return atFileStart(file, format, schema, options, InputFiles.open(schema.source(), file,
                expected(format)));
    }

    /** What a file of this format must start with, for the zero-byte message. */
    static String expected(DelimitedFileInput format) {
        return format.columns().isEmpty() ? "a header row" : "data lines";
    }

    /**
     * Reads the header of the file whose bytes {@code in} holds from the first; the reader is
     * positioned at the first record.
     */
    static DelimitedReader atFileStart(Path file, DelimitedFileInput format,
            SourceSchema schema, ReadOptions options, LookaheadInputStream in)
            throws IOException {
        return over(file, format, schema, options, in, 1, true, null);
    }

    /**
     * A reader of the records of a file from the start of line {@code line}, where a record
     * starts, whose bytes {@code in} holds from that line's first byte ({@code fileStart} when
     * that is the file's first byte); the file's header names were read before
     * ({@link #headerNames()}; null with a column list).
     */
    static DelimitedReader atLine(Path file, DelimitedFileInput format, SourceSchema schema,
            ReadOptions options, LookaheadInputStream in, long line, boolean fileStart,
            String[] headerNames) throws IOException {
        return over(file, format, schema, options, in, line, fileStart,
                headerNames == null ? new String[0] : headerNames);
    }

    /** {@code headerNames}: null to read the header row here, empty for none. */
    private static DelimitedReader over(Path file, DelimitedFileInput format,
            SourceSchema schema, ReadOptions options, LookaheadInputStream in, long line,
            boolean fileStart, String[] headerNames) throws IOException {
        boolean headerRow = format.columns().isEmpty();
        CharInput input = new CharInput(in, options.charset(), fileStart);
        try {
            RecordSplitter splitter = new RecordSplitter(input, format.delimiter(),
                    format.quoteChar(), format.escapeChar(), options.limits().maxRecordLength(),
                    line);
            FieldSplitter fields = new FieldSplitter(format.delimiter(), format.quoteChar(),
                    format.escapeChar());
            String[] names = headerRow && headerNames == null
                    ? readHeader(file, schema, splitter, fields) : headerNames;
            HeaderMapping header = headerRow
                    ? HeaderMapping.resolve(file, 1, schema, names)
                    : HeaderMapping.ofColumns(file, schema,
                            format.columns().toArray(new String[0]));
            return new DelimitedReader(file, schema, in, input, splitter, fields, header,
                    headerRow ? names : null);
        } catch (IOException | RuntimeException e) {
            try {
                input.close();
            } catch (IOException suppressed) {
                e.addSuppressed(suppressed);
            }
            throw e;
        }
    }

    private static String[] readHeader(Path file, SourceSchema schema,
            RecordSplitter splitter, FieldSplitter fields) throws IOException {
        TextRecord first = splitter.next();
        if (first == null) {
            throw new SchemaException(schema.source(), file, 0,
                    "file holds no header row (only a byte-order mark or blank lines)");
        }
        if (first.defect() != null) {
            throw new SchemaException(schema.source(), file, first.line(),
                    "header row on line " + first.line() + " cannot be read: " + first.defect());
        }
        try {
            String[] names = fields.split(first.text());
            HeaderMapping mapping = HeaderMapping.resolve(file, first.line(), schema, names);
            LOG.debug("{}: header on line {} with {} columns", file, first.line(),
                    mapping.columnCount());
            return names;
        } catch (MalformedRecordException e) {
            throw new SchemaException(schema.source(), file, first.line(),
                    "header row on line " + first.line() + " cannot be read: " + e.defect());
        }
    }

    /** The names of the header row, or null when the input gives a column list. */
    String[] headerNames() {
        return headerNames == null ? null : headerNames.clone();
    }

    /** The line where the search for the next record starts ({@link RecordSplitter#nextLine}). */
    long nextLine() {
        return splitter.nextLine();
    }

    /** Passes over the next record without splitting its fields: its line, or -1 at the end. */
    long skip() throws IOException {
        TextRecord record = splitter.next();
        return record == null ? -1 : record.line();
    }

    /** See {@link RecordSplitter#finishOpenRecord}. */
    boolean finishOpenRecord(boolean quoted) throws IOException {
        return splitter.finishOpenRecord(quoted);
    }

    @Override
    public RawRecord read() throws IOException {
        TextRecord record = splitter.next();
        if (record == null) {
            return null;
        }
        records++;
        if (record.defect() != null) {
            return malformed(record, record.defect());
        }
        String[] values;
        try {
            values = fields.split(record.text());
        } catch (MalformedRecordException e) {
            return malformed(record, e.defect());
        }
        if (values.length != header.columnCount()) {
            return malformed(record, "expected " + header.columnCount() + " fields but found "
                    + values.length);
        }
        return RawRecord.of(schema, record.line(), record.text(), header.values(values), null);
    }

    private RawRecord malformed(TextRecord record, String defect) {
        malformed++;
        return record.truncated() ? RawRecord.malformedHead(schema, record.line(), record.text(),
                defect) : RawRecord.malformed(schema, record.line(), record.text(), defect);
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
        LOG.debug("{}: read {} records, {} malformed", file, records, malformed);
        input.close();
    }
}
