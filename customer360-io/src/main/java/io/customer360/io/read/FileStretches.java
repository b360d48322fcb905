package io.customer360.io.read;

import io.customer360.read.ReadOptions;
import io.customer360.read.RecordReader;
import io.customer360.read.SourceSchema;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;

/**
 * Reading one file of a {@link DelimitedFileInput} or a {@link JsonLinesFileInput} from streams
 * rather than a local path, whole or in stretches that start at line starts: for an engine that
 * reads a file of a distributed file system in parallel byte ranges (customer360-spark). Every
 * method reads exactly as the input's own {@code open} does for that one file (same records,
 * lines, texts, values and malformed records); only where the bytes come from differs.
 *
 * <p>{@code file} names the file in failures, as the input's path does locally.
 */
public final class FileStretches {
    private FileStretches() {
    }

    /**
     * Whether a file starting with these bytes is gzip-compressed (its first two bytes are
     * {@code 1f 8b}), and so read whole: a gzip stream cannot be entered in the middle.
     *
     * @param head the file's first bytes (two or more, fewer for a shorter file)
     * @return true for a gzip file
     */
    public static boolean isGzip(byte[] head) {
        return head.length >= 2 && (head[0] & 0xff) == 0x1f && (head[1] & 0xff) == 0x8b;
    }

    /**
     * Whether text in this charset can be cut at line starts found in its bytes: CR and LF are
     * the single bytes {@code 0d} and {@code 0a}, which never occur inside another character
     * (UTF-8, US-ASCII, ISO-8859-1; other single-byte charsets when their bytes {@code 0d} and
     * {@code 0a}, and no others, decode as CR and LF). Files in other charsets (UTF-16,
     * UTF-32, Shift_JIS, ...) are read whole.
     *
     * @param charset the file's charset
     * @return true when the file may be cut at line starts
     */
    public static boolean isSplittable(Charset charset) {
        if (charset.equals(StandardCharsets.UTF_8) || charset.equals(StandardCharsets.US_ASCII)
                || charset.equals(StandardCharsets.ISO_8859_1)) {
            return true;
        }
        if (!charset.canEncode() || charset.newEncoder().maxBytesPerChar() != 1f
                || !Arrays.equals("\r\n".getBytes(charset), new byte[] {'\r', '\n'})) {
            return false;
        }
        for (int b = 0; b < 256; b++) {
            String decoded = new String(new byte[] {(byte) b}, charset);
            boolean lineBreak = decoded.equals("\r") || decoded.equals("\n");
            if (lineBreak != (b == '\r' || b == '\n')) {
                return false;
            }
        }
        return true;
    }

    /**
     * The options a file of this input is decoded with: the run's, with the input's own
     * charset when it has one.
     *
     * @param format  the input
     * @param options the run's options
     * @return the options used for the input's files
     */
    public static ReadOptions effectiveOptions(DelimitedFileInput format, ReadOptions options) {
        return format.effective(Objects.requireNonNull(options, "options"));
    }

    /**
     * The options a file of this input is decoded with: the run's, with the input's own
     * charset when it has one.
     *
     * @param format  the input
     * @param options the run's options
     * @return the options used for the input's files
     * @throws io.customer360.error.ConfigurationException when the charset does not encode CR,
     *     LF and {@code [} as single ASCII bytes
     */
    public static ReadOptions effectiveOptions(JsonLinesFileInput format, ReadOptions options) {
        return format.effective(Objects.requireNonNull(options, "options"));
    }

    /**
     * Reads one whole file of a delimited input, given as a stream of its bytes from the first
     * (decompressed when gzip), exactly as {@link DelimitedFileInput#open} reads a single file.
     *
     * @param format  the input whose format the file has
     * @param schema  the schema of the source read
     * @param options the run's options
     * @param file    the file, for failures
     * @param in      the file's bytes from the first; closed with the reader
     * @param size    the file's size in bytes, or -1 when unknown
     * @return the reader, positioned at the first record
     * @throws IOException when the file cannot be read
     */
    public static RecordReader openFile(DelimitedFileInput format, SourceSchema schema,
            ReadOptions options, Path file, InputStream in, long size) throws IOException {
        LookaheadInputStream bytes = InputFiles.open(schema.source(), file, in, size,
                DelimitedReader.expected(format));
        return NullTokens.applied(format.nullTokens(), DelimitedReader.atFileStart(file, format,
                schema, effectiveOptions(format, options), bytes));
    }

