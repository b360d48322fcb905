package io.customer360.io.write;

import io.customer360.output.OutputColumn;
import java.math.BigDecimal;
import java.time.Instant;

/** Conversions of row values to Parquet values that fail, naming the column, instead of wrapping. */
final class ParquetValues {
    /** Total digits of a DECIMAL_18_2 column. */
    static final int DECIMAL_PRECISION = 18;
    /** Fraction digits of a DECIMAL_18_2 column. */
    static final int DECIMAL_SCALE = 2;
    /** The largest unscaled value with {@link #DECIMAL_PRECISION} digits. */
    private static final long MAX_UNSCALED = 999_999_999_999_999_999L;

    private ParquetValues() {
    }

    /**
     * Checks that an unscaled DECIMAL(18,2) value has at most 18 digits.
     *
     * @throws IllegalArgumentException naming the column and the value when it has more
     */
    static long decimal(OutputColumn column, long unscaled, long rowNumber) {
        if (unscaled > MAX_UNSCALED || unscaled < -MAX_UNSCALED) {
            throw new IllegalArgumentException("column '" + column.name() + "' in row " + rowNumber
                    + " does not fit DECIMAL(" + DECIMAL_PRECISION + "," + DECIMAL_SCALE
                    + "): the value was " + BigDecimal.valueOf(unscaled, DECIMAL_SCALE).toPlainString());
        }
        return unscaled;
    }

    /**
     * The milliseconds since the epoch of an instant, finer parts truncated toward the past.
     *
     * @throws IllegalArgumentException naming the column when the instant does not fit INT64
     */
    static long epochMillis(OutputColumn column, Instant instant, long rowNumber) {
        try {
            return instant.toEpochMilli();
        } catch (ArithmeticException e) {
            throw new IllegalArgumentException("column '" + column.name() + "' in row " + rowNumber
                    + " does not fit TIMESTAMP(MILLIS): the value was " + instant, e);
        }
    }
}
