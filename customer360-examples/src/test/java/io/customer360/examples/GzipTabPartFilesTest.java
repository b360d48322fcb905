package io.customer360.examples;

import static org.assertj.core.api.Assertions.assertThat;

import io.customer360.io.LocalFiles;
import io.customer360.io.read.DelimitedFileInput;
import io.customer360.model.Source;
import io.customer360.output.OutputNames;
import io.customer360.report.FileReport;
import io.customer360.report.RunReport;
import io.customer360.report.SourceReport;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.zip.GZIPOutputStream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Issue #14's done-when check for inputs: the bundled sample's transactions, split into three
 * tab-separated, gzip-compressed part files in a folder (two of them named without
 * {@code .gz}), give the same customer rows and the same rejects as the original pipe-delimited
 * file through the default pipeline; only the file names and line numbers differ, as they must.
 */
class GzipTabPartFilesTest {
    private static final int PARTS = 3;
    private static final List<String> PART_NAMES = List.of("transactions-2026-11-01.txt.gz",
            "transactions-2026-11-02.txt", "transactions-2026-11-03");
    private static final Pattern FILE_AND_LINE =
            Pattern.compile("^(\\{\"source\":\"[a-z_]+\",)(?:\"file\":\"([^\"]*)\",)?\"line\":(\\d+),");

    @TempDir
    Path sample;
    @TempDir
    Path split;
    @TempDir
    Path work;
    private Path folder;
    /** Per data line of the original file (from line 2), its part and line in the part. */
    private final List<int[]> placeOfLine = new ArrayList<>();

    @BeforeEach
    void splitTheSampleTransactions() throws IOException {
        Cli.copySample(sample);
        Cli.copySample(split);
        Path original = split.resolve(LocalFiles.TRANSACTIONS_FILE);
        List<String> lines = Files.readAllLines(original, StandardCharsets.UTF_8);
        Files.delete(original);
        folder = Files.createDirectory(split.resolve("transactions"));
        String header = lines.get(0).replace('|', '\t');
        List<String> data = lines.subList(1, lines.size());
        int perPart = (data.size() + PARTS - 1) / PARTS;
        for (int part = 0; part < PARTS; part++) {
            StringBuilder text = new StringBuilder(header).append('\n');
            List<String> partLines = data.subList(part * perPart,
                    Math.min(data.size(), (part + 1) * perPart));
            for (int i = 0; i < partLines.size(); i++) {
                text.append(partLines.get(i).replace('|', '\t')).append('\n');
                placeOfLine.add(new int[] {part, i + 2});
            }
            try (OutputStream out = new GZIPOutputStream(
                    Files.newOutputStream(folder.resolve(PART_NAMES.get(part))))) {
                out.write(text.toString().getBytes(StandardCharsets.UTF_8));
            }
        }
        assertThat(lines.get(0)).contains("|").doesNotContain("\t");
        assertThat(data).hasSize(18).noneMatch(line -> line.contains("\t"));
    }

    private RunReport runDefault(Path output) {
        return LocalFiles.defaults(sample, output).build().run();
    }

    private RunReport runSplit(Path output) {
        return LocalFiles.defaults(split, output)
                .transactions(DelimitedFileInput.pipe(folder).withDelimiter('\t'))
                .build().run();
    }

    @Test
    void givesTheSameCustomerRowsAndRejectsAsTheOriginalFile() throws Exception {
        Path defaultOut = work.resolve("default");
        Path splitOut = work.resolve("split");
        RunReport expected = runDefault(defaultOut);
        RunReport actual = runSplit(splitOut);

        List<List<String>> rows = rows(defaultOut);
        assertThat(rows).hasSize(6);
        assertThat(rows.toString()).contains("emails=[", "@example.com");
        assertThat(rows(splitOut)).isEqualTo(rows);
        assertSameRejects(defaultOut, splitOut);
        assertSameRejectedTransactionsLog(defaultOut, splitOut);
        assertSameCounts(expected, actual);
    }

