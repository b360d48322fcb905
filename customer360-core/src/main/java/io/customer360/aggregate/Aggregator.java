package io.customer360.aggregate;

import io.customer360.output.OutputColumn;
import java.io.Serializable;
import java.util.List;

/**
 * Computes output columns per customer from accepted records of one type.
 *
 * <p>The pipeline creates a state per user UUID, adds each accepted record of
 * {@link #recordType()} to the state of its UUID, merges the states of all UUIDs of a customer
 * (in no particular order, so {@code merge} must be associative and commutative), and writes
 * {@link #output} into the customer's row. A customer without records gets the output of a
 * fresh state. Like validators, aggregators are pure and serialisable.
 *
 * @param <R> the record type: {@code Transaction} or {@code WebEvent}
 * @param <S> the state type; may be mutable, owned by the pipeline
 */
public interface Aggregator<R, S> extends Serializable {

    /**
     * The record type this aggregator receives: {@code Transaction.class} or
     * {@code WebEvent.class}.
     *
     * @return the class of the records aggregated
     */
    Class<R> recordType();

    /**
     * The columns this aggregator writes, in order; names must not clash with other columns.
     *
     * @return the columns, in output order
     */
    List<OutputColumn> columns();

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
     * Combines two states; returns the combination (which may be one of them, changed).
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
     * @throws ArithmeticException when a value does not fit its column
     */
    List<Object> output(S state);
}
