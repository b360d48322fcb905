package io.customer360.io.explain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.customer360.error.InputException;
import io.customer360.error.UnknownIdentifierException;
import io.customer360.explain.CustomerLink;
import io.customer360.explain.Explanation;
import io.customer360.explain.ExplanationText;
import io.customer360.io.write.ParquetTableFormat;
import io.customer360.output.ColumnType;
import io.customer360.output.CustomerLinks;
import io.customer360.output.CustomerRow;
import io.customer360.output.OutputColumn;
import io.customer360.output.OutputNames;
import io.customer360.output.OutputSchema;
import io.customer360.output.RecordWriter;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import org.apache.parquet.hadoop.metadata.CompressionCodecName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Finding one customer in customer_links.parquet by customer_id, e-mail or user UUID, and the
 * failures that name the file: missing, not Parquet, lacking a column, unsorted, not found.
 */
class CustomerLinksFileTest {
    static final String FIRST = "1a2b3c4d-0000-3000-8000-000000000001";
    static final String SECOND = "5b6c7d8e-0000-3000-8000-000000000002";
    static final String THIRD = "9c0d1e2f-0000-3000-8000-000000000003";
    static final String U1 = "11111111-1111-4111-8111-111111111111";
    static final String U2 = "22222222-2222-4222-8222-222222222222";
    static final String U3 = "33333333-3333-4333-8333-333333333333";

    /** Three customers, sorted by customer_id then identifier, as a run writes them. */
    static final List<Object[]> ROWS = List.of(
            new Object[] {FIRST, U1, "user_uuid", "lead_user_uuid", "a@x.com", "leads",
                "in/crm_leads.csv", 7L, null},
            new Object[] {FIRST, U2, "user_uuid", "web_email", "b@x.com", "web_activity",
                "in/web_activity.json", 12L, "customer_limit"},
            new Object[] {FIRST, "a@x.com", "email", null, null, null, null, null, null},
            new Object[] {FIRST, "b@x.com", "email", "identity_map", U1, "identity_map",
                "in/identity_map.csv", 3L, null},
            new Object[] {SECOND, "d@y.com", "email", null, null, null, null, null, null},
            new Object[] {THIRD, U3, "user_uuid", "transaction_email", "e@z.com", "transactions",
                "in/transactions.txt", 5L, null},
            new Object[] {THIRD, "e@z.com", "email", null, null, null, null, null, null});

    @TempDir
    Path dir;

    static Path write(Path file, OutputSchema schema, List<Object[]> rows,
            ParquetTableFormat format) throws IOException {
        try (RecordWriter<CustomerRow> writer = format.open(file, schema)) {
            for (Object[] values : rows) {
                writer.write(CustomerRow.of(schema, values));
            }
        }
        return file;
    }

    private Path writeLinks() throws IOException {
        return write(dir.resolve(OutputNames.CUSTOMER_LINKS), CustomerLinks.SCHEMA, ROWS,
                ParquetTableFormat.snappy());
    }

    private static List<String> identifiers(Explanation explanation) {
        return explanation.links().stream().map(CustomerLink::identifier).toList();
    }

    @Test
    void findsACustomerByItsCustomerIdInAnyCase() throws IOException {
        writeLinks();

        Explanation third = CustomerLinksFile.explain(dir, THIRD.toUpperCase());

        assertThat(third.customerId()).isEqualTo(THIRD);
        assertThat(third.links()).containsExactly(
                new CustomerLink(THIRD, U3, "user_uuid", "transaction_email", "e@z.com",
                        "transactions", "in/transactions.txt", 5L, null),
                new CustomerLink(THIRD, "e@z.com", "email", null, null, null, null, null, null));
    }

    @Test
    void aCustomerIdIsMatchedInAnyCaseEvenWhenTheFileHoldsItInCapitals() throws IOException {
        Path file = write(dir.resolve("links.parquet"), CustomerLinks.SCHEMA,
                List.<Object[]>of(new Object[] {THIRD.toUpperCase(), "e@z.com", "email", null,
                    null, null, null, null, null}), ParquetTableFormat.snappy());

        assertThat(CustomerLinksFile.explain(file, THIRD).customerId())
                .isEqualTo(THIRD.toUpperCase());
    }

