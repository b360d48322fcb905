package io.customer360;

import io.customer360.aggregate.Aggregator;
import io.customer360.engine.BuilderSettings;
import io.customer360.engine.FileMoves;
import io.customer360.engine.PipelineRun;
import io.customer360.engine.RunSettings;
import io.customer360.error.ConfigurationException;
import io.customer360.error.ExtensionException;
import io.customer360.identity.IdentifierBlocklist;
import io.customer360.identity.Identifiers;
import io.customer360.identity.IdentityResolver;
import io.customer360.model.Lead;
import io.customer360.model.Source;
import io.customer360.model.Transaction;
import io.customer360.model.WebEvent;
import io.customer360.output.RejectFormat;
import io.customer360.output.ReportFormat;
import io.customer360.output.TableFormat;
import io.customer360.read.DateOrder;
import io.customer360.read.ReadLimits;
import io.customer360.read.ReadOptions;
import io.customer360.read.SourceField;
import io.customer360.read.SourceInput;
import io.customer360.read.SourceSchema;
import io.customer360.read.StatusVocabulary;
import io.customer360.report.QualityGates;
import io.customer360.report.RunListener;
import io.customer360.report.RunReport;
import io.customer360.standardise.TimestampParser;
import io.customer360.validate.Validator;
import java.nio.charset.Charset;
import java.nio.file.Path;
import java.time.Clock;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.Function;

/**
 * A configured Customer 360 pipeline: immutable, reusable, and safe to run more than once.
 *
 * <pre>{@code
 * RunReport report = Customer360.builder()
 *         .leads(leadsInput).transactions(transactionsInput).webActivity(webInput)
 *         .outputDirectory(Path.of("out"))
 *         .tableFormat(parquet).rejectsFormat(rejectsJsonl)
 *         .build()
 *         .run();
 * }</pre>
 *
 * <p>The {@code customer360-io} module's {@code LocalFiles} returns a builder already set up with
 * the default files and formats.
 */
public final class Customer360 {
    /** The link limit unless set: {@link Builder#maxLinksPerIdentifier}. */
    public static final int DEFAULT_MAX_LINKS_PER_IDENTIFIER = 50;
    /** The customer limit unless set: {@link Builder#maxIdentifiersPerCustomer}. */
    public static final int DEFAULT_MAX_IDENTIFIERS_PER_CUSTOMER = 1000;

    private final RunSettings settings;

    private Customer360(RunSettings settings) {
        this.settings = settings;
    }

    private static RunSettings settings(Builder builder, Map<Source, SourceSchema> schemas) {
        Map<Source, TimestampParser> timestamps = new EnumMap<>(Source.class);
        for (Source source : Source.values()) {
            timestamps.put(source, new TimestampParser(
                    builder.sourceTimeZones.getOrDefault(source, builder.timeZone),
                    builder.dateOrder,
                    builder.timestampPatterns.getOrDefault(source, List.of())));
        }
        return new RunSettings(
                Collections.unmodifiableMap(new EnumMap<>(builder.inputs)),
                List.copyOf(builder.leadValidators),
                List.copyOf(builder.transactionValidators),
                List.copyOf(builder.webEventValidators),
                List.copyOf(builder.aggregators),
                builder.identityResolver,
                Collections.unmodifiableMap(schemas),
                builder.statuses,
                Collections.unmodifiableMap(timestamps),
                new ReadOptions(builder.charset, builder.readLimits),
                builder.outputDirectory,
                builder.workDirectory != null ? builder.workDirectory : builder.outputDirectory,
                builder.threads,
                builder.listener,
                builder.fileMoves,
                builder.tableFormat,
                builder.rejectsFormat,
                builder.rejectedTransactionsFormat,
                builder.reportFormat,
                builder.pageFormat,
                builder.clock,
                builder.qualityGates,
                builder.blocklist,
                builder.maxLinksPerIdentifier,
                builder.maxIdentifiersPerCustomer,
                builder.linksFormat);
    }

    /**
     * The library's version, the one run reports give ({@code library_version}).
     *
     * @return the version, e.g. {@code 0.1.0}
     */
    public static String version() {
        return PipelineRun.libraryVersion();
    }

    /**
     * A builder with no sources or outputs, UTC, month-first dates, UTF-8 and default limits.
     *
     * @return a new builder
     */
    public static Builder builder() {
        return new Builder();
    }

