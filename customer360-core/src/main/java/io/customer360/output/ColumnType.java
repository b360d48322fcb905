package io.customer360.output;

/**
 * The type of an output column and the Java type of its values in a {@link CustomerRow}.
 */
public enum ColumnType {
    /** UTF-8 text; values are {@link String}. */
    STRING,
    /** A list of non-null strings; values are {@code List<String>}. */
    STRING_LIST,
    /** A 64-bit integer; values are {@link Long}. */
    INT64,
    /** DECIMAL(18,2); values are {@link Long} counts of hundredths (unscaled). */
    DECIMAL_18_2,
    /** TIMESTAMP(MILLIS, UTC); values are {@link java.time.Instant}, finer parts truncated. */
    TIMESTAMP_MILLIS,
    /** true or false; values are {@link Boolean}. */
    BOOLEAN
}
