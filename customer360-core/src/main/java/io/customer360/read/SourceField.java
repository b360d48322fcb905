package io.customer360.read;

import java.util.List;

/**
 * A field that a reader looks for in a source: its canonical column name, the aliases it may
 * appear under, and whether a delimited file must have it as a column.
 *
 * <p>Implemented by the field enums of each source; {@link #ordinal()} is the field's index in
 * a {@link RawRecord}.
 */
public interface SourceField {

    /**
     * The field's names and requiredness.
     *
     * @return the definition
     */
    FieldDefinition definition();

    /**
     * The field's index within its source schema.
     *
     * @return the 0-based index
     */
    int ordinal();

    /**
     * The canonical lower-case column or JSON field name.
     *
     * @return the name
     */
    default String columnName() {
        return definition().columnName();
    }

    /**
     * Other names the field may appear under, in order of preference after the canonical name.
     *
     * @return the aliases, possibly none
     */
    default List<String> aliases() {
        return definition().aliases();
    }

    /**
     * Whether a delimited file without this column fails the run.
     *
     * @return true when the column is mandatory
     */
    default boolean required() {
        return definition().required();
    }
}
