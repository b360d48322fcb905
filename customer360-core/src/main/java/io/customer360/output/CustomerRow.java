package io.customer360.output;

import java.util.Arrays;
import java.util.List;
import java.util.Objects;

/**
 * One row of the customer table: one value per column of its schema, of the Java type that
 * {@link ColumnType} names, or null for a missing value of an optional column.
 */
public final class CustomerRow {
    private final OutputSchema schema;
    private final Object[] values;

    private CustomerRow(OutputSchema schema, Object[] values) {
        this.schema = schema;
        this.values = values;
    }

    /**
     * Creates a row, checking each value against its column.
     *
     * @param schema the columns of the row
     * @param values one value per column, in order
     * @return the row
     * @throws IllegalArgumentException when a value has the wrong type or a required one is null
     */
    public static CustomerRow of(OutputSchema schema, Object[] values) {
        Objects.requireNonNull(schema, "schema");
        if (values.length != schema.size()) {
            throw new IllegalArgumentException(
                    "expected " + schema.size() + " values but was " + values.length);
        }
        Object[] copy = values.clone();
        for (int i = 0; i < copy.length; i++) {
            OutputColumn column = schema.columns().get(i);
            copy[i] = checked(column, copy[i]);
        }
        return new CustomerRow(schema, copy);
    }

    private static Object checked(OutputColumn column, Object value) {
        if (value == null) {
            if (column.required()) {
                throw new IllegalArgumentException("column '" + column.name() + "' is required");
            }
            return null;
        }
        Class<?> expected = column.type().javaType();
        if (!expected.isInstance(value)) {
            throw new IllegalArgumentException("column '" + column.name() + "' holds "
                    + expected.getSimpleName() + " but was " + value.getClass().getSimpleName());
        }
        if (column.type() == ColumnType.STRING_LIST) {
            return List.copyOf((List<?>) value);
        }
        return value;
    }

    /**
     * The schema of this row.
     *
     * @return the schema
     */
    public OutputSchema schema() {
        return schema;
    }

    /**
     * The value at a column position, or null.
     *
     * @param index the 0-based column position
     * @return the value
     */
    public Object get(int index) {
        return values[index];
    }

    /**
     * The value of a named column, or null.
     *
     * @param column the column name
     * @return the value
     */
    public Object get(String column) {
        return values[schema.indexOf(column)];
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof CustomerRow && ((CustomerRow) other).schema.equals(schema)
                && Arrays.equals(((CustomerRow) other).values, values);
    }

    @Override
    public int hashCode() {
        return Arrays.hashCode(values);
    }

    @Override
    public String toString() {
        // Never the values: rows hold personal data.
        return "CustomerRow[" + schema.size() + " columns]";
    }
}
