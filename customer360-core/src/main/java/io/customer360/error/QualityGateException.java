package io.customer360.error;

import io.customer360.report.GateResult;
import io.customer360.report.RunReport;
import java.util.List;
import java.util.Objects;
import java.util.stream.Collectors;

/**
 * A quality gate failed: the run wrote its rejects and its report (with every gate's result)
 * as one set but left the customer table as it was, the earlier run's if there was one. The
 * message names each failed gate with its measured value and threshold, e.g.
 * {@code a quality gate failed: transactions.max_reject_rate: measured 0.25, threshold 0.05
 * (above the maximum); the customer table was not replaced}; it holds counts only.
 */
public final class QualityGateException extends Customer360Exception {
    private static final long serialVersionUID = 1L;

    /** The failed run's report; not serialised (it is not {@code Serializable}). */
    private final transient RunReport report;

    /**
     * @param report the run's report, with at least one failed gate
     * @throws IllegalArgumentException when every gate of {@code report} passed
     */
    public QualityGateException(RunReport report) {
        super(message(report), null);
        this.report = report;
    }

    private static String message(RunReport report) {
        List<GateResult> failed = Objects.requireNonNull(report, "report").failedGates();
        if (failed.isEmpty()) {
            throw new IllegalArgumentException("no quality gate failed");
        }
        return (failed.size() == 1 ? "a quality gate failed: " : failed.size()
                + " quality gates failed: ")
                + failed.stream().map(GateResult::describe).collect(Collectors.joining("; "))
                + "; the customer table was not replaced";
    }

    /**
     * The report of the run, as written to {@code run_report.json}: its counts, its outputs
     * (without the customer table) and every gate's result.
     *
     * @return the run's report, or null after deserialisation
     */
    public RunReport report() {
        return report;
    }

    /**
     * The gates that failed.
     *
     * @return the failed gates, in report order; empty after deserialisation
     */
    public List<GateResult> failedGates() {
        return report == null ? List.of() : report.failedGates();
    }
}
