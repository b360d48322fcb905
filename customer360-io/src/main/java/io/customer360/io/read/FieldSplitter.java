package io.customer360.io.read;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Iterator;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;

/**
 * Splits the text of one logical record into its fields with Commons CSV (RFC 4180, the given
 * delimiter, {@code "} or the given quote or none, no escape unless given, no trimming).
 *
 * <p>Text without any quote or escape character takes a fast path that splits on the
 * delimiter directly; for such text it gives exactly what Commons CSV gives (every field as
 * written, a trailing delimiter ending in an empty field).
 */
final class FieldSplitter {
    private final char delimiter;
    private final int quote;
    private final int escape;
    private final CSVFormat format;

    /** Splits with {@code "} as the quote and no escape character. */
    FieldSplitter(char delimiter) {
        this(delimiter, '"', -1);
    }

    /** Splits with the given quote and escape characters, each -1 for none. */
    FieldSplitter(char delimiter, int quote, int escape) {
        this.delimiter = delimiter;
        this.quote = quote;
        this.escape = escape;
        this.format = CSVFormat.RFC4180.builder()
                .setDelimiter(delimiter)
                .setQuote(quote < 0 ? null : (char) quote)
                .setEscape(escape < 0 ? null : (char) escape)
                .setCommentMarker(null)
                .setIgnoreSurroundingSpaces(false)
                .setTrim(false)
                .setIgnoreEmptyLines(false)
                .setNullString(null)
                .get();
    }

    /**
     * The fields of a record.
     *
     * @throws MalformedRecordException when the text breaks the quoting rules
     */
    String[] split(String text) throws MalformedRecordException {
        if (text.indexOf(quote) < 0 && text.indexOf(escape) < 0) {
            return splitPlain(text);
        }
        return splitQuoted(text);
    }

    private String[] splitPlain(String text) {
        int count = 1;
        for (int i = text.indexOf(delimiter); i >= 0; i = text.indexOf(delimiter, i + 1)) {
            count++;
        }
        String[] fields = new String[count];
        int from = 0;
        for (int f = 0; f < count - 1; f++) {
            int to = text.indexOf(delimiter, from);
            fields[f] = text.substring(from, to);
            from = to + 1;
        }
        fields[count - 1] = text.substring(from);
        return fields;
    }

    private String[] splitQuoted(String text) throws MalformedRecordException {
        try (CSVParser parser = CSVParser.parse(text, format)) {
            Iterator<CSVRecord> records = parser.iterator();
            if (!records.hasNext()) {
                return new String[] {""};
            }
            String[] fields = records.next().values();
            if (records.hasNext()) {
                throw new MalformedRecordException("holds more than one record");
            }
            return fields;
        } catch (UncheckedIOException e) {
            throw invalidQuoting(e.getCause());
        } catch (IOException e) {
            throw invalidQuoting(e);
        }
    }

    private static MalformedRecordException invalidQuoting(IOException cause) {
        return new MalformedRecordException("invalid quoting: " + cause.getMessage());
    }
}
