package io.customer360.aggregate;

/**
 * The slots a {@link SlotAggregator} folds one record's values into, addressed by their index in
 * {@link SlotAggregator#slots()}. Each method takes the values of the kinds it names; giving a
 * slot a value of another kind, or an index out of range, fails the run naming the aggregator.
 */
public interface Slots {

    /**
     * Folds a {@code long} into a slot of kind SUM, DECIMAL_SUM, MIN or MAX.
     *
     * @param slot  the slot's index
     * @param value the value to fold in
     */
    void accumulate(int slot, long value);

    /**
     * Folds a {@code double} into a slot of kind DOUBLE_SUM, DOUBLE_MIN or DOUBLE_MAX.
     *
     * @param slot  the slot's index
     * @param value the value to fold in
     */
    void accumulate(int slot, double value);

    /**
     * Adds a string to the distinct values of a slot of kind DISTINCT_COUNT.
     *
     * @param slot  the slot's index
     * @param value the value; not null
     */
    void accumulate(int slot, String value);
}