    /**
     * Reads every source, resolves customers and writes every configured output.
     *
     * <p>The run takes the output directory for itself (a second run into it fails at once
     * with {@link io.customer360.error.OutputException}), first finishes or undoes a commit that a killed run left
     * there and removes files that dead runs left in the output and work directories (the
     * report's {@code recovery} counts them), and replaces the outputs as one set at the end.
     *
     * <p>Every failure is a {@link io.customer360.error.Customer360Exception}; nothing else escapes. Where known it
     * names the {@linkplain io.customer360.error.Customer360Exception#path() path},
     * {@linkplain io.customer360.error.Customer360Exception#source() source} and
     * {@linkplain io.customer360.error.Customer360Exception#line() line} at fault.
     *
     * @return what the run read, rejected, resolved and wrote
     * @throws io.customer360.error.SchemaException when a source cannot be read at all; nothing was written
     * @throws io.customer360.error.InputException when an input cannot be opened or read
     * @throws ConfigurationException when an input refuses a setting, such as a charset a JSON
     *     input cannot read; nothing was written
     * @throws io.customer360.error.OutputException when an output, the output folder or the work folder cannot be
     *     written, or another run holds the output folder
     * @throws ExtensionException when a custom validator, aggregator, identity resolver or the
     *     run listener fails
     * @throws io.customer360.error.QualityGateException when a quality gate failed: the rejects
     *     and the report were written, the customer table was left as it was; the exception
     *     carries the report
     * @throws io.customer360.error.Customer360Exception when the run fails in any other way; in every other case no file
     *     under a final output name has changed
     */
    public RunReport run() {
        return new PipelineRun(settings).run();
    }

    /**
     * Configures a {@link Customer360}. Every setter checks its argument; {@link #build()} checks
     * the whole. {@code build()} and the setters refuse a value or a configuration with a
     * {@link ConfigurationException}, a {@link io.customer360.error.Customer360Exception} like every failure of a
     * run; a {@code null} argument is a
     * {@link NullPointerException}. The builder may be reused after {@code build()}.
     */
    public static final class Builder {
        static {
            BuilderSettings.install(builder -> ((Builder) builder).rules());
        }

        private final Map<Source, SourceInput> inputs = new EnumMap<>(Source.class);
        private final List<Validator<Lead>> leadValidators = new ArrayList<>();
        private final List<Validator<Transaction>> transactionValidators = new ArrayList<>();
        private final List<Validator<WebEvent>> webEventValidators = new ArrayList<>();
        private final List<Aggregator<?>> aggregators = new ArrayList<>();
        private Function<Identifiers, ? extends IdentityResolver> identityResolver;
        private ZoneId timeZone = ZoneId.of("UTC");
        private final Map<Source, ZoneId> sourceTimeZones = new EnumMap<>(Source.class);
        private final Map<Source, List<String>> timestampPatterns = new EnumMap<>(Source.class);
        private final Map<Source, Map<String, List<String>>> columnNames =
                new EnumMap<>(Source.class);
        private StatusVocabulary statuses = StatusVocabulary.defaults();
        private DateOrder dateOrder = DateOrder.MONTH_FIRST;
        private Charset charset = java.nio.charset.StandardCharsets.UTF_8;
        private ReadLimits readLimits = ReadLimits.defaults();
        private Path outputDirectory;
        private Path workDirectory;
        private FileMoves fileMoves = FileMoves.SYSTEM;
        private int threads = Runtime.getRuntime().availableProcessors();
        private boolean withoutRejectsOutput;
        private RunListener listener = RunListener.NONE;
        private TableFormat tableFormat;
        private RejectFormat rejectsFormat;
        private RejectFormat rejectedTransactionsFormat;
        private ReportFormat reportFormat;
        private ReportFormat pageFormat;
        private Clock clock = Clock.systemUTC();
        private QualityGates qualityGates = QualityGates.NONE;
        private IdentifierBlocklist blocklist = IdentifierBlocklist.defaults();
        private int maxLinksPerIdentifier = DEFAULT_MAX_LINKS_PER_IDENTIFIER;
        private int maxIdentifiersPerCustomer = DEFAULT_MAX_IDENTIFIERS_PER_CUSTOMER;
        private TableFormat linksFormat;

