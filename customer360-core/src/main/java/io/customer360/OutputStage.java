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
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** Writes every configured output to temporary files, then moves them into place together. */
final class OutputStage {
    private static final Logger LOG = LoggerFactory.getLogger(OutputStage.class);

    private final Customer360 config;
    private final OutputSchema schema;
    private final Instant startedAt;
    private final long startNanos;
    private final String tag;

    OutputStage(Customer360 config, OutputSchema schema, Instant startedAt, long startNanos,
            String tag) {
        this.config = config;
        this.schema = schema;
        this.startedAt = startedAt;
        this.startNanos = startNanos;
        this.tag = tag;
    }

    RunReport write(CustomerWriter customers, IdentityReport identity, RejectStore rejects,
            LeadTable leads, Map<Source, SourceReport> sources) {
        Path directory = config.outputDirectory();
        OutputCommitter committer = new OutputCommitter(directory, tag);
        try {
            Map<String, Long> outputRows = new LinkedHashMap<>();
            long tableStart = System.nanoTime();
            try (RecordWriter<CustomerRow> writer = config.tableFormat().open(
                    committer.temporaryFor(Customer360.CUSTOMER_TABLE_FILE), schema)) {
                outputRows.put(Customer360.CUSTOMER_TABLE_FILE, customers.write(writer));
            }
            long rejectsStart = System.nanoTime();
            if (config.rejectsFormat() != null) {
                long rows = 0;
                try (RecordWriter<Rejection> writer = config.rejectsFormat().open(
                        committer.temporaryFor(Customer360.REJECTS_FILE))) {
                    for (Source source : Source.values()) {
                        rows += rejects.writeTo(source, leads, writer);
                    }
                }
                outputRows.put(Customer360.REJECTS_FILE, rows);
            }
            if (config.rejectedTransactionsFormat() != null) {
                try (RecordWriter<Rejection> writer = config.rejectedTransactionsFormat().open(
                        committer.temporaryFor(Customer360.REJECTED_TRANSACTIONS_FILE))) {
                    outputRows.put(Customer360.REJECTED_TRANSACTIONS_FILE,
                            rejects.writeTo(Source.TRANSACTIONS, leads, writer));
                }
            }
            LOG.info("outputs: customer table {} ms, rejects {} ms",
                    (rejectsStart - tableStart) / 1_000_000,
                    (System.nanoTime() - rejectsStart) / 1_000_000);
            Instant finishedAt = config.clock().instant();
            RunReport report = new RunReport(Version.current(), startedAt, finishedAt,
                    (System.nanoTime() - startNanos) / 1_000_000, sources, identity, outputRows);
            if (config.reportFormat() != null) {
                config.reportFormat().write(report,
                        committer.temporaryFor(Customer360.REPORT_FILE));
            }
            committer.commit();
            return report;
        } catch (IOException | RuntimeException failure) {
            committer.abort();
            if (failure instanceof Customer360Exception) {
                throw (Customer360Exception) failure;
            }
            throw new Customer360Exception("writing the outputs to " + directory + " failed: "
                    + failure.getMessage(), failure);
        }
    }
}
