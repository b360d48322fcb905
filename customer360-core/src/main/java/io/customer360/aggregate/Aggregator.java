package io.customer360.aggregate;

import io.customer360.output.OutputColumn;
import java.io.Serializable;
import java.util.List;

/**
 * Computes output columns per customer from the customer's accepted records of one type. The
 * built-in columns are aggregators too ({@link TransactionAggregator},
 * {@link WebActivityAggregator}), run by the same engine as yours.
 *
 * <p>An aggregator is one of two kinds. A {@link SlotAggregator} keeps its state in fixed-width
 * numeric slots (sums, minimums, maximums, distinct counts) that the engine stores compactly per
 * user UUID and merges by itself; prefer it, it costs a few bytes per UUID. A
 * {@link StateAggregator} keeps any Java object as its state, with its own merge.
 *
 * <p>Records of the customer's user UUIDs are aggregated per UUID and merged per customer in no
 * particular order. Lead aggregators see the customer's accepted leads: the newest lead of each
 * of its emails (older duplicates are rejected). A customer without records of the type gets the
 * output of an empty state. Aggregators are pure and serialisable, and may be called from
 * several threads at once.
 *
 * @param <R> the record type: {@link io.customer360.model.Lead},
 *     {@link io.customer360.model.Transaction} or {@link io.customer360.model.WebEvent}
 */
public sealed interface Aggregator<R> extends Serializable
        permits SlotAggregator, StateAggregator {

    /**
     * The record type this aggregator receives: {@code Lead.class}, {@code Transaction.class}
     * or {@code WebEvent.class}.
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
}
