package io.customer360.output;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/** The ordered columns of the customer table; names are unique. */
public final class OutputSchema {
    private final List<OutputColumn> columns;
    private final Map<String, Integer> indexByName;

    /**
     * @param columns the columns in output order
     * @throws IllegalArgumentException when two columns share a name
     */
    public OutputSchema(List<OutputColumn> columns) {
        this.columns = List.copyOf(columns);
        Map<String, Integer> index = new HashMap<>();
        for (int i = 0; i < this.columns.size(); i++) {
            String name = this.columns.get(i).name();
            if (index.put(name, i) != null) {
                throw new IllegalArgumentException("duplicate output column '" + name + "'");
            }
        }
        this.indexByName = Map.copyOf(index);
    }

    /**
     * The columns in output order.
     *
     * @return the columns
     */
    public List<OutputColumn> columns() {
        return columns;
    }

    /**
     * The number of columns.
     *
     * @return the number of columns
     */
    public int size() {
        return columns.size();
    }

    /**
     * The position of a column.
     *
     * @param name the column name
     * @return the 0-based position
     * @throws IllegalArgumentException when there is no such column
     */
    public int indexOf(String name) {
        Integer index = indexByName.get(Objects.requireNonNull(name, "name"));
        if (index == null) {
            throw new IllegalArgumentException("no output column '" + name + "' in " + this);
        }
        return index;
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof OutputSchema && ((OutputSchema) other).columns.equals(columns);
    }

    @Override
    public int hashCode() {
        return columns.hashCode();
    }

    @Override
    public String toString() {
        StringBuilder text = new StringBuilder("OutputSchema[");
        for (int i = 0; i < columns.size(); i++) {
            text.append(i == 0 ? "" : ", ").append(columns.get(i).name());
        }
        return text.append(']').toString();
    }
}
