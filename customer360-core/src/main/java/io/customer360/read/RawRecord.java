package io.customer360.read;

import java.util.Arrays;
import java.util.Objects;

/**
 * One record as read from a file, before standardisation: the values of the schema's fields,
 * where the record starts and its original text.
 *
 * <p>A value is null when the column is absent, or the JSON field is absent or {@code null}.
 * A malformed record carries a description of its defect and no values; when it was longer than
 * a read limit its text may be only its head ({@link #isTextTruncated()}).
 *
 * <p>A record of a source spread over several files also names the file it was read from
 * ({@link #file()}); its line is then a line of that file.
 */
public final class RawRecord {
    private final SourceSchema schema;
    private final long line;
    private final String text;
    private final String[] values;
    private final ValueKind[] kinds;
    private final String malformation;
    private final boolean textTruncated;
    /** Whether {@link #line} is a record number of a source of values, not a file line. */
    private final boolean recordNumbered;
    private final String file;

    private RawRecord(SourceSchema schema, long line, String text, String[] values,
            ValueKind[] kinds, String malformation, boolean textTruncated, String file) {
        this(schema, line, text, values, kinds, malformation, textTruncated, false, file);
    }

    private RawRecord(SourceSchema schema, long line, String text, String[] values,
            ValueKind[] kinds, String malformation, boolean textTruncated,
            boolean recordNumbered, String file) {
        this.schema = Objects.requireNonNull(schema, "schema");
        if (line < 1) {
            throw new IllegalArgumentException("line must be 1 or more but was " + line);
        }
        this.line = line;
        this.text = Objects.requireNonNull(text, "text");
        this.values = values;
        this.kinds = kinds;
        this.malformation = malformation;
        this.textTruncated = textTruncated;
        this.recordNumbered = recordNumbered;
        this.file = file;
    }

    /**
     * A well-formed record.
     *
     * @param schema the schema of the record's source
     * @param line   the 1-based physical line where the record starts
     * @param text   the record's original text, without its line terminator
     * @param values one value per schema field in ordinal order (copied); null for missing
     * @param kinds  one kind per field (copied), or null when every value is text
     * @return the record
     */
    public static RawRecord of(SourceSchema schema, long line, String text, String[] values,
            ValueKind[] kinds) {
        if (values.length != schema.size()) {
            throw new IllegalArgumentException(
                    "expected " + schema.size() + " values but was " + values.length);
        }
        if (kinds != null && kinds.length != values.length) {
            throw new IllegalArgumentException(
                    "expected " + values.length + " kinds but was " + kinds.length);
        }
        return new RawRecord(schema, line, text, values.clone(),
                kinds == null ? null : kinds.clone(), null, false, null);
    }

    /**
     * A record of a source of named values ({@link ValuesInput}): numbered by its place in the
     * source rather than by a file line, with a rendering of its values as its text.
     *
     * @param schema    the schema of the record's source
     * @param number    the record's 1-based number in its source
     * @param rendering its values as {@code name=value, ...}
     * @param values    one value per schema field in ordinal order (copied); null for missing
     * @param kinds     one kind per field (copied), or null when every value is text
     * @return the record
     */
    public static RawRecord ofValues(SourceSchema schema, long number, String rendering,
            String[] values, ValueKind[] kinds) {
        RawRecord record = of(schema, number, rendering, values, kinds);
        return new RawRecord(schema, number, rendering, record.values, record.kinds, null,
                false, true, null);
    }

    /**
     * A record that could not be read; {@code defect} says why, e.g. "quote not closed".
     *
     * @param schema the schema of the record's source
     * @param line   the 1-based physical line where the record starts
     * @param text   the record's original text, without its line terminator
     * @param defect what is wrong with the record
     * @return the record
     */
    public static RawRecord malformed(SourceSchema schema, long line, String text, String defect) {
        return new RawRecord(schema, line, text, new String[schema.size()], null,
                Objects.requireNonNull(defect, "defect"), false, null);
    }

    /**
     * A record that could not be read because it is longer than a read limit, of which only the
     * head was kept: {@code head} is the start of its original text, cut at the limit, and
     * {@link #isTextTruncated()} is true.
     *
     * @param schema the schema of the record's source
     * @param line   the 1-based physical line where the record starts
     * @param head   the start of the record's original text, cut at the limit
     * @param defect what is wrong with the record
     * @return the record
     */
    public static RawRecord malformedHead(SourceSchema schema, long line, String head,
            String defect) {
        return new RawRecord(schema, line, head, new String[schema.size()], null,
                Objects.requireNonNull(defect, "defect"), true, null);
    }

