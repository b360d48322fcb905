package io.customer360.engine;

import io.customer360.error.Customer360Exception;
import io.customer360.error.OutputException;
import io.customer360.error.QualityGateException;
import io.customer360.model.Source;
import io.customer360.output.CustomerLinks;
import io.customer360.output.CustomerRow;
import io.customer360.output.OutputNames;
import io.customer360.output.OutputSchema;
import io.customer360.output.RecordWriter;
import io.customer360.output.Rejection;
import io.customer360.report.GateResult;
import io.customer360.report.IdentityReport;
import io.customer360.report.OutputReport;
import io.customer360.report.RecoveryReport;
import io.customer360.report.RunReport;
import io.customer360.report.SourceReport;
import java.io.IOException;
import java.nio.file.Path;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Writes every configured output to the staging folder, then has the {@link OutputCommitter}
 * replace them as one set, the run report last. The reject outputs need nothing from identity
 * resolution, so they are written on a thread of their own while customers are resolved and the
 * customer table is written.
 */
final class OutputStage implements AutoCloseable {
    private static final Logger LOG = LoggerFactory.getLogger(OutputStage.class);

    /** Every output name, in the order they are written and committed: the report last. */
    private final RunSettings config;
    private final OutputSchema schema;
    private final Instant startedAt;
    private final long startNanos;
    private final OutputCommitter committer;
    private final RecoveryReport recovery;
    private final ExecutorService rejectsThread = Workers.daemonPool(1, "customer360-rejects");
    private Future<Map<String, OutputReport>> rejectsWritten;

    OutputStage(RunSettings config, OutputSchema schema, Instant startedAt, long startNanos,
            RunFolders folders) {
        this.config = config;
        this.schema = schema;
        this.startedAt = startedAt;
        this.startNanos = startNanos;
        this.committer = folders.committer();
        this.recovery = folders.recovery();
    }

    /**
     * Starts writing the reject outputs in SPEC order. Call once, after the last record was
     * consumed; {@code rejects} and {@code leads} must not change afterwards.
     */
    void startRejects(RejectStore rejects, LeadTable leads) {
        rejectsWritten = rejectsThread.submit(() -> writeRejects(rejects, leads));
    }

    private Map<String, OutputReport> writeRejects(RejectStore rejects, LeadTable leads) {
        long start = System.nanoTime();
        Map<String, OutputReport> outputs = new LinkedHashMap<>();
        if (config.rejectsFormat() != null) {
            Path file = staged(OutputNames.REJECTS);
            long rows = 0;
            try (RecordWriter<Rejection> writer = config.rejectsFormat().open(file)) {
                for (Source source : Source.values()) {
                    rows += rejects.writeTo(source, leads, writer);
                }
            } catch (IOException failure) {
                throw writeFailure(OutputNames.REJECTS, failure);
            }
            outputs.put(OutputNames.REJECTS, describe(OutputNames.REJECTS, file, rows));
        }
        if (config.rejectedTransactionsFormat() != null) {
            String name = OutputNames.REJECTED_TRANSACTIONS;
            Path file = staged(name);
            long rows;
            try (RecordWriter<Rejection> writer =
                    config.rejectedTransactionsFormat().open(file)) {
                rows = rejects.writeTo(Source.TRANSACTIONS, leads, writer);
            } catch (IOException failure) {
                throw writeFailure(name, failure);
            }
            outputs.put(name, describe(name, file, rows));
        }
        LOG.info("outputs: rejects written in {} ms", (System.nanoTime() - start) / 1_000_000);
        return outputs;
    }