        private Builder() {
        }

        /**
         * Reads leads from {@code input}.
         *
         * @param input the leads source, e.g. a CSV file
         * @return this builder
         */
        public Builder leads(SourceInput input) {
            return input(Source.LEADS, input);
        }

        /**
         * Reads transactions from {@code input}.
         *
         * @param input the transactions source, e.g. a pipe-delimited file
         * @return this builder
         */
        public Builder transactions(SourceInput input) {
            return input(Source.TRANSACTIONS, input);
        }

        /**
         * Reads web activity from {@code input}.
         *
         * @param input the web activity source, e.g. a JSON Lines file
         * @return this builder
         */
        public Builder webActivity(SourceInput input) {
            return input(Source.WEB_ACTIVITY, input);
        }

        /**
         * Reads the identity map from {@code input}; optional.
         *
         * @param input the identity map source, e.g. a CSV file
         * @return this builder
         */
        public Builder identityMap(SourceInput input) {
            return input(Source.IDENTITY_MAP, input);
        }

        private Builder input(Source source, SourceInput input) {
            inputs.put(source, Objects.requireNonNull(input, source.reportName() + " input"));
            return this;
        }

        /**
         * Adds a lead validator; it runs after the built-in checks and earlier validators.
         *
         * @param validator the validator to add
         * @return this builder
         */
        public Builder addLeadValidator(Validator<Lead> validator) {
            leadValidators.add(Objects.requireNonNull(validator, "validator"));
            return this;
        }

        /**
         * Adds a transaction validator; it runs after the built-in checks and earlier ones.
         *
         * @param validator the validator to add
         * @return this builder
         */
        public Builder addTransactionValidator(Validator<Transaction> validator) {
            transactionValidators.add(Objects.requireNonNull(validator, "validator"));
            return this;
        }

        /**
         * Adds a web event validator; it runs after the built-in checks and earlier ones.
         *
         * @param validator the validator to add
         * @return this builder
         */
        public Builder addWebEventValidator(Validator<WebEvent> validator) {
            webEventValidators.add(Objects.requireNonNull(validator, "validator"));
            return this;
        }

        /**
         * Adds an aggregator whose columns follow the built-in columns, in the order added.
         *
         * @param aggregator the aggregator to add
         * @return this builder
         * @throws ConfigurationException when it does not aggregate leads, transactions or web
         *     events
         */
        public Builder addAggregator(Aggregator<?> aggregator) {
            Objects.requireNonNull(aggregator, "aggregator");
            Class<?> type = aggregator.recordType();
            if (type != Lead.class && type != Transaction.class && type != WebEvent.class) {
                throw new ConfigurationException("an aggregator must aggregate Lead, Transaction"
                        + " or WebEvent records but " + aggregator.getClass().getName()
                        + " aggregates " + type, null);
            }
            aggregators.add(aggregator);
            return this;
        }

        /**
         * Replaces the identity resolution strategy; the factory is asked once per run, with
         * what the run's identifier numbers stand for. Without one, the pipeline uses
         * {@link IdentityResolver#connectedComponents()}.
         *
         * @param factory gives the resolver of each run
         * @return this builder
         */
        public Builder identityResolver(
                Function<Identifiers, ? extends IdentityResolver> factory) {
            this.identityResolver = Objects.requireNonNull(factory, "factory");
            return this;
        }

        /**
         * The zone of timestamps written without an offset; UTC by default.
         *
         * @param zone the zone of offset-less timestamps
         * @return this builder
         */
        public Builder timeZone(ZoneId zone) {
            this.timeZone = Objects.requireNonNull(zone, "zone");
            return this;
        }

        /**
         * The zone of {@code source}'s timestamps written without an offset, instead of the
         * zone of {@link #timeZone(ZoneId)}.
         *
         * @param source the leads, transactions or web activity
         * @param zone   the zone of the source's offset-less timestamps
         * @return this builder
         * @throws ConfigurationException for the identity map, which has no timestamps
         */
        public Builder timeZone(Source source, ZoneId zone) {
            Objects.requireNonNull(zone, "zone");
            sourceTimeZones.put(withTimestamps(source), zone);
            return this;
        }