    @Test
    void findsACustomerByAnEmailInOtherCasingWithTheRowsBeforeTheMatch() throws IOException {
        writeLinks();

        Explanation first = CustomerLinksFile.explain(dir, "  B@X.Com ");

        assertThat(first.customerId()).isEqualTo(FIRST);
        assertThat(identifiers(first)).containsExactly(U1, U2, "a@x.com", "b@x.com");
        assertThat(first.problems()).isEmpty();
        assertThat(ExplanationText.chain(first, U2, U1, first.chain(U2, U1).orElseThrow()))
                .containsExactly("customer " + FIRST + ": 2 links from " + U2 + " to " + U1,
                        U2 + " (user_uuid, guard: customer_limit) -[web_email from web_activity"
                                + " in/web_activity.json:12]-> b@x.com (email)",
                        "b@x.com (email) -[identity_map from identity_map"
                                + " in/identity_map.csv:3]-> " + U1 + " (user_uuid)");
    }

    @Test
    void findsACustomerByAUserUuidAndAloneOnesByTheirOnlyEmail() throws IOException {
        Path file = writeLinks();

        assertThat(CustomerLinksFile.explain(file, U3.toUpperCase()).customerId())
                .isEqualTo(THIRD);
        assertThat(identifiers(CustomerLinksFile.explain(file, "d@y.com")))
                .containsExactly("d@y.com");
    }

    @Test
    void anUnknownIdentifierNamesTheFileAndWhatWasSoughtButNotTheValue() throws IOException {
        Path file = writeLinks();

        assertThatThrownBy(() -> CustomerLinksFile.explain(dir, "nobody@x.com"))
                .isInstanceOf(UnknownIdentifierException.class)
                .hasMessage(file + ": no customer has the e-mail given");
        assertThatThrownBy(() -> CustomerLinksFile.explain(dir, U1.replace('1', '4')))
                .isInstanceOf(UnknownIdentifierException.class)
                .hasMessage(file + ": no customer has the customer_id or user UUID given");
    }

    @Test
    void aFolderWithoutExplanationsNamesTheMissingFile() {
        Path file = dir.resolve(OutputNames.CUSTOMER_LINKS);

        assertThatThrownBy(() -> CustomerLinksFile.explain(dir, "a@x.com"))
                .isInstanceOf(InputException.class)
                .hasMessage(file + ": file not found: no finished run with merge explanations"
                        + " wrote it");
        assertThatThrownBy(() -> CustomerLinksFile.explain(dir.resolve("gone"), "a@x.com"))
                .isInstanceOf(InputException.class)
                .hasMessageStartingWith(dir.resolve("gone") + ": file not found");
    }

    @Test
    void readsAFolderOfPartFilesInNameOrderAsOneFile() throws IOException {
        Path folder = dir.resolve(OutputNames.CUSTOMER_LINKS);
        Files.createDirectories(folder);
        int half = ROWS.size() / 2;
        write(folder.resolve("part-00001.parquet"), CustomerLinks.SCHEMA,
                ROWS.subList(half, ROWS.size()), ParquetTableFormat.snappy());
        write(folder.resolve("part-00000.parquet"), CustomerLinks.SCHEMA, ROWS.subList(0, half),
                ParquetTableFormat.snappy());
        Files.writeString(folder.resolve("_SUCCESS"), "");

        for (Object[] row : ROWS) {
            Explanation explanation = CustomerLinksFile.explain(dir, (String) row[1]);
            assertThat(explanation.customerId()).isEqualTo(row[0]);
            assertThat(explanation.links()).hasSize((int) ROWS.stream()
                    .filter(other -> other[0].equals(row[0])).count());
        }
    }

