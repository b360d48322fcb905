package io.customer360.io.read;

import io.customer360.error.ConfigurationException;
import io.customer360.read.ReadOptions;
import io.customer360.read.RecordReader;
import io.customer360.read.SourceInput;
import io.customer360.read.SourceSchema;
import java.io.IOException;
import java.nio.charset.Charset;
import java.nio.file.Path;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * A delimited text file with a header row: RFC 4180 quoting with {@code "}, any single-character
 * delimiter (SPEC §1); or, when configured, another quote or none, an escape character, a
 * charset of its own, null tokens, and no header row but a column list.
 *
 * <p>Configured by immutable copies, each {@code with…} call returning a new input:
 * <pre>{@code
 * DelimitedFileInput.csv(Path.of("exports/tx"))      // a folder: its files are one source
 *         .withDelimiter('\t')
 *         .withoutQuote()                          // or withQuote('\'')
 *         .withEscape('\\')                        // none by default
 *         .withCharset(StandardCharsets.ISO_8859_1) // default: ReadOptions' charset
 *         .withNullTokens("NULL", "\\N")           // raw values that mean "missing"
 *         .withColumns("transaction_id", "user_uuid", "email", "amount", "status", "timestamp");
 * }</pre>
 * A refused setting (a delimiter, quote or escape character that is CR or LF, or equal to
 * another of them; a blank null token; an empty column list) throws a
 * {@link ConfigurationException} naming the path.
 *
 * <ul>
 *   <li><b>Quote and escape.</b> The quote character ({@code "} by default, or none) opens a
 *       quoted field at the start of a field; doubled inside it, it is a literal quote. The
 *       escape character (none by default) makes the next character literal, inside or outside
 *       quotes, a line break included, as Commons CSV does ({@code \n} becomes a line break,
 *       {@code \t} a tab; an escape before another letter is kept with it, so {@code \N}
 *       stays {@code \N}).</li>
 *   <li><b>Null tokens.</b> A value equal to a null token after {@link String#strip()} (the
 *       token is stripped too) is missing, exactly like an absent column. Compared exactly,
 *       case included. None by default.</li>
 *   <li><b>Column list.</b> With {@link #withColumns}, the file has no header row: its
 *       columns are named in order by the list, which is matched to the source's columns like a
 *       header row (same names and aliases; a blank name skips a column; a duplicated name or a
 *       missing required column fails {@link #open} with a {@link io.customer360.error.SchemaException}),
 *       and line 1 is a data line.</li>
 *   <li><b>Several files.</b> The path may be a folder (its regular files whose names do not
 *       start with {@code .}, sub-folders skipped) or a pattern on the file-name part
 *       ({@code exports/tx/*.tsv.gz}; {@code *}, {@code ?}, {@code [..]}, {@code {a,b}}; no
 *       {@code **}). The files are read in file-name order as one source, each with its own
 *       header row (unless a column list is given); every file is opened, and its header
 *       checked, before the first record is read. Records name their file
 *       ({@link io.customer360.read.RawRecord#file()}) and their lines are that file's lines.
 *       An empty folder or a pattern that matches no file fails {@link #open} with a
 *       {@link io.customer360.error.SchemaException} naming the path.</li>
 *   <li><b>gzip.</b> A file whose first two bytes are the gzip magic ({@code 1f 8b}) is
 *       decompressed while read, whatever its name; line numbers are those of the
 *       decompressed text, and progress counts compressed bytes. A corrupt or cut gzip stream
 *       fails with an {@link io.customer360.error.InputException} naming the file.</li>
 * </ul>
 *
 * <p>Reading rules, beyond RFC 4180:
 * <ul>
 *   <li>Text is decoded with the options' charset; invalid bytes become U+FFFD. A leading
 *       byte-order mark is dropped. LF, CRLF and CR all end a line.</li>
 *   <li>A line that is empty after {@link String#strip()}, outside a quoted field, is blank: it
 *       is skipped and is not a record. Line numbers stay physical (the header is line 1 when it
 *       is the first line).</li>
 *   <li>The first non-blank record is the header; names are matched after trimming, ignoring
 *       case. A canonical name wins over an alias; unknown columns are ignored; a duplicated
 *       non-blank name or a missing required column fails {@link #open} with a
 *       {@link io.customer360.error.SchemaException}. So does a missing file, an empty folder, an
 *       input of zero bytes, and a file with no header row (e.g. only a byte-order mark). The message
 *       shows at most the first 20 header names, each cut to 64 characters; when no name in
 *       the first line is one the source knows, the header row is taken to be missing and the
 *       message lists the expected columns without showing the line, which is then likely data.
 *       A header-only file has zero records.</li>
 *   <li>An input that exists but cannot be read fails {@link #open} with an
 *       {@link io.customer360.error.InputException} naming the system's reason. The input is read
 *       once, front to back, so a named pipe or {@code /dev/stdin} works like a file.</li>
 *   <li>A record is malformed (and reading goes on) when its field count differs from the
 *       header's, when it breaks the quoting rules (text after a closing quote), when a quote is
 *       still open at the end of the file, or when it is longer than
 *       {@link io.customer360.read.ReadLimits#maxRecordLength()} characters. In the last two
 *       cases reading resumes at the physical line after the record's start, and the malformed
 *       record's text is its first physical line (at most {@code maxRecordLength} characters of
 *       it; when cut there, {@link io.customer360.read.RawRecord#isTextTruncated()}).</li>
 * </ul>
 *
 * <p>Immutable and thread-safe; each {@link #open} returns an independent reader.
 */
public final class DelimitedFileInput implements SourceInput {
    private static final int NONE = -1;

    private final Path file;
    private final char delimiter;
    private final int quote;
    private final int escape;
    private final Charset charset;
    private final List<String> nullTokens;
    private final List<String> columns;

    private DelimitedFileInput(Path file, char delimiter) {
        this(file, delimiter, '"', NONE, null, List.of(), List.of());
    }

    private DelimitedFileInput(Path file, char delimiter, int quote, int escape, Charset charset,
            List<String> nullTokens, List<String> columns) {
        this.file = Objects.requireNonNull(file, "file");
        if (quote == '"' && escape == NONE
                && (delimiter == '"' || delimiter == '\r' || delimiter == '\n')) {
            throw new ConfigurationException(file, "delimiter must not be a quote or line break"
                    + " but was " + printable(delimiter), null);
        }
        refuseLineBreak(file, "delimiter", delimiter);
        refuseLineBreak(file, "quote", quote);
        refuseLineBreak(file, "escape character", escape);
        if (quote == delimiter) {
            throw new ConfigurationException(file, "quote must differ from the delimiter but both"
                    + " were " + printable(delimiter), null);
        }
        if (escape == delimiter || escape != NONE && escape == quote) {
            throw new ConfigurationException(file, "escape character must differ from the"
                    + " delimiter and the quote but was " + printable((char) escape), null);
        }
        this.delimiter = delimiter;
        this.quote = quote;
        this.escape = escape;
        this.charset = charset;
        this.nullTokens = nullTokens;
        this.columns = columns;
    }

    private static void refuseLineBreak(Path file, String what, int c) {
        if (c == '\r' || c == '\n') {
            throw new ConfigurationException(file, what + " must not be a line break but was "
                    + printable((char) c), null);
        }
    }

    /**
     * A comma-separated file, like {@code crm_leads.csv}.
     *
     * @param file the file, a folder of files or a file-name pattern
     * @return the input
     */
    public static DelimitedFileInput csv(Path file) {
        return new DelimitedFileInput(file, ',');
    }

    /**
     * A pipe-delimited file, like {@code transactions.txt}.
     *
     * @param file the file, a folder of files or a file-name pattern
     * @return the input
     */
    public static DelimitedFileInput pipe(Path file) {
        return new DelimitedFileInput(file, '|');
    }

    /**
     * A file with any delimiter other than {@code "}, CR and LF.
     *
     * @param file      the file, a folder of files or a file-name pattern
     * @param delimiter the field delimiter
     * @return the input
     * @throws ConfigurationException when the delimiter is a quote, CR or LF
     */
    public static DelimitedFileInput of(Path file, char delimiter) {
        return new DelimitedFileInput(file, delimiter);
    }

    /**
     * This input with another field delimiter.
     *
     * @param delimiter the field delimiter, e.g. {@code '\t'} or {@code ';'}
     * @return the input with that delimiter
     * @throws ConfigurationException when the delimiter is CR, LF, the quote or the escape
     *     character
     */
    public DelimitedFileInput withDelimiter(char delimiter) {
        return new DelimitedFileInput(file, delimiter, quote, escape, charset, nullTokens,
                columns);
    }

    /**
     * This input with another quote character ({@code "} by default).
     *
     * @param quote the quote character, e.g. {@code '\''}
     * @return the input with that quote
     * @throws ConfigurationException when the quote is CR, LF, the delimiter or the escape
     *     character
     */
    public DelimitedFileInput withQuote(char quote) {
        return new DelimitedFileInput(file, delimiter, quote, escape, charset, nullTokens,
                columns);
    }

    /**
     * This input without quoting: every character of a field is literal.
     *
     * @return the input without a quote character
     */
    public DelimitedFileInput withoutQuote() {
        return new DelimitedFileInput(file, delimiter, NONE, escape, charset, nullTokens,
                columns);
    }

    /**
     * This input with an escape character (none by default): the character after it is
     * literal, inside or outside quotes.
     *
     * @param escape the escape character, e.g. {@code '\\'}
     * @return the input with that escape character
     * @throws ConfigurationException when it is CR, LF, the delimiter or the quote
     */
    public DelimitedFileInput withEscape(char escape) {
        return new DelimitedFileInput(file, delimiter, quote, escape, charset, nullTokens,
                columns);
    }

    /**
     * This input without an escape character (the default).
     *
     * @return the input without an escape character
     */
    public DelimitedFileInput withoutEscape() {
        return new DelimitedFileInput(file, delimiter, quote, NONE, charset, nullTokens,
                columns);
    }

    /**
     * This input decoded with its own charset instead of the run's
     * {@link ReadOptions#charset()}.
     *
     * @param charset the charset of this input's files
     * @return the input with that charset
     */
    public DelimitedFileInput withCharset(Charset charset) {
        return new DelimitedFileInput(file, delimiter, quote, escape,
                Objects.requireNonNull(charset, "charset"), nullTokens, columns);
    }

    /**
     * This input with these null tokens (replacing any given before): a value equal to one of
     * them after stripping surrounding white space is missing.
     *
     * @param tokens the raw values that mean "missing", e.g. {@code "NULL"}, {@code "\\N"};
     *               none to have none
     * @return the input with those null tokens
     * @throws ConfigurationException when a token is null or blank
     */
    public DelimitedFileInput withNullTokens(String... tokens) {
        return new DelimitedFileInput(file, delimiter, quote, escape, charset,
                NullTokens.checked(file, tokens), columns);
    }

    /**
     * This input for files without a header row: their columns are named, in order, by
     * {@code names}, and line 1 is a data line.
     *
     * @param names the column names in file order; a blank name skips that column
     * @return the input with that column list
     * @throws ConfigurationException when there is no name or a name is null
     */
    public DelimitedFileInput withColumns(String... names) {
        Objects.requireNonNull(names, "names");
        if (names.length == 0) {
            throw new ConfigurationException(file, "column list must name at least one column",
                    null);
        }
        for (int i = 0; i < names.length; i++) {
            if (names[i] == null) {
                throw new ConfigurationException(file, "column " + (i + 1)
                        + " of the column list is null", null);
            }
        }
        return new DelimitedFileInput(file, delimiter, quote, escape, charset, nullTokens,
                List.of(names));
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
     * The field delimiter.
     *
     * @return the delimiter
     */
    public char delimiter() {
        return delimiter;
    }

    /**
     * The quote character, if any.
     *
     * @return the quote character, or empty when fields are not quoted
     */
    public Optional<Character> quote() {
        return quote == NONE ? Optional.empty() : Optional.of((char) quote);
    }

    /**
     * The escape character, if any.
     *
     * @return the escape character, or empty (the default)
     */
    public Optional<Character> escape() {
        return escape == NONE ? Optional.empty() : Optional.of((char) escape);
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

    /**
     * The column list of files without a header row.
     *
     * @return the column names, or empty when the files have a header row (the default)
     */
    public List<String> columns() {
        return columns;
    }

    int quoteChar() {
        return quote;
    }

    int escapeChar() {
        return escape;
    }

    /** This input's options: the run's, with this input's charset when it has one. */
    ReadOptions effective(ReadOptions options) {
        return charset == null ? options : new ReadOptions(charset, options.limits());
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
        RecordReader reader = parts == null ? DelimitedReader.open(file, this, schema, read)
                : PartFilesReader.open(parts, part -> DelimitedReader.open(part, this, schema,
                        read));
        return NullTokens.applied(nullTokens, reader);
    }

    @Override
    public String toString() {
        StringBuilder text = new StringBuilder("DelimitedFileInput[").append(file)
                .append(", delimiter ").append(printable(delimiter));
        if (quote != '"') {
            text.append(", quote ").append(quote == NONE ? "none" : printable((char) quote));
        }
        if (escape != NONE) {
            text.append(", escape ").append(printable((char) escape));
        }
        if (charset != null) {
            text.append(", charset ").append(charset);
        }
        if (!nullTokens.isEmpty()) {
            text.append(", ").append(nullTokens.size()).append(" null tokens");
        }
        if (!columns.isEmpty()) {
            text.append(", no header row, ").append(columns.size()).append(" columns given");
        }
        return text.append(']').toString();
    }

    private static String printable(char c) {
        return c < ' ' ? String.format("U+%04X", (int) c) : "'" + c + "'";
    }
}
