package io.customer360.spark.read;

import io.customer360.read.RawRecord;
import io.customer360.read.SourceField;
import io.customer360.read.SourceSchema;
import io.customer360.read.ValueKind;
import java.io.Serializable;

/**
 * A {@link RawRecord} as Spark moves it between machines: everything the record holds except
 * its schema, which is not serializable and which {@link RawRecord#equals} compares by
 * identity; {@link #toRawRecord} gives the record back for a schema.
 *
 * <p>{@link #toString()} shows the line only, never the text or values (personal data).
 */
public final class RecordRow implements Serializable {
    private static final long serialVersionUID = 1L;

    /** The 1-based physical line where the record starts. */
    private final long line;
    /** The record's text (or its head, when truncated). */
    private final String text;
    /** One value per schema field, null for missing. */
    private final String[] values;
    /** One kind per field, or null when every value is text. */
    private final ValueKind[] kinds;
    /** Why the record could not be read, or null. */
    private final String malformation;
    /** Whether {@link #text} is only the record's head. */
    private final boolean textTruncated;
    /** The file the record came from, or null for a source of one file. */
    private final String file;

    private RecordRow(RawRecord record) {
        SourceSchema schema = record.schema();
        this.line = record.line();
        this.text = record.text();
        this.malformation = record.malformation();
        this.textTruncated = record.isTextTruncated();
        this.file = record.file();
        this.values = new String[schema.size()];
        ValueKind[] kindsOf = new ValueKind[schema.size()];
        boolean allText = true;
        for (SourceField field : schema.fields()) {
            values[field.ordinal()] = record.value(field);
            kindsOf[field.ordinal()] = record.kind(field);
            allText &= kindsOf[field.ordinal()] == ValueKind.TEXT;
        }
        this.kinds = allText ? null : kindsOf;
    }

    /**
     * The row of a record read from a file (not a record-numbered source of values).
     *
     * @param record the record
     * @return its row
     */
    public static RecordRow of(RawRecord record) {
        if (record.isRecordNumbered()) {
            throw new IllegalArgumentException("a record of a source of values has no file line");
        }
        return new RecordRow(record);
    }

    /**
     * The 1-based physical line where the record starts in its file.
     *
     * @return the line
     */
    public long line() {
        return line;
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
     * The record again, for the schema of the source it was read for.
     *
     * @param schema the schema it was read with (its instance: {@link RawRecord#equals}
     *               compares schemas by identity)
     * @return the record
     */
    public RawRecord toRawRecord(SourceSchema schema) {
        RawRecord record;
        if (malformation == null) {
            record = RawRecord.of(schema, line, text, values, kinds);
        } else if (textTruncated) {
            record = RawRecord.malformedHead(schema, line, text, malformation);
        } else {
            record = RawRecord.malformed(schema, line, text, malformation);
        }
        return file == null ? record : record.inFile(file);
    }

    @Override
    public String toString() {
        return "record at line " + line + (malformation == null ? "" : " (malformed)");
    }
}
