package io.customer360.io.write;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.customer360.output.ColumnType;
import io.customer360.output.CustomerRow;
import io.customer360.output.OutputColumn;
import io.customer360.output.OutputSchema;
import io.customer360.output.RecordWriter;
import java.io.IOException;
import java.math.BigDecimal;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Array;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.parquet.hadoop.metadata.CompressionCodecName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ParquetTableFormatTest {
    private static final OutputSchema SCHEMA = new OutputSchema(List.of(
            OutputColumn.required("customer_id", ColumnType.STRING),
            OutputColumn.optional("primary_email", ColumnType.STRING),
            OutputColumn.required("emails", ColumnType.STRING_LIST),
            OutputColumn.required("transaction_count", ColumnType.INT64),
            OutputColumn.optional("session_count", ColumnType.INT64),
            OutputColumn.required("completed_amount", ColumnType.DECIMAL_18_2),
            OutputColumn.optional("refunded_amount", ColumnType.DECIMAL_18_2),
            OutputColumn.optional("last_activity_at", ColumnType.TIMESTAMP_MILLIS),
            OutputColumn.required("has_lead", ColumnType.BOOLEAN),
            OutputColumn.optional("is_vip", ColumnType.BOOLEAN)));

    private static final Instant ACTIVITY = Instant.parse("2024-03-05T10:15:30.123456789Z");

    @TempDir
    Path dir;

    @Test
    void writesRowsThatDuckDbReadsBackValueForValue() throws Exception {
        Path file = write(dir.resolve("customer_360.parquet"), sampleRows());

        List<List<Object>> rows = query("SELECT customer_id, primary_email, emails, transaction_count,"
                + " session_count, completed_amount, refunded_amount,"
                + " epoch_ms(last_activity_at) AS last_ms, has_lead, is_vip"
                + " FROM read_parquet('" + file + "') ORDER BY customer_id");

        assertThat(rows).containsExactly(
                List.of("c-1", "zoë@example.com", List.of("a@example.com", "zoë@example.com"), 3L, 2L,
                        new BigDecimal("1234.56"), new BigDecimal("-0.05"),
                        ACTIVITY.toEpochMilli(), true, false),
                Arrays.asList("c-2", null, List.of(), 0L, null,
                        new BigDecimal("0.00"), null, null, false, null),
                Arrays.asList("c-3", "日本@例え.jp", List.of("日本@例え.jp"), Long.MAX_VALUE, 0L,
                        new BigDecimal("9999999999999999.99"), new BigDecimal("-9999999999999999.99"),
                        -1L, true, true));
    }

    @Test
    void truncatesTimestampsToMilliseconds() throws Exception {
        Path file = write(dir.resolve("t.parquet"), sampleRows());

        List<List<Object>> rows = query("SELECT CAST(last_activity_at AS VARCHAR) FROM read_parquet('"
                + file + "') WHERE customer_id = 'c-1'");

        assertThat(rows).containsExactly(List.of("2024-03-05 10:15:30.123+00"));
    }

    @Test
    void mapsEachColumnTypeToItsLogicalType() throws Exception {
        Path file = write(dir.resolve("t.parquet"), sampleRows());

        Map<String, String> types = new LinkedHashMap<>();
        for (List<Object> row : query("DESCRIBE SELECT * FROM read_parquet('" + file + "')")) {
            types.put((String) row.get(0), (String) row.get(1));
        }

        assertThat(types).containsExactly(
                Map.entry("customer_id", "VARCHAR"),
                Map.entry("primary_email", "VARCHAR"),
                Map.entry("emails", "VARCHAR[]"),
                Map.entry("transaction_count", "BIGINT"),
                Map.entry("session_count", "BIGINT"),
                Map.entry("completed_amount", "DECIMAL(18,2)"),
                Map.entry("refunded_amount", "DECIMAL(18,2)"),
                Map.entry("last_activity_at", "TIMESTAMP WITH TIME ZONE"),
                Map.entry("has_lead", "BOOLEAN"),
                Map.entry("is_vip", "BOOLEAN"));
    }

    @Test
    void marksRequiredColumnsRequiredAndListsAsThreeLevelListsOfRequiredStrings() throws Exception {
        Path file = write(dir.resolve("t.parquet"), sampleRows());

        List<List<Object>> schema = query("SELECT name, type, repetition_type, converted_type,"
                + " logical_type FROM parquet_schema('" + file + "')");

        assertThat(schema).containsExactly(
                Arrays.asList("customer_360", null, null, null, null),
                Arrays.asList("customer_id", "BYTE_ARRAY", "REQUIRED", "UTF8", "StringType()"),
                Arrays.asList("primary_email", "BYTE_ARRAY", "OPTIONAL", "UTF8", "StringType()"),
                Arrays.asList("emails", null, "REQUIRED", "LIST", "ListType()"),
                Arrays.asList("list", null, "REPEATED", null, null),
                Arrays.asList("element", "BYTE_ARRAY", "REQUIRED", "UTF8", "StringType()"),
                Arrays.asList("transaction_count", "INT64", "REQUIRED", null, null),
                Arrays.asList("session_count", "INT64", "OPTIONAL", null, null),
                Arrays.asList("completed_amount", "INT64", "REQUIRED", "DECIMAL",
                        "DecimalType(scale=2, precision=18)"),
                Arrays.asList("refunded_amount", "INT64", "OPTIONAL", "DECIMAL",
                        "DecimalType(scale=2, precision=18)"),
                Arrays.asList("last_activity_at", "INT64", "OPTIONAL", "TIMESTAMP_MILLIS",
                        "TimestampType(isAdjustedToUTC=1, unit=TimeUnit(MILLIS=MilliSeconds(),"
                                + " MICROS=<null>, NANOS=<null>))"),
                Arrays.asList("has_lead", "BOOLEAN", "REQUIRED", null, null),
                Arrays.asList("is_vip", "BOOLEAN", "OPTIONAL", null, null));
    }

    @Test
    void compressesWithSnappyByDefault() throws Exception {
        Path file = write(dir.resolve("t.parquet"), sampleRows());

        List<List<Object>> codecs = query("SELECT DISTINCT compression FROM parquet_metadata('"
                + file + "')");

        assertThat(codecs).containsExactly(List.of("SNAPPY"));
    }

    @Test
    void compressesWithTheConfiguredCodec() throws Exception {
        Path file = dir.resolve("t.parquet");
        writeWith(ParquetTableFormat.withCompression(CompressionCodecName.ZSTD), file, sampleRows());

        List<List<Object>> codecs = query("SELECT DISTINCT compression FROM parquet_metadata('"
                + file + "')");

        assertThat(codecs).containsExactly(List.of("ZSTD"));
    }

    @Test
    void writesEverySupportedCodecSoThatDuckDbReadsTheSameRowsBack() throws Exception {
        List<CustomerRow> rows = new ArrayList<>(sampleRows());
        for (int i = 0; i < 3000; i++) {
            rows.add(row(String.format("m-%05d", i), "m" + (i % 97) + "@example.com",
                    List.of("m" + (i % 97) + "@example.com"), (long) i, (long) (i % 7),
                    (long) i * 101, null, ACTIVITY.plusSeconds(i), i % 3 == 0, i % 5 == 0));
        }
        String select = "SELECT customer_id, primary_email, emails, transaction_count, session_count,"
                + " completed_amount, refunded_amount, epoch_ms(last_activity_at), has_lead, is_vip"
                + " FROM read_parquet('%s') ORDER BY customer_id";
        Path plain = writeWith(ParquetTableFormat.withCompression(CompressionCodecName.UNCOMPRESSED),
                dir.resolve("UNCOMPRESSED.parquet"), rows);
        List<List<Object>> expected = query(String.format(select, plain));
        assertThat(expected).hasSize(rows.size());

        for (CompressionCodecName codec : List.of(CompressionCodecName.SNAPPY,
                CompressionCodecName.GZIP, CompressionCodecName.ZSTD, CompressionCodecName.LZ4_RAW)) {
            Path file = writeWith(ParquetTableFormat.withCompression(codec),
                    dir.resolve(codec + ".parquet"), rows);

            assertThat(query(String.format(select, file))).as("%s", codec).isEqualTo(expected);
            assertThat(query("SELECT DISTINCT compression FROM parquet_metadata('" + file + "')"))
                    .as("%s", codec).containsExactly(List.of(codec.name()));
            assertThat(Files.size(file)).as("%s compresses", codec).isLessThan(Files.size(plain));
        }
    }

    /**
     * The module's tests run without Hadoop (surefire's classpathDependencyExcludes), as a
     * user's program does: every write in this class would fail with a NoClassDefFoundError if
     * the writer still reached a Hadoop class. This test keeps that exclusion from going away
     * unnoticed.
     */
    @Test
    void writesWithoutHadoopOnTheClassPath() throws Exception {
        assertThatThrownBy(() -> Class.forName("org.apache.hadoop.conf.Configuration"))
                .isInstanceOf(ClassNotFoundException.class);

        Path file = write(dir.resolve("t.parquet"), sampleRows());

        assertThat(query("SELECT count(*) FROM read_parquet('" + file + "')"))
                .containsExactly(List.of(3L));
    }

    @Test
    void refusesACodecWhoseLibraryIsNotADependency() {
        assertThatThrownBy(() -> ParquetTableFormat.withCompression(CompressionCodecName.LZO))
                .isInstanceOf(io.customer360.error.ConfigurationException.class)
                .hasMessageContaining("but was LZO");
    }

    @Test
    void writesByteIdenticalFilesForTheSameRows() throws Exception {
        Path first = write(dir.resolve("first.parquet"), sampleRows());
        Path second = write(dir.resolve("second.parquet"), sampleRows());

        assertThat(Files.readAllBytes(second)).isEqualTo(Files.readAllBytes(first));
    }

    @Test
    void recordsOnlyTheLibraryVersionAndModelNameInTheFooter() throws Exception {
        Path file = write(dir.resolve("t.parquet"), sampleRows());

        List<List<Object>> keyValues = query("SELECT decode(key), decode(value) FROM parquet_kv_metadata('"
                + file + "')");
        List<List<Object>> createdBy = query("SELECT created_by FROM parquet_file_metadata('"
                + file + "')");

        assertThat(keyValues).containsExactly(List.of("writer.model.name", "customer360"));
        assertThat((String) createdBy.get(0).get(0)).startsWith("parquet-mr version 1.18.1");
    }

    @Test
    void writesAValidFileWithoutRows() throws Exception {
        Path file = write(dir.resolve("t.parquet"), List.of());

        assertThat(query("SELECT count(*) FROM read_parquet('" + file + "')"))
                .containsExactly(List.of(0L));
    }

    @Test
    void keepsTheOrderOfManyRowsWrittenInBatchesAndAfterARejectedRow() throws Exception {
        Path file = dir.resolve("many.parquet");
        int count = 1000;
        try (RecordWriter<CustomerRow> writer = ParquetTableFormat.snappy().open(file, SCHEMA)) {
            for (int i = 0; i < count; i++) {
                writer.write(row(String.format("c-%04d", i), null, List.of("e" + i + "@x.io"),
                        (long) i, null, (long) i, null, null, i % 2 == 0, null));
                if (i == 300) {
                    CustomerRow bad = row("bad", null, List.of(), 1L, null,
                            1_000_000_000_000_000_000L, null, null, true, null);
                    assertThatThrownBy(() -> writer.write(bad))
                            .isInstanceOf(IllegalArgumentException.class)
                            .hasMessageContaining("row 302");
                }
            }
        }

        List<List<Object>> rows = query("SELECT customer_id, transaction_count FROM read_parquet('"
                + file + "')");
        assertThat(rows).hasSize(count);
        for (int i = 0; i < count; i++) {
            assertThat(rows.get(i)).containsExactly(String.format("c-%04d", i), (long) i);
        }
    }

    @Test
    void rejectsADecimalOfMoreThanEighteenDigitsNamingTheColumn() throws Exception {
        Path file = dir.resolve("t.parquet");
        try (RecordWriter<CustomerRow> writer = ParquetTableFormat.snappy().open(file, SCHEMA)) {
            CustomerRow tooLarge = row("c-9", null, List.of(), 1L, null, 1_000_000_000_000_000_000L,
                    null, null, true, null);

            assertThatThrownBy(() -> writer.write(tooLarge))
                    .isInstanceOf(IllegalArgumentException.class)
                    .hasMessageContaining("completed_amount")
                    .hasMessageContaining("DECIMAL(18,2)")
                    .hasMessageContaining("row 1");
        }
    }

    @Test
    void refusesToOverwriteAnExistingFile() throws Exception {
        Path file = Files.writeString(dir.resolve("t.parquet"), "keep me");

        assertThatThrownBy(() -> ParquetTableFormat.snappy().open(file, SCHEMA))
                .isInstanceOf(FileAlreadyExistsException.class);
        assertThat(Files.readString(file)).isEqualTo("keep me");
    }

    @Test
    void rejectsARowOfAnotherSchema() throws Exception {
        OutputSchema other = new OutputSchema(List.of(OutputColumn.required("x", ColumnType.INT64)));
        try (RecordWriter<CustomerRow> writer =
                ParquetTableFormat.snappy().open(dir.resolve("t.parquet"), SCHEMA)) {
            assertThatThrownBy(() -> writer.write(CustomerRow.of(other, new Object[] {1L})))
                    .isInstanceOf(IllegalArgumentException.class)
                    .hasMessageContaining("does not match");
        }
    }

    @Test
    void writesUnpairedSurrogatesAsReplacementCharacters() throws Exception {
        Path file = write(dir.resolve("t.parquet"), List.of(
                row("c-1", "a\uD800b", List.of("x\uDC00"), 0L, null, 0L, null, null, false, null)));

        assertThat(query("SELECT primary_email, emails[1] FROM read_parquet('" + file + "')"))
                .containsExactly(List.of("a\uFFFDb", "x\uFFFD"));
    }

    private static List<CustomerRow> sampleRows() {
        return List.of(
                row("c-1", "zoë@example.com", List.of("a@example.com", "zoë@example.com"), 3L, 2L,
                        123456L, -5L, ACTIVITY, true, false),
                row("c-2", null, List.of(), 0L, null, 0L, null, null, false, null),
                row("c-3", "日本@例え.jp", List.of("日本@例え.jp"), Long.MAX_VALUE, 0L,
                        999_999_999_999_999_999L, -999_999_999_999_999_999L,
                        Instant.parse("1969-12-31T23:59:59.999999Z"), true, true));
    }

    private static CustomerRow row(Object... values) {
        return CustomerRow.of(SCHEMA, values);
    }

    private static Path write(Path file, List<CustomerRow> rows) throws IOException {
        return writeWith(ParquetTableFormat.snappy(), file, rows);
    }

    private static Path writeWith(ParquetTableFormat format, Path file, List<CustomerRow> rows)
            throws IOException {
        try (RecordWriter<CustomerRow> writer = format.open(file, SCHEMA)) {
            for (CustomerRow row : rows) {
                writer.write(row);
            }
        }
        return file;
    }

    private static List<List<Object>> query(String sql) throws SQLException {
        try (Connection connection = DriverManager.getConnection("jdbc:duckdb:");
                Statement statement = connection.createStatement();
                ResultSet result = statement.executeQuery(sql)) {
            int columns = result.getMetaData().getColumnCount();
            List<List<Object>> rows = new ArrayList<>();
            while (result.next()) {
                List<Object> row = new ArrayList<>();
                for (int i = 1; i <= columns; i++) {
                    row.add(plain(result.getObject(i)));
                }
                rows.add(row);
            }
            return rows;
        }
    }

    private static Object plain(Object value) throws SQLException {
        if (value instanceof Array) {
            return Arrays.asList((Object[]) ((Array) value).getArray());
        }
        return value;
    }
}
