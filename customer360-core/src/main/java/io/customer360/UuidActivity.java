package io.customer360;

import io.customer360.aggregate.Aggregator;
import java.util.List;

/** The aggregator states and activity flags of one user UUID, later of one customer. */
final class UuidActivity {
    final Object[] states;
    boolean hasTransactions;
    boolean hasWebActivity;
    long lastActivityMillis = Long.MIN_VALUE;

    UuidActivity(List<Aggregator<?, ?>> aggregators) {
        states = new Object[aggregators.size()];
        for (int i = 0; i < states.length; i++) {
            states[i] = aggregators.get(i).create();
        }
    }

    void seen(java.time.Instant when) {
        if (when != null) {
            lastActivityMillis = Math.max(lastActivityMillis, when.toEpochMilli());
        }
    }

    @SuppressWarnings({"unchecked", "rawtypes"})
    void mergeFrom(UuidActivity other, List<Aggregator<?, ?>> aggregators) {
        for (int i = 0; i < states.length; i++) {
            states[i] = ((Aggregator) aggregators.get(i)).merge(states[i], other.states[i]);
        }
        hasTransactions |= other.hasTransactions;
        hasWebActivity |= other.hasWebActivity;
        lastActivityMillis = Math.max(lastActivityMillis, other.lastActivityMillis);
    }
}