    @Test
    void aFileThatIsNotParquetNamesTheFile() throws IOException {
        Path file = Files.writeString(dir.resolve(OutputNames.CUSTOMER_LINKS),
                "customer_id,identifier\n1,a@x.com\n");

        assertThatThrownBy(() -> CustomerLinksFile.explain(dir, "a@x.com"))
                .isInstanceOf(InputException.class)
                .hasMessage(file + ": is not a Parquet file this reader reads: it does not"
                        + " begin and end with PAR1");
    }

    @Test
    void damagedPagesNameTheFileAndTheRow() throws IOException {
        Path file = writeLinks();
        byte[] bytes = Files.readAllBytes(file);
        for (int at = 4; at < 40; at++) {
            bytes[at] = (byte) 0xFF; // the first page header and data of customer_id
        }
        Files.write(file, bytes);

        assertThatThrownBy(() -> CustomerLinksFile.explain(file, "a@x.com"))
                .isInstanceOf(InputException.class)
                .hasMessageStartingWith(file + ": ")
                .hasMessageContaining(" at row 1");
    }

    @Test
    void readsWithoutHadoopOnTheClassPath() throws IOException {
        writeLinks();

        assertThat(CustomerLinksFile.explain(dir, "d@y.com").customerId()).isEqualTo(SECOND);
        assertThatThrownBy(() -> Class.forName("org.apache.hadoop.conf.Configuration"))
                .isInstanceOf(ClassNotFoundException.class);
    }

    @Test
    void aParquetFileWithoutTheExplanationsColumnsNamesTheColumn() throws IOException {
        List<OutputColumn> columns = new ArrayList<>(CustomerLinks.SCHEMA.columns());
        columns.remove(columns.size() - 1);
        OutputSchema withoutGuard = new OutputSchema(columns);
        Path file = write(dir.resolve("links.parquet"), withoutGuard,
                List.<Object[]>of(new Object[] {FIRST, "a@x.com", "email", null, null, null,
                    null, null}), ParquetTableFormat.snappy());

        assertThatThrownBy(() -> CustomerLinksFile.explain(file, "a@x.com"))
                .isInstanceOf(InputException.class)
                .hasMessage(file + ": is not a customer_links file: it lacks the column 'guard'");
    }

    @Test
    void aColumnOfAnotherTypeIsRefused() throws IOException {
        List<OutputColumn> columns = new ArrayList<>(CustomerLinks.SCHEMA.columns());
        columns.set(7, OutputColumn.optional(CustomerLinks.LINE, ColumnType.STRING));
        OutputSchema lineAsText = new OutputSchema(columns);
        Path file = write(dir.resolve("links.parquet"), lineAsText,
                List.<Object[]>of(new Object[] {FIRST, "a@x.com", "email", null, null, null,
                    null, "7", null}), ParquetTableFormat.snappy());

        assertThatThrownBy(() -> CustomerLinksFile.explain(file, "a@x.com"))
                .isInstanceOf(InputException.class)
                .hasMessage(file + ": is not a customer_links file: its column 'line' is not a"
                        + " single int64");
    }

    @Test
    void rowsNotSortedByCustomerIdAreRefusedRatherThanSplitOneCustomer() throws IOException {
        List<Object[]> unsorted = new ArrayList<>(ROWS);
        unsorted.add(new Object[] {FIRST, "z@x.com", "email", "web_email", U2, "web_activity",
            "in/web_activity.json", 20L, null});
        Path file = write(dir.resolve("links.parquet"), CustomerLinks.SCHEMA, unsorted,
                ParquetTableFormat.snappy());

        assertThatThrownBy(() -> CustomerLinksFile.explain(file, "z@x.com"))
                .isInstanceOf(InputException.class)
                .hasMessage(file + ": is not sorted by customer_id: row 8 comes after a greater"
                        + " customer_id");
    }