        /**
         * Patterns of {@link java.time.format.DateTimeFormatter} that read {@code source}'s
         * timestamps when none of the built-in forms does, tried in order; they replace the
         * patterns set before for the source. They match case-insensitively, with English month
         * and day names, and strictly (a day that does not exist is invalid); a pattern must read
         * at least a date; a value without a time is midnight, one without an offset or zone is
         * in the source's {@linkplain #timeZone(Source, ZoneId) zone}. For example
         * {@code timestampPatterns(Source.LEADS, "dd.MM.yyyy HH:mm", "dd.MM.yyyy")}.
         *
         * @param source   the leads, transactions or web activity
         * @param patterns the patterns, e.g. {@code dd.MM.yyyy HH:mm}; none to remove them
         * @return this builder
         * @throws ConfigurationException naming a pattern that is blank or invalid, or for the
         *     identity map, which has no timestamps
         */
        public Builder timestampPatterns(Source source, String... patterns) {
            List<String> given = List.of(Objects.requireNonNull(patterns, "patterns"));
            withTimestamps(source);
            for (String pattern : given) {
                try {
                    if (pattern.isBlank()) {
                        throw new IllegalArgumentException("the pattern is blank");
                    }
                    TimestampParser.formatter(pattern);
                } catch (IllegalArgumentException invalid) {
                    throw new ConfigurationException("timestamp pattern '" + pattern + "' of "
                            + source.reportName() + " is invalid: " + invalid.getMessage(),
                            invalid);
                }
            }
            timestampPatterns.put(source, given);
            return this;
        }

        private static Source withTimestamps(Source source) {
            if (Objects.requireNonNull(source, "source") == Source.IDENTITY_MAP) {
                throw new ConfigurationException("the identity map has no timestamps: a time"
                        + " zone or timestamp patterns apply to leads, transactions or web"
                        + " activity", null);
            }
            return source;
        }

        /**
         * The column names (delimited files) or field names (JSON) that {@code source}'s field
         * {@code field} is read from, instead of its default name and aliases. The first name
         * takes the place of the default name: when several of the names are present, the first
         * wins; a required field none of whose names is a column fails the run with a
         * {@link io.customer360.error.SchemaException} naming them. Header names match them
         * trimmed and case-insensitively, JSON field names exactly. Replaces names set before
         * for the field; rejects still name the field by its canonical name.
         *
         * @param source the source, e.g. {@link Source#LEADS}
         * @param field  the field's canonical name, e.g. {@code email}, {@code creation_date},
         *               {@code user_uuid} or {@code timestamp}
         * @param names  the names to read it from, in order of preference, e.g. {@code E-mail}
         * @return this builder
         * @throws ConfigurationException when the source has no such field (the message lists
         *     its fields), or no name or a blank name is given
         */
        public Builder columnNames(Source source, String field, String... names) {
            Objects.requireNonNull(source, "source");
            Objects.requireNonNull(field, "field");
            List<String> given = List.of(Objects.requireNonNull(names, "names"));
            SourceSchema schema = SourceSchema.of(source);
            if (schema.field(field).isEmpty()) {
                throw new ConfigurationException(source.reportName() + " has no field '" + field
                        + "'; its fields are " + schema.fields().stream()
                        .map(SourceField::columnName).toList(), null);
            }
            if (given.isEmpty() || given.stream().anyMatch(String::isBlank)) {
                throw new ConfigurationException(source.reportName() + " field '" + field
                        + "' needs column names that are not blank but was given " + given,
                        null);
            }
            columnNames.computeIfAbsent(source, s -> new LinkedHashMap<>()).put(field, given);
            return this;
        }

        /**
         * The raw values each transaction status is read from, and the statuses added to the
         * five built-in ones; {@link StatusVocabulary#defaults()} by default. Every status has a
         * {@code <status>_count} and a {@code <status>_amount} column.
         *
         * @param vocabulary the statuses and their raw values
         * @return this builder
         */
        public Builder statuses(StatusVocabulary vocabulary) {
            this.statuses = Objects.requireNonNull(vocabulary, "vocabulary");
            return this;
        }

        /**
         * How to read slash dates such as {@code 03/05/2024}; month first by default.
         *
         * @param order which of day and month comes first
         * @return this builder
         */
        public Builder dateOrder(DateOrder order) {
            this.dateOrder = Objects.requireNonNull(order, "order");
            return this;
        }