    /**
     * This record as read from one file of a source spread over several files: the same
     * record, naming the file. Its line is a line of that file.
     *
     * @param file the file the record was read from, as shown in the rejects and the run
     *             report (e.g. its path)
     * @return the record naming the file
     */
    public RawRecord inFile(String file) {
        return new RawRecord(schema, line, text, values, kinds, malformation, textTruncated,
                recordNumbered, Objects.requireNonNull(file, "file"));
    }

    /**
     * The file the record was read from when its source is spread over several files, or null
     * when the source is one file (or a custom input that does not say).
     *
     * @return the file, or null
     */
    public String file() {
        return file;
    }

    /**
     * Whether {@link #line()} is the record's number in a source of named values rather than a
     * file line (and {@link #text()} a rendering of its values).
     *
     * @return true for a record of a {@link ValuesInput}
     */
    public boolean isRecordNumbered() {
        return recordNumbered;
    }

    /**
     * Where the record is, for messages: {@code line 12}, or {@code record 12} for a record of a
     * source of named values.
     *
     * @return the record's position in words
     */
    public String position() {
        return (recordNumbered ? "record " : "line ") + line;
    }

    /**
     * The schema whose fields this record holds.
     *
     * @return the schema
     */
    public SourceSchema schema() {
        return schema;
    }

    /**
     * The 1-based physical line where the record starts.
     *
     * @return the record's first line
     */
    public long line() {
        return line;
    }

    /**
     * The original text of the record, without its line terminator; only its head when
     * {@link #isTextTruncated()}.
     *
     * @return the record's text, or its head
     */
    public String text() {
        return text;
    }

    /**
     * Whether {@link #text()} is only the head of the record, cut at a read limit.
     *
     * @return true when the text was cut
     */
    public boolean isTextTruncated() {
        return textTruncated;
    }

    /**
     * The raw value of a field, or null when missing.
     *
     * @param field a field of the record's schema
     * @return the raw value, or null
     */
    public String value(SourceField field) {
        return values[field.ordinal()];
    }

    /**
     * How the value of a field was written.
     *
     * @param field a field of the record's schema
     * @return the value's kind
     */
    public ValueKind kind(SourceField field) {
        return kinds == null ? ValueKind.TEXT : kinds[field.ordinal()];
    }

    /**
     * Whether the record could not be read.
     *
     * @return true for a malformed record
     */
    public boolean isMalformed() {
        return malformation != null;
    }

    /**
     * What is wrong with a malformed record, or null when well-formed.
     *
     * @return the defect, or null
     */
    public String malformation() {
        return malformation;
    }

    @Override
    public String toString() {
        // Never the values, the text or the defect (which may quote it): personal data.
        return schema.source().reportName() + " record at line " + line
                + (file == null ? "" : " of " + file) + (isMalformed() ? " (malformed)" : "");
    }

    @Override
    public boolean equals(Object other) {
        if (!(other instanceof RawRecord)) {
            return false;
        }
        RawRecord that = (RawRecord) other;
        return schema == that.schema && line == that.line && text.equals(that.text)
                && Arrays.equals(values, that.values) && sameKinds(that)
                && Objects.equals(malformation, that.malformation)
                && textTruncated == that.textTruncated && recordNumbered == that.recordNumbered
                && Objects.equals(file, that.file);
    }

    /** Whether every field's {@link #kind} is the same: no kinds given means all text. */
    private boolean sameKinds(RawRecord that) {
        if (kinds == null && that.kinds == null) {
            return true;
        }
        for (int f = 0; f < values.length; f++) {
            ValueKind mine = kinds == null ? ValueKind.TEXT : kinds[f];
            ValueKind theirs = that.kinds == null ? ValueKind.TEXT : that.kinds[f];
            if (mine != theirs) {
                return false;
            }
        }
        return true;
    }

    @Override
    public int hashCode() {
        return Objects.hash(schema, line, text, Arrays.hashCode(values), malformation,
                textTruncated, file);
    }
}