    @Test
    void readsEveryCodecTheWriterWrites() throws IOException {
        for (CompressionCodecName codec : List.of(CompressionCodecName.UNCOMPRESSED,
                CompressionCodecName.SNAPPY, CompressionCodecName.GZIP, CompressionCodecName.ZSTD,
                CompressionCodecName.LZ4_RAW)) {
            Path file = write(dir.resolve(codec + ".parquet"), CustomerLinks.SCHEMA, ROWS,
                    ParquetTableFormat.withCompression(codec));

            assertThat(identifiers(CustomerLinksFile.explain(file, "E@Z.COM"))).as("%s", codec)
                    .containsExactly(U3, "e@z.com");
        }
    }

    @Test
    void findsTheLastOfManyCustomersAcrossPages() throws IOException {
        List<Object[]> rows = new ArrayList<>();
        for (int customer = 0; customer < 20_000; customer++) {
            String id = String.format("%08d-0000-3000-8000-000000000000", customer);
            String uuid = String.format("%08d-1111-4111-8111-111111111111", customer);
            String email = "person" + customer + "@example.com";
            rows.add(new Object[] {id, uuid, "user_uuid", "web_email", email, "web_activity",
                "in/web_activity.json", (long) customer + 2, null});
            rows.add(new Object[] {id, email, "email", null, null, null, null, null, null});
        }
        Path file = write(dir.resolve("links.parquet"), CustomerLinks.SCHEMA, rows,
                ParquetTableFormat.snappy());

        Explanation last = CustomerLinksFile.explain(file, "Person19999@Example.com");

        assertThat(last.customerId()).startsWith("00019999-");
        assertThat(last.links()).hasSize(2);
        assertThat(last.links().get(0).line()).isEqualTo(20_001L);
    }

    /**
     * Another writer's file: DuckDB writes dictionary pages, data pages of version 1 or 2, and
     * here many row groups, none of which customer360's writer does.
     */
    @Test
    void readsDictionaryPagesVersionTwoPagesAndManyRowGroupsOfAnotherWriter()
            throws SQLException {
        for (String options : List.of("COMPRESSION zstd, ROW_GROUP_SIZE 1000",
                "COMPRESSION snappy, ROW_GROUP_SIZE 1000, PARQUET_VERSION v2")) {
            Path file = dir.resolve("duckdb.parquet");
            try (Connection connection = DriverManager.getConnection("jdbc:duckdb:");
                    Statement statement = connection.createStatement()) {
                statement.execute("COPY (SELECT printf('%08d-0000-3000-8000-000000000000', i // 2)"
                        + " AS customer_id, CASE WHEN i % 2 = 0"
                        + " THEN printf('%08d-1111-4111-8111-111111111111', i // 2)"
                        + " ELSE printf('person%d@example.com', i // 2) END AS identifier,"
                        + " CASE WHEN i % 2 = 0 THEN 'user_uuid' ELSE 'email' END"
                        + " AS identifier_type,"
                        + " CASE WHEN i % 2 = 0 THEN 'web_email' END AS evidence,"
                        + " CASE WHEN i % 2 = 0 THEN printf('person%d@example.com', i // 2) END"
                        + " AS linked_to,"
                        + " CASE WHEN i % 2 = 0 THEN 'web_activity' END AS source,"
                        + " CASE WHEN i % 2 = 0 THEN 'in/web_activity.json' END AS file,"
                        + " CASE WHEN i % 2 = 0 THEN i + 2 END AS line,"
                        + " CAST(NULL AS VARCHAR) AS guard"
                        + " FROM range(10000) t(i) ORDER BY i)"
                        + " TO '" + file + "' (FORMAT parquet, " + options + ")");
            }

            Explanation last = CustomerLinksFile.explain(file, "person4999@example.com");

            assertThat(last.customerId()).as(options).isEqualTo(
                    "00004999-0000-3000-8000-000000000000");
            assertThat(last.links()).as(options).containsExactly(
                    new CustomerLink(last.customerId(), "00004999-1111-4111-8111-111111111111",
                            "user_uuid", "web_email", "person4999@example.com", "web_activity",
                            "in/web_activity.json", 10_000L, null),
                    new CustomerLink(last.customerId(), "person4999@example.com", "email",
                            null, null, null, null, null, null));
        }
    }
}
