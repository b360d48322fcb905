package io.customer360.spark.run;

import java.io.Serializable;

/**
 * Where a rejected record goes in the reject outputs: sources in the order identity map, leads,
 * transactions, web activity (their declaration order), each in file order.
 *
 * @param source the source's ordinal
 * @param order  the record's order key within its source
 */
record RejectKey(int source, long order) implements Serializable, Comparable<RejectKey> {

    @Override
    public int compareTo(RejectKey other) {
        int bySource = Integer.compare(source, other.source);
        return bySource != 0 ? bySource : Long.compare(order, other.order);
    }
}
