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
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * The DuckDB peer of the default pipeline: runs {@code duckdb-pipeline.sql} (a resource beside
 * this class) over the four input files with an in-memory DuckDB through JDBC, and writes
 * {@code customer_360.parquet}, {@code rejects.jsonl}, {@code rejected_transactions.log} and a
 * {@code run_report.json} with the counts. As a main, {@code DuckDbPipeline <in> <out>}, it
 * prints the same {@code key=value} lines as {@link RunPipeline}.
 *
 * <p>Identity groups are connected components found by label propagation: every identifier
 * starts with itself as label and takes the smallest label of its neighbours until no label
 * changes; the statement marked {@code -- @repeat-until-zero} is that step, repeated here in
 * Java. What the SQL approximates is listed in the module README.
 */
public final class DuckDbPipeline {
    static final String SCRIPT = "duckdb-pipeline.sql";
    private static final String REPEAT_MARKER = "-- @repeat-until-zero";
    private static final int MAX_ROUNDS = 1_000;
    private static final String[][] SOURCES = {
        {"identity_map", "map"}, {"leads", "leads"}, {"transactions", "tx"}, {"web_activity", "web"}};

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
        Map<String, Long> counts = new DuckDbPipeline(Path.of(args[0]), Path.of(args[1])).run();
        StringBuilder out = new StringBuilder();
        counts.forEach((key, value) -> out.append(key).append('=').append(value).append('\n'));
        out.append("duration_ms=").append((System.nanoTime() - start) / 1_000_000).append('\n')
                .append("peak_heap_bytes=").append(PeakHeap.bytes()).append('\n');
        System.out.print(out);
        System.out.flush();
    }

    /**
     * Runs the script and returns {@code <source>.read|accepted|rejected}, {@code customers}
     * and {@code label_rounds}.
     */
    public Map<String, Long> run() throws IOException, SQLException {
        Files.createDirectories(output);
        Map<String, Long> counts = new LinkedHashMap<>();
        try (Connection connection = DriverManager.getConnection("jdbc:duckdb:");
                Statement statement = connection.createStatement()) {
            long rounds = 0;
            for (String sql : statements(script())) {
                if (sql.startsWith(REPEAT_MARKER)) {
                    rounds = repeatUntilZero(statement, sql);
                } else {
                    statement.execute(sql);
                }
            }
            for (String[] source : SOURCES) {
                countSource(statement, source[0], source[1], counts);
            }
            counts.put("customers", single(statement, "SELECT count(*) FROM customers"));
            counts.put("label_rounds", rounds);
        }
        writeReport(counts);
        return counts;
    }

    private String script() throws IOException {
        try (InputStream in = DuckDbPipeline.class.getResourceAsStream(SCRIPT)) {
            if (in == null) {
                throw new IOException("resource " + SCRIPT + " not found beside " + DuckDbPipeline.class);
            }
            String text = new String(in.readAllBytes(), StandardCharsets.UTF_8);
            return text.replace("${in}", sqlPath(input)).replace("${out}", sqlPath(output));
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

    private static void countSource(Statement statement, String name, String table,
            Map<String, Long> counts) throws SQLException {
        long malformed = single(statement,
                "SELECT count(*) FROM bad_lines WHERE source = '" + name + "'");
        long rows = single(statement, "SELECT count(*) FROM " + table);
        long accepted = single(statement, "SELECT count(*) FROM " + table + " WHERE reason IS NULL");
        counts.put(name + ".read", rows + malformed);
        counts.put(name + ".accepted", accepted);
        counts.put(name + ".rejected", rows + malformed - accepted);
    }

    private static long single(Statement statement, String sql) throws SQLException {
        try (ResultSet result = statement.executeQuery(sql)) {
            result.next();
            return result.getLong(1);
        }
    }

    private void writeReport(Map<String, Long> counts) throws IOException {
        try (JsonGenerator json = new JsonFactory().createGenerator(
                output.resolve("run_report.json").toFile(), JsonEncoding.UTF8)) {
            json.useDefaultPrettyPrinter();
            json.writeStartObject();
            json.writeStringField("engine", "duckdb");
            json.writeObjectFieldStart("sources");
            for (String[] source : SOURCES) {
                json.writeObjectFieldStart(source[0]);
                for (String count : new String[] {"read", "accepted", "rejected"}) {
                    json.writeNumberField(count, counts.get(source[0] + "." + count));
                }
                json.writeEndObject();
            }
            json.writeEndObject();
            json.writeNumberField("customers", counts.get("customers"));
            json.writeEndObject();
        }
    }

    private static String sqlPath(Path path) {
        return path.toAbsolutePath().toString().replace("'", "''");
    }
}
