package io.customer360.aggregate;

import java.util.HashSet;
import java.util.Set;

/** The mutable state of {@link WebActivityAggregator} for one UUID or customer. */
final class WebTotals {
    long events;
    long pageViews;
    final Set<String> sessions = new HashSet<>();
    long firstMillis = Long.MAX_VALUE;
    long lastMillis = Long.MIN_VALUE;
}
