package io.customer360.benchmarks.generate;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import io.customer360.error.Customer360Exception;
import io.customer360.io.LocalFiles;
import io.customer360.model.Source;
import io.customer360.report.RunReport;
import io.customer360.report.SourceReport;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.From;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.constraints.Size;
import net.jqwik.api.statistics.Statistics;

/**
 * Generated inputs damaged at random places, byte by byte: the run either finishes with every
 * record read accepted or rejected, every reject in the quarantine, and a customer table that
 * an independent reader (DuckDB) reads; or it fails with a clear error before writing any
 * output. It never crashes mid-run and never loses a record.
 */
class MutatedInputPropertiesTest {
    private static final List<String> FILES = List.of(LocalFiles.LEADS_FILE,
            LocalFiles.TRANSACTIONS_FILE, LocalFiles.WEB_ACTIVITY_FILE, LocalFiles.IDENTITY_MAP_FILE);
    /** Bytes that mean something to one of the formats, or are not UTF-8. */
    private static final byte[] SPECIAL = {'|', ',', '"', '\n', '\r', '{', '}', '[', ']', ':',
        '\\', ' ', '\t', '-', '.', '@', '0', '9', 'a', 'Z', (byte) 0xFF, (byte) 0xC3,
        (byte) 0xE2, (byte) 0xEF, (byte) 0xBB, (byte) 0xBF, 0};

    /** One change to one input file at a position given as a fraction of its length. */
    record Mutation(int file, int perMille, Kind kind, int length, int special) {
        enum Kind { DELETE, INSERT, REPLACE, DUPLICATE, TRUNCATE }

        byte[] applyTo(byte[] content) {
            int at = (int) ((long) content.length * perMille / 1000);
            int end = Math.min(content.length, at + length);
            ByteArrayOutputStream out = new ByteArrayOutputStream(content.length + length);
            switch (kind) {
                case DELETE -> {
                    out.write(content, 0, at);
                    out.write(content, end, content.length - end);
                }
                case INSERT -> {
                    out.write(content, 0, at);
                    for (int i = 0; i < length; i++) {
                        out.write(SPECIAL[(special + i) % SPECIAL.length]);
                    }
                    out.write(content, at, content.length - at);
                }
                case REPLACE -> {
                    out.write(content, 0, content.length);
                    byte[] replaced = out.toByteArray();
                    for (int i = at; i < end; i++) {
                        replaced[i] = SPECIAL[(special + i) % SPECIAL.length];
                    }
                    return replaced;
                }
                case DUPLICATE -> {
                    out.write(content, 0, end);
                    out.write(content, at, content.length - at);
                }
                case TRUNCATE -> out.write(content, 0, at);
                default -> throw new AssertionError(kind);
            }
            return out.toByteArray();
        }
    }

    @Provide
    Arbitrary<Mutation> mutation() {
        return Combinators.combine(
                Arbitraries.integers().between(0, FILES.size() - 1),
                Arbitraries.integers().between(0, 1000).withoutEdgeCases(),
                Arbitraries.of(Mutation.Kind.class),
                Arbitraries.integers().between(1, 40),
                Arbitraries.integers().between(0, SPECIAL.length - 1))
                .as(Mutation::new);
    }

