package io.customer360.output;

import java.util.Objects;
import java.util.regex.Pattern;

/**
 * One column of the customer table.
 *
 * @param name     lower-case snake case, e.g. {@code completed_amount}
 * @param type     the column type
 * @param required whether every row has a value (REQUIRED in Parquet); lists are always required
 */
public record OutputColumn(String name, ColumnType type, boolean required) {
    private static final Pattern NAME = Pattern.compile("[a-z][a-z0-9_]*");

    /**
     * Checks the name and that lists are required.
     *
     * @param name     lower-case snake case, e.g. {@code completed_amount}
     * @param type     the column type
     * @param required whether every row has a value (REQUIRED in Parquet); lists are always
     *     required
     */
    public OutputColumn {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(type, "type");
        if (!NAME.matcher(name).matches()) {
            throw new IllegalArgumentException(
                    "column name must be lower-case snake case but was '" + name + "'");
        }
        if (type == ColumnType.STRING_LIST && !required) {
            throw new IllegalArgumentException("list column '" + name + "' must be required");
        }
    }

    /**
     * A column that always has a value.
     *
     * @param name the column name
     * @param type the column type
     * @return the column
     */
    public static OutputColumn required(String name, ColumnType type) {
        return new OutputColumn(name, type, true);
    }

    /**
     * A column that may be null.
     *
     * @param name the column name
     * @param type the column type
     * @return the column
     */
    public static OutputColumn optional(String name, ColumnType type) {
        return new OutputColumn(name, type, false);
    }
}
