package io.customer360.io.read;

import io.customer360.error.ConfigurationException;
import io.customer360.read.ReadOptions;
import io.customer360.read.RecordReader;
import io.customer360.read.SourceInput;
import io.customer360.read.SourceSchema;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * A JSON Lines file (one JSON object per line), or a file holding one JSON array of objects when
 * its first character other than a byte-order mark and JSON white space is {@code [} (SPEC §1)
 * and comes within the first {@link io.customer360.read.ReadLimits#maxRecordLength()} bytes.
 *
 * <p>Reading rules:
 * <ul>
 *   <li>Lines end with LF, CRLF or CR and are numbered physically from 1; a leading byte-order
 *       mark is dropped. Blank lines (empty after {@link String#strip()}) are skipped and are
 *       not records.</li>
 *   <li>Each line is decoded with the options' charset, invalid bytes becoming U+FFFD, then
 *       parsed on its own. A line that is not valid JSON, is not an object, has content after
 *       the object, nests deeper than {@link io.customer360.read.ReadLimits#maxNestingDepth()}
 *       (the record object is level 1) or is longer than
 *       {@link io.customer360.read.ReadLimits#maxRecordLength()} bytes is malformed, and reading
 *       goes on with the next line. A malformed line's text is the decoded line (for an
 *       over-long line, its first {@code maxRecordLength} bytes decoded).</li>
 *   <li>Field names match exactly; canonical names win over aliases; {@code null} is an absent
 *       value; when a key repeats, the last non-null value wins; numbers keep their source text
 *       ({@code NUMBER}); booleans, objects and arrays keep their JSON text ({@code OTHER});
 *       other fields are ignored. Unpaired surrogates from {@code \\u} escapes become U+FFFD.</li>
 *   <li>A missing file, an empty folder or an input of zero bytes fails {@link #open} with a
 *       {@link io.customer360.error.SchemaException}; an input that exists but cannot be read fails
 *       with an {@link io.customer360.error.InputException} naming the system's reason. A file of
 *       only blank lines (or only a byte-order mark) is valid and has zero records: JSON Lines
 *       has no header to miss.</li>
 *   <li>The input is read once, front to back, so a named pipe or {@code /dev/stdin} works like
 *       a file; whether it is empty is decided by reading it.</li>
 *   <li>The charset must encode CR, LF and {@code [} as the single ASCII bytes (UTF-8, the
 *       ISO-8859 family, windows-125x, US-ASCII); {@link #open} refuses UTF-16 and UTF-32
 *       with an {@link io.customer360.error.ConfigurationException}.</li>
 * </ul>
 *
 * <p>For the array form see {@link JsonArrayReader}: each element is parsed on its own, so a bad
 * element costs that element only; only a string or bracket left open at the end of the file
 * makes the rest of the file one malformed record.
 *
 * <p>Options, each {@code with…} call returning a new input:
 * {@link #withCharset} decodes this input with its own charset instead of the run's
 * {@link ReadOptions#charset()}; {@link #withNullTokens} makes a JSON string value equal to a
 * token after {@link String#strip()} missing, like {@code null} (numbers, booleans, objects and
 * arrays are never compared). As for {@link DelimitedFileInput}, the path may be a folder or a
 * file-name pattern whose files are read in file-name order as one source (each file may be
 * JSON Lines or an array, and its records name it), and a gzip-compressed file (first bytes
 * {@code 1f 8b}) is decompressed while read.
 *
 * <p>Immutable and thread-safe; each {@link #open} returns an independent reader.
 */
public final class JsonLinesFileInput implements SourceInput {
    private static final String EXPECTED = "JSON Lines or a JSON array";

    private final Path file;
    private final Charset charset;
    private final List<String> nullTokens;

    private JsonLinesFileInput(Path file, Charset charset, List<String> nullTokens) {
        this.file = Objects.requireNonNull(file, "file");
        this.charset = charset;
        this.nullTokens = nullTokens;
    }

    /**
     * The JSON Lines (or JSON array) file at this path.
     *
     * @param file the file, a folder of files or a file-name pattern
     * @return the input
     */
    public static JsonLinesFileInput of(Path file) {
        return new JsonLinesFileInput(file, null, List.of());
    }

    /**
     * This input decoded with its own charset instead of the run's
     * {@link ReadOptions#charset()}; it must encode CR, LF and {@code [} as single ASCII bytes.
     *
     * @param charset the charset of this input's files
     * @return the input with that charset
     * @throws ConfigurationException when the charset is UTF-16, UTF-32 or another that does
     *     not encode CR, LF and {@code [} as single ASCII bytes
     */
    public JsonLinesFileInput withCharset(Charset charset) {
        requireAsciiCompatible(file, Objects.requireNonNull(charset, "charset"));
        return new JsonLinesFileInput(file, charset, nullTokens);
    }

    /**
     * This input with these null tokens (replacing any given before): a string value equal to
     * one of them after stripping surrounding white space is missing.
     *
     * @param tokens the string values that mean "missing", e.g. {@code "NULL"}; none to have none
     * @return the input with those null tokens
     * @throws ConfigurationException when a token is null or blank
     */
    public JsonLinesFileInput withNullTokens(String... tokens) {
        return new JsonLinesFileInput(file, charset, NullTokens.checked(file, tokens));
    }

    /**
     * The file read, or the folder or file-name pattern of its files.
     *
     * @return the file, folder or pattern
     */
    public Path file() {
        return file;
    }

    /**
     * This input's own charset, if set.
     *
     * @return the charset, or empty to use the run's {@link ReadOptions#charset()}
     */
    public Optional<Charset> charset() {
        return Optional.ofNullable(charset);
    }

    /**
     * The null tokens, stripped, in the order given.
     *
     * @return the null tokens, empty by default
     */
    public List<String> nullTokens() {
        return nullTokens;
    }

    @Override
    public String location() {
        return file.toString();
    }

    @Override
    public RecordReader open(SourceSchema schema, ReadOptions options) throws IOException {
        Objects.requireNonNull(schema, "schema");
        Objects.requireNonNull(options, "options");
        ReadOptions read = effective(options);
        List<Path> parts = PartFiles.list(schema.source(), file);
        RecordReader reader = parts == null ? openFile(file, schema, read)
                : PartFilesReader.open(parts, part -> openFile(part, schema, read));
        return NullTokens.applied(nullTokens, reader);
    }

    private static RecordReader openFile(Path file, SourceSchema schema, ReadOptions options) {
        return openFile(file, schema, options, InputFiles.open(schema.source(), file, EXPECTED));
    }

    /** What a file must start with, for the zero-byte message. */
    static String expected() {
        return EXPECTED;
    }

    /** This input's options: the run's, with this input's charset when it has one. */
    ReadOptions effective(ReadOptions options) {
        ReadOptions read = charset == null ? options : new ReadOptions(charset, options.limits());
        requireAsciiCompatible(file, read.charset());
        return read;
    }

    /** Reads the file whose bytes {@code in} holds from the first, as {@link #open} does. */
    static RecordReader openFile(Path file, SourceSchema schema, ReadOptions options,
            LookaheadInputStream in) {
        Charset charset = options.charset();
        int maxLength = options.limits().maxRecordLength();
        try {
            if (!startsWithArray(in, charset, maxLength)) {
                return new JsonLinesReader(file, schema, options, in,
                        new ByteLineReader(in, maxLength));
            }
            return new JsonArrayReader(file, schema, options, in, new InputStreamReader(in,
                    charset.newDecoder()
                            .onMalformedInput(CodingErrorAction.REPLACE)
                            .onUnmappableCharacter(CodingErrorAction.REPLACE)));
        } catch (IOException | RuntimeException e) {
            try {
                in.close();
            } catch (IOException suppressed) {
                e.addSuppressed(suppressed);
            }
            throw e instanceof IOException
                    ? InputFiles.unreadable(schema.source(), file, (IOException) e)
                    : (RuntimeException) e;
        }
    }

    private static void requireAsciiCompatible(Path file, Charset charset) {
        if (!charset.canEncode()
                || !Arrays.equals("\r\n[ ".getBytes(charset), new byte[] {'\r', '\n', '[', ' '})) {
            throw new ConfigurationException(file, "JSON input needs a charset that encodes CR,"
                    + " LF and '[' as single ASCII bytes (such as UTF-8) but was " + charset,
                    null);
        }
    }

    /**
     * Whether the first byte after a byte-order mark (UTF-8 only) and JSON white space is '[',
     * looked at within the first {@code maxLength} bytes after the mark, and not consumed: the
     * input is read once, so a pipe works as well as a file.
     */
    static boolean startsWithArray(LookaheadInputStream in, Charset charset,
            int maxLength) throws IOException {
        boolean mark = charset.equals(StandardCharsets.UTF_8) && in.peek(0) == 0xEF
                && in.peek(1) == 0xBB && in.peek(2) == 0xBF;
        int at = mark ? 3 : 0;
        int limit = (int) Math.min(Integer.MAX_VALUE - 16L, at + (long) maxLength);
        int b = in.peek(at);
        while ((b == ' ' || b == '\t' || b == '\r' || b == '\n') && at < limit) {
            b = in.peek(++at);
        }
        return b == '[';
    }

    @Override
    public String toString() {
        return "JsonLinesFileInput[" + file + (charset == null ? "" : ", charset " + charset)
                + (nullTokens.isEmpty() ? "" : ", " + nullTokens.size() + " null tokens") + "]";
    }
}
