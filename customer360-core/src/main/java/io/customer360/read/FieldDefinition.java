package io.customer360.read;

import java.util.List;
import java.util.Objects;

/**
 * The names and requiredness of one source field. A field's own definition
 * ({@link SourceField#definition()}) has its canonical lower-case name; the definition a
 * {@link SourceSchema} reads it by ({@link SourceSchema#definition(SourceField)}) may have
 * configured names instead.
 *
 * @param columnName the preferred name: the canonical lower-case name, or the first configured
 *                   one
 * @param required   whether a delimited file must have the column
 * @param aliases    other accepted names, in order of preference
 */
public record FieldDefinition(String columnName, boolean required, List<String> aliases) {

    /**
     * Copies the aliases and checks the name.
     *
     * @param columnName the preferred name: the canonical lower-case name, or the first
     *                   configured one
     * @param required   whether a delimited file must have the column
     * @param aliases    other accepted names, in order of preference
     */
    public FieldDefinition {
        Objects.requireNonNull(columnName, "columnName");
        aliases = List.copyOf(aliases);
    }

    /**
     * A field whose column must be present in a delimited file.
     *
     * @param columnName the canonical lower-case name
     * @param aliases    other accepted names, in order of preference
     * @return the field definition
     */
    public static FieldDefinition mandatory(String columnName, String... aliases) {
        return new FieldDefinition(columnName, true, List.of(aliases));
    }

    /**
     * A field whose column may be absent.
     *
     * @param columnName the canonical lower-case name
     * @param aliases    other accepted names, in order of preference
     * @return the field definition
     */
    public static FieldDefinition optional(String columnName, String... aliases) {
        return new FieldDefinition(columnName, false, List.of(aliases));
    }
}