        /**
         * The character set of text inputs; UTF-8 by default.
         *
         * @param charset the character set of the text inputs
         * @return this builder
         */
        public Builder charset(Charset charset) {
            this.charset = Objects.requireNonNull(charset, "charset");
            return this;
        }

        /**
         * The record limits; 1 MiB records and 64 JSON levels by default.
         *
         * @param limits the record limits
         * @return this builder
         */
        public Builder readLimits(ReadLimits limits) {
            this.readLimits = Objects.requireNonNull(limits, "limits");
            return this;
        }

        /**
         * The directory outputs are written to; created when missing. Required. A run holds it
         * for its whole length (a second run into it fails at once) and replaces its outputs
         * as one set.
         *
         * @param directory the output directory
         * @return this builder
         */
        public Builder outputDirectory(Path directory) {
            this.outputDirectory = Objects.requireNonNull(directory, "directory");
            return this;
        }

        /**
         * The folder for the run's spool files, which hold raw records of the input; the output
         * directory by default. Each run makes a private folder in it (owner-only where the
         * file system has POSIX permissions) and deletes it when the run ends, however it
         * ends; a later run removes what a killed run left. Choose a folder on a disk with
         * room for about the size of the rejected records and the session ids of the input.
         *
         * @param directory the folder that holds the runs' private work folders
         * @return this builder
         */
        public Builder workDirectory(Path directory) {
            this.workDirectory = Objects.requireNonNull(directory, "directory");
            return this;
        }

        /**
         * The most worker threads a run uses at once to read sources, count sessions and build
         * customer rows; the number of available processors by default. Besides them a run uses
         * the calling thread, one thread that writes the rejects and one that encodes the
         * customer table. Set it lower to leave cores to the rest of a service.
         *
         * @param threads the most worker threads at once, at least 1
         * @return this builder
         * @throws ConfigurationException when {@code threads} is less than 1
         */
        public Builder threads(int threads) {
            if (threads < 1) {
                throw new ConfigurationException("threads must be at least 1 but was "
                        + threads, null);
            }
            this.threads = threads;
            return this;
        }

        /**
         * Runs without writing rejected records anywhere. Without this, {@link #build()} requires
         * {@link #rejectsFormat}, so that no rejected record is dropped by an oversight; the run
         * report still counts rejects per source and reason.
         *
         * @return this builder
         */
        public Builder withoutRejectsOutput() {
            this.withoutRejectsOutput = true;
            return this;
        }

        /**
         * Tells {@code listener} how each run goes: phases, per-source progress and counts.
         *
         * @param listener the listener of every run of the pipeline
         * @return this builder
         */
        public Builder listener(RunListener listener) {
            this.listener = Objects.requireNonNull(listener, "listener");
            return this;
        }

        /** Replaces the commit's file operations, to inject faults in tests. */
        Builder fileMoves(FileMoves moves) {
            this.fileMoves = Objects.requireNonNull(moves, "moves");
            return this;
        }

        /**
         * Writes {@value io.customer360.output.OutputNames#CUSTOMER_TABLE} in this format. Required.
         *
         * @param format the format of the customer table
         * @return this builder
         */
        public Builder tableFormat(TableFormat format) {
            this.tableFormat = Objects.requireNonNull(format, "format");
            return this;
        }

        /**
         * Writes every rejected record to {@value io.customer360.output.OutputNames#REJECTS}; required unless
         * {@link #withoutRejectsOutput()} is set.
         *
         * @param format the format of the rejects file
         * @return this builder
         */
        public Builder rejectsFormat(RejectFormat format) {
            this.rejectsFormat = Objects.requireNonNull(format, "format");
            return this;
        }

        /**
         * Writes rejected transactions to {@value io.customer360.output.OutputNames#REJECTED_TRANSACTIONS};
         * optional.
         *
         * @param format the format of the rejected transactions file
         * @return this builder
         */
        public Builder rejectedTransactionsFormat(RejectFormat format) {
            this.rejectedTransactionsFormat = Objects.requireNonNull(format, "format");
            return this;
        }

        /**
         * Writes the run report to {@value io.customer360.output.OutputNames#REPORT}; optional.
         *
         * @param format the format of the run report
         * @return this builder
         */
        public Builder reportFormat(ReportFormat format) {
            this.reportFormat = Objects.requireNonNull(format, "format");
            return this;
        }

