package io.customer360.report;

import io.customer360.model.Source;
import java.time.Instant;
import java.util.Collections;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * What one run read, rejected, resolved and wrote; also written as {@code run_report.json}.
 *
 * @param libraryVersion the customer360 version that ran
 * @param startedAt      when the run started
 * @param finishedAt     when the run finished
 * @param durationMs     wall time in milliseconds
 * @param sources        per configured source, in {@link Source} order
 * @param identity       identity resolution figures
 * @param outputs        each output file written, by file name, in writing order; the run
 *                       report itself is not among them
 * @param recovery       what the run cleaned up after earlier runs
 * @param gates          each configured quality gate's result, in {@link QualityGates#evaluate}
 *                       order; empty when no gate is configured
 * @param phasesMs       wall time in milliseconds of each phase of the run, in run order:
 *                       {@code read} (reading and checking every source), {@code resolve}
 *                       (linking identifiers into customers) and {@code write} (writing and
 *                       committing the outputs); empty when not measured
 */
public record RunReport(String libraryVersion, Instant startedAt, Instant finishedAt,
        long durationMs, Map<Source, SourceReport> sources, IdentityReport identity,
        Map<String, OutputReport> outputs, RecoveryReport recovery, List<GateResult> gates,
        Map<String, Long> phasesMs) {

    /**
     * Checks the parts and copies the maps, keeping their order.
     *
     * @param libraryVersion the customer360 version that ran
     * @param startedAt      when the run started
     * @param finishedAt     when the run finished
     * @param durationMs     wall time in milliseconds
     * @param sources        per configured source, in {@link Source} order
     * @param identity       identity resolution figures
     * @param outputs        each output file written, by file name, in writing order; the run
     *     report itself is not among them
     * @param recovery       what the run cleaned up after earlier runs
     * @param gates          each configured quality gate's result; empty when none is
     *     configured
     * @param phasesMs       wall time of each phase in milliseconds, in run order
     */
    public RunReport {
        Objects.requireNonNull(libraryVersion, "libraryVersion");
        Objects.requireNonNull(startedAt, "startedAt");
        Objects.requireNonNull(finishedAt, "finishedAt");
        Objects.requireNonNull(identity, "identity");
        Objects.requireNonNull(recovery, "recovery");
        sources = sources.isEmpty() ? Map.of()
                : Collections.unmodifiableMap(new EnumMap<>(sources));
        outputs = Collections.unmodifiableMap(new LinkedHashMap<>(outputs));
        gates = List.copyOf(gates);
        phasesMs = Collections.unmodifiableMap(new LinkedHashMap<>(phasesMs));
    }

    /**
     * A report of a run without quality gates.
     *
     * @param libraryVersion the customer360 version that ran
     * @param startedAt      when the run started
     * @param finishedAt     when the run finished
     * @param durationMs     wall time in milliseconds
     * @param sources        per configured source, in {@link Source} order
     * @param identity       identity resolution figures
     * @param outputs        each output file written, by file name, in writing order
     * @param recovery       what the run cleaned up after earlier runs
     */
    public RunReport(String libraryVersion, Instant startedAt, Instant finishedAt,
            long durationMs, Map<Source, SourceReport> sources, IdentityReport identity,
            Map<String, OutputReport> outputs, RecoveryReport recovery) {
        this(libraryVersion, startedAt, finishedAt, durationMs, sources, identity, outputs,
                recovery, List.of(), Map.of());
    }

    /**
     * The quality gates that failed, in report order.
     *
     * @return the failed gates; empty when every gate passed or none is configured
     */
    public List<GateResult> failedGates() {
        return gates.stream().filter(gate -> !gate.passed()).toList();
    }
}
