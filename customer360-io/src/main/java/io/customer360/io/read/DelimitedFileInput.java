package io.customer360.io.read;

import io.customer360.error.ConfigurationException;
import io.customer360.read.ReadOptions;
import io.customer360.read.RecordReader;
import io.customer360.read.SourceInput;
import io.customer360.read.SourceSchema;
import java.io.IOException;
import java.nio.file.Path;
import java.util.Objects;

/**
 * A delimited text file with a header row: RFC 4180 quoting with {@code "}, any single-character
 * delimiter (SPEC §1).
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
 *       {@link io.customer360.error.SchemaException}. So does a missing file, a directory, an input of
 *       zero bytes, and a file with no header row (e.g. only a byte-order mark). The message
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
    private final Path file;
    private final char delimiter;

    private DelimitedFileInput(Path file, char delimiter) {
        this.file = Objects.requireNonNull(file, "file");
        if (delimiter == '"' || delimiter == '\r' || delimiter == '\n') {
            throw new ConfigurationException(file, "delimiter must not be a quote or line break"
                    + " but was " + printable(delimiter), null);
        }
        this.delimiter = delimiter;
    }

    /**
     * A comma-separated file, like {@code crm_leads.csv}.
     *
     * @param file the file
     * @return the input
     */
    public static DelimitedFileInput csv(Path file) {
        return new DelimitedFileInput(file, ',');
    }

    /**
     * A pipe-delimited file, like {@code transactions.txt}.
     *
     * @param file the file
     * @return the input
     */
    public static DelimitedFileInput pipe(Path file) {
        return new DelimitedFileInput(file, '|');
    }

    /**
     * A file with any delimiter other than {@code "}, CR and LF.
     *
     * @param file      the file
     * @param delimiter the field delimiter
     * @return the input
     * @throws ConfigurationException when the delimiter is a quote, CR or LF
     */
    public static DelimitedFileInput of(Path file, char delimiter) {
        return new DelimitedFileInput(file, delimiter);
    }

    /**
     * The file read.
     *
     * @return the file
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

    @Override
    public String location() {
        return file.toString();
    }

    @Override
    public RecordReader open(SourceSchema schema, ReadOptions options) throws IOException {
        Objects.requireNonNull(schema, "schema");
        Objects.requireNonNull(options, "options");
        return DelimitedReader.open(file, delimiter, schema, options);
    }

    @Override
    public String toString() {
        return "DelimitedFileInput[" + file + ", delimiter " + printable(delimiter) + "]";
    }

    private static String printable(char c) {
        return c < ' ' ? String.format("U+%04X", (int) c) : "'" + c + "'";
    }
}
