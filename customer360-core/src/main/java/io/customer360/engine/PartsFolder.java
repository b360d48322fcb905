package io.customer360.engine;

import java.util.HashSet;

/** The {@link io.customer360.aggregate.Slots} of one aggregator within a customer's parts. */
final class PartsFolder extends SlotFolder {
    private final CustomerParts parts;

    PartsFolder(AggregationPlan plan, CustomerParts parts) {
        super(plan);
        this.parts = parts;
    }

    @Override
    void fold(int p, byte kind, long value) {
        parts.values[p] = SlotRules.fold(kind, parts.values[p], value, plan.slotNames[p]);
    }

    @Override
    void distinct(int p, String value) {
        HashSet<String> values = parts.distinct[p];
        if (values == null) {
            values = new HashSet<>();
            parts.distinct[p] = values;
        }
        values.add(value);
    }
}
