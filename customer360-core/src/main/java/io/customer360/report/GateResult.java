package io.customer360.report;

import io.customer360.model.Source;
import java.math.BigDecimal;
import java.math.MathContext;
import java.util.Objects;

/**
 * One quality gate of a run, evaluated: its threshold, the value the run measured and whether
 * it passed.
 *
 * @param gate      the kind of gate
 * @param source    the source it concerns, or null for a run-wide gate
 * @param threshold the configured limit: a share in [0, 1], or a count for
 *                  {@link QualityGate#MIN_ACCEPTED}
 * @param measured  what the run measured, in the same unit
 * @param passed    whether the measured value is within the limit
 */
public record GateResult(QualityGate gate, Source source, double threshold, double measured,
        boolean passed) {

    /**
     * Checks the parts.
     *
     * @param gate      the kind of gate
     * @param source    the source it concerns, or null for a run-wide gate
     * @param threshold the configured limit
     * @param measured  what the run measured
     * @param passed    whether the measured value is within the limit
     */
    public GateResult {
        Objects.requireNonNull(gate, "gate");
        if (gate.perSource() != (source != null)) {
            throw new IllegalArgumentException(gate.key() + (gate.perSource()
                    ? " needs a source" : " is run-wide and takes no source"));
        }
    }

    /**
     * The gate's name as the configuration file spells it: {@code transactions.max_reject_rate},
     * or {@code max_anonymous_share} for a run-wide gate.
     *
     * @return the gate's name
     */
    public String name() {
        return source == null ? gate.key() : source.reportName() + "." + gate.key();
    }

    /**
     * One line for messages: the name, the measured value and the threshold, e.g.
     * {@code transactions.max_reject_rate: measured 0.25, threshold 0.05}. Counts only, never
     * a record's contents.
     *
     * @return the description
     */
    public String describe() {
        return name() + ": measured " + format(measured) + ", threshold " + format(threshold)
                + (passed ? "" : gate.isCount() ? " (below the minimum)" : " (above the maximum)");
    }

    private String format(double value) {
        if (gate.isCount()) {
            return Long.toString((long) value);
        }
        return new BigDecimal(value).round(new MathContext(4)).stripTrailingZeros()
                .toPlainString();
    }
}
