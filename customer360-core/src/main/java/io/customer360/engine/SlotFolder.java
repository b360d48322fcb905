package io.customer360.engine;

import io.customer360.aggregate.Slots;

/**
 * The {@link Slots} of one aggregator, somewhere in the engine: checks that each call addresses
 * one of the aggregator's own slots with a value of its kind, and folds the value in where the
 * subclass keeps its slots.
 */
abstract class SlotFolder implements Slots {
    final AggregationPlan plan;
    /** The aggregator being called, its first slot's position and its number of slots. */
    int aggregator;
    int base;
    int limit;

    SlotFolder(AggregationPlan plan) {
        this.plan = plan;
    }

    /** Addresses the slots of aggregator {@code a} until the next call. */
    final void select(int a) {
        aggregator = a;
        base = plan.base[a];
        limit = plan.slotCount(a);
    }

    @Override
    public final void accumulate(int slot, long value) {
        int p = position(slot);
        byte kind = plan.kinds[p];
        if (kind > AggregationPlan.MAX && kind != AggregationPlan.COUNT) {
            throw misuse(slot, p, "a long");
        }
        fold(p, kind, value);
    }

    @Override
    public final void accumulate(int slot, double value) {
        int p = position(slot);
        byte kind = plan.kinds[p];
        if (!SlotRules.isDouble(kind)) {
            throw misuse(slot, p, "a double");
        }
        fold(p, kind, Double.doubleToRawLongBits(value));
    }

    @Override
    public final void accumulate(int slot, String value) {
        int p = position(slot);
        if (plan.kinds[p] != AggregationPlan.DISTINCT_COUNT) {
            throw misuse(slot, p, "a string");
        }
        if (value == null) {
            throw new IllegalArgumentException("slot " + slot + " ('" + plan.slotNames[p]
                    + "') was given null");
        }
        distinct(p, value);
    }

    /** Folds a long (or a double's bits) into the slot at row position {@code p}. */
    abstract void fold(int p, byte kind, long value);

    /** Adds a string to the distinct values of the slot at row position {@code p}. */
    abstract void distinct(int p, String value);

    private int position(int slot) {
        if (slot < 0 || slot >= limit) {
            throw new IndexOutOfBoundsException("slot " + slot + " of " + limit + " slots");
        }
        return base + slot;
    }

    private IllegalArgumentException misuse(int slot, int p, String what) {
        return new IllegalArgumentException("slot " + slot + " ('" + plan.slotNames[p]
                + "') is " + SlotRules.kindName(plan.kinds[p]) + " but was given " + what);
    }
}
