package io.customer360.report;

/**
 * A kind of quality gate: a condition on a run's counts that, when it fails, keeps the run from
 * replacing the customer table (see {@link QualityGates}).
 */
public enum QualityGate {
    /**
     * Per source: rejected records / records read at most the threshold, in [0, 1]. A source
     * with no record read passes.
     */
    MAX_REJECT_RATE("max_reject_rate", false),
    /** Per source: accepted records at least the threshold, 0 or more. */
    MIN_ACCEPTED("min_accepted", true),
    /**
     * Run-wide: customers without a lead / customers at most the threshold, in [0, 1]. A run
     * with no customer passes.
     */
    MAX_ANONYMOUS_SHARE("max_anonymous_share", false);

    private final String key;
    private final boolean count;

    QualityGate(String key, boolean count) {
        this.key = key;
        this.count = count;
    }

    /**
     * The gate's name in the configuration file and in {@code run_report.json}.
     *
     * @return e.g. {@code max_reject_rate}
     */
    public String key() {
        return key;
    }

    /**
     * Whether the gate's threshold and measured value are counts (whole numbers) rather than
     * shares between 0 and 1.
     *
     * @return true for {@link #MIN_ACCEPTED}
     */
    public boolean isCount() {
        return count;
    }

    /**
     * Whether the gate applies to one source rather than to the whole run.
     *
     * @return false for {@link #MAX_ANONYMOUS_SHARE}
     */
    public boolean perSource() {
        return this != MAX_ANONYMOUS_SHARE;
    }
}