    private void assertSameRejects(Path defaultOut, Path splitOut) throws IOException {
        List<String> expected = Files.readAllLines(defaultOut.resolve(OutputNames.REJECTS));
        List<String> actual = Files.readAllLines(splitOut.resolve(OutputNames.REJECTS));
        assertThat(actual).hasSameSizeAs(expected).hasSize(28);
        int transactions = 0;
        for (int i = 0; i < expected.size(); i++) {
            Matcher want = FILE_AND_LINE.matcher(expected.get(i));
            Matcher got = FILE_AND_LINE.matcher(actual.get(i));
            assertThat(want.find()).isTrue();
            assertThat(got.find()).as(actual.get(i)).isTrue();
            assertThat(want.group(2)).isNull();
            String wantRest = expected.get(i).substring(want.end());
            String gotRest = actual.get(i).substring(got.end());
            if (!expected.get(i).startsWith("{\"source\":\"transactions\"")) {
                assertThat(actual.get(i)).isEqualTo(expected.get(i));
                continue;
            }
            transactions++;
            // the raw text with its tabs (\t in JSON) turned back into the original delimiter
            assertThat(gotRest.replace("\\t", "|")).isEqualTo(wantRest);
            int[] place = placeOfLine.get(Integer.parseInt(want.group(3)) - 2);
            assertThat(got.group(2)).isEqualTo(folder.resolve(PART_NAMES.get(place[0]))
                    .toString());
            assertThat(Long.parseLong(got.group(3))).isEqualTo(place[1]);
        }
        assertThat(transactions).isEqualTo(12);
    }

    private void assertSameRejectedTransactionsLog(Path defaultOut, Path splitOut)
            throws IOException {
        List<String> expected = Files.readAllLines(
                defaultOut.resolve(OutputNames.REJECTED_TRANSACTIONS));
        List<String> actual = Files.readAllLines(
                splitOut.resolve(OutputNames.REJECTED_TRANSACTIONS));
        assertThat(actual).hasSameSizeAs(expected).hasSize(13);
        assertThat(actual.get(0)).isEqualTo(expected.get(0) + "|file|line");
        for (int i = 1; i < expected.size(); i++) {
            assertThat(actual.get(i)).startsWith(expected.get(i) + "|" + folder);
        }
    }

    private void assertSameCounts(RunReport expected, RunReport actual) {
        for (Source source : Source.values()) {
            SourceReport want = expected.sources().get(source);
            SourceReport got = actual.sources().get(source);
            assertThat(got.read()).isEqualTo(want.read());
            assertThat(got.rejected()).isEqualTo(want.rejected());
            assertThat(got.rejectedByReason()).isEqualTo(want.rejectedByReason());
        }
        assertThat(actual.identity()).isEqualTo(expected.identity());
        List<FileReport> files = actual.sources().get(Source.TRANSACTIONS).files();
        assertThat(files).extracting(FileReport::file).containsExactly(
                folder.resolve(PART_NAMES.get(0)).toString(),
                folder.resolve(PART_NAMES.get(1)).toString(),
                folder.resolve(PART_NAMES.get(2)).toString());
        assertThat(files).extracting(FileReport::read).containsExactly(6L, 6L, 6L);
        for (FileReport file : files) {
            assertThat(file.read()).isEqualTo(file.accepted() + file.rejected());
        }
        assertThat(files.stream().mapToLong(FileReport::rejected).sum())
                .isEqualTo(expected.sources().get(Source.TRANSACTIONS).rejected());
    }

    /** Every row of the customer table, every column as text, in customer_id order. */
    private static List<List<String>> rows(Path output) throws SQLException {
        String sql = "SELECT * FROM read_parquet('" + output.resolve(OutputNames.CUSTOMER_TABLE)
                + "') ORDER BY customer_id";
        List<List<String>> rows = new ArrayList<>();
        try (Connection connection = DriverManager.getConnection("jdbc:duckdb:");
                Statement statement = connection.createStatement();
                ResultSet rs = statement.executeQuery(sql)) {
            int columns = rs.getMetaData().getColumnCount();
            while (rs.next()) {
                List<String> row = new ArrayList<>();
                for (int c = 1; c <= columns; c++) {
                    Object value = rs.getObject(c);
                    row.add(rs.getMetaData().getColumnName(c) + "=" + value);
                }
                rows.add(row);
            }
        }
        return rows;
    }
}
