package io.customer360.benchmarks;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import io.customer360.output.OutputNames;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

/**
 * What an engine's run left in its output folder, counted the same way for every engine so that
 * the benchmark can compare them: the counts of {@code run_report.json} and the rows and lines
 * of the outputs themselves.
 *
 * <p>Each output is either one file (customer360, DuckDB) or, as Spark writes it, a folder of
 * part files whose concatenation in name order is that file; files whose name starts with
 * {@code _} or {@code .} ({@code _SUCCESS}, checksums) are not parts. The customer table's rows
 * are counted by DuckDB ({@code read_parquet} of the file, or of {@code folder/*.parquet}).
 */
final class EngineOutput {
    /** Rows of {@code customer_360.parquet}. */
    static final String CUSTOMER_ROWS = "output.customer_rows";
    /** Lines of {@code rejects.jsonl}. */
    static final String REJECTS_LINES = "output.rejects_lines";
    /** Lines of {@code rejected_transactions.log}. */
    static final String REJECTED_TRANSACTIONS_LINES = "output.rejected_transactions_lines";

    private EngineOutput() {
    }

    /**
     * The counts of an output folder: {@code <source>.read|accepted|rejected} and
     * {@code customers} from its run report, and {@link #CUSTOMER_ROWS}, {@link #REJECTS_LINES}
     * and {@link #REJECTED_TRANSACTIONS_LINES}; an output that is not there has no entry.
     */
    static Map<String, Long> counts(Path folder) throws IOException {
        Map<String, Long> counts = new LinkedHashMap<>();
        List<Path> report = parts(folder.resolve(OutputNames.REPORT));
        if (!report.isEmpty()) {
            counts.putAll(reportCounts(concatenation(report)));
        }
        Path table = folder.resolve(OutputNames.CUSTOMER_TABLE);
        if (Files.exists(table)) {
            counts.put(CUSTOMER_ROWS, parquetRows(table));
        }
        putLines(counts, REJECTS_LINES, folder.resolve(OutputNames.REJECTS));
        putLines(counts, REJECTED_TRANSACTIONS_LINES,
                folder.resolve(OutputNames.REJECTED_TRANSACTIONS));
        return counts;
    }

    /**
     * The files that make up an output: the file itself, or a folder's part files in name
     * order; none when it does not exist.
     */
    static List<Path> parts(Path output) throws IOException {
        if (Files.isRegularFile(output)) {
            return List.of(output);
        }
        if (!Files.isDirectory(output)) {
            return List.of();
        }
        try (Stream<Path> files = Files.list(output)) {
            return files.filter(Files::isRegularFile)
                    .filter(file -> !file.getFileName().toString().startsWith("_")
                            && !file.getFileName().toString().startsWith("."))
                    .sorted()
                    .toList();
        }
    }

    /**
     * The lines of the concatenation of {@code parts}: its newlines, plus one when it does not
     * end with one.
     */
    static long lines(List<Path> parts) throws IOException {
        long lines = 0;
        int last = '\n';
        byte[] buffer = new byte[1 << 16];
        for (Path part : parts) {
            try (InputStream in = Files.newInputStream(part)) {
                for (int n = in.read(buffer); n >= 0; n = in.read(buffer)) {
                    for (int i = 0; i < n; i++) {
                        if (buffer[i] == '\n') {
                            lines++;
                        }
                    }
                    if (n > 0) {
                        last = buffer[n - 1];
                    }
                }
            }
        }
        return last == '\n' ? lines : lines + 1;
    }

    /** The rows of a Parquet file, or of the {@code *.parquet} files of a folder. */
    static long parquetRows(Path table) throws IOException {
        String path = table.toAbsolutePath().toString();
        if (Files.isDirectory(table)) {
            path = path + "/*.parquet";
        }
        try (Connection connection = DriverManager.getConnection("jdbc:duckdb:");
                Statement statement = connection.createStatement();
                ResultSet result = statement.executeQuery("SELECT count(*) FROM read_parquet('"
                        + path.replace("'", "''") + "')")) {
            result.next();
            return result.getLong(1);
        } catch (SQLException e) {
            throw new IOException("cannot count the rows of " + table + ": " + e.getMessage(), e);
        }
    }

    /**
     * {@code <source>.read|accepted|rejected} of each source under {@code sources}, and
     * {@code customers} from {@code identity.customers} (customer360's and Spark's report) or
     * a top-level {@code customers} (DuckDB's).
     */
    static Map<String, Long> reportCounts(byte[] json) throws IOException {
        Map<String, Long> counts = new LinkedHashMap<>();
        try (JsonParser parser = new JsonFactory().createParser(json)) {
            if (parser.nextToken() != JsonToken.START_OBJECT) {
                throw new IOException("the run report is not a JSON object");
            }
            while (parser.nextToken() == JsonToken.FIELD_NAME) {
                String field = parser.currentName();
                JsonToken value = parser.nextToken();
                if (field.equals("sources") && value == JsonToken.START_OBJECT) {
                    while (parser.nextToken() == JsonToken.FIELD_NAME) {
                        String source = parser.currentName();
                        parser.nextToken();
                        readNumbers(parser, source + ".", List.of("read", "accepted", "rejected"),
                                counts);
                    }
                } else if (field.equals("identity") && value == JsonToken.START_OBJECT) {
                    readNumbers(parser, "", List.of("customers"), counts);
                } else if (field.equals("customers") && value == JsonToken.VALUE_NUMBER_INT) {
                    counts.put("customers", parser.getLongValue());
                } else {
                    parser.skipChildren();
                }
            }
        }
        return counts;
    }

    /** The whole-number fields {@code names} of the object the parser is at, prefixed. */
    private static void readNumbers(JsonParser parser, String prefix, List<String> names,
            Map<String, Long> counts) throws IOException {
        if (parser.currentToken() != JsonToken.START_OBJECT) {
            parser.skipChildren();
            return;
        }
        while (parser.nextToken() == JsonToken.FIELD_NAME) {
            String name = parser.currentName();
            JsonToken value = parser.nextToken();
            if (names.contains(name) && value == JsonToken.VALUE_NUMBER_INT) {
                counts.put(prefix + name, parser.getLongValue());
            } else {
                parser.skipChildren();
            }
        }
    }

    private static void putLines(Map<String, Long> counts, String key, Path output)
            throws IOException {
        if (Files.exists(output)) {
            counts.put(key, lines(parts(output)));
        }
    }

    private static byte[] concatenation(List<Path> parts) throws IOException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        for (Path part : parts) {
            bytes.write(Files.readAllBytes(part));
        }
        return bytes.toByteArray();
    }
}
