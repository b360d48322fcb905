package io.customer360;

import io.customer360.model.Rejection;
import io.customer360.model.Source;
import io.customer360.output.CustomerRow;
import io.customer360.output.OutputSchema;
import io.customer360.output.RecordWriter;
import io.customer360.report.IdentityReport;
import io.customer360.report.RunReport;
import io.customer360.report.SourceReport;
import java.io.IOException;
import java.nio.file.Path;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Writes every configured output to temporary files, then moves them into place together. The
 * reject outputs need nothing from identity resolution, so they are written on a thread of
 * their own while customers are resolved and the customer table is written.
 */
final class OutputStage implements AutoCloseable {
    private static final Logger LOG = LoggerFactory.getLogger(OutputStage.class);

    private final Customer360 config;
    private final OutputSchema schema;
    private final Instant startedAt;
    private final long startNanos;
    private final OutputCommitter committer;
    private final ExecutorService rejectsThread = Workers.daemonPool(1, "customer360-rejects");
    private Future<Map<String, Long>> rejectsWritten;
    private boolean committed;

    OutputStage(Customer360 config, OutputSchema schema, Instant startedAt, long startNanos,
            String tag) {
        this.config = config;
        this.schema = schema;
        this.startedAt = startedAt;
        this.startNanos = startNanos;
        this.committer = new OutputCommitter(config.outputDirectory(), tag);
    }

    /**
     * Starts writing the reject outputs in SPEC order. Call once, after the last record was
     * consumed; {@code rejects} and {@code leads} must not change afterwards.
     */
    void startRejects(RejectStore rejects, LeadTable leads) {
        Path rejectsFile = config.rejectsFormat() == null ? null
                : committer.temporaryFor(Customer360.REJECTS_FILE);
        Path rejectedTransactionsFile = config.rejectedTransactionsFormat() == null ? null
                : committer.temporaryFor(Customer360.REJECTED_TRANSACTIONS_FILE);
        rejectsWritten = rejectsThread.submit(
                () -> writeRejects(rejects, leads, rejectsFile, rejectedTransactionsFile));
    }

    private Map<String, Long> writeRejects(RejectStore rejects, LeadTable leads, Path rejectsFile,
            Path rejectedTransactionsFile) throws IOException {
        long start = System.nanoTime();
        Map<String, Long> outputRows = new LinkedHashMap<>();
        if (rejectsFile != null) {
            long rows = 0;
            try (RecordWriter<Rejection> writer = config.rejectsFormat().open(rejectsFile)) {
                for (Source source : Source.values()) {
                    rows += rejects.writeTo(source, leads, writer);
                }
            }
            outputRows.put(Customer360.REJECTS_FILE, rows);
        }
        if (rejectedTransactionsFile != null) {
            try (RecordWriter<Rejection> writer =
                    config.rejectedTransactionsFormat().open(rejectedTransactionsFile)) {
                outputRows.put(Customer360.REJECTED_TRANSACTIONS_FILE,
                        rejects.writeTo(Source.TRANSACTIONS, leads, writer));
            }
        }
        LOG.info("outputs: rejects written in {} ms", (System.nanoTime() - start) / 1_000_000);
        return outputRows;
    }

    /**
     * Writes the customer table and the run report, waits for the reject outputs, then moves
     * every output into place.
     */
    RunReport write(CustomerWriter customers, IdentityReport identity,
            Map<Source, SourceReport> sources) {
        if (rejectsWritten == null) {
            throw new IllegalStateException("the reject outputs were not started");
        }
        Path directory = config.outputDirectory();
        try {
            Map<String, Long> outputRows = new LinkedHashMap<>();
            long tableStart = System.nanoTime();
            try (RecordWriter<CustomerRow> writer = config.tableFormat().open(
                    committer.temporaryFor(Customer360.CUSTOMER_TABLE_FILE), schema)) {
                outputRows.put(Customer360.CUSTOMER_TABLE_FILE, customers.write(writer));
            }
            long waitStart = System.nanoTime();
            outputRows.putAll(rejectsWritten.get());
            LOG.info("outputs: customer table written in {} ms, then waited {} ms for rejects",
                    (waitStart - tableStart) / 1_000_000,
                    (System.nanoTime() - waitStart) / 1_000_000);
            Instant finishedAt = config.clock().instant();
            RunReport report = new RunReport(Version.current(), startedAt, finishedAt,
                    (System.nanoTime() - startNanos) / 1_000_000, sources, identity, outputRows);
            if (config.reportFormat() != null) {
                config.reportFormat().write(report,
                        committer.temporaryFor(Customer360.REPORT_FILE));
            }
            committer.commit();
            committed = true;
            return report;
        } catch (InterruptedException interrupted) {
            Thread.currentThread().interrupt();
            throw new Customer360Exception("writing the outputs was interrupted", interrupted);
        } catch (ExecutionException failed) {
            RuntimeException failure = Workers.rethrowable(failed, "writing the rejects failed");
            throw failure instanceof Customer360Exception ? failure
                    : new Customer360Exception("writing the outputs to " + directory
                            + " failed: " + failure.getMessage(), failure);
        } catch (IOException | RuntimeException failure) {
            if (failure instanceof Customer360Exception) {
                throw (Customer360Exception) failure;
            }
            throw new Customer360Exception("writing the outputs to " + directory + " failed: "
                    + failure.getMessage(), failure);
        }
    }

    /**
     * Stops the reject writer and, unless the outputs were committed, deletes every temporary
     * output; never throws.
     */
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
        if (!committed) {
            committer.abort();
        }
    }
}
