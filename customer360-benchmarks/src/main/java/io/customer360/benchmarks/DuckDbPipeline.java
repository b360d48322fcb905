package io.customer360.benchmarks;

import com.fasterxml.jackson.core.JsonEncoding;
import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;

/**
 * The DuckDB peer of the default pipeline: runs {@code duckdb-pipeline.sql} (a resource beside
 * this class) over the four input files with an in-memory DuckDB through JDBC, and writes
 * {@code customer_360.parquet}, {@code rejects.jsonl}, {@code rejected_transactions.log} and a
 * {@code run_report.json} with the counts (per source read, accepted, rejected and rejected by
 * reason code, and the customers). As a main, {@code DuckDbPipeline <in> <out>}, it prints the
 * same {@code key=value} lines as {@link RunPipeline}, plus {@code label_rounds}.
 *
 * <p>DuckDB runs on {@value #THREADS} threads with a buffer pool of {@value #MEMORY_LIMIT},
 * spilling beyond it into a folder in the output folder that is removed after the run. Identity
 * groups are connected components found by label propagation: every identifier starts with
 * its own number as label and takes the smallest label of its neighbours until no label
 * changes; the statement marked {@code -- @repeat-until-zero} is that step, repeated here in
 * Java. Where the SQL differs from customer360 is listed at the top of the script.
 *
 * <p>With the system property {@value #TIMINGS_PROPERTY} set to {@code true}, the time of each
 * statement is printed on standard error.
 */
public final class DuckDbPipeline {
    static final String SCRIPT = "duckdb-pipeline.sql";
    /** DuckDB's threads: the two cores of the benchmark machine. */
    static final int THREADS = 2;
    /**
     * DuckDB's memory limit (its buffer pool; DuckDB's default is 80% of the machine's memory).
     * customer360 runs in a 1 GB heap; DuckDB keeps its tables in memory, and the script drops
     * each source's table once it is reduced, so that the large input (2.5 GB) runs within
     * this limit (peak RSS 3.7 GB on the benchmark machine).
     */
    static final String MEMORY_LIMIT = "4GB";
    /** Set to {@code true} to print each statement's time on standard error. */
    static final String TIMINGS_PROPERTY = "customer360.duckdb.timings";
    private static final String SPILL_FOLDER = ".duckdb-spill";
    private static final String REPEAT_MARKER = "-- @repeat-until-zero";
    private static final int MAX_ROUNDS = 1_000;
    /** The sources in the order of the run report. */
    private static final List<String> SOURCES = List.of(
            "identity_map", "leads", "transactions", "web_activity");

    private final Path input;
    private final Path output;

    public DuckDbPipeline(Path input, Path output) {
        this.input = Objects.requireNonNull(input, "input");
        this.output = Objects.requireNonNull(output, "output");
    }

    public static void main(String[] args) throws Exception {
        if (args.length != 2) {
            System.err.println("usage: DuckDbPipeline <input dir> <output dir>");
            System.exit(2);
        }
        long start = System.nanoTime();
        PeerReport report = new DuckDbPipeline(Path.of(args[0]), Path.of(args[1])).run();
        StringBuilder out = new StringBuilder();
        report.counts().forEach((key, value) -> out.append(key).append('=').append(value).append('\n'));
        out.append("duration_ms=").append((System.nanoTime() - start) / 1_000_000).append('\n')
                .append("peak_heap_bytes=").append(PeakHeap.bytes()).append('\n');
        System.out.print(out);
        System.out.flush();
    }

    /**
     * Runs the script, writes {@code run_report.json} and returns the counts:
     * {@code <source>.read|accepted|rejected}, {@code customers} and {@code label_rounds}, with
     * the rejects of each source by reason code.
     */
    public PeerReport run() throws IOException, SQLException {
        Files.createDirectories(output);
        Path spill = output.resolve(SPILL_FOLDER);
        Map<String, Long> counts = new LinkedHashMap<>();
        Map<String, Map<String, Long>> reasons = new LinkedHashMap<>();
        boolean timings = Boolean.getBoolean(TIMINGS_PROPERTY);
        try (Connection connection = DriverManager.getConnection("jdbc:duckdb:");
                Statement statement = connection.createStatement()) {
            long rounds = 0;
            for (String sql : statements(script(spill))) {
                long start = System.nanoTime();
                if (sql.startsWith(REPEAT_MARKER)) {
                    rounds = repeatUntilZero(statement, sql);
                } else {
                    statement.execute(sql);
                }
                if (timings) {
                    String text = sql.replaceAll("\\s+", " ");
                    System.err.printf(Locale.ROOT, "%7d ms  %s%n", (System.nanoTime() - start) / 1_000_000,
                            text.substring(0, Math.min(100, text.length())));
                }
            }
            for (String source : SOURCES) {
                reasons.put(source, countSource(statement, source, counts));
            }
            counts.put("customers", single(statement, "SELECT count(*) FROM anchors"));
            counts.put("label_rounds", rounds);
        } finally {
            FileTrees.delete(spill);
        }
        PeerReport report = new PeerReport(counts, reasons);
        writeReport(report);
        return report;
    }

