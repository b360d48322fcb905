package io.customer360.examples;

import static org.assertj.core.api.Assertions.assertThat;

import io.customer360.config.Customer360Config;
import io.customer360.io.LocalFiles;
import io.customer360.model.Source;
import io.customer360.output.OutputNames;
import io.customer360.report.RunReport;
import io.customer360.report.SourceReport;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The shipped example configuration ({@code config-example/customer360.yaml}) reads an export
 * of the bundled sample with renamed columns, other status words, a tab-separated transaction
 * file and a renamed JSON field; it must give what the default pipeline gives on the sample.
 */
class ConfiguredExportTest {
    private static final Path CONFIG = Path.of("config-example", "customer360.yaml");

    @TempDir
    Path input;
    @TempDir
    Path output;

    @Test
    void theExampleConfigurationGivesTheDefaultPipelinesResultsOnTheSameExport() throws Exception {
        Cli.copySample(input);
        Path expected = output.resolve("default");
        Path actual = output.resolve("configured");
        RunReport defaults = LocalFiles.defaults(input, expected).build().run();

        RunReport configured = Customer360Config.load(CONFIG).outputDirectory(actual).build()
                .run();

        assertThat(counts(configured)).isEqualTo(counts(defaults));
        assertThat(configured.identity()).isEqualTo(defaults.identity());
        try (Connection connection = DriverManager.getConnection("jdbc:duckdb:");
                Statement statement = connection.createStatement()) {
            String columns = defaultColumns(statement, expected);
            for (String[] pair : new String[][] {{expected.toString(), actual.toString()},
                    {actual.toString(), expected.toString()}}) {
                try (ResultSet differing = statement.executeQuery("select count(*) from (select "
                        + columns + " from " + table(Path.of(pair[0])) + " except all select "
                        + columns + " from " + table(Path.of(pair[1])) + ")")) {
                    differing.next();
                    assertThat(differing.getLong(1)).as("rows only in " + pair[0]).isZero();
                }
            }
            try (ResultSet chargebacks = statement.executeQuery("select count(*),"
                    + " sum(chargeback_count), sum(chargeback_amount) from " + table(actual))) {
                chargebacks.next();
                assertThat(chargebacks.getLong(1)).isEqualTo(defaults.identity().customers());
                assertThat(chargebacks.getLong(2)).isZero();
                assertThat(chargebacks.getBigDecimal(3)).isZero();
            }
        }
        assertThat(rejectsWithoutRaw(actual)).isEqualTo(rejectsWithoutRaw(expected));
        assertThat(rawOf(actual, "leads")).isEqualTo(rawOf(expected, "leads"));
    }

    private static Map<Source, List<Object>> counts(RunReport report) {
        return report.sources().entrySet().stream().collect(Collectors.toMap(Map.Entry::getKey,
                entry -> {
                    SourceReport source = entry.getValue();
                    return List.of(source.read(), source.accepted(), source.rejected(),
                            source.rejectedByReason());
                }));
    }

    private static String table(Path folder) {
        return "read_parquet('" + folder.resolve(OutputNames.CUSTOMER_TABLE) + "')";
    }

    private static String defaultColumns(Statement statement, Path folder) throws Exception {
        StringBuilder columns = new StringBuilder();
        try (ResultSet rs = statement.executeQuery("select column_name from (describe select *"
                + " from " + table(folder) + ")")) {
            while (rs.next()) {
                columns.append(columns.length() == 0 ? "" : ", ").append(rs.getString(1));
            }
        }
        return columns.toString();
    }

    /** Each reject's source, line and reason: what must not change with the layout. */
    private static List<String> rejectsWithoutRaw(Path folder) throws Exception {
        return Files.readAllLines(folder.resolve(OutputNames.REJECTS), StandardCharsets.UTF_8)
                .stream().map(line -> line.substring(0, line.indexOf(",\"raw\""))).toList();
    }

    private static List<String> rawOf(Path folder, String source) throws Exception {
        return Files.readAllLines(folder.resolve(OutputNames.REJECTS), StandardCharsets.UTF_8)
                .stream().filter(line -> line.contains("\"source\":\"" + source + "\""))
                .toList();
    }
}
