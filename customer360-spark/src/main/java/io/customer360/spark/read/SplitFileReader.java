package io.customer360.spark.read;

import io.customer360.io.read.DelimitedFileInput;
import io.customer360.io.read.DelimitedStretch;
import io.customer360.io.read.FileStretches;
import io.customer360.io.read.JsonLinesFileInput;
import io.customer360.read.RawRecord;
import io.customer360.read.ReadOptions;
import io.customer360.read.RecordReader;
import io.customer360.read.SourceSchema;
import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import org.apache.hadoop.conf.Configuration;
import org.apache.spark.api.java.JavaRDD;
import org.apache.spark.api.java.JavaSparkContext;
import org.apache.spark.sql.SparkSession;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Reads one file of a Hadoop file system ({@code hdfs:}, {@code s3a:}, {@code file:}, ...) as
 * a distributed collection of the records the local reader gives for it: the same
 * {@link RawRecord}s (line where each starts, text, values, malformed records), as
 * {@link RecordRow}s, in any partition order.
 *
 * <p>A delimited file is cut into byte ranges ("splits") read by different tasks, in two
 * passes. Pass 1 (one task per split, run when the read is set up) counts the split's line
 * starts and, with the io module's record splitter, where reading leaves the split when a
 * record starts at its first line, and when a record is open there inside a quoted field (or,
 * with an escape character, after an escaped line break); only these few numbers go to the
 * driver, which chains them in order to find the line where each split's first record starts.
 * (A record open at a line start is inside a quoted field or, with an escape character,
 * after an escaped line break; if it ends badly, reading resumes at a line before the split,
 * which leads again to one of these entries. Should a split still be entered at another line,
 * one more one-task job works its exit out.) Pass 2 (lazy, one task per split) reads each split from its first
 * record to the end of the record that straddles its end, numbering lines from the split's
 * first line. The header is read once, on the driver, with the local reader's failures.
 *
 * <p>A JSON Lines file is cut at line starts: every line that starts in a split is read by
 * that split's task. A JSON array file is read whole in one task.
 *
 * <p><b>Read whole, in one task:</b> gzip files (recognised by their first two bytes, as
 * locally; a gzip stream cannot be entered in the middle), JSON array files, and delimited
 * files in a charset where CR and LF are not single bytes that occur in no other character
 * (see {@link FileStretches#isSplittable}; e.g. UTF-16).
 *
 * <p>The split size is {@code spark.sql.files.maxPartitionBytes} unless given.
 */
public final class SplitFileReader {
    private static final Logger LOG = LoggerFactory.getLogger(SplitFileReader.class);

    private SplitFileReader() {
    }

    /**
     * The records of a delimited file, split by {@code spark.sql.files.maxPartitionBytes}.
     *
     * @param spark   the session
     * @param path    the file's Hadoop path, e.g. {@code hdfs://nn/in/transactions.txt}
     * @param format  its format (its own path is not used)
     * @param schema  the schema of its source
     * @param options the run's read options
     * @return the records, one partition per split
     * @throws IOException when the file cannot be read
     */
    public static JavaRDD<RecordRow> delimited(SparkSession spark, String path,
            DelimitedFileInput format, SourceSchema schema, ReadOptions options)
            throws IOException {
        return delimited(spark, path, format, schema, options, splitBytes(spark));
    }

    /**
     * The records of a delimited file, cut into splits of {@code splitBytes} bytes.
     *
     * @param spark      the session
     * @param path       the file's Hadoop path
     * @param format     its format (its own path is not used)
     * @param schema     the schema of its source
     * @param options    the run's read options
     * @param splitBytes the size of a split in bytes, 1 or more
     * @return the records, one partition per split
     * @throws IOException when the file cannot be read
     */
    public static JavaRDD<RecordRow> delimited(SparkSession spark, String path,
            DelimitedFileInput format, SourceSchema schema, ReadOptions options, long splitBytes)
            throws IOException {
        JavaSparkContext context = context(spark, splitBytes);
        HadoopFile file = file(spark, path);
        Recipe recipe = Recipe.of(format, schema, options);
        long length = file.length();
        ReadOptions effective = FileStretches.effectiveOptions(format, options);
        if (isGzip(file) || !FileStretches.isSplittable(effective.charset())) {
            LOG.info("{}: gzip or charset {}: read whole in one task", path, effective.charset());
            return whole(context, file, recipe, true, length);
        }
        boolean headerRow = format.columns().isEmpty();
        List<String> header;
        try (InputStream in = file.open(0)) {
            header = FileStretches.readHeader(format, schema, options, file.name(), in);
        }
        DelimitedSplits splits = new DelimitedSplits(file, recipe, header, 0);
        long headerLine = 0;
        if (headerRow) {
            try (DelimitedStretch start = splits.stretch(0, 0, 1)) {
                headerLine = start.skip();
            }
        }
        DelimitedSplits reading = new DelimitedSplits(file, recipe, header, headerLine);
        List<FileSplit> ranges = ranges(length, splitBytes);
        List<SplitSummary> summaries = context.parallelize(ranges, ranges.size())
                .map(reading::summarise).collect();
        List<SplitTask> tasks = chain(context, reading, summaries);
        LOG.info("{}: {} bytes in {} splits", path, length, ranges.size());
        return context.parallelize(tasks, Math.max(1, tasks.size()))
                .flatMap(reading::records);
    }

    /**
     * The records of a JSON Lines file (or a JSON array file, read whole), split by
     * {@code spark.sql.files.maxPartitionBytes}.
     *
     * @param spark   the session
     * @param path    the file's Hadoop path
     * @param format  its format (its own path is not used)
     * @param schema  the schema of its source
     * @param options the run's read options
     * @return the records, one partition per split
     * @throws IOException when the file cannot be read
     */
    public static JavaRDD<RecordRow> jsonLines(SparkSession spark, String path,
            JsonLinesFileInput format, SourceSchema schema, ReadOptions options)
            throws IOException {
        return jsonLines(spark, path, format, schema, options, splitBytes(spark));
    }

    /**
     * The records of a JSON Lines file (or a JSON array file, read whole), cut into splits of
     * {@code splitBytes} bytes at line starts.
     *
     * @param spark      the session
     * @param path       the file's Hadoop path
     * @param format     its format (its own path is not used)
     * @param schema     the schema of its source
     * @param options    the run's read options
     * @param splitBytes the size of a split in bytes, 1 or more
     * @return the records, one partition per split
     * @throws IOException when the file cannot be read
     */
    public static JavaRDD<RecordRow> jsonLines(SparkSession spark, String path,
            JsonLinesFileInput format, SourceSchema schema, ReadOptions options,
            long splitBytes) throws IOException {
        JavaSparkContext context = context(spark, splitBytes);
        HadoopFile file = file(spark, path);
        Recipe recipe = Recipe.of(format, schema, options);
        long length = file.length();
        boolean array;
        try (InputStream in = file.open(0)) {
            array = !isGzip(file) && FileStretches.isJsonArray(format, options, in);
        }
        if (length == 0) {
            // fails as locally: the file is empty
            FileStretches.openFile(format, schema, options, file.name(), file.open(0), 0).close();
        }
        if (array || isGzip(file)) {
            return whole(context, file, recipe, false, length);
        }
        List<FileSplit> ranges = ranges(length, splitBytes);
        List<LineStarts> starts = context.parallelize(ranges, ranges.size())
                .map(range -> LineStarts.in(file, range.start(), range.end())).collect();
        List<SplitTask> tasks = new ArrayList<>();
        long line = 1;
        for (int k = 0; k < starts.size(); k++) {
            LineStarts split = starts.get(k);
            if (split.count() == 0) {
                continue;
            }
            long end = -1;
            for (int later = k + 1; later < starts.size() && end < 0; later++) {
                end = starts.get(later).first();
            }
            tasks.add(new SplitTask(split.first(), line, line, Long.MAX_VALUE, end));
            line += split.count();
        }
        JsonLinesSplits reading = new JsonLinesSplits(file, recipe);
        return context.parallelize(tasks, Math.max(1, tasks.size()))
                .flatMap(reading::records);
    }

    /** Chains the summaries in file order into each split's reading task. */
    private static List<SplitTask> chain(JavaSparkContext context, DelimitedSplits reading,
            List<SplitSummary> summaries) {
        List<SplitTask> tasks = new ArrayList<>();
        long firstLine = 1;
        long entry = 1;
        for (int k = 0; k < summaries.size(); k++) {
            SplitSummary summary = summaries.get(k);
            if (summary.lineStarts() == 0) {
                continue;
            }
            long relative = entry - firstLine + 1;
            long exit = summary.exitFrom(relative);
            if (exit < 0) {
                LOG.debug("split {} entered at its line {}: one more pass", k, relative);
                exit = context.parallelize(List.of(summary), 1)
                        .map(s -> reading.exitFrom(s, relative)).collect().get(0);
            }
            long endLine = firstLine + summary.lineStarts();
            tasks.add(new SplitTask(summary.firstLineStart(), firstLine, entry,
                    k == summaries.size() - 1 ? Long.MAX_VALUE : endLine, -1));
            entry = firstLine - 1 + exit;
            firstLine = endLine;
        }
        if (!tasks.isEmpty()) {
            SplitTask last = tasks.get(tasks.size() - 1);
            tasks.set(tasks.size() - 1, new SplitTask(last.firstLineStart(), last.firstLine(),
                    last.entry(), Long.MAX_VALUE, -1));
        }
        return tasks;
    }

    /** One task reading the whole file as the local reader does. */
    private static JavaRDD<RecordRow> whole(JavaSparkContext context, HadoopFile file,
            Recipe recipe, boolean delimited, long length) {
        return context.parallelize(List.of(file), 1).flatMap(f -> {
            InputStream in = f.open(0);
            RecordReader reader = delimited
                    ? FileStretches.openFile(recipe.delimited(f.name()), recipe.schema(),
                            recipe.options(), f.name(), in, length)
                    : FileStretches.openFile(recipe.json(f.name()), recipe.schema(),
                            recipe.options(), f.name(), in, length);
            return StreamedRecords.of(() -> {
                RawRecord record = reader.read();
                return record == null ? null : RecordRow.of(record);
            }, reader);
        });
    }

    private static List<FileSplit> ranges(long length, long splitBytes) {
        List<FileSplit> ranges = new ArrayList<>();
        for (long start = 0; start < length || ranges.isEmpty(); start += splitBytes) {
            ranges.add(new FileSplit(ranges.size(), start, Math.min(length, start + splitBytes)));
        }
        return ranges;
    }

    private static boolean isGzip(HadoopFile file) throws IOException {
        try (InputStream in = file.open(0)) {
            return FileStretches.isGzip(in.readNBytes(2));
        }
    }

    private static HadoopFile file(SparkSession spark, String path) {
        Objects.requireNonNull(path, "path");
        return new HadoopFile(path, new Configuration(spark.sparkContext().hadoopConfiguration()));
    }

    private static JavaSparkContext context(SparkSession spark, long splitBytes) {
        if (splitBytes < 1) {
            throw new IllegalArgumentException("split size must be 1 byte or more but was "
                    + splitBytes);
        }
        return JavaSparkContext.fromSparkContext(spark.sparkContext());
    }

    private static long splitBytes(SparkSession spark) {
        return spark.sessionState().conf().filesMaxPartitionBytes();
    }
}
