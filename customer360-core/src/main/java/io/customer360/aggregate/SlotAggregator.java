package io.customer360.aggregate;

import java.util.List;

/**
 * An aggregator whose state is a fixed list of numeric {@link Slot}s. The engine keeps the
 * slots of every user UUID in its own compact pages, folds each value given to
 * {@link Slots#accumulate} by the slot's kind, and merges the slots of a customer's UUIDs by the
 * same rule; the aggregator only says which values go where and how the merged slots become
 * column values.
 *
 * @param <R> the record type: {@code Lead}, {@code Transaction} or {@code WebEvent}
 */
public non-sealed interface SlotAggregator<R> extends Aggregator<R> {

    /**
     * The state slots, in order; {@link Slots} and {@link SlotValues} address them by index.
     *
     * @return the slots; at least one
     */
    List<Slot> slots();

    /**
     * Adds one record by folding values into slots.
     *
     * @param record the accepted record
     * @param slots  the slots of the record's user UUID (or customer, for leads)
     */
    void add(R record, Slots slots);

    /**
     * The values of {@link #columns()} for a customer's merged slots, in order, of the Java
     * types that {@link io.customer360.output.ColumnType} names.
     *
     * @param values the merged slots of one customer
     * @return one value per column, in order
     */
    List<Object> output(SlotValues values);
}
