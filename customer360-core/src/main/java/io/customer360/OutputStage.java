package io.customer360;

import io.customer360.model.Rejection;
import io.customer360.model.Source;
import io.customer360.output.CustomerRow;
import io.customer360.output.OutputSchema;
import io.customer360.output.RecordWriter;
import io.customer360.output.RejectFormat;
import io.customer360.report.RunReport;
import io.customer360.report.SourceReport;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Writes every configured output to temporary files, then moves them into place together. */
final class OutputStage {
    private final Customer360 config;
    private final OutputSchema schema;
    private final Instant startedAt;
    private final long startNanos;

    OutputStage(Customer360 config, OutputSchema schema, Instant startedAt, long startNanos) {
        this.config = config;
        this.schema = schema;
        this.startedAt = startedAt;
        this.startNanos = startNanos;
    }

    RunReport write(PipelineRun.CustomerRows rows, RejectBuffer rejects,
            Map<Source, SourceReport> sources) {
        Path directory = config.outputDirectory();
        OutputCommitter committer = new OutputCommitter(directory,
                ProcessHandle.current().pid() + "-" + System.nanoTime());
        try {
            Files.createDirectories(directory);
            Map<String, Long> outputRows = new LinkedHashMap<>();
            outputRows.put(Customer360.CUSTOMER_TABLE_FILE, writeTable(rows.rows(),
                    committer.temporaryFor(Customer360.CUSTOMER_TABLE_FILE)));
            if (config.rejectsFormat() != null) {
                outputRows.put(Customer360.REJECTS_FILE, writeRejects(config.rejectsFormat(),
                        rejects.all(), committer.temporaryFor(Customer360.REJECTS_FILE)));
            }
            if (config.rejectedTransactionsFormat() != null) {
                outputRows.put(Customer360.REJECTED_TRANSACTIONS_FILE,
                        writeRejects(config.rejectedTransactionsFormat(),
                                rejects.of(Source.TRANSACTIONS),
                                committer.temporaryFor(Customer360.REJECTED_TRANSACTIONS_FILE)));
            }
            Instant finishedAt = config.clock().instant();
            RunReport report = new RunReport(Version.current(), startedAt, finishedAt,
                    (System.nanoTime() - startNanos) / 1_000_000, sources, rows.identity(),
                    outputRows);
            if (config.reportFormat() != null) {
                config.reportFormat().write(report,
                        committer.temporaryFor(Customer360.REPORT_FILE));
            }
            committer.commit();
            return report;
        } catch (IOException | RuntimeException failure) {
            committer.abort();
            throw new Customer360Exception("writing the outputs to " + directory + " failed: "
                    + failure.getMessage(), failure);
        }
    }

    private long writeTable(List<CustomerRow> rows, Path file) throws IOException {
        try (RecordWriter<CustomerRow> writer = config.tableFormat().open(file, schema)) {
            for (CustomerRow row : rows) {
                writer.write(row);
            }
        }
        return rows.size();
    }

    private static long writeRejects(RejectFormat format, List<Rejection> rejections, Path file)
            throws IOException {
        try (RecordWriter<Rejection> writer = format.open(file)) {
            for (Rejection rejection : rejections) {
                writer.write(rejection);
            }
        }
        return rejections.size();
    }
}
