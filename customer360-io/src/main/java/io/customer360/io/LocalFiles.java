package io.customer360.io;

import io.customer360.Customer360;
import io.customer360.io.read.DelimitedFileInput;
import io.customer360.io.read.JsonLinesFileInput;
import io.customer360.io.write.HtmlReportFormat;
import io.customer360.io.write.JsonLinesRejectFormat;
import io.customer360.io.write.JsonReportFormat;
import io.customer360.io.write.ParquetTableFormat;
import io.customer360.io.write.RejectedTransactionsLogFormat;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Objects;

/**
 * The default setup for files on a local disk: the SPEC's file names and formats.
 *
 * <pre>{@code
 * RunReport report = LocalFiles.defaults(Path.of("in"), Path.of("out")).build().run();
 * }</pre>
 */
public final class LocalFiles {
    /** The leads file: RFC 4180 CSV. */
    public static final String LEADS_FILE = "crm_leads.csv";
    /** The transactions file: pipe-delimited. */
    public static final String TRANSACTIONS_FILE = "transactions.txt";
    /** The web activity file: JSON Lines, or one JSON array. */
    public static final String WEB_ACTIVITY_FILE = "web_activity.json";
    /** The optional identity map: CSV with {@code email} and {@code user_uuid}. */
    public static final String IDENTITY_MAP_FILE = "identity_map.csv";

    private LocalFiles() {
    }

    /**
     * A builder reading the default files from {@code inputDirectory} (the identity map only
     * when its file exists) and writing {@code customer_360.parquet} (SNAPPY),
     * {@code rejects.jsonl}, {@code rejected_transactions.log} and {@code run_report.json} to
     * {@code outputDirectory}. Add validators or aggregators, or replace any part, before
     * {@code build()}.
     *
     * @param inputDirectory  the folder of the input files
     * @param outputDirectory the folder to write the outputs to
     * @return the builder
     */
    public static Customer360.Builder defaults(Path inputDirectory, Path outputDirectory) {
        Objects.requireNonNull(inputDirectory, "inputDirectory");
        Objects.requireNonNull(outputDirectory, "outputDirectory");
        Customer360.Builder builder = Customer360.builder()
                .leads(DelimitedFileInput.csv(inputDirectory.resolve(LEADS_FILE)))
                .transactions(DelimitedFileInput.pipe(inputDirectory.resolve(TRANSACTIONS_FILE)))
                .webActivity(JsonLinesFileInput.of(inputDirectory.resolve(WEB_ACTIVITY_FILE)));
        Path identityMap = inputDirectory.resolve(IDENTITY_MAP_FILE);
        if (Files.exists(identityMap)) {
            builder.identityMap(DelimitedFileInput.csv(identityMap));
        }
        return withDefaultOutputs(builder, outputDirectory);
    }

    /**
     * Sets the default outputs (the customer table, the merge explanations, both reject files
     * and the report as JSON and as a page), written to {@code outputDirectory}.
     *
     * @param builder         the builder to set the outputs of
     * @param outputDirectory the folder to write the outputs to
     * @return {@code builder}
     */
    public static Customer360.Builder withDefaultOutputs(Customer360.Builder builder,
            Path outputDirectory) {
        return builder.outputDirectory(outputDirectory)
                .tableFormat(ParquetTableFormat.snappy())
                .customerLinksFormat(ParquetTableFormat.snappy())
                .rejectsFormat(new JsonLinesRejectFormat())
                .rejectedTransactionsFormat(new RejectedTransactionsLogFormat())
                .reportFormat(new JsonReportFormat())
                .reportPageFormat(new HtmlReportFormat());
    }
}
