package io.customer360.engine;

import io.customer360.read.RawRecord;
import io.customer360.read.SourceField;
import io.customer360.read.SourceSchema;
import io.customer360.read.ValueKind;

/** Builds raw records for tests from "field=value" pairs (field = canonical column name). */
public final class Records {
    private Records() {
    }

    /** A well-formed record; fields not named are missing. */
    public static RawRecord raw(SourceSchema schema, long line, String... pairs) {
        String[] values = new String[schema.size()];
        ValueKind[] kinds = new ValueKind[schema.size()];
        java.util.Arrays.fill(kinds, ValueKind.TEXT);
        for (String pair : pairs) {
            int eq = pair.indexOf('=');
            String name = pair.substring(0, eq);
            String value = pair.substring(eq + 1);
            SourceField field = field(schema, name.startsWith("#") ? name.substring(1) : name);
            values[field.ordinal()] = value;
            if (name.startsWith("#")) {
                kinds[field.ordinal()] = ValueKind.NUMBER;
            }
        }
        return RawRecord.of(schema, line, String.join("|", pairs), values, kinds);
    }

    private static SourceField field(SourceSchema schema, String name) {
        for (SourceField field : schema.fields()) {
            if (field.columnName().equals(name)) {
                return field;
            }
        }
        throw new IllegalArgumentException("no field " + name + " in " + schema);
    }
}
