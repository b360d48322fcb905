package io.customer360.spark.run;

import io.customer360.engine.CustomerParts;
import io.customer360.engine.DistributedRules;
import io.customer360.engine.PipelineRun;
import io.customer360.engine.RunSettings;
import io.customer360.engine.parse.ParseResult;
import io.customer360.engine.parse.RecordCheck;
import io.customer360.error.ConfigurationException;
import io.customer360.error.Customer360Exception;
import io.customer360.error.InputException;
import io.customer360.error.OutputException;
import io.customer360.error.QualityGateException;
import io.customer360.io.read.DelimitedFileInput;
import io.customer360.io.read.JsonLinesFileInput;
import io.customer360.io.write.HtmlReportFormat;
import io.customer360.io.write.JsonReportFormat;
import io.customer360.model.Lead;
import io.customer360.model.Source;
import io.customer360.model.Transaction;
import io.customer360.model.WebEvent;
import io.customer360.output.CustomerLinks;
import io.customer360.output.OutputNames;
import io.customer360.read.RawRecord;
import io.customer360.read.ReadOptions;
import io.customer360.read.SourceSchema;
import io.customer360.report.FileReport;
import io.customer360.report.GateResult;
import io.customer360.report.IdentityReport;
import io.customer360.report.OutputReport;
import io.customer360.report.RecoveryReport;
import io.customer360.report.RunReport;
import io.customer360.report.SourceReport;
import io.customer360.spark.read.RecordRow;
import io.customer360.spark.read.SchemaHandle;
import io.customer360.spark.read.SplitFileReader;
import java.io.IOException;
import java.io.OutputStream;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.apache.spark.api.java.JavaPairRDD;
import org.apache.spark.api.java.JavaRDD;
import org.apache.spark.api.java.JavaSparkContext;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.SaveMode;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.types.StructType;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import scala.Tuple2;

/**
 * One run of the pipeline on Spark. Every rule comes from core's {@link DistributedRules}; this
 * class only decides what runs where: records are read and checked in the tasks that read their
 * split, duplicate keys and customers are brought together by shuffles, identity groups are
 * connected components computed as Spark jobs and then split under the customer limit one
 * component per task ({@link IdentityGroups}), and the outputs are written by Spark's commit
 * protocol into a staging folder and then moved into place as one set. When a quality gate
 * fails (evaluated by core's {@link io.customer360.report.QualityGates}) the customer table and
 * the merge explanations are not written and the rest is committed; the run then throws
 * {@link QualityGateException}.
 *
 * <p>The report's phases: {@code read} lists the files and reads, checks and de-duplicates
 * every source (up to the job counting the sources' records); {@code resolve} links the
 * identifiers under the guards and gathers each customer's parts (up to the job counting the
 * identity figures); {@code write} writes the customer table, the merge explanations and the
 * rejects into the staging folder and digests them. Writing the report itself and moving the
 * outputs into place come after and are not timed.
 */
public final class SparkRun {
    private static final Logger LOG = LoggerFactory.getLogger(SparkRun.class);
    /** The input bytes per shuffle partition. */
    private static final long BYTES_PER_PARTITION = 64L << 20;
    /** The most characters of a Spark failure's message that a run's failure repeats. */
    private static final int MESSAGE_LIMIT = 300;
    private static final String TIMESTAMP_TYPE = "spark.sql.parquet.outputTimestampType";

    private final SparkSession spark;
    private final RunSettings settings;
    private final Map<Source, String> locations;
    private final String output;
    private final long splitBytes;
    /** The identity groups, once resolved. */
    private IdentityGroups groups;
    /** The number of partitions of every shuffle, set once the inputs' size is known. */
    private int partitions;
    private final KeptRdds kept = new KeptRdds();

    /**
     * The identity figures of a run and the number of identifiers of its output customers (the
     * rows of the merge explanations).
     */
    private record IdentityFigures(IdentityReport report, long identifiers) {
    }