    private String script(Path spill) throws IOException {
        try (InputStream in = DuckDbPipeline.class.getResourceAsStream(SCRIPT)) {
            if (in == null) {
                throw new IOException("resource " + SCRIPT + " not found beside " + DuckDbPipeline.class);
            }
            String text = new String(in.readAllBytes(), StandardCharsets.UTF_8);
            return text.replace("${in}", sqlPath(input)).replace("${out}", sqlPath(output))
                    .replace("${spill}", sqlPath(spill)).replace("${memory_limit}", MEMORY_LIMIT)
                    .replace("${threads}", Integer.toString(THREADS));
        }
    }

    /** The script's statements: each ends with ';' at the end of a line; comments dropped. */
    static List<String> statements(String script) {
        List<String> statements = new ArrayList<>();
        StringBuilder current = new StringBuilder();
        for (String line : script.split("\n")) {
            String trimmed = line.strip();
            if (trimmed.startsWith("--") && !trimmed.equals(REPEAT_MARKER)) {
                continue;
            }
            if (trimmed.isEmpty() && current.length() == 0) {
                continue;
            }
            current.append(line).append('\n');
            if (trimmed.endsWith(";")) {
                String sql = current.toString().strip();
                statements.add(sql.substring(0, sql.length() - 1));
                current.setLength(0);
            }
        }
        if (current.toString().strip().length() > 0) {
            throw new IllegalArgumentException("the script's last statement has no ';'");
        }
        return statements;
    }

    private static long repeatUntilZero(Statement statement, String sql) throws SQLException {
        for (int round = 1; round <= MAX_ROUNDS; round++) {
            if (statement.executeUpdate(sql) == 0) {
                return round;
            }
        }
        throw new IllegalStateException("labels still changed after " + MAX_ROUNDS + " rounds");
    }

    /**
     * Puts {@code <name>.read|accepted|rejected} and returns the rejects by reason code, in
     * code order, from the script's {@code reason_counts} (a NULL code counts accepted records).
     */
    private static Map<String, Long> countSource(Statement statement, String name,
            Map<String, Long> counts) throws SQLException {
        Map<String, Long> reasons = new TreeMap<>();
        long read = 0;
        try (ResultSet result = statement.executeQuery("SELECT reason_code, records FROM reason_counts"
                + " WHERE source = '" + name + "'")) {
            while (result.next()) {
                read += result.getLong(2);
                if (result.getString(1) != null) {
                    reasons.merge(result.getString(1), result.getLong(2), Long::sum);
                }
            }
        }
        long rejected = reasons.values().stream().mapToLong(Long::longValue).sum();
        counts.put(name + ".read", read);
        counts.put(name + ".accepted", read - rejected);
        counts.put(name + ".rejected", rejected);
        return reasons;
    }

    private static long single(Statement statement, String sql) throws SQLException {
        try (ResultSet result = statement.executeQuery(sql)) {
            result.next();
            return result.getLong(1);
        }
    }

    /**
     * {@code run_report.json} in the shape of customer360's: per source its counts and
     * {@code rejected_by_reason}, and {@code identity.customers}.
     */
    private void writeReport(PeerReport report) throws IOException {
        try (JsonGenerator json = new JsonFactory().createGenerator(
                output.resolve("run_report.json").toFile(), JsonEncoding.UTF8)) {
            json.useDefaultPrettyPrinter();
            json.writeStartObject();
            json.writeStringField("engine", "duckdb");
            json.writeObjectFieldStart("sources");
            for (String source : SOURCES) {
                json.writeObjectFieldStart(source);
                for (String count : new String[] {"read", "accepted", "rejected"}) {
                    json.writeNumberField(count, report.counts().get(source + "." + count));
                }
                json.writeObjectFieldStart("rejected_by_reason");
                for (Map.Entry<String, Long> reason : report.reasons().get(source).entrySet()) {
                    json.writeNumberField(reason.getKey(), reason.getValue());
                }
                json.writeEndObject();
                json.writeEndObject();
            }
            json.writeEndObject();
            json.writeObjectFieldStart("identity");
            json.writeNumberField("customers", report.counts().get("customers"));
            json.writeEndObject();
            json.writeEndObject();
        }
    }

    private static String sqlPath(Path path) {
        return path.toAbsolutePath().toString().replace("'", "''");
    }

    /**
     * What a run of the peer counted.
     *
     * @param counts  {@code <source>.read|accepted|rejected}, {@code customers} and
     *     {@code label_rounds}
     * @param reasons per source (in report order), its rejects by reason code in code order
     */
    public record PeerReport(Map<String, Long> counts, Map<String, Map<String, Long>> reasons) {
        /** Unmodifiable copies of the counts. */
        public PeerReport {
            counts = Collections.unmodifiableMap(new LinkedHashMap<>(counts));
            reasons = Collections.unmodifiableMap(new LinkedHashMap<>(reasons));
        }
    }
}
