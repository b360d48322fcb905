package io.customer360.benchmarks;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import io.customer360.output.OutputNames;
import java.io.BufferedReader;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.SequenceInputStream;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * What an engine's run left in its output folder, counted the same way for every engine so that
 * the benchmark can compare them: the counts of {@code run_report.json} (per source, per reason
 * code, customers), the rows and lines of the outputs themselves, and a digest of the customer
 * table's values and one of the rejects' source, line and reason code.
 *
 * <p>Each output is either one file (customer360, DuckDB) or, as Spark writes it, a folder of
 * part files whose concatenation in name order is that file; files whose name starts with
 * {@code _} or {@code .} ({@code _SUCCESS}, checksums) are not parts. The customer table's rows
 * are counted by DuckDB ({@code read_parquet} of the file, or of {@code folder/*.parquet}).
 */
final class EngineOutput {
    private static final Logger LOG = LoggerFactory.getLogger(EngineOutput.class);
    /** Rows of {@code customer_360.parquet}. */
    static final String CUSTOMER_ROWS = "output.customer_rows";
    /** Lines of {@code rejects.jsonl}. */
    static final String REJECTS_LINES = "output.rejects_lines";
    /** Lines of {@code rejected_transactions.log}. */
    static final String REJECTED_TRANSACTIONS_LINES = "output.rejected_transactions_lines";
    /**
     * A digest of the values of every row of {@code customer_360.parquet} in the columns of
     * behaviour §5.2, independent of the row order and of how an engine writes timestamps,
     * decimals and counts in Parquet: equal digests mean equal rows, with overwhelming
     * probability.
     */
    static final String CUSTOMER_TABLE_DIGEST = "output.customer_table_digest";
    /**
     * A digest of the source, line and reason code of every line of {@code rejects.jsonl}
     * (of the concatenation of its parts), independent of the order of the lines.
     */
    static final String REJECTS_DIGEST = "output.rejects_digest";

    /** The columns of behaviour §5.2, each in one type whatever the engine wrote. */
    private static final String CUSTOMER_VALUES = String.join(", ", List.of(
            "customer_id", "primary_email", "emails", "user_uuids", "lead_id", "full_name", "phone",
            "lead_source", "epoch_ms(lead_created_at)", "transaction_count::BIGINT",
            "completed_count::BIGINT", "pending_count::BIGINT", "refunded_count::BIGINT",
            "failed_count::BIGINT", "cancelled_count::BIGINT",
            "completed_amount::DECIMAL(18, 2)", "pending_amount::DECIMAL(18, 2)",
            "refunded_amount::DECIMAL(18, 2)", "failed_amount::DECIMAL(18, 2)",
            "cancelled_amount::DECIMAL(18, 2)", "epoch_ms(first_transaction_at)",
            "epoch_ms(last_transaction_at)", "transaction_ids", "web_event_count::BIGINT",
            "total_page_views::BIGINT", "session_count::BIGINT", "epoch_ms(first_seen_at)",
            "epoch_ms(last_seen_at)", "epoch_ms(last_activity_at)", "has_lead",
            "has_transactions", "has_web_activity"));
    /**
     * The largest prime below 2^63. A digest of a set of rows is the sum of their hashes, each
     * cut to 53 bits (so that no sum overflows), modulo this prime; a sum, unlike an exclusive
     * or, does not cancel a row that appears twice.
     */
    private static final long DIGEST_PRIME = 9_223_372_036_854_775_783L;

    private EngineOutput() {
    }

    /**
     * The counts of an output folder: those of its run report ({@link #reportCounts}), and
     * {@link #CUSTOMER_ROWS}, {@link #CUSTOMER_TABLE_DIGEST}, {@link #REJECTS_LINES},
     * {@link #REJECTS_DIGEST} and {@link #REJECTED_TRANSACTIONS_LINES}; an output that is not
     * there has no entry, and neither has a digest DuckDB cannot compute.
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
            customerTableDigest(table).ifPresent(value -> counts.put(CUSTOMER_TABLE_DIGEST, value));
        }
        Path rejects = folder.resolve(OutputNames.REJECTS);
        putLines(counts, REJECTS_LINES, rejects);
        if (!parts(rejects).isEmpty()) {
            counts.put(REJECTS_DIGEST, rejectsDigest(parts(rejects)));
        }
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
        try (Connection connection = DriverManager.getConnection("jdbc:duckdb:");
                Statement statement = connection.createStatement();
                ResultSet result = statement.executeQuery("SELECT count(*) FROM read_parquet("
                        + parquetSource(table) + ")")) {
            result.next();
            return result.getLong(1);
        } catch (SQLException e) {
            throw new IOException("cannot count the rows of " + table + ": " + e.getMessage(), e);
        }
    }

    /**
     * The digest of the customer table's rows, each its {@link #CUSTOMER_VALUES} hashed by
     * DuckDB (the first 53 bits), summed modulo {@link #DIGEST_PRIME}; empty, with a warning,
     * when DuckDB cannot compute it, for example because an engine wrote a column under another
     * name.
     */
    private static Optional<Long> customerTableDigest(Path table) {
        try (Connection connection = DriverManager.getConnection("jdbc:duckdb:");
                Statement statement = connection.createStatement();
                ResultSet result = statement.executeQuery("SELECT (sum(hash(" + CUSTOMER_VALUES
                        + ") >> 11) % " + DIGEST_PRIME + ")::BIGINT FROM read_parquet("
                        + parquetSource(table) + ")")) {
            result.next();
            return Optional.of(result.getLong(1));
        } catch (SQLException e) {
            LOG.warn("no digest of {}: {}", table, e.getMessage());
            return Optional.empty();
        }
    }

    /**
     * The digest of the rejects in {@code parts}: per line its source, line and reason code,
     * hashed with SHA-256 (the first 53 bits), summed modulo {@link #DIGEST_PRIME}.
     */
    static long rejectsDigest(List<Path> parts) throws IOException {
        MessageDigest sha256;
        try {
            sha256 = MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java runtime has SHA-256", e);
        }
        JsonFactory factory = new JsonFactory();
        long digest = 0;
        try (BufferedReader reader = new BufferedReader(new InputStreamReader(
                new SequenceInputStream(Collections.enumeration(openAll(parts))),
                StandardCharsets.UTF_8))) {
            for (String line = reader.readLine(); line != null; line = reader.readLine()) {
                if (line.isBlank()) {
                    continue;
                }
                byte[] key = rejectKey(factory, line).getBytes(StandardCharsets.UTF_8);
                long hash = ByteBuffer.wrap(sha256.digest(key)).getLong() >>> 11;
                digest = (digest + hash) % DIGEST_PRIME;
            }
        }
        return digest;
    }

    /** {@code source}, {@code line} and {@code reason_code} of one reject, joined by LF. */
    private static String rejectKey(JsonFactory factory, String reject) throws IOException {
        String source = "";
        String line = "";
        String code = "";
        try (JsonParser parser = factory.createParser(reject)) {
            if (parser.nextToken() != JsonToken.START_OBJECT) {
                throw new IOException("a line of the rejects is not a JSON object");
            }
            while (parser.nextToken() == JsonToken.FIELD_NAME) {
                String field = parser.currentName();
                parser.nextToken();
                switch (field) {
                    case "source" -> source = parser.getText();
                    case "line" -> line = parser.getText();
                    case "reason_code" -> code = parser.getText();
                    default -> parser.skipChildren();
                }
            }
        }
        return source + "\n" + line + "\n" + code;
    }

    private static List<InputStream> openAll(List<Path> parts) throws IOException {
        List<InputStream> streams = new ArrayList<>();
        try {
            for (Path part : parts) {
                streams.add(Files.newInputStream(part));
            }
        } catch (IOException e) {
            for (InputStream stream : streams) {
                stream.close();
            }
            throw e;
        }
        return streams;
    }

    /** The file, or the {@code *.parquet} files of a folder, as a quoted SQL string. */
    private static String parquetSource(Path table) {
        String path = table.toAbsolutePath().toString();
        if (Files.isDirectory(table)) {
            path = path + "/*.parquet";
        }
        return sqlString(path);
    }

    private static String sqlString(String text) {
        return "'" + text.replace("'", "''") + "'";
    }

    /**
     * {@code <source>.read|accepted|rejected} of each source under {@code sources}, with
     * {@code <source>.rejected.<CODE>} for each code of its {@code rejected_by_reason}, and
     * {@code customers} from {@code identity.customers} or a top-level {@code customers}.
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
                        readSource(parser, source, counts);
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

    /**
     * The counts of one source's object: {@code read}, {@code accepted}, {@code rejected} and
     * the codes of {@code rejected_by_reason}.
     */
    private static void readSource(JsonParser parser, String source, Map<String, Long> counts)
            throws IOException {
        if (parser.currentToken() != JsonToken.START_OBJECT) {
            parser.skipChildren();
            return;
        }
        while (parser.nextToken() == JsonToken.FIELD_NAME) {
            String name = parser.currentName();
            JsonToken value = parser.nextToken();
            if (List.of("read", "accepted", "rejected").contains(name)
                    && value == JsonToken.VALUE_NUMBER_INT) {
                counts.put(source + "." + name, parser.getLongValue());
            } else if (name.equals("rejected_by_reason")) {
                readNumbers(parser, source + ".rejected.", null, counts);
            } else {
                parser.skipChildren();
            }
        }
    }

    /**
     * The whole-number fields {@code names} (all when null) of the object the parser is at,
     * prefixed.
     */
    private static void readNumbers(JsonParser parser, String prefix, List<String> names,
            Map<String, Long> counts) throws IOException {
        if (parser.currentToken() != JsonToken.START_OBJECT) {
            parser.skipChildren();
            return;
        }
        while (parser.nextToken() == JsonToken.FIELD_NAME) {
            String name = parser.currentName();
            JsonToken value = parser.nextToken();
            if ((names == null || names.contains(name)) && value == JsonToken.VALUE_NUMBER_INT) {
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
