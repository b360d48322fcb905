package io.customer360.aggregate;

/** Overflow-checked sums for aggregators: they fail with {@link ArithmeticException} naming the column instead of wrapping. */
public final class Sums {
    /** The largest unscaled value of DECIMAL(18,2): 10^18 - 1. */
    public static final long MAX_DECIMAL_18 = 999_999_999_999_999_999L;

    private Sums() {
    }

    /**
     * {@code left + right}, or an exception naming {@code column} when it leaves INT64.
     *
     * @param left   a summand
     * @param right  the other summand
     * @param column the output column named in the exception
     * @return the sum
     * @throws ArithmeticException when the sum leaves the INT64 range
     */
    public static long int64(long left, long right, String column) {
        try {
            return Math.addExact(left, right);
        } catch (ArithmeticException overflow) {
            throw new ArithmeticException("per-customer sum of " + column
                    + " exceeds the INT64 range");
        }
    }

    /**
     * {@code left + right} of hundredths, or an exception naming {@code column} when the sum
     * leaves DECIMAL(18,2).
     *
     * @param left   a summand, in hundredths
     * @param right  the other summand, in hundredths
     * @param column the output column named in the exception
     * @return the sum, in hundredths
     * @throws ArithmeticException when the sum leaves DECIMAL(18,2)
     */
    public static long decimal18(long left, long right, String column) {
        long sum = int64(left, right, column);
        if (Math.abs(sum) > MAX_DECIMAL_18) {
            throw new ArithmeticException("per-customer sum of " + column
                    + " exceeds DECIMAL(18,2)");
        }
        return sum;
    }
}