    @Property(tries = 100)
    void damagedInputsAreAccountedForOrFailBeforeWritingAnything(
            @ForAll @IntRange(min = 1, max = 10_000) int seed,
            @ForAll @Size(min = 1, max = 12) List<@From("mutation") Mutation> mutations)
            throws Exception {
        // Most damaged inputs must still be read, or the checks of a finished run would rarely run.
        Statistics.label("outcome").coverage(
                coverage -> coverage.check("finished").percentage(share -> share >= 25));
        Path work = Files.createTempDirectory("customer360-mutated");
        try {
            Path input = DataGenerator.builder().leads(40).transactions(150).web(150).seed(seed)
                    .build().writeTo(work.resolve("in")).directory();
            for (Mutation mutation : mutations) {
                Path file = input.resolve(FILES.get(mutation.file()));
                Files.write(file, mutation.applyTo(Files.readAllBytes(file)));
            }
            Path output = work.resolve("out");

            RunReport report;
            try {
                report = LocalFiles.defaults(input, output).build().run();
            } catch (Customer360Exception failed) {
                Statistics.label("outcome").collect("failed clearly");
                assertThat(failed.getMessage()).containsAnyOf(FILES.toArray(String[]::new));
                assertThat(output).satisfiesAnyOf(
                        out -> assertThat(out).doesNotExist(),
                        out -> assertThat(out).isEmptyDirectory(),
                        out -> assertThat(out).isDirectoryContaining(
                                "glob:**/.customer360.lock").satisfies(
                                        only -> assertThat(only.toFile().list()).hasSize(1))
                                .satisfies(lockFolder -> assertThat(
                                        lockFolder.resolve(".customer360.lock")).isEmptyFile()));
                return;
            }
            Statistics.label("outcome").collect("finished");

            long rejected = 0;
            for (Source source : Source.values()) {
                SourceReport counts = report.sources().get(source);
                assertThat(counts.read()).as(source.toString())
                        .isEqualTo(counts.accepted() + counts.rejected());
                assertThat(counts.rejectedByReason().values().stream().mapToLong(Long::longValue).sum())
                        .as(source.toString()).isEqualTo(counts.rejected());
                rejected += counts.rejected();
            }
            assertThat(reasonCodes(output.resolve("rejects.jsonl"))).isEqualTo(rejected);
            assertThat(Files.readAllLines(output.resolve("rejected_transactions.log"),
                    StandardCharsets.UTF_8)).hasSize(
                            1 + (int) report.sources().get(Source.TRANSACTIONS).rejected());
            Path web = input.resolve(LocalFiles.WEB_ACTIVITY_FILE);
            if (!isJsonArray(Files.readAllBytes(web))) {
                assertThat(report.sources().get(Source.WEB_ACTIVITY).read())
                        .as("web activity records read against non-blank lines")
                        .isEqualTo(nonBlankLines(Files.readAllBytes(web)));
            }
            assertThat(countCustomers(output.resolve("customer_360.parquet")))
                    .isEqualTo(List.of(report.identity().customers(), report.identity().customers()));
        } finally {
            deleteTree(work);
        }
    }

    /** Whether JSON Lines content is a JSON array: '[' first after a BOM and white space. */
    private static boolean isJsonArray(byte[] content) {
        int i = content.length >= 3 && (content[0] & 0xFF) == 0xEF && (content[1] & 0xFF) == 0xBB
                && (content[2] & 0xFF) == 0xBF ? 3 : 0;
        while (i < content.length && (content[i] == ' ' || content[i] == '\t'
                || content[i] == '\r' || content[i] == '\n')) {
            i++;
        }
        return i < content.length && content[i] == '[';
    }

    /**
     * Lines that end with LF, CRLF or CR and are not blank once decoded as UTF-8: the records of
     * a JSON Lines file, counted independently of the library's reader.
     */
    private static long nonBlankLines(byte[] content) {
        String text = new String(content, StandardCharsets.UTF_8);
        if (text.startsWith("\uFEFF")) {
            text = text.substring(1);
        }
        return Arrays.stream(text.split("\r\n|\r|\n", -1)).filter(line -> !line.isBlank())
                .count();
    }

    /** The number of lines of a JSON Lines file, each one object with a reason code. */
    private static long reasonCodes(Path file) throws IOException {
        JsonFactory factory = new JsonFactory();
        long lines = 0;
        for (String line : Files.readAllLines(file, StandardCharsets.UTF_8)) {
            boolean hasReason = false;
            try (JsonParser parser = factory.createParser(line)) {
                assertThat(parser.nextToken()).isEqualTo(JsonToken.START_OBJECT);
                for (JsonToken token = parser.nextToken(); token != JsonToken.END_OBJECT;
                        token = parser.nextToken()) {
                    String name = parser.currentName();
                    parser.nextToken();
                    hasReason |= "reason_code".equals(name) && !parser.getText().isEmpty();
                }
                assertThat(parser.nextToken()).isNull();
            }
            assertThat(hasReason).as(line).isTrue();
            lines++;
        }
        return lines;
    }

    /** Rows and distinct customer ids of a Parquet file, read by DuckDB. */
    private static List<Long> countCustomers(Path file) throws SQLException {
        try (Connection connection = DriverManager.getConnection("jdbc:duckdb:");
                Statement statement = connection.createStatement();
                ResultSet result = statement.executeQuery("SELECT count(*), count(DISTINCT"
                        + " customer_id) FROM read_parquet('" + file + "')")) {
            result.next();
            return List.of(result.getLong(1), result.getLong(2));
        }
    }

    private static void deleteTree(Path root) throws IOException {
        try (Stream<Path> paths = Files.walk(root)) {
            for (Path path : (Iterable<Path>) paths.sorted(Comparator.reverseOrder())::iterator) {
                Files.delete(path);
            }
        }
    }
}