    /**
     * A run.
     *
     * @param spark      the session to run in
     * @param settings   the rules, sources' formats and schemas (outputs are not used)
     * @param locations  per source to read, its Hadoop URI (a file, folder or pattern)
     * @param output     the output folder's Hadoop URI
     * @param splitBytes the most bytes of a file one task reads, or 0 for Spark's
     *                   {@code spark.sql.files.maxPartitionBytes}
     */
    public SparkRun(SparkSession spark, RunSettings settings, Map<Source, String> locations,
            String output, long splitBytes) {
        this.spark = spark;
        this.settings = settings;
        this.locations = new EnumMap<>(locations);
        this.output = output;
        this.splitBytes = splitBytes;
    }

    /**
     * The partitions of the run's shuffles: one per {@value #BYTES_PER_PARTITION} bytes of
     * input, at least Spark's default parallelism (its cores) and at most
     * {@code spark.sql.shuffle.partitions}, so that small inputs do not pay for hundreds of
     * nearly empty tasks.
     */
    private int partitions(long inputBytes) {
        int most = Math.max(1, Integer.parseInt(
                spark.conf().get("spark.sql.shuffle.partitions", "200")));
        long bySize = (inputBytes + BYTES_PER_PARTITION - 1) / BYTES_PER_PARTITION;
        int least = Math.max(1, spark.sparkContext().defaultParallelism());
        return (int) Math.min(most, Math.max(least, bySize));
    }

    /**
     * Runs the pipeline.
     *
     * @return the run's report
     * @throws QualityGateException when a quality gate failed: the rejects and the report were
     *     committed, the customer table left as it was
     * @throws Customer360Exception on any other failure; no output under a final name has
     *     changed
     */
    public RunReport run() {
        Instant startedAt = Instant.now();
        long startNanos = System.nanoTime();
        try {
            return runOnce(startedAt, startNanos);
        } catch (Customer360Exception failure) {
            throw failure;
        } catch (Exception failure) {
            // Spark's own SparkException is checked, thrown from Scala without a declaration
            throw unwrapped(failure);
        } finally {
            kept.release();
        }
    }

