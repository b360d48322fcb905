package io.customer360.engine;

import io.customer360.aggregate.SlotValues;
import io.customer360.model.Lead;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * The aggregates of one customer being built: every aggregator's slots merged over the
 * customer's UUIDs, with lead aggregators' slots after them, and the state aggregators'
 * merged states. Reused from customer to customer by one row-building thread.
 */
final class RowAggregates extends SlotFolder implements SlotValues {
    private final long[] values;
    private final long[] empty;
    private final Object[] states;
    /** Per row slot of a lead aggregator of kind DISTINCT_COUNT, its values; else null. */
    private final Set<String>[] leadDistinct;

    @SuppressWarnings({"unchecked", "rawtypes"})
    RowAggregates(AggregationPlan plan) {
        super(plan);
        values = new long[plan.rowStride];
        empty = new long[plan.rowStride];
        emptySlots(plan, empty);
        states = new Object[plan.states];
        leadDistinct = new Set[plan.rowStride];
        for (int p = plan.uuidStride; p < plan.rowStride; p++) {
            if (plan.kinds[p] == AggregationPlan.DISTINCT_COUNT) {
                leadDistinct[p] = new HashSet<>();
            }
        }
    }

    /** Sets every slot of a row laid out by {@code plan} to its empty value. */
    static void emptySlots(AggregationPlan plan, long[] values) {
        for (int p = 0; p < values.length; p++) {
            values[p] = SlotRules.empty(plan.kinds[p]);
        }
    }

    /**
     * Takes a customer's slots and states from its merged parts, each DISTINCT_COUNT slot as the
     * number of its distinct values.
     */
    void load(CustomerParts parts) {
        System.arraycopy(parts.values, 0, values, 0, values.length);
        System.arraycopy(parts.states, 0, states, 0, states.length);
        for (int p = 0; p < values.length; p++) {
            if (plan.kinds[p] == AggregationPlan.DISTINCT_COUNT) {
                values[p] = parts.distinct[p] == null ? 0 : parts.distinct[p].size();
            }
        }
    }

    /** Starts a new customer: every slot empty, every state new. */
    void reset() {
        System.arraycopy(empty, 0, values, 0, values.length);
        for (int a = 0; a < plan.aggregators.size(); a++) {
            int state = plan.stateIndex[a];
            if (state >= 0) {
                states[state] = plan.createState(a);
            }
        }
        for (Set<String> distinct : leadDistinct) {
            if (distinct != null) {
                distinct.clear();
            }
        }
    }

    /**
     * Merges a UUID's slots: its {@code long} values lie in {@code longs} from
     * {@code longOffset}, its COUNT slots' values in {@code ints} from {@code intOffset}.
     */
    void mergeSlots(long[] longs, int longOffset, int[] ints, int intOffset) {
        byte[] kinds = plan.kinds;
        String[] names = plan.slotNames;
        int[] pageIndex = plan.pageIndex;
        for (int p = 0; p < plan.uuidStride; p++) {
            int index = pageIndex[p];
            if (index < 0) {
                continue;
            }
            long value = kinds[p] == AggregationPlan.COUNT ? ints[intOffset + index]
                    : longs[longOffset + index];
            values[p] = SlotRules.combine(kinds[p], values[p], value, names[p]);
        }
    }

    /** Merges a UUID's state of the state aggregator with state index {@code state}. */
    void mergeState(int state, Object uuidState) {
        states[state] = plan.merge(plan.aggregatorOfState[state], states[state], uuidState);
    }

    /** Sets the UUID DISTINCT_COUNT slots from the counts of the customer's row. */
    void distinctCounts(long[][] countsPerSpill, int row) {
        for (int d = 0; d < countsPerSpill.length; d++) {
            values[plan.distinctSlot[d]] = countsPerSpill[d][row];
        }
    }

    /** Adds one of the customer's leads to every lead aggregator. */
    void addLead(Lead lead) {
        for (int a : plan.ofLeads) {
            int state = plan.stateIndex[a];
            if (state < 0) {
                select(a);
                plan.add(a, lead, this, io.customer360.model.Source.LEADS, lead.line());
            } else {
                states[state] = plan.add(a, states[state], lead,
                        io.customer360.model.Source.LEADS, lead.line());
            }
        }
    }

    /** The column values of aggregator {@code a}, once every part of the customer was added. */
    List<Object> output(int a) {
        int state = plan.stateIndex[a];
        if (state >= 0) {
            return plan.output(a, null, states[state]);
        }
        select(a);
        return plan.output(a, this, null);
    }

    @Override
    void fold(int p, byte kind, long value) {
        values[p] = SlotRules.fold(kind, values[p], value, plan.slotNames[p]);
    }

    @Override
    void distinct(int p, String value) {
        leadDistinct[p].add(value);
        values[p] = leadDistinct[p].size();
    }

    @Override
    public long get(int slot) {
        int p = checked(slot);
        if (SlotRules.isDouble(plan.kinds[p])) {
            throw new IllegalArgumentException("slot " + slot + " ('" + plan.slotNames[p]
                    + "') holds a double; read it with getDouble");
        }
        return values[p];
    }

    @Override
    public double getDouble(int slot) {
        int p = checked(slot);
        if (!SlotRules.isDouble(plan.kinds[p])) {
            throw new IllegalArgumentException("slot " + slot + " ('" + plan.slotNames[p]
                    + "') holds a long; read it with get");
        }
        return Double.longBitsToDouble(values[p]);
    }

    private int checked(int slot) {
        if (slot < 0 || slot >= limit) {
            throw new IndexOutOfBoundsException("slot " + slot + " of " + limit + " slots");
        }
        return base + slot;
    }
}