    /**
     * Reads one whole file of a JSON input (JSON Lines or a JSON array), given as a stream of
     * its bytes from the first (decompressed when gzip), exactly as
     * {@link JsonLinesFileInput#open} reads a single file.
     *
     * @param format  the input whose format the file has
     * @param schema  the schema of the source read
     * @param options the run's options
     * @param file    the file, for failures
     * @param in      the file's bytes from the first; closed with the reader
     * @param size    the file's size in bytes, or -1 when unknown
     * @return the reader, positioned at the first record
     */
    public static RecordReader openFile(JsonLinesFileInput format, SourceSchema schema,
            ReadOptions options, Path file, InputStream in, long size) {
        ReadOptions read = effectiveOptions(format, options);
        LookaheadInputStream bytes = InputFiles.open(schema.source(), file, in, size,
                JsonLinesFileInput.expected());
        return NullTokens.applied(format.nullTokens(),
                JsonLinesFileInput.openFile(file, schema, read, bytes));
    }

    /**
     * Whether a JSON file is one JSON array rather than JSON Lines, decided as
     * {@link JsonLinesFileInput#open} decides it; an array is read whole.
     *
     * @param format  the input whose format the file has
     * @param options the run's options
     * @param in      the file's bytes from the first (not gzip); read as far as needed, not
     *                closed
     * @return true for the array form
     * @throws IOException when the file cannot be read
     */
    public static boolean isJsonArray(JsonLinesFileInput format, ReadOptions options,
            InputStream in) throws IOException {
        ReadOptions read = effectiveOptions(format, options);
        return JsonLinesFileInput.startsWithArray(new LookaheadInputStream(in, -1),
                read.charset(), read.limits().maxRecordLength());
    }

    /**
     * Reads the header row of a delimited file, with the failures of
     * {@link DelimitedFileInput#open} (no header row, a header that cannot be read, a
     * duplicated name, a missing required column, an empty file).
     *
     * @param format  the input whose format the file has
     * @param schema  the schema of the source read
     * @param options the run's options
     * @param file    the file, for failures
     * @param in      the file's bytes from the first (not gzip); closed here
     * @return the header's names in file order, or an empty list when the input gives a column
     *     list (the file has no header row)
     * @throws IOException when the file cannot be read
     */
    public static List<String> readHeader(DelimitedFileInput format, SourceSchema schema,
            ReadOptions options, Path file, InputStream in) throws IOException {
        try (RecordReader reader = DelimitedReader.atFileStart(file, format, schema,
                effectiveOptions(format, options), InputFiles.open(schema.source(), file, in, -1,
                        DelimitedReader.expected(format)))) {
            String[] names = ((DelimitedReader) reader).headerNames();
            return names == null ? List.of() : List.of(names);
        }
    }

    /**
     * Reads a delimited file from the start of one of its lines where a record starts, or where
     * a record is open ({@link DelimitedStretch#finishOpenRecord}).
     *
     * @param format    the input whose format the file has
     * @param schema    the schema of the source read
     * @param options   the run's options
     * @param file      the file, for failures
     * @param header    the file's header names ({@link #readHeader}), empty with a column list
     * @param in        the file's bytes from the first byte of line {@code line} (not gzip, in
     *                  a {@linkplain #isSplittable splittable} charset); closed with the reader
     * @param line      the 1-based number of that line in the file
     * @param fileStart whether {@code in} starts at the file's first byte (a byte-order mark
     *                  is then dropped)
     * @return the reader of the file from that line
     * @throws IOException when the file cannot be read
     */
    public static DelimitedStretch openStretch(DelimitedFileInput format, SourceSchema schema,
            ReadOptions options, Path file, List<String> header, InputStream in, long line,
            boolean fileStart) throws IOException {
        String[] names = format.columns().isEmpty() ? header.toArray(new String[0]) : null;
        DelimitedReader reader = DelimitedReader.atLine(file, format, schema,
                effectiveOptions(format, options), new LookaheadInputStream(in, -1), line,
                fileStart, names);
        return new DelimitedStretch(reader, NullTokens.applied(format.nullTokens(), reader));
    }

    /**
     * Reads the JSON Lines of {@code in}, the bytes of consecutive whole lines of a JSON Lines
     * file starting with line {@code firstLine}, as {@link JsonLinesFileInput#open} reads them.
     *
     * @param format    the input whose format the file has
     * @param schema    the schema of the source read
     * @param options   the run's options
     * @param file      the file, for failures
     * @param in        the lines' bytes (from a line start to a line start or the end);
     *                  closed with the reader
     * @param firstLine the 1-based number of the first line in the file (1: the file's start,
     *                  where a byte-order mark is dropped)
     * @return the reader of the lines' records
     */
    public static RecordReader openLines(JsonLinesFileInput format, SourceSchema schema,
            ReadOptions options, Path file, InputStream in, long firstLine) {
        ReadOptions read = effectiveOptions(format, options);
        LookaheadInputStream bytes = new LookaheadInputStream(in, -1);
        return NullTokens.applied(format.nullTokens(), new JsonLinesReader(file, schema, read,
                bytes, new ByteLineReader(bytes, read.limits().maxRecordLength(), firstLine)));
    }
}