    private RunReport runOnce(Instant startedAt, long startNanos) {
        if (settings.identityResolver() != null) {
            throw new ConfigurationException("a custom identity resolver runs on the local"
                    + " engine only; on Spark identity groups are connected components", null);
        }
        if (locations.isEmpty()) {
            throw new ConfigurationException("no source to read", null);
        }
        DistributedRules rules = DistributedRules.of(settings);
        JavaSparkContext context = JavaSparkContext.fromSparkContext(spark.sparkContext());
        Map<Source, SourceFiles> files = new EnumMap<>(Source.class);
        locations.forEach((source, uri) -> files.put(source,
                SourceFiles.find(source, uri, context.hadoopConfiguration())));
        partitions = partitions(files.values().stream().mapToLong(SourceFiles::bytes).sum());
        LOG.info("{} shuffle partitions", partitions);
        Map<Source, JavaRDD<Checked>> outcomes = new EnumMap<>(Source.class);
        for (SourceFiles sourceFiles : files.values()) {
            outcomes.put(sourceFiles.source(), kept.keep(outcomes(sourceFiles, rules)));
        }
        Map<Source, SourceReport> sources = sourceReports(files, outcomes);
        long readNanos = System.nanoTime();
        try (OutputSet outputs = OutputSet.open(output, context.hadoopConfiguration())) {
            Map<String, OutputReport> written = new LinkedHashMap<>();
            JavaPairRDD<String, CustomerParts> customers = customers(rules, outcomes);
            IdentityFigures figures = identity(customers.values(), groups);
            IdentityReport identity = figures.report();
            long resolveNanos = System.nanoTime();
            List<GateResult> gates = settings.gates().evaluate(sources, identity);
            boolean passed = gates.stream().allMatch(GateResult::passed);
            if (passed) {
                writeTable(rules, customers.values(), outputs);
                written.put(OutputNames.CUSTOMER_TABLE,
                        outputs.describe(OutputNames.CUSTOMER_TABLE, identity.customers()));
                if (settings.linksFormat() != null) {
                    writeLinks(customers, files, outputs);
                    written.put(OutputNames.CUSTOMER_LINKS,
                            outputs.describe(OutputNames.CUSTOMER_LINKS,
                                    figures.identifiers()));
                }
            }
            long[] rejects = writeRejects(files, outcomes, sources, outputs);
            written.put(OutputNames.REJECTS, outputs.describe(OutputNames.REJECTS, rejects[0]));
            if (outcomes.containsKey(Source.TRANSACTIONS)) {
                written.put(OutputNames.REJECTED_TRANSACTIONS,
                        outputs.describe(OutputNames.REJECTED_TRANSACTIONS, rejects[1]));
            }
            long writeNanos = System.nanoTime();
            Map<String, Long> phases = new LinkedHashMap<>();
            phases.put("read", (readNanos - startNanos) / 1_000_000);
            phases.put("resolve", (resolveNanos - readNanos) / 1_000_000);
            phases.put("write", (writeNanos - resolveNanos) / 1_000_000);
            LOG.info("phases: {}", phases);
            Instant finishedAt = Instant.now();
            RunReport report = new RunReport(PipelineRun.libraryVersion(), startedAt, finishedAt,
                    (writeNanos - startNanos) / 1_000_000, sources, identity, written,
                    RecoveryReport.NOTHING, gates, phases);
            try (OutputStream out = outputs.create(OutputNames.REPORT)) {
                new JsonReportFormat().write(report, out);
            } catch (IOException failure) {
                throw new OutputException(null, output + ": cannot write "
                        + OutputNames.REPORT + ": " + OutputException.reasonOf(failure), failure);
            }
            if (settings.pageFormat() != null) {
                try (OutputStream out = outputs.create(OutputNames.REPORT_PAGE)) {
                    new HtmlReportFormat().write(report, out);
                } catch (IOException failure) {
                    throw new OutputException(null, output + ": cannot write "
                            + OutputNames.REPORT_PAGE + ": " + OutputException.reasonOf(failure),
                            failure);
                }
            }
            List<String> names = new ArrayList<>(written.keySet());
            names.add(OutputNames.REPORT);
            if (settings.pageFormat() != null) {
                names.add(OutputNames.REPORT_PAGE);
            }
            outputs.commit(names);
            if (!passed) {
                QualityGateException failed = new QualityGateException(report);
                LOG.warn("{}", failed.getMessage());
                throw failed;
            }
            LOG.info("customer360 Spark run finished: {} customers, {} groups dropped, {} ms",
                    identity.customers(), identity.groupsDropped(), report.durationMs());
            return report;
        }
    }

    /**
     * The records of a source after every check, the duplicate checks included: each record
     * once, accepted or with its reason.
     */
    private JavaRDD<Checked> outcomes(SourceFiles sourceFiles, DistributedRules rules) {
        Source source = sourceFiles.source();
        SourceSchema schema = settings.schemas().get(source);
        ReadOptions options = settings.readOptions();
        Object format = settings.inputs().get(source);
        JavaRDD<Checked> checked = null;
        for (int i = 0; i < sourceFiles.files().size(); i++) {
            String file = sourceFiles.files().get(i);
            JavaRDD<RecordRow> rows = read(source, file, format, schema, options);
            JavaRDD<Checked> fileChecked = rows.map(check(source, sourceFiles.spread() ? i + 1 : 0,
                    sourceFiles.spread() ? file : null, SchemaHandle.of(schema),
                    rules.check(source)));
            checked = checked == null ? fileChecked : checked.union(fileChecked);
        }
        if (source == Source.LEADS) {
            return withoutDuplicates(checked, true, partitions);
        }
        if (source == Source.TRANSACTIONS) {
            return withoutDuplicates(checked, false, partitions);
        }
        return checked;
    }

