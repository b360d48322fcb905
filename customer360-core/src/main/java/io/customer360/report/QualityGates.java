package io.customer360.report;

import io.customer360.model.Source;
import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * The quality gates of a run and their evaluation, the same for every engine. Immutable: each
 * {@code with...} method returns a copy with one more gate (or a gate's new threshold).
 *
 * <ul>
 * <li>{@link QualityGate#MAX_REJECT_RATE} per source: rejected / read at most the threshold;
 *     a source with no record read (or not read at all) passes.</li>
 * <li>{@link QualityGate#MIN_ACCEPTED} per source: accepted records at least the threshold; a
 *     source not read counts 0 accepted.</li>
 * <li>{@link QualityGate#MAX_ANONYMOUS_SHARE} for the run: customers without a lead /
 *     customers at most the threshold; a run with no customer passes.</li>
 * </ul>
 *
 * <p>When a gate fails, a run writes its rejects and its report (with every gate's result) but
 * leaves the customer table as it was, and throws
 * {@link io.customer360.error.QualityGateException}.
 */
public final class QualityGates {
    /** No gate: every run passes. */
    public static final QualityGates NONE = new QualityGates(Map.of(), Map.of(), -1);

    private final Map<Source, Double> maxRejectRate;
    private final Map<Source, Long> minAccepted;
    /** Negative when not set. */
    private final double maxAnonymousShare;

    private QualityGates(Map<Source, Double> maxRejectRate, Map<Source, Long> minAccepted,
            double maxAnonymousShare) {
        this.maxRejectRate = maxRejectRate.isEmpty() ? Map.of()
                : Collections.unmodifiableMap(new EnumMap<>(maxRejectRate));
        this.minAccepted = minAccepted.isEmpty() ? Map.of()
                : Collections.unmodifiableMap(new EnumMap<>(minAccepted));
        this.maxAnonymousShare = maxAnonymousShare;
    }

    /**
     * These gates with a maximum reject rate for {@code source}, replacing an earlier one.
     *
     * @param source the source whose records are counted
     * @param rate   the most rejected / read allowed, from 0 to 1
     * @return the gates with this one
     * @throws IllegalArgumentException when {@code rate} is not in [0, 1]
     */
    public QualityGates withMaxRejectRate(Source source, double rate) {
        Objects.requireNonNull(source, "source");
        Map<Source, Double> rates = new EnumMap<>(Source.class);
        rates.putAll(maxRejectRate);
        rates.put(source, share(source.reportName() + "." + QualityGate.MAX_REJECT_RATE.key(),
                rate));
        return new QualityGates(rates, minAccepted, maxAnonymousShare);
    }

    /**
     * These gates with a minimum of accepted records for {@code source}, replacing an earlier
     * one.
     *
     * @param source  the source whose records are counted
     * @param records the fewest accepted records allowed, 0 or more
     * @return the gates with this one
     * @throws IllegalArgumentException when {@code records} is negative
     */
    public QualityGates withMinAccepted(Source source, long records) {
        Objects.requireNonNull(source, "source");
        if (records < 0) {
            throw new IllegalArgumentException(source.reportName() + "."
                    + QualityGate.MIN_ACCEPTED.key() + " must be 0 or more but was " + records);
        }
        Map<Source, Long> minimums = new EnumMap<>(Source.class);
        minimums.putAll(minAccepted);
        minimums.put(source, records);
        return new QualityGates(maxRejectRate, minimums, maxAnonymousShare);
    }

    /**
     * These gates with a maximum share of customers without a lead, replacing an earlier one.
     *
     * @param share the most customers without a lead / customers allowed, from 0 to 1
     * @return the gates with this one
     * @throws IllegalArgumentException when {@code share} is not in [0, 1]
     */
    public QualityGates withMaxAnonymousShare(double share) {
        return new QualityGates(maxRejectRate, minAccepted,
                share(QualityGate.MAX_ANONYMOUS_SHARE.key(), share));
    }

    private static double share(String name, double value) {
        if (!(value >= 0 && value <= 1)) {
            throw new IllegalArgumentException(name + " must be from 0 to 1 but was " + value);
        }
        return value;
    }

    /**
     * Whether no gate is set.
     *
     * @return true when every run passes
     */
    public boolean isEmpty() {
        return maxRejectRate.isEmpty() && minAccepted.isEmpty() && maxAnonymousShare < 0;
    }

    /**
     * Evaluates every gate against a run's counts: per source in {@link Source} order its
     * {@code max_reject_rate} then {@code min_accepted}, then {@code max_anonymous_share}.
     *
     * @param sources  the run's per-source counts; a source missing counts as nothing read
     * @param identity the run's identity figures
     * @return each gate's result; empty when no gate is set
     */
    public List<GateResult> evaluate(Map<Source, SourceReport> sources, IdentityReport identity) {
        List<GateResult> results = new ArrayList<>();
        for (Source source : Source.values()) {
            SourceReport counts = sources.get(source);
            long read = counts == null ? 0 : counts.read();
            long accepted = counts == null ? 0 : counts.accepted();
            long rejected = counts == null ? 0 : counts.rejected();
            Double rate = maxRejectRate.get(source);
            if (rate != null) {
                double measured = read == 0 ? 0 : (double) rejected / read;
                results.add(new GateResult(QualityGate.MAX_REJECT_RATE, source, rate, measured,
                        measured <= rate));
            }
            Long minimum = minAccepted.get(source);
            if (minimum != null) {
                results.add(new GateResult(QualityGate.MIN_ACCEPTED, source, minimum, accepted,
                        accepted >= minimum));
            }
        }
        if (maxAnonymousShare >= 0) {
            long customers = identity.customers();
            double measured = customers == 0 ? 0 : (double) identity.anonymous() / customers;
            results.add(new GateResult(QualityGate.MAX_ANONYMOUS_SHARE, null, maxAnonymousShare,
                    measured, measured <= maxAnonymousShare));
        }
        return List.copyOf(results);
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof QualityGates gates && gates.maxRejectRate.equals(maxRejectRate)
                && gates.minAccepted.equals(minAccepted)
                && Double.compare(gates.maxAnonymousShare, maxAnonymousShare) == 0;
    }

    @Override
    public int hashCode() {
        return Objects.hash(maxRejectRate, minAccepted, maxAnonymousShare);
    }

    @Override
    public String toString() {
        return "QualityGates[maxRejectRate=" + maxRejectRate + ", minAccepted=" + minAccepted
                + (maxAnonymousShare < 0 ? "" : ", maxAnonymousShare=" + maxAnonymousShare)
                + "]";
    }
}
