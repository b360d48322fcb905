package io.customer360.output;

import java.time.Instant;
import java.util.List;

/**
 * The type of an output column and the Java type of its values in a {@link CustomerRow}.
 */
public enum ColumnType {
    /** UTF-8 text; values are {@link String}. */
    STRING(String.class),
    /** A list of non-null strings; values are {@code List<String>}. */
    STRING_LIST(List.class),
    /** A 64-bit integer; values are {@link Long}. */
    INT64(Long.class),
    /** DECIMAL(18,2); values are {@link Long} counts of hundredths (unscaled). */
    DECIMAL_18_2(Long.class),
    /** A 64-bit IEEE 754 floating point number; values are {@link Double}. */
    DOUBLE(Double.class),
    /** TIMESTAMP(MILLIS, UTC); values are {@link java.time.Instant}, finer parts truncated. */
    TIMESTAMP_MILLIS(Instant.class),
    /** true or false; values are {@link Boolean}. */
    BOOLEAN(Boolean.class);

    private final Class<?> javaType;

    ColumnType(Class<?> javaType) {
        this.javaType = javaType;
    }

    /**
     * The Java type of this column type's values.
     *
     * @return the class values are instances of
     */
    public Class<?> javaType() {
        return javaType;
    }
}