    private JavaRDD<RecordRow> read(Source source, String file, Object format,
            SourceSchema schema, ReadOptions options) {
        try {
            if (format instanceof JsonLinesFileInput json) {
                return splitBytes > 0
                        ? SplitFileReader.jsonLines(spark, file, json, schema, options, splitBytes)
                        : SplitFileReader.jsonLines(spark, file, json, schema, options);
            }
            if (format instanceof DelimitedFileInput delimited) {
                return splitBytes > 0
                        ? SplitFileReader.delimited(spark, file, delimited, schema, options,
                                splitBytes)
                        : SplitFileReader.delimited(spark, file, delimited, schema, options);
            }
        } catch (IOException failure) {
            throw new InputException(source, null, file + ": cannot be read: "
                    + InputException.reasonOf(failure), failure);
        } catch (Customer360Exception failure) {
            throw failure.concerning(source);
        }
        throw new ConfigurationException(source.reportName() + ": Spark reads delimited and"
                + " JSON Lines file inputs only, not " + format, null);
    }

    /** The check of one record read from a file, as a Spark function. */
    private static org.apache.spark.api.java.function.Function<RecordRow, Checked> check(
            Source source, int fileNumber, String fileName, SchemaHandle schema,
            RecordCheck<?> check) {
        boolean keepRow = source == Source.LEADS || source == Source.TRANSACTIONS;
        return row -> {
            RawRecord raw = row.toRawRecord(schema.schema());
            if (fileName != null) {
                raw = raw.inFile(fileName);
            }
            ParseResult<?> result = check.check(raw);
            return result.isAccepted()
                    ? new Checked(source, fileNumber, row.line(), keepRow ? row : null,
                            result.record(), null)
                    : new Checked(source, fileNumber, row.line(), row, null, result.violation());
        };
    }

    /**
     * The records with the duplicate check applied: accepted records with the same key (a
     * lead's email, or a transaction id) meet in one task, which keeps the newest lead or the
     * first transaction and rejects the others. Rejected records pass through on keys of their
     * own.
     */
    private static JavaRDD<Checked> withoutDuplicates(JavaRDD<Checked> checked, boolean leads,
            int partitions) {
        return checked
                .mapToPair(record -> new Tuple2<>(duplicateKey(record, leads), record))
                .combineByKey(
                        first -> leads ? DuplicateGroup.newestLead(first)
                                : DuplicateGroup.firstTransaction(first),
                        DuplicateGroup::add, DuplicateGroup::merge, partitions)
                .values()
                .flatMap(group -> group.outcomes().iterator());
    }

    private static String duplicateKey(Checked record, boolean leads) {
        if (!record.isAccepted()) {
            return "\u0000" + record.fileNumber + ":" + record.line;
        }
        return "k" + (leads ? ((Lead) record.record).email()
                : ((Transaction) record.record).transactionId());
    }

    /**
     * Per source, records read, accepted and rejected by reason and per file: one Spark job over
     * every source, whose tasks send the driver a few counts each.
     */
    private Map<Source, SourceReport> sourceReports(Map<Source, SourceFiles> files,
            Map<Source, JavaRDD<Checked>> outcomes) {
        JavaRDD<Checked> all = null;
        for (JavaRDD<Checked> source : outcomes.values()) {
            all = all == null ? source : all.union(source);
        }
        Map<String, Long> counts = all
                .mapPartitions(records -> {
                    Map<String, Long> partial = new HashMap<>();
                    while (records.hasNext()) {
                        Checked record = records.next();
                        String source = record.source.ordinal() + ":";
                        partial.merge(source + "r" + record.fileNumber, 1L, Long::sum);
                        if (!record.isAccepted()) {
                            partial.merge(source + "x" + record.fileNumber, 1L, Long::sum);
                            partial.merge(source + "c" + record.violation.code().code(), 1L,
                                    Long::sum);
                        }
                    }
                    return List.of(partial).iterator();
                })
                .reduce((left, right) -> {
                    right.forEach((key, count) -> left.merge(key, count, Long::sum));
                    return left;
                });
        Map<Source, SourceReport> reports = new EnumMap<>(Source.class);
        for (Source source : outcomes.keySet()) {
            reports.put(source, sourceReport(files.get(source), counts, source.ordinal() + ":"));
        }
        return reports;
    }

