package io.customer360.io.read;

import io.customer360.SchemaException;
import io.customer360.read.SourceField;
import io.customer360.read.SourceSchema;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Which column of a delimited file holds each schema field.
 *
 * <p>Names are compared after {@link SourceSchema#normaliseName}. A field's canonical name wins
 * over its aliases, and earlier aliases over later ones. Columns that no field names are
 * ignored. Columns whose name is blank are ignored too and never count as duplicates (a trailing
 * delimiter in a header is common in spreadsheet exports); any other name that occurs twice
 * fails, whether or not the schema uses it.
 */
final class HeaderMapping {
    private final int columnCount;
    private final int[] columnOfField;

    private HeaderMapping(int columnCount, int[] columnOfField) {
        this.columnCount = columnCount;
        this.columnOfField = columnOfField;
    }

    /**
     * Maps a header row to the schema's fields.
     *
     * @throws SchemaException when a name is duplicated or a required field has no column
     */
    static HeaderMapping resolve(Path file, SourceSchema schema, String[] header) {
        Map<String, Integer> columns = new HashMap<>();
        for (int i = 0; i < header.length; i++) {
            String name = SourceSchema.normaliseName(header[i]);
            if (name.isEmpty()) {
                continue;
            }
            Integer previous = columns.putIfAbsent(name, i);
            if (previous != null) {
                throw new SchemaException(file, "column '" + name + "' appears twice (columns "
                        + (previous + 1) + " and " + (i + 1) + "); header was "
                        + Arrays.toString(header));
            }
        }
        int[] columnOfField = new int[schema.size()];
        List<String> missing = new ArrayList<>();
        for (SourceField field : schema.fields()) {
            int column = find(columns, field);
            columnOfField[field.ordinal()] = column;
            if (column < 0 && field.required()) {
                missing.add(describe(field));
            }
        }
        if (!missing.isEmpty()) {
            throw new SchemaException(file, (missing.size() == 1 ? "required column " + missing.get(0)
                    + " is missing" : "required columns " + String.join(", ", missing)
                    + " are missing") + "; header was " + Arrays.toString(header));
        }
        return new HeaderMapping(header.length, columnOfField);
    }

    private static int find(Map<String, Integer> columns, SourceField field) {
        Integer column = columns.get(field.columnName());
        for (int a = 0; column == null && a < field.aliases().size(); a++) {
            column = columns.get(field.aliases().get(a));
        }
        return column == null ? -1 : column;
    }

    private static String describe(SourceField field) {
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
