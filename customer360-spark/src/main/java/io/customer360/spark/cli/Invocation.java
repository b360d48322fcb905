package io.customer360.spark.cli;

import io.customer360.Customer360;
import io.customer360.config.Customer360Config;
import io.customer360.io.LocalFiles;
import io.customer360.io.write.HtmlReportFormat;
import io.customer360.io.write.ParquetTableFormat;
import io.customer360.io.read.DelimitedFileInput;
import io.customer360.io.read.JsonLinesFileInput;
import io.customer360.model.Source;
import io.customer360.spark.SparkCustomer360;
import java.nio.file.Path;
import java.util.Map;
import org.apache.hadoop.conf.Configuration;
import org.apache.spark.sql.SparkSession;

/**
 * One run as the command line's arguments describe it, worked out before Spark starts so that
 * a wrong argument or configuration file costs no session: the rules, where each source is
 * read from, the output folder and the split size.
 */
final class Invocation {
    private final String input;
    private final String output;
    private final SparkCustomer360.Builder pipeline;
    /** The configuration file's sources under {@code input}; null for the default layout. */
    private final Map<Source, String> configured;

    private Invocation(String input, String output, SparkCustomer360.Builder pipeline,
            Map<Source, String> configured) {
        this.input = input;
        this.output = output;
        this.pipeline = pipeline;
        this.configured = configured;
    }

    /**
     * Checks the arguments and reads the configuration file, if any.
     *
     * @throws io.customer360.error.ConfigurationException when a folder is no valid path or
     *     URI, the split size is below 1, or the configuration file is wrong or unreadable
     */
    static Invocation of(SparkCli.Options options) {
        InputLocations.checkFolder("IN", options.input);
        InputLocations.checkFolder("OUT", options.output);
        SparkCustomer360.Builder pipeline = SparkCustomer360.builder()
                .outputDirectory(options.output);
        if (options.splitBytes != null) {
            pipeline.splitBytes(options.splitBytes);
        }
        Map<Source, String> configured = null;
        if (options.config != null) {
            // The file's own folder is the base of the rules' relative paths; each of them is
            // replaced below by its location under IN.
            pipeline.rules(Customer360Config.load(options.config));
            configured = InputLocations.configured(Customer360Config.inputPaths(options.config),
                    options.input);
        }
        return new Invocation(options.input, options.output, pipeline, configured);
    }

    /** The output folder, as given. */
    String output() {
        return output;
    }

    /**
     * Where each source is read from: the configuration file's inputs, or the default layout
     * under {@code IN}, whose identity map is looked for through {@code hadoop}.
     *
     * @throws io.customer360.error.InputException when the input folder's file system cannot
     *     be reached
     */
    Map<Source, String> inputs(Configuration hadoop) {
        return configured != null ? configured : InputLocations.defaults(input, hadoop);
    }

    /**
     * The pipeline in {@code spark}, reading {@code inputs}; without a configuration file,
     * with the default layout's formats for them.
     */
    SparkCustomer360 pipeline(SparkSession spark, Map<Source, String> inputs) {
        if (configured == null) {
            pipeline.rules(defaultRules(inputs));
        }
        inputs.forEach((source, location) -> {
            switch (source) {
                case LEADS -> pipeline.leads(location);
                case TRANSACTIONS -> pipeline.transactions(location);
                case WEB_ACTIVITY -> pipeline.webActivity(location);
                case IDENTITY_MAP -> pipeline.identityMap(location);
                default -> throw new IllegalStateException("unknown source " + source);
            }
        });
        return pipeline.session(spark).build();
    }

    /**
     * The default layout's formats (CSV, pipe-delimited, JSON Lines, CSV) for its sources, and
     * the local command line's optional outputs: the merge explanations and the report page.
     */
    static Customer360.Builder defaultRules(Map<Source, String> inputs) {
        Customer360.Builder rules = Customer360.builder()
                .customerLinksFormat(ParquetTableFormat.snappy())
                .reportPageFormat(new HtmlReportFormat());
        for (Source source : inputs.keySet()) {
            switch (source) {
                case LEADS -> rules.leads(DelimitedFileInput.csv(Path.of(LocalFiles.LEADS_FILE)));
                case TRANSACTIONS -> rules.transactions(DelimitedFileInput.pipe(
                        Path.of(LocalFiles.TRANSACTIONS_FILE)));
                case WEB_ACTIVITY -> rules.webActivity(JsonLinesFileInput.of(
                        Path.of(LocalFiles.WEB_ACTIVITY_FILE)));
                case IDENTITY_MAP -> rules.identityMap(DelimitedFileInput.csv(
                        Path.of(LocalFiles.IDENTITY_MAP_FILE)));
                default -> throw new IllegalStateException("unknown source " + source);
            }
        }
        return rules;
    }
}
