package io.customer360.io.read;

import io.customer360.error.SchemaException;
import io.customer360.read.FieldDefinition;
import io.customer360.read.SourceField;
import io.customer360.read.SourceSchema;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Which column of a delimited file holds each schema field.
 *
 * <p>A field is found by the names of its {@linkplain SourceSchema#definition definition} in the
 * schema: its canonical name and aliases, or the names configured for it. Names are compared
 * after {@link SourceSchema#normaliseName}. A field's preferred name wins over its aliases, and
 * earlier aliases over later ones. Columns that no field names are
 * ignored. Columns whose name is blank are ignored too and never count as duplicates (a trailing
 * delimiter in a header is common in spreadsheet exports); any other name that occurs twice
 * fails, whether or not the schema uses it.
 *
 * <p>Failure messages never show a data row: when no name of the first line is a name or alias
 * the schema knows, the line is most likely data (the header row is missing), and the message
 * lists the expected columns instead of the line. Otherwise the header found is shown, bounded:
 * at most {@value #SHOWN_NAMES} names, each cut to {@value #SHOWN_NAME_LENGTH} characters.
 *
 * <p>A column list given for files without a header row ({@link DelimitedFileInput#withColumns})
 * is mapped by the same rules; its failures name it as given, on line 0.
 */
final class HeaderMapping {
    /** How many header names a message shows at most. */
    static final int SHOWN_NAMES = 20;
    /** How many characters of each header name a message shows at most. */
    static final int SHOWN_NAME_LENGTH = 64;

    private final int columnCount;
    private final int[] columnOfField;

    private HeaderMapping(int columnCount, int[] columnOfField) {
        this.columnCount = columnCount;
        this.columnOfField = columnOfField;
    }

    /**
     * Maps the header row on line {@code line} to the schema's fields.
     *
     * @throws SchemaException when a name is duplicated or a required field has no column
     */
    static HeaderMapping resolve(Path file, long line, SourceSchema schema, String[] header) {
        return resolve(file, line, schema, header, false);
    }

    /**
     * Maps a column list given for a file without a header row to the schema's fields.
     *
     * @throws SchemaException when a name is duplicated or a required field has no column
     */
    static HeaderMapping ofColumns(Path file, SourceSchema schema, String[] columns) {
        return resolve(file, 0, schema, columns, true);
    }

    private static HeaderMapping resolve(Path file, long line, SourceSchema schema,
            String[] header, boolean given) {
        String shownAs = given ? "; the column list given was " : "; header was ";
        Map<String, Integer> columns = new HashMap<>();
        for (int i = 0; i < header.length; i++) {
            String name = SourceSchema.normaliseName(header[i]);
            if (name.isEmpty()) {
                continue;
            }
            Integer previous = columns.putIfAbsent(name, i);
            if (previous != null) {
                if (!given) {
                    requireKnownName(file, line, schema, header);
                }
                throw new SchemaException(schema.source(), file, line, "column '" + cut(name)
                        + "' appears twice (columns " + (previous + 1) + " and " + (i + 1)
                        + ")" + shownAs + shown(header));
            }
        }
        int[] columnOfField = new int[schema.size()];
        List<String> missing = new ArrayList<>();
        for (SourceField field : schema.fields()) {
            FieldDefinition definition = schema.definition(field);
            int column = find(columns, definition);
            columnOfField[field.ordinal()] = column;
            if (column < 0 && definition.required()) {
                missing.add(describe(definition));
            }
        }
        if (!missing.isEmpty()) {
            if (!given) {
                requireKnownName(file, line, schema, header);
            }
            throw new SchemaException(schema.source(), file, line, (missing.size() == 1
                    ? "required column " + missing.get(0) + " is missing"
                    : "required columns " + String.join(", ", missing) + " are missing")
                    + shownAs + shown(header));
        }
        return new HeaderMapping(header.length, columnOfField);
    }

    /**
     * Fails, without showing the line, when no name in it is one the schema knows: the header
     * row then seems to be missing and the line is likely data, which may be personal.
     */
    private static void requireKnownName(Path file, long line, SourceSchema schema,
            String[] header) {
        Set<String> known = new HashSet<>();
        List<String> expected = new ArrayList<>();
        for (SourceField field : schema.fields()) {
            FieldDefinition definition = schema.definition(field);
            known.add(SourceSchema.normaliseName(definition.columnName()));
            for (String alias : definition.aliases()) {
                known.add(SourceSchema.normaliseName(alias));
            }
            expected.add(describe(definition));
        }
        for (String name : header) {
            if (known.contains(SourceSchema.normaliseName(name))) {
                return;
            }
        }
        throw new SchemaException(schema.source(), file, line, "the header row seems to be"
                + " missing: the first non-blank line (" + header.length + (header.length == 1 ? " field" : " fields")
                + ") holds none of the expected column names, which are "
                + String.join(", ", expected) + " (the line is not shown: it may be data)");
    }

    /** The header as a message shows it: bounded in the number and length of names. */
    static String shown(String[] header) {
        StringBuilder shown = new StringBuilder("[");
        int count = Math.min(header.length, SHOWN_NAMES);
        for (int i = 0; i < count; i++) {
            shown.append(i == 0 ? "" : ", ").append(cut(header[i]));
        }
        if (header.length > count) {
            shown.append(", \u2026 and ").append(header.length - count).append(" more");
        }
        return shown.append(']').toString();
    }

    /** A name cut to {@link #SHOWN_NAME_LENGTH} characters, with an ellipsis when cut. */
    private static String cut(String name) {
        if (name.length() <= SHOWN_NAME_LENGTH) {
            return name;
        }
        int end = SHOWN_NAME_LENGTH;
        if (Character.isHighSurrogate(name.charAt(end - 1))) {
            end--;
        }
        return name.substring(0, end) + "\u2026";
    }

    private static int find(Map<String, Integer> columns, FieldDefinition field) {
        Integer column = columns.get(SourceSchema.normaliseName(field.columnName()));
        for (int a = 0; column == null && a < field.aliases().size(); a++) {
            column = columns.get(SourceSchema.normaliseName(field.aliases().get(a)));
        }
        return column == null ? -1 : column;
    }

    private static String describe(FieldDefinition field) {
        StringBuilder name = new StringBuilder("'").append(field.columnName()).append('\'');
        if (!field.aliases().isEmpty()) {
            name.append(" (or '").append(String.join("', '", field.aliases())).append("')");
        }
        return name.toString();
    }

    /** The number of columns in the header. */
    int columnCount() {
        return columnCount;
    }

    /** The values of the schema's fields, in ordinal order; null where a field has no column. */
    String[] values(String[] fields) {
        String[] values = new String[columnOfField.length];
        for (int f = 0; f < values.length; f++) {
            int column = columnOfField[f];
            values[f] = column < 0 ? null : fields[column];
        }
        return values;
    }
}
