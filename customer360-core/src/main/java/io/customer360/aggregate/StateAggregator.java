package io.customer360.aggregate;

import java.util.List;

/**
 * An aggregator with a state of its own Java type, for what fixed numeric slots cannot hold
 * (for example the set of product codes a customer bought). The engine keeps one state object
 * per user UUID that has records of the type, so a {@link SlotAggregator} is cheaper where it
 * fits.
 *
 * @param <R> the record type: {@code Lead}, {@code Transaction} or {@code WebEvent}
 * @param <S> the state type; may be mutable, owned by the pipeline
 */
public non-sealed interface StateAggregator<R, S> extends Aggregator<R> {

    /**
     * A state with no records.
     *
     * @return a new empty state
     */
    S create();

    /**
     * Adds one record; returns the new state (which may be {@code state} itself, changed).
     *
     * @param state  the state so far
     * @param record the record to add
     * @return the state with the record added
     */
    S add(S state, R record);

    /**
     * Combines two states; must be associative and commutative. Returns the combination (which
     * may be one of them, changed).
     *
     * @param left  one state
     * @param right the other state
     * @return the state of both sets of records
     */
    S merge(S left, S right);

    /**
     * The values of {@link #columns()} for a state, in order, of the Java types that
     * {@link io.customer360.output.ColumnType} names.
     *
     * @param state the state of one customer's records
     * @return one value per column, in order
     */
    List<Object> output(S state);
}
