package io.customer360.spark;

import io.customer360.Customer360;
import io.customer360.engine.BuilderSettings;
import io.customer360.engine.RunSettings;
import io.customer360.error.ConfigurationException;
import io.customer360.io.read.DelimitedFileInput;
import io.customer360.io.read.JsonLinesFileInput;
import io.customer360.model.Source;
import io.customer360.read.SourceInput;
import io.customer360.report.RunReport;
import io.customer360.spark.run.SparkRun;
import java.nio.file.Path;
import java.util.EnumMap;
import java.util.Map;
import java.util.Objects;
import org.apache.spark.sql.SparkSession;

/**
 * The customer360 pipeline on Apache Spark: the same sources, rules, custom validators and
 * aggregators as a local {@link Customer360} run, read from and written to Hadoop file system
 * URIs ({@code file:}, {@code hdfs:}, {@code s3a:}, ...), giving the same customers, rejects and
 * report counts.
 */
public final class SparkCustomer360 {
    private final SparkSession spark;
    private final Customer360.Builder rules;
    private final Map<Source, String> inputs;
    private final String outputDirectory;
    private final long splitBytes;

    private SparkCustomer360(Builder builder) {
        this.spark = builder.spark;
        this.rules = builder.rules;
        this.inputs = new EnumMap<>(builder.inputs);
        this.outputDirectory = builder.outputDirectory;
        this.splitBytes = builder.splitBytes;
    }

    /**
     * A builder with no sources, the default rules and no output directory.
     *
     * @return a new builder
     */
    public static Builder builder() {
        return new Builder();
    }

    /**
     * Reads every source, resolves customers (with the rules' over-merge guards) and writes the
     * outputs under the output directory: {@code customer_360.parquet}, {@code
     * customer_links.parquet} (when the rules set a format for the merge explanations),
     * {@code rejects.jsonl} and {@code rejected_transactions.log} (each a folder of part
     * files), {@code run_report.json} and {@code run_report.html} (when the rules set a page
     * format), replaced as one set.
     *
     * @return what the run read, rejected, resolved and wrote
     * @throws io.customer360.error.QualityGateException when a quality gate of the rules
     *     failed: the rejects and the report were committed, {@code customer_360.parquet} and
     *     {@code customer_links.parquet} left as they were
     * @throws io.customer360.error.Customer360Exception on any other failure; no output under a
     *     final name has changed
     */
    public RunReport run() {
        RunSettings settings = BuilderSettings.of(rules);
        Map<Source, String> locations = new EnumMap<>(Source.class);
        for (Map.Entry<Source, SourceInput> input : settings.inputs().entrySet()) {
            locations.put(input.getKey(), localUri(input.getValue()));
        }
        locations.putAll(inputs);
        Map<Source, SourceInput> formats = new EnumMap<>(Source.class);
        formats.putAll(settings.inputs());
        for (Source source : locations.keySet()) {
            formats.putIfAbsent(source, defaultFormat(source));
        }
        SparkSession session = spark != null ? spark : SparkSession.active();
        return new SparkRun(session, settings.withInputs(formats), locations, outputDirectory,
                splitBytes).run();
    }

    /** The URI of a local builder's input: its file, folder or pattern on the local disk. */
    private static String localUri(SourceInput input) {
        Path file;
        if (input instanceof DelimitedFileInput delimited) {
            file = delimited.file();
        } else if (input instanceof JsonLinesFileInput json) {
            file = json.file();
        } else {
            throw new ConfigurationException("Spark reads delimited and JSON Lines file inputs"
                    + " only, not " + input, null);
        }
        return "file://" + file.toAbsolutePath();
    }

    /** The format a source is read in when only its URI is given. */
    private static SourceInput defaultFormat(Source source) {
        Path none = Path.of(source.reportName());
        switch (source) {
            case TRANSACTIONS:
                return DelimitedFileInput.pipe(none);
            case WEB_ACTIVITY:
                return JsonLinesFileInput.of(none);
            default:
                return DelimitedFileInput.csv(none);
        }
    }

    /** Configures a {@link SparkCustomer360}. */
    public static final class Builder {
        private SparkSession spark;
        private Customer360.Builder rules = Customer360.builder();
        private final Map<Source, String> inputs = new EnumMap<>(Source.class);
        private String outputDirectory;
        private long splitBytes;

        private Builder() {
        }

        /**
         * The Spark session to run in; by default the active session, or a new one.
         *
         * @param session the session
         * @return this builder
         */
        public Builder session(SparkSession session) {
            this.spark = Objects.requireNonNull(session, "session");
            return this;
        }

        /**
         * Takes the rules of a local builder: its sources' formats (delimiter, quote, charset,
         * column names, ...) and locations, status vocabulary, time zones, date order,
         * timestamp patterns, read limits, custom validators and aggregators; for example the
         * builder {@code Customer360Config.load} gives. Its outputs, threads, listener and formats
         * are not used. A source's location can be replaced by a URI with {@link #leads} and
         * the like.
         *
         * @param local the local builder
         * @return this builder
         */
        public Builder rules(Customer360.Builder local) {
            this.rules = Objects.requireNonNull(local, "local");
            return this;
        }

        /**
         * Reads leads from a file, folder or pattern at {@code uri}.
         *
         * @param uri a Hadoop file system URI or path
         * @return this builder
         */
        public Builder leads(String uri) {
            return input(Source.LEADS, uri);
        }

        /**
         * Reads transactions from a file, folder or pattern at {@code uri}.
         *
         * @param uri a Hadoop file system URI or path
         * @return this builder
         */
        public Builder transactions(String uri) {
            return input(Source.TRANSACTIONS, uri);
        }

        /**
         * Reads web activity from a file, folder or pattern at {@code uri}.
         *
         * @param uri a Hadoop file system URI or path
         * @return this builder
         */
        public Builder webActivity(String uri) {
            return input(Source.WEB_ACTIVITY, uri);
        }

        /**
         * Reads the identity map from a file, folder or pattern at {@code uri}.
         *
         * @param uri a Hadoop file system URI or path
         * @return this builder
         */
        public Builder identityMap(String uri) {
            return input(Source.IDENTITY_MAP, uri);
        }

        private Builder input(Source source, String uri) {
            inputs.put(source, Objects.requireNonNull(uri, "uri"));
            return this;
        }

        /**
         * Where the outputs go.
         *
         * @param uri a Hadoop file system URI or path of a folder
         * @return this builder
         */
        public Builder outputDirectory(String uri) {
            this.outputDirectory = Objects.requireNonNull(uri, "uri");
            return this;
        }

        /**
         * The most bytes of a file one task reads; by default
         * {@code spark.sql.files.maxPartitionBytes}.
         *
         * @param bytes the split size, at least 1
         * @return this builder
         */
        public Builder splitBytes(long bytes) {
            if (bytes < 1) {
                throw new ConfigurationException("the split size must be at least 1 byte, not "
                        + bytes, null);
            }
            this.splitBytes = bytes;
            return this;
        }

        /**
         * The configured pipeline.
         *
         * @return the pipeline, ready to {@link SparkCustomer360#run()}
         * @throws ConfigurationException when no output directory is set
         */
        public SparkCustomer360 build() {
            if (outputDirectory == null) {
                throw new ConfigurationException("no output directory: set outputDirectory()",
                        null);
            }
            return new SparkCustomer360(this);
        }
    }
}
