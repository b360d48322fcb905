package io.customer360.aggregate;

/**
 * The merged slots of one customer, read by {@link SlotAggregator#output}, addressed by their
 * index in {@link SlotAggregator#slots()}. A slot nothing was folded into reads as its kind's
 * empty value (see {@link Slot.Kind}).
 */
public interface SlotValues {

    /**
     * The value of a slot of kind SUM, DECIMAL_SUM, MIN, MAX or DISTINCT_COUNT.
     *
     * @param slot the slot's index
     * @return its value
     */
    long get(int slot);

    /**
     * The value of a slot of kind DOUBLE_SUM, DOUBLE_MIN or DOUBLE_MAX.
     *
     * @param slot the slot's index
     * @return its value
     */
    double getDouble(int slot);
}