    private static SourceReport sourceReport(SourceFiles sourceFiles, Map<String, Long> counts,
            String prefix) {
        long read = 0;
        long rejected = 0;
        Map<String, Long> byReason = new TreeMap<>();
        for (Map.Entry<String, Long> count : counts.entrySet()) {
            if (!count.getKey().startsWith(prefix)) {
                continue;
            }
            String key = count.getKey().substring(prefix.length());
            if (key.startsWith("r")) {
                read += count.getValue();
            } else if (key.startsWith("x")) {
                rejected += count.getValue();
            } else {
                byReason.put(key.substring(1), count.getValue());
            }
        }
        List<FileReport> fileReports = new ArrayList<>();
        if (sourceFiles.spread()) {
            for (int i = 0; i < sourceFiles.files().size(); i++) {
                long fileRead = counts.getOrDefault(prefix + "r" + (i + 1), 0L);
                long fileRejected = counts.getOrDefault(prefix + "x" + (i + 1), 0L);
                fileReports.add(new FileReport(sourceFiles.files().get(i), fileRead,
                        fileRead - fileRejected, fileRejected));
            }
        }
        return new SourceReport(sourceFiles.location(), read, read - rejected, rejected,
                byReason, fileReports);
    }

    /**
     * Resolves identity groups (kept in {@link #groups}) and gathers each customer's parts by
     * the anchor of its group (kept for the identity figures and the outputs).
     */
    private JavaPairRDD<String, CustomerParts> customers(DistributedRules rules,
            Map<Source, JavaRDD<Checked>> outcomes) {
        JavaSparkContext context = JavaSparkContext.fromSparkContext(spark.sparkContext());
        JavaRDD<Checked> accepted = context.emptyRDD();
        for (JavaRDD<Checked> source : outcomes.values()) {
            accepted = accepted.union(accepted(source));
        }
        groups = IdentityGroups.resolve(spark, rules, accepted, partitions, kept);
        JavaPairRDD<String, String> labels = kept.keep(groups.anchors);
        JavaPairRDD<String, Contribution> byCustomer = labels.mapToPair(label -> new Tuple2<>(
                label._2(), Contribution.identifier(label._1())));
        JavaPairRDD<String, Contribution> records = null;
        for (Map.Entry<Source, JavaRDD<Checked>> entry : outcomes.entrySet()) {
            if (entry.getKey() != Source.IDENTITY_MAP) {
                JavaPairRDD<String, Contribution> more =
                        contributions(entry.getKey(), accepted(entry.getValue()));
                records = records == null ? more : records.union(more);
            }
        }
        if (records != null) {
            byCustomer = byCustomer.union(records.join(labels, partitions)
                    .mapToPair(joined -> new Tuple2<>(joined._2()._2(), joined._2()._1())));
        }
        return kept.keep(byCustomer
                .combineByKey(contribution -> contribution.addTo(rules.newParts(), rules),
                        (parts, contribution) -> contribution.addTo(parts, rules), rules::merge,
                        partitions));
    }

