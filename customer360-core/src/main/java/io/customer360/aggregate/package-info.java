/**
 * Per-customer aggregation: the {@link io.customer360.aggregate.Aggregator} interface and the
 * built-in transaction and web activity columns. Timestamps in outputs are null when there is
 * no data; counts and amounts are 0.
 */
package io.customer360.aggregate;