        /**
         * Writes the run report a second time, as a page for people to read, to
         * {@value io.customer360.output.OutputNames#REPORT_PAGE}, in the same commit as the
         * other outputs; optional.
         *
         * @param format the format of the page, such as io's {@code HtmlReportFormat}
         * @return this builder
         */
        public Builder reportPageFormat(ReportFormat format) {
            this.pageFormat = Objects.requireNonNull(format, "format");
            return this;
        }

        /**
         * The clock of the report's start and finish times; the system clock by default.
         *
         * @param clock the clock to read
         * @return this builder
         */
        public Builder clock(Clock clock) {
            this.clock = Objects.requireNonNull(clock, "clock");
            return this;
        }

        /**
         * A quality gate: the run replaces the customer table only when at most this share of
         * {@code source}'s records read was rejected (a source with no record read passes).
         * When a gate fails, the run still writes the rejects and the report, leaves the
         * customer table as it was and throws
         * {@link io.customer360.error.QualityGateException}. No gate by default; a second call
         * for the same source replaces the first. The configuration file's
         * {@code quality_gates.<source>.max_reject_rate}.
         *
         * @param source the source whose records are counted
         * @param rate   the most rejected / read allowed, from 0 to 1
         * @return this builder
         * @throws ConfigurationException when {@code rate} is not from 0 to 1
         */
        public Builder maxRejectRate(Source source, double rate) {
            this.qualityGates = gates(() -> qualityGates.withMaxRejectRate(source, rate));
            return this;
        }

        /**
         * A quality gate: the run replaces the customer table only when at least
         * {@code records} of {@code source}'s records were accepted (a source that is not
         * read has none). Otherwise as {@link #maxRejectRate}. The configuration file's
         * {@code quality_gates.<source>.min_accepted}.
         *
         * @param source  the source whose records are counted
         * @param records the fewest accepted records allowed, 0 or more
         * @return this builder
         * @throws ConfigurationException when {@code records} is negative
         */
        public Builder minAccepted(Source source, long records) {
            this.qualityGates = gates(() -> qualityGates.withMinAccepted(source, records));
            return this;
        }

        /**
         * A run-wide quality gate: the run replaces the customer table only when at most this
         * share of its customers has no lead (a run with no customer passes). Otherwise as
         * {@link #maxRejectRate}. The configuration file's
         * {@code quality_gates.max_anonymous_share}.
         *
         * @param share the most customers without a lead / customers allowed, from 0 to 1
         * @return this builder
         * @throws ConfigurationException when {@code share} is not from 0 to 1
         */
        public Builder maxAnonymousShare(double share) {
            this.qualityGates = gates(() -> qualityGates.withMaxAnonymousShare(share));
            return this;
        }

        /**
         * Replaces the identifiers that never link ({@link IdentifierBlocklist#defaults()} by
         * default: obvious placeholder e-mails); {@link IdentifierBlocklist#NONE} links every
         * identifier. The configuration file's {@code identity.blocklist}.
         *
         * @param list the blocklist
         * @return this builder
         */
        public Builder identityBlocklist(IdentifierBlocklist list) {
            this.blocklist = Objects.requireNonNull(list, "list");
            return this;
        }

        /**
         * The link limit, an over-merge guard: an identifier linked to more than {@code links}
         * distinct other identifiers (after the blocklist) is anomalous, and none of its links
         * is used; its records stay with whatever else identifies them. The report counts such
         * identifiers and their links; the merge explanations mark them. {@value
         * Customer360#DEFAULT_MAX_LINKS_PER_IDENTIFIER} by default; 0 turns the guard off. The
         * configuration file's {@code identity.max_links_per_identifier}.
         *
         * @param links the most distinct other identifiers one may be linked to, or 0
         * @return this builder
         * @throws ConfigurationException when {@code links} is negative
         */
        public Builder maxLinksPerIdentifier(int links) {
            if (links < 0) {
                throw new ConfigurationException("the link limit must be 0 (none) or more but"
                        + " was " + links, null);
            }
            this.maxLinksPerIdentifier = links;
            return this;
        }