    /**
     * The identity figures: the customers' parts counted in one job (with the histogram of
     * identifiers per output customer, and their total), and the guards' counts.
     */
    private static IdentityFigures identity(JavaRDD<CustomerParts> customers,
            IdentityGroups groups) {
        int buckets = 64;
        int base = 6;
        long[] figures = customers
                .map(parts -> {
                    long[] one = new long[base + buckets];
                    boolean kept = parts.isKept();
                    one[0] = kept ? 1 : 0;
                    one[1] = parts.hasLead() ? 1 : 0;
                    one[2] = parts.hasActivity() ? 1 : 0;
                    one[3] = parts.hasLead() && parts.hasActivity() ? 1 : 0;
                    one[4] = kept ? 0 : 1;
                    if (kept) {
                        int identifiers = parts.identifierCount();
                        one[5] = identifiers;
                        one[base + IdentityReport.bucketOf(identifiers)] = 1;
                    }
                    return one;
                })
                .fold(new long[base + buckets], (left, right) -> {
                    long[] sum = new long[left.length];
                    for (int i = 0; i < sum.length; i++) {
                        sum[i] = left[i] + right[i];
                    }
                    return sum;
                });
        return new IdentityFigures(new IdentityReport(figures[0], figures[1], figures[2], figures[3],
                figures[0] - figures[1], figures[4], groups.linksBlocked,
                groups.anomalousIdentifiers, groups.linksOverLinkLimit,
                groups.linksOverCustomerLimit, IdentityReport.histogram(
                        Arrays.copyOfRange(figures, base, base + buckets))), figures[5]);
    }

    /** Writes the customer table, sorted by {@code customer_id}, into the staging folder. */
    private void writeTable(DistributedRules rules, JavaRDD<CustomerParts> customers,
            OutputSet outputs) {
        StructType table = TableRows.structType(rules.schema());
        JavaRDD<Row> rows = customers.filter(CustomerParts::isKept)
                .map(parts -> TableRows.row(rules.row(parts)));
        Dataset<Row> frame = spark.createDataFrame(rows, table)
                .orderBy(table.fields()[0].name());
        String before = spark.conf().get(TIMESTAMP_TYPE, null);
        spark.conf().set(TIMESTAMP_TYPE, "TIMESTAMP_MILLIS");
        try {
            frame.write().mode(SaveMode.ErrorIfExists).option("compression", "snappy")
                    .parquet(outputs.staged(OutputNames.CUSTOMER_TABLE));
        } finally {
            if (before == null) {
                spark.conf().unset(TIMESTAMP_TYPE);
            } else {
                spark.conf().set(TIMESTAMP_TYPE, before);
            }
        }
    }

    /**
     * Writes the merge explanations of the output customers, sorted by {@code customer_id} then
     * {@code identifier}, into the staging folder: each group's rows are made in one task, from
     * its tree links and guards.
     */
    private void writeLinks(JavaPairRDD<String, CustomerParts> customers,
            Map<Source, SourceFiles> files, OutputSet outputs) {
        Map<Source, List<String>> fileNames = new EnumMap<>(Source.class);
        files.forEach((source, sourceFiles) -> fileNames.put(source, sourceFiles.spread()
                ? sourceFiles.files() : List.of(sourceFiles.location())));
        StructType schema = TableRows.structType(CustomerLinks.SCHEMA);
        JavaRDD<Row> rows = groups.groups
                .join(customers.filter(customer -> customer._2().isKept())
                        .mapValues(parts -> Boolean.TRUE), partitions)
                .values()
                .flatMap(group -> group._1().rows((source, number) -> fileNames.get(source)
                        .get(Math.max(0, number - 1))).iterator())
                .map(RowFactory::create);
        spark.createDataFrame(rows, schema)
                .orderBy(CustomerLinks.CUSTOMER_ID, CustomerLinks.IDENTIFIER)
                .write().mode(SaveMode.ErrorIfExists).option("compression", "snappy")
                .parquet(outputs.staged(OutputNames.CUSTOMER_LINKS));
    }

    private static JavaRDD<Checked> accepted(JavaRDD<Checked> outcomes) {
        return outcomes.filter(Checked::isAccepted);
    }