    /**
     * Evaluates the quality gates; when they pass writes the customer table and the merge
     * explanations; writes the run report, waits for the reject outputs, then replaces the
     * outputs as one set. When a gate failed the customer table's and explanations' final names
     * are left as they were and the run fails with {@link QualityGateException}, after the
     * commit. {@code readMs} and {@code resolveMs} are the earlier phases' times for the report.
     *
     * @throws OutputException when an output cannot be written or put in place
     * @throws QualityGateException when a quality gate failed; the other outputs are committed
     */
    RunReport write(CustomerWriter customers, IdentityReport identity,
            Map<Source, SourceReport> sources, long readMs, long resolveMs) {
        if (rejectsWritten == null) {
            throw new IllegalStateException("the reject outputs were not started");
        }
        List<GateResult> gates = config.gates().evaluate(sources, identity);
        boolean passed = gates.stream().allMatch(GateResult::passed);
        Map<String, OutputReport> outputs = new LinkedHashMap<>();
        long tableStart = System.nanoTime();
        String table = OutputNames.CUSTOMER_TABLE;
        if (passed) {
            Path tableFile = staged(table);
            long rows;
            try (RecordWriter<CustomerRow> writer = config.tableFormat().open(tableFile,
                    schema)) {
                rows = customers.write(writer);
            } catch (IOException failure) {
                throw writeFailure(table, failure);
            }
            outputs.put(table, describe(table, tableFile, rows));
            if (config.linksFormat() != null) {
                writeLinks(customers, outputs);
            }
        }
        long waitStart = System.nanoTime();
        outputs.putAll(awaitRejects());
        LOG.info("outputs: customer table written in {} ms, then waited {} ms for rejects",
                (waitStart - tableStart) / 1_000_000, (System.nanoTime() - waitStart) / 1_000_000);
        Map<String, Long> phases = new LinkedHashMap<>();
        phases.put("read", readMs);
        phases.put("resolve", resolveMs);
        phases.put("write", (System.nanoTime() - tableStart) / 1_000_000);
        Instant finishedAt = config.clock().instant();
        RunReport report = new RunReport(Version.current(), startedAt, finishedAt,
                (System.nanoTime() - startNanos) / 1_000_000, sources, identity, outputs,
                recovery, gates, phases);
        if (config.reportFormat() != null) {
            try {
                config.reportFormat().write(report, staged(OutputNames.REPORT));
            } catch (IOException failure) {
                throw writeFailure(OutputNames.REPORT, failure);
            }
        }
        if (config.pageFormat() != null) {
            try {
                config.pageFormat().write(report, staged(OutputNames.REPORT_PAGE));
            } catch (IOException failure) {
                throw writeFailure(OutputNames.REPORT_PAGE, failure);
            }
        }
        if (passed) {
            committer.commit();
            return report;
        }
        committer.commit(Set.of(table, OutputNames.CUSTOMER_LINKS));
        QualityGateException failed = new QualityGateException(report);
        LOG.warn("{}", failed.getMessage());
        throw failed;
    }

    private void writeLinks(CustomerWriter customers, Map<String, OutputReport> outputs) {
        long start = System.nanoTime();
        String name = OutputNames.CUSTOMER_LINKS;
        Path file = staged(name);
        long rows;
        try (RecordWriter<CustomerRow> writer = config.linksFormat().open(file,
                CustomerLinks.SCHEMA)) {
            rows = customers.writeLinks(writer);
        } catch (IOException failure) {
            throw writeFailure(name, failure);
        }
        outputs.put(name, describe(name, file, rows));
        LOG.info("outputs: customer links written in {} ms",
                (System.nanoTime() - start) / 1_000_000);
    }

    private Map<String, OutputReport> awaitRejects() {
        try {
            return rejectsWritten.get();
        } catch (InterruptedException interrupted) {
            Thread.currentThread().interrupt();
            throw new Customer360Exception("writing the outputs was interrupted", interrupted);
        } catch (ExecutionException failed) {
            throw Workers.rethrowable(failed, "writing the rejects failed");
        }
    }

    private Path staged(String name) {
        try {
            return committer.temporaryFor(name);
        } catch (IOException failure) {
            throw new OutputException(committer.stagingFolder(), "cannot make the staging"
                    + " folder: " + Failures.reason(failure), failure);
        }
    }

    private OutputReport describe(String name, Path file, long rows) {
        try {
            return OutputDigest.of(file, rows);
        } catch (IOException failure) {
            throw writeFailure(name, failure);
        }
    }

    private OutputException writeFailure(String name, IOException failure) {
        return new OutputException(config.outputDirectory().resolve(name), "cannot write: "
                + Failures.reason(failure), failure);
    }

    /** Stops the reject writer; never throws. Staged files are removed by {@link RunFolders}. */
    @Override
    public void close() {
        rejectsThread.shutdownNow();
        try {
            if (!rejectsThread.awaitTermination(1, TimeUnit.MINUTES)) {
                LOG.warn("the reject writer did not stop within a minute");
            }
        } catch (InterruptedException interrupted) {
            Thread.currentThread().interrupt();
        }
    }
}
