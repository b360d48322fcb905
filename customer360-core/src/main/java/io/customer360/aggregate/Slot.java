package io.customer360.aggregate;

import java.util.Objects;

/**
 * One numeric state slot of a {@link SlotAggregator}: a name for error messages and the rule
 * that folds values into it and merges two of it.
 *
 * @param name a name for messages, usually the output column it feeds
 * @param kind how values are folded and merged
 */
public record Slot(String name, Kind kind) {

    /**
     * Checks that name and kind are present.
     *
     * @param name a name for messages, usually the output column it feeds
     * @param kind how values are folded and merged
     */
    public Slot {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(kind, "kind");
        if (name.isBlank()) {
            throw new IllegalArgumentException("a slot name must not be blank");
        }
    }

    /**
     * A slot of kind {@link Kind#SUM}.
     *
     * @param name the slot's name
     * @return the slot
     */
    public static Slot sum(String name) {
        return new Slot(name, Kind.SUM);
    }

    /**
     * A slot of kind {@link Kind#COUNT}.
     *
     * @param name the slot's name
     * @return the slot
     */
    public static Slot count(String name) {
        return new Slot(name, Kind.COUNT);
    }

    /**
     * A slot of kind {@link Kind#DECIMAL_SUM}.
     *
     * @param name the slot's name
     * @return the slot
     */
    public static Slot decimalSum(String name) {
        return new Slot(name, Kind.DECIMAL_SUM);
    }

    /**
     * A slot of kind {@link Kind#MIN}.
     *
     * @param name the slot's name
     * @return the slot
     */
    public static Slot min(String name) {
        return new Slot(name, Kind.MIN);
    }

    /**
     * A slot of kind {@link Kind#MAX}.
     *
     * @param name the slot's name
     * @return the slot
     */
    public static Slot max(String name) {
        return new Slot(name, Kind.MAX);
    }

    /**
     * A slot of kind {@link Kind#DOUBLE_SUM}.
     *
     * @param name the slot's name
     * @return the slot
     */
    public static Slot doubleSum(String name) {
        return new Slot(name, Kind.DOUBLE_SUM);
    }

    /**
     * A slot of kind {@link Kind#DOUBLE_MIN}.
     *
     * @param name the slot's name
     * @return the slot
     */
    public static Slot doubleMin(String name) {
        return new Slot(name, Kind.DOUBLE_MIN);
    }

    /**
     * A slot of kind {@link Kind#DOUBLE_MAX}.
     *
     * @param name the slot's name
     * @return the slot
     */
    public static Slot doubleMax(String name) {
        return new Slot(name, Kind.DOUBLE_MAX);
    }

    /**
     * A slot of kind {@link Kind#DISTINCT_COUNT}.
     *
     * @param name the slot's name
     * @return the slot
     */
    public static Slot distinctCount(String name) {
        return new Slot(name, Kind.DISTINCT_COUNT);
    }

    /** How a slot folds values and merges; what it reads as when nothing was folded in. */
    public enum Kind {
        /** A {@code long} sum; empty: 0. A sum leaving INT64 fails the run. */
        SUM,
        /**
         * A {@code long} sum of hundredths; empty: 0. A sum leaving DECIMAL(18,2) (an absolute
         * value of 10^18 or more) fails the run.
         */
        DECIMAL_SUM,
        /** The smallest {@code long}; empty: {@link Long#MAX_VALUE}. */
        MIN,
        /** The largest {@code long}; empty: {@link Long#MIN_VALUE}. */
        MAX,
        /** A {@code double} sum; empty: 0.0. */
        DOUBLE_SUM,
        /** The smallest {@code double}; empty: positive infinity. */
        DOUBLE_MIN,
        /** The largest {@code double}; empty: negative infinity. */
        DOUBLE_MAX,
        /**
         * The number of distinct strings folded in over all of a customer's records, exact
         * (strings are compared as they are, case included); empty: 0.
         */
        DISTINCT_COUNT,
        /**
         * A {@code long} sum of small non-negative values, such as a number of records, kept in
         * 4 bytes per user UUID instead of 8; empty: 0. A UUID's count over 2^31 − 1, or a
         * negative value folded in, fails the run; a customer's count is a full {@code long}.
         */
        COUNT;

        /**
         * Whether the slot takes {@code double} values.
         *
         * @return true for the double kinds
         */
        public boolean isDouble() {
            return this == DOUBLE_SUM || this == DOUBLE_MIN || this == DOUBLE_MAX;
        }
    }
}