    /** The accepted records of a source that customers are made of, by owning identifier. */
    private static JavaPairRDD<String, Contribution> contributions(Source source,
            JavaRDD<Checked> accepted) {
        switch (source) {
            case LEADS:
                return accepted.mapToPair(record -> new Tuple2<>(
                        DistributedRules.emailKey(((Lead) record.record).email()),
                        Contribution.lead((Lead) record.record, record.order())));
            case TRANSACTIONS:
                return accepted.mapToPair(record -> new Tuple2<>(
                        DistributedRules.uuidKey(((Transaction) record.record).userUuid()),
                        Contribution.transaction((Transaction) record.record)));
            case WEB_ACTIVITY:
                return accepted.mapToPair(record -> new Tuple2<>(
                        DistributedRules.uuidKey(((WebEvent) record.record).userUuid()),
                        Contribution.webEvent((WebEvent) record.record)));
            default:
                throw new IllegalArgumentException("no records of customers in " + source);
        }
    }

    /**
     * Writes {@code rejects.jsonl} and {@code rejected_transactions.log} (when transactions are
     * read) in their order; returns their row counts.
     */
    private long[] writeRejects(Map<Source, SourceFiles> files,
            Map<Source, JavaRDD<Checked>> outcomes, Map<Source, SourceReport> counted,
            OutputSet outputs) {
        JavaSparkContext context = JavaSparkContext.fromSparkContext(spark.sparkContext());
        Map<Source, SchemaHandle> schemas = new EnumMap<>(Source.class);
        Map<Source, List<String>> spread = new EnumMap<>(Source.class);
        JavaRDD<Checked> rejected = context.emptyRDD();
        for (Map.Entry<Source, JavaRDD<Checked>> entry : outcomes.entrySet()) {
            Source source = entry.getKey();
            schemas.put(source, SchemaHandle.of(settings.schemas().get(source)));
            if (files.get(source).spread()) {
                spread.put(source, files.get(source).files());
            }
            rejected = rejected.union(entry.getValue().filter(record -> !record.isAccepted()));
        }
        RejectLines lines = new RejectLines(schemas, spread);
        JavaPairRDD<RejectKey, Checked> sorted = kept.keep(rejected
                .mapToPair(record -> new Tuple2<>(
                        new RejectKey(record.source.ordinal(), record.order()), record))
                .sortByKey(true, partitions));
        long count = counted.values().stream().mapToLong(SourceReport::rejected).sum();
        sorted.values().map(lines::jsonLine).saveAsTextFile(outputs.staged(OutputNames.REJECTS));
        long transactions = 0;
        if (outcomes.containsKey(Source.TRANSACTIONS)) {
            JavaRDD<Checked> transactionRejects = sorted.values()
                    .filter(record -> record.source == Source.TRANSACTIONS);
            transactions = counted.get(Source.TRANSACTIONS).rejected();
            context.parallelize(List.of(lines.logHeader()), 1)
                    .union(transactionRejects.map(lines::logLine))
                    .saveAsTextFile(outputs.staged(OutputNames.REJECTED_TRANSACTIONS));
        }
        return new long[] {count, transactions};
    }

    /**
     * The failure a Spark job reports, as the run's failure: the customer360 failure a task
     * threw (a custom validator's, a sum out of range, ...), else the job's own.
     */
    private static Customer360Exception unwrapped(Exception failure) {
        for (Throwable cause = failure; cause != null; cause = cause.getCause()) {
            if (cause instanceof Customer360Exception customer360) {
                return customer360;
            }
            if (cause instanceof ArithmeticException outOfRange) {
                return new Customer360Exception(outOfRange.getMessage(), outOfRange);
            }
        }
        Throwable root = failure;
        while (root.getCause() != null && root.getCause() != root) {
            root = root.getCause();
        }
        String message = String.valueOf(root.getMessage()).lines().findFirst().orElse("");
        if (message.length() > MESSAGE_LIMIT) {
            message = message.substring(0, MESSAGE_LIMIT) + "...";
        }
        return new Customer360Exception("the Spark job failed: " + root.getClass().getSimpleName()
                + ": " + message, failure);
    }
}
