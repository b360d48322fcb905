package io.customer360.engine;

/**
 * How a slot of each kind ({@link AggregationPlan}'s constants) starts, folds a value and
 * merges with another of its kind. Double slots hold their value's bits in a {@code long}.
 * Sums never wrap: one leaving its range throws {@link SlotOverflowException}.
 */
final class SlotRules {
    /** The largest unscaled value of DECIMAL(18,2): 10^18 - 1. */
    static final long MAX_DECIMAL_18 = 999_999_999_999_999_999L;
    private static final long DOUBLE_ZERO = Double.doubleToRawLongBits(0.0);
    private static final long DOUBLE_HIGHEST = Double.doubleToRawLongBits(Double.POSITIVE_INFINITY);
    private static final long DOUBLE_LOWEST = Double.doubleToRawLongBits(Double.NEGATIVE_INFINITY);

    private SlotRules() {
    }

    /** The value of a slot of {@code kind} that nothing was folded into. */
    static long empty(byte kind) {
        switch (kind) {
            case AggregationPlan.MIN:
                return Long.MAX_VALUE;
            case AggregationPlan.MAX:
                return Long.MIN_VALUE;
            case AggregationPlan.DOUBLE_SUM:
                return DOUBLE_ZERO;
            case AggregationPlan.DOUBLE_MIN:
                return DOUBLE_HIGHEST;
            case AggregationPlan.DOUBLE_MAX:
                return DOUBLE_LOWEST;
            default:
                return 0;
        }
    }

    /**
     * Combines two values of a slot of {@code kind}: a value folded in, or another part's slot.
     * DISTINCT_COUNT slots are not combined here (their values are counted apart).
     */
    static long combine(byte kind, long current, long value, String name) {
        switch (kind) {
            case AggregationPlan.SUM:
            case AggregationPlan.COUNT:
                return sum(current, value, name);
            case AggregationPlan.DECIMAL_SUM:
                return decimalSum(current, value, name);
            case AggregationPlan.MIN:
                return Math.min(current, value);
            case AggregationPlan.MAX:
                return Math.max(current, value);
            case AggregationPlan.DOUBLE_SUM:
                return Double.doubleToRawLongBits(
                        Double.longBitsToDouble(current) + Double.longBitsToDouble(value));
            case AggregationPlan.DOUBLE_MIN:
                return Double.doubleToRawLongBits(
                        Math.min(Double.longBitsToDouble(current), Double.longBitsToDouble(value)));
            case AggregationPlan.DOUBLE_MAX:
                return Double.doubleToRawLongBits(
                        Math.max(Double.longBitsToDouble(current), Double.longBitsToDouble(value)));
            default:
                return current;
        }
    }

    /**
     * Folds a value given to a slot of {@code kind} into its current value: as
     * {@link #combine}, after checking that a count is given no negative value.
     */
    static long fold(byte kind, long current, long value, String name) {
        if (kind == AggregationPlan.COUNT && value < 0) {
            throw new IllegalArgumentException("the count " + name + " was given " + value
                    + "; counts take values of 0 or more");
        }
        return combine(kind, current, value, name);
    }

    private static long sum(long left, long right, String name) {
        long sum = left + right;
        if (((left ^ sum) & (right ^ sum)) < 0) {
            throw new SlotOverflowException("per-customer sum of " + name
                    + " exceeds the INT64 range");
        }
        return sum;
    }

    private static long decimalSum(long left, long right, String name) {
        long sum = left + right;
        if (((left ^ sum) & (right ^ sum)) < 0 || sum > MAX_DECIMAL_18 || sum < -MAX_DECIMAL_18) {
            throw new SlotOverflowException("per-customer sum of " + name
                    + " exceeds DECIMAL(18,2)");
        }
        return sum;
    }

    /** A UUID's count plus {@code value}, which must stay within 0 and 2^31 − 1. */
    static int count(int current, long value, String name) {
        if (value < 0) {
            throw new IllegalArgumentException("the count " + name + " was given " + value
                    + "; counts take values of 0 or more");
        }
        long sum = current + value;
        if (sum > Integer.MAX_VALUE) {
            throw new SlotOverflowException("the count " + name
                    + " of one user UUID exceeds 2^31 - 1");
        }
        return (int) sum;
    }

    /** Whether slots of {@code kind} take doubles. */
    static boolean isDouble(byte kind) {
        return kind == AggregationPlan.DOUBLE_SUM || kind == AggregationPlan.DOUBLE_MIN
                || kind == AggregationPlan.DOUBLE_MAX;
    }

    /** The name of {@code kind}, for messages. */
    static String kindName(byte kind) {
        return io.customer360.aggregate.Slot.Kind.values()[kind].name();
    }

    /** A per-customer sum that left its column's range; the run fails with its message. */
    static final class SlotOverflowException extends ArithmeticException {
        private static final long serialVersionUID = 1L;

        SlotOverflowException(String message) {
            super(message);
        }
    }
}