        /**
         * The customer limit, an over-merge guard: links are taken in evidence order (identity
         * map, leads, transactions, web activity, each in file and line order), and a link that
         * would make a customer hold more than {@code identifiers} e-mails and user UUIDs is not
         * used, so a customer keeps the identifiers it reached first and the others form
         * customers of their own. The report counts such links; the merge explanations mark
         * their identifiers. {@value Customer360#DEFAULT_MAX_IDENTIFIERS_PER_CUSTOMER} by default; 0 turns
         * the guard off. The configuration file's {@code identity.max_identifiers_per_customer}.
         *
         * @param identifiers the most identifiers a customer may hold (2 or more), or 0
         * @return this builder
         * @throws ConfigurationException when {@code identifiers} is negative or 1
         */
        public Builder maxIdentifiersPerCustomer(int identifiers) {
            if (identifiers < 0 || identifiers == 1) {
                throw new ConfigurationException("the customer limit must be 0 (none) or 2 or"
                        + " more but was " + identifiers, null);
            }
            this.maxIdentifiersPerCustomer = identifiers;
            return this;
        }

        /**
         * Writes the merge explanations to {@value io.customer360.output.OutputNames#CUSTOMER_LINKS}
         * (see {@link io.customer360.output.CustomerLinks}) in the same commit as the customer
         * table, and like it only when every quality gate passed; optional.
         *
         * @param format the format of the table, such as io's {@code ParquetTableFormat}
         * @return this builder
         */
        public Builder customerLinksFormat(TableFormat format) {
            this.linksFormat = Objects.requireNonNull(format, "format");
            return this;
        }

        /**
         * Does not write {@value io.customer360.output.OutputNames#CUSTOMER_LINKS}, undoing
         * {@link #customerLinksFormat}.
         *
         * @return this builder
         */
        public Builder withoutCustomerLinks() {
            this.linksFormat = null;
            return this;
        }

        private static QualityGates gates(java.util.function.Supplier<QualityGates> change) {
            try {
                return change.get();
            } catch (IllegalArgumentException refused) {
                throw new ConfigurationException(refused.getMessage(), refused);
            }
        }

        /**
         * Checks the configuration and returns the pipeline.
         *
         * @return the configured pipeline, ready to {@link Customer360#run()}
         * @throws ConfigurationException when no lead, transaction or web activity source is
         *     set, the output directory or table format is missing, neither a rejects format nor
         *     {@link #withoutRejectsOutput()} was set, two output columns share a name, or two
         *     fields of a source are given the same column name
         */
        public Customer360 build() {
            if (!inputs.containsKey(Source.LEADS) && !inputs.containsKey(Source.TRANSACTIONS)
                    && !inputs.containsKey(Source.WEB_ACTIVITY)) {
                throw new ConfigurationException("no source to read: set at least one of"
                        + " leads(), transactions() or webActivity()", null);
            }
            if (outputDirectory == null) {
                throw new ConfigurationException("no output directory: set outputDirectory()",
                        null);
            }
            if (tableFormat == null) {
                throw new ConfigurationException("no customer table format: set tableFormat()",
                        null);
            }
            if (rejectsFormat == null && !withoutRejectsOutput) {
                throw new ConfigurationException("no rejects output: set rejectsFormat(), or"
                        + " call withoutRejectsOutput() to run without writing rejected records",
                        null);
            }
            return new Customer360(rules());
        }

        /**
         * The settings of the rules this builder holds (sources, columns, statuses, validators,
         * aggregators, ...), checked; outputs may be missing. For engines other than the local
         * one, through {@link BuilderSettings}.
         */
        private RunSettings rules() {
            try {
                PipelineRun.checkColumns(List.of(), statuses);
            } catch (IllegalArgumentException clash) {
                throw new ConfigurationException("status columns clash with built-in columns: "
                        + clash.getMessage(), clash);
            }
            try {
                PipelineRun.checkColumns(aggregators, statuses);
            } catch (IllegalArgumentException clash) {
                throw new ConfigurationException("custom aggregator columns clash: "
                        + clash.getMessage(), clash);
            }
            Map<Source, SourceSchema> schemas = new EnumMap<>(Source.class);
            for (Source source : Source.values()) {
                Map<String, List<String>> names = columnNames.get(source);
                schemas.put(source, names == null ? SourceSchema.of(source)
                        : SourceSchema.of(source).withNames(names));
            }
            return settings(this, schemas);
        }
    }
}
