package io.customer360.benchmarks;

import static org.assertj.core.api.Assertions.assertThat;

import io.customer360.read.ValueKind;
import io.customer360.standardise.Amounts;
import io.customer360.standardise.Emails;
import io.customer360.standardise.Names;
import io.customer360.standardise.PageViews;
import io.customer360.standardise.Standardised;
import io.customer360.standardise.Statuses;
import io.customer360.standardise.Text;
import io.customer360.standardise.TimestampParser;
import io.customer360.standardise.UserUuids;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.function.Function;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The value rules of the DuckDB peer's macros (behaviour §2) give what customer360's
 * standardisers give, value by value: each test runs a list of values, written in every accepted
 * form and in forms the rules refuse, through the macros and through the library, and expects
 * the same outcome (the same value, or both NULL where the library says missing or invalid).
 */
class DuckDbMacrosTest {
    private static Connection connection;

    @BeforeAll
    static void defineTheMacros() throws IOException, SQLException {
        String script;
        try (InputStream in = DuckDbPipeline.class.getResourceAsStream(DuckDbPipeline.SCRIPT)) {
            script = new String(Objects.requireNonNull(in, "script").readAllBytes(),
                    StandardCharsets.UTF_8);
        }
        connection = DriverManager.getConnection("jdbc:duckdb:");
        try (Statement statement = connection.createStatement()) {
            for (String sql : DuckDbPipeline.statements(script)) {
                boolean valueRule = sql.startsWith("CREATE MACRO") && !sql.contains(" AS TABLE");
                if (valueRule || sql.startsWith("CREATE TYPE")) {
                    statement.execute(sql);
                }
            }
        }
    }

    @AfterAll
    static void close() throws SQLException {
        connection.close();
    }

    @Test
    void textIsStrippedAsByJavaAndTheMissingTokensAreMissing() throws SQLException {
        List<String> values = List.of("abc", " abc ", "\tabc\n", "\u3000abc\u2003", "\u00a0abc\u00a0",
                "\u2007x", "\u202fx", "\u001cx\u001f", "a b", "", "   ", "null", "NULL", " None ",
                "n/a", "N/A", "na", "NaN", "#n/a", "#N/A", "nulls", "-", "\u2028\u2029", "\u205fé\u1680");

        assertSame(values, "clean(raw)", Text::clean);
    }

    @Test
    void emailsFollowTheRule() throws SQLException {
        List<String> values = List.of("john.smith0@example.com", " John.Smith@Example.COM ",
                "a@b.io", "a@@b.io", "john.doe@", "no-at-sign.example.com", "x@y", ".dot@example.com",
                "dot.@example.com", "two..dots@example.com", "user@-bad.com", "user@bad-.com",
                "user@example.c0m", "user@example.c", "user@sub.example.co.uk", "o'brien+tag@x.org",
                "{a}|b~c@x.org", "a\"b@x.org", "a b@x.org", "é@x.org", "user@[1.2.3.4]",
                "a".repeat(64) + "@x.org", "a".repeat(65) + "@x.org",
                "a@" + "b".repeat(247) + ".org", "a@" + "b".repeat(248) + ".org", "N/A", "");

        assertSame(values, "email_std(clean(raw))", raw -> value(Emails.standardise(raw)));
    }

    @Test
    void userUuidsFollowTheRule() throws SQLException {
        List<String> values = List.of("3bd1c558-47f6-ad78-5abd-c6c8d1d79529",
                "3BD1C558-47F6-AD78-5ABD-C6C8D1D79529", "{3bd1c558-47f6-ad78-5abd-c6c8d1d79529}",
                "{3BD1C558-47f6-AD78-5abd-c6c8d1d79529}", " {3bd1c558-47f6-ad78-5abd-c6c8d1d79529} ",
                "{3bd1c558-47f6-ad78-5abd-c6c8d1d79529", "3bd1c558-47f6-ad78-5abd-c6c8d1d79529}",
                "{ 3bd1c558-47f6-ad78-5abd-c6c8d1d79529}", "3bd1c55847f6ad785abdc6c8d1d79529",
                "00000000-0000-0000-0000-000000000000", "{00000000-0000-0000-0000-000000000000}",
                "12345678-1234-1234-1234-12345678", "zzzzzzzz-zzzz-zzzz-zzzz-zzzzzzzzzzzz",
                "3bd1c558-47f6-ad78-5abd-c6c8d1d7952g", "not-a-uuid", "{}", "NULL", "");

        assertSame(values, "uuid_std(clean(raw))::VARCHAR", raw -> value(UserUuids.standardise(raw)));
    }

    @Test
    void amountsAreRoundedHalfEvenToCentsBelowTenToTheSixteen() throws SQLException {
        List<String> values = List.of("12", "12.5", "129.99", "-10.0", "+7", "1e3", "12999e-2",
                "1.5E-1", "0.005", "0.015", "0.025", "-0.005", "-0.015", "0.0050", "0.00500001",
                "0.0049999999999999999999", "5e-3", "15E-3", "125e-4", "0.125", "0.135", "2.675",
                "1.005e0", "0.00005e2", "9999999999999999.99", "9999999999999999.994",
                "9999999999999999.995", "10000000000000000", "1e16", "-1e16", "1e15", "0.001",
                "0.00", "-0.5", "0e5", "1e-400", "007.50", ".5", "5.", "$5", "1,200", "1 200", "NaN",
                "Infinity", "0x10", "12.5.3", "e5", "1e", "+-1", " 3.50 ", "n/a", "");

        assertSame(values, "(amount_std(clean(raw))::DECIMAL(38, 2) * 100)::BIGINT",
                raw -> value(Amounts.standardise(raw)));
    }

    @Test
    void statusesAreTheFiveOfTheDefaultVocabulary() throws SQLException {
        List<String> values = List.of("completed", "Completed", "COMPLETED", "pending", "refunded",
                "failed", "FAILED", "canceled", "Cancelled", "CANCELED", " cancelled ", "complete",
                "shipped", "none", "");

        assertSame(values, "status_std(clean(raw))::VARCHAR",
                raw -> value(Statuses.standardise(raw)) == null ? null
                        : Statuses.standardise(raw).value().code());
    }

    @Test
    void namesAreTitleCasedPartByPart() throws SQLException {
        List<String> values = List.of("john smith", "JAMES  SMITH", "anne-marie van der berg",
                "VAN DER BERG", "o'brien", "O'BRIEN", "d’arcy", "'t hooft", "mc'donald-o'neil",
                "a--b", "x'", "1'a", "zoë\tÅSA", "  mary   ann  ", "smith, john", "n/a", "");

        assertSame(values, "name_std(clean(raw))", raw -> value(Names.standardise(raw)));
    }

    @Test
    void pageViewsFollowTheirJsonType() throws SQLException {
        Map<String, String> json = new LinkedHashMap<>();
        for (String number : List.of("3", "0", "3.0", "3e0", "30e-1", "-0", "-1", "3.5", "2.5",
                "9223372036854775807", "9223372036854775808", "12345678901234567890")) {
            json.put(number, number);
        }
        for (String text : List.of("3", "03", "0", "3.0", "+3", "-1", "-2", "abc", "", " 7 ", "n/a",
                "9223372036854775808")) {
            json.put("\"" + text + "\"", text);
        }

        List<String> values = new ArrayList<>(json.keySet());
        values.addAll(List.of("true", "false", "{\"a\":1}", "[3]"));
        assertSame(values, "page_views_std(CAST(raw AS JSON))", written -> {
            ValueKind kind = written.startsWith("\"") ? ValueKind.TEXT
                    : json.containsKey(written) ? ValueKind.NUMBER : ValueKind.OTHER;
            Standardised<Long> views = PageViews.standardise(json.getOrDefault(written, written), kind);
            return views.isMissing() ? "1" : value(views);
        });
        assertSame(List.of("absent"), "page_views_std(CAST(CASE WHEN raw = '' THEN raw END AS JSON))",
                absent -> "1");
    }

    @Test
    void timestampsAreReadInEveryAcceptedFormAndNoOther() throws SQLException {
        List<String> values = new ArrayList<>();
        for (LocalDateTime time : List.of(LocalDateTime.of(2024, 3, 5, 10, 15, 30, 123_456_789),
                LocalDateTime.of(2000, 2, 29, 0, 0, 0), LocalDateTime.of(1900, 1, 1, 0, 0, 7),
                LocalDateTime.of(2100, 12, 31, 23, 59, 59, 999_000_000),
                LocalDateTime.of(1999, 12, 31, 9, 5, 0, 50_000_000))) {
            values.addAll(writtenForms(time));
        }
        values.addAll(List.of("1709633730", "170963373", "17096337301", "1709633730123",
                "170963373012", "17096337301234", "4133980799", "4133980800", "4133980799999",
                "4133980800000", "20240305", "123456789012345", "12345678"));
        values.addAll(List.of("2024-02-30", "2023-02-29", "1900-02-29", "2100-02-29",
                "2024-04-31", "2024-13-01", "2024-00-10", "2024-01-00", "2024-3-5", "24-03-05",
                "1899-12-31", "2101-01-01", "2101-01-01T00:00:00Z", "1899-12-31T23:59:59-05:00",
                "2024-03-05T24:00", "2024-03-05T23:60", "2024-03-05T10:15:60",
                "2024-03-05T10:15:30 +02:00", "2024-03-05+02:00", "2024-03-05T10:15:30+18:00",
                "2024-03-05T10:15:30-18:00", "2024-03-05T10:15:30+18:01", "2024-03-05T10:15:30+19",
                "2024-03-05T10:15:30+02:60", "2024-03-05T10:15:30.", "2024-03-05T10:15:30.1234567890",
                "2024-03-05T10:15:30,123", "2024-03-05T10:15:30 UTC", "2024-03-05T10:15:30GMT",
                "2024-03-05T1:15", "2024-03-05T10:1", "2024-03-05  10:15", "2024-03-05T10",
                "13/05/2024", "3/32/2024", "03/05/24", "2024/13/5", "2024/3/05 10:15:30.5z",
                "2024/003/05", "10:15 AM", "yesterday", "31.12.2023", " 2024-03-05 ", "N/A", ""));

        TimestampParser parser = TimestampParser.defaults();
        assertSame(values, "CASE WHEN timestamp_form(clean(raw)) THEN epoch_ms(timestamp_value("
                + "clean(raw), date_text(clean(raw)), time_text(clean(raw)),"
                + " offset_start(time_text(clean(raw))))) END",
                raw -> value(parser.parse(raw)) == null ? null
                        : Long.toString(parser.parse(raw).value().toEpochMilli()));
    }

    /**
     * {@code time} written in the accepted text forms: the three dates, alone and with a time
     * of minutes, seconds and 1 to 9 fraction digits, after 'T', 't' or a space, with no zone,
     * Z, z and offsets in the three forms.
     */
    private static List<String> writtenForms(LocalDateTime time) {
        String iso = String.format(Locale.ROOT, "%04d-%02d-%02d", time.getYear(), time.getMonthValue(),
                time.getDayOfMonth());
        List<String> dates = List.of(iso,
                String.format(Locale.ROOT, "%04d/%d/%d", time.getYear(), time.getMonthValue(), time.getDayOfMonth()),
                String.format(Locale.ROOT, "%04d/%02d/%02d", time.getYear(), time.getMonthValue(), time.getDayOfMonth()),
                String.format(Locale.ROOT, "%d/%d/%04d", time.getMonthValue(), time.getDayOfMonth(), time.getYear()),
                String.format(Locale.ROOT, "%02d/%02d/%04d", time.getMonthValue(), time.getDayOfMonth(), time.getYear()));
        String minutes = String.format(Locale.ROOT, "%02d:%02d", time.getHour(), time.getMinute());
        String seconds = String.format(Locale.ROOT, "%s:%02d", minutes, time.getSecond());
        String nanos = String.format(Locale.ROOT, "%09d", time.getNano());
        List<String> times = new ArrayList<>(List.of(minutes, seconds));
        for (int digits = 1; digits <= 9; digits++) {
            times.add(seconds + "." + nanos.substring(0, digits));
        }
        List<String> forms = new ArrayList<>(dates);
        for (String date : dates) {
            for (String clock : times) {
                for (String separator : List.of("T", "t", " ")) {
                    for (String zone : List.of("", "Z", "z", "+02", "-0530", "+05:45")) {
                        forms.add(date + separator + clock + zone);
                    }
                }
            }
        }
        long epochSecond = time.toEpochSecond(ZoneOffset.UTC);
        forms.add(Long.toString(epochSecond));
        forms.add(Long.toString(Instant.ofEpochSecond(epochSecond, time.getNano()).toEpochMilli()));
        return forms;
    }

    /**
     * Asserts that {@code expression} (SQL on the column {@code raw}) gives, for every value,
     * what {@code library} gives as text, NULL for null. The values go through one query.
     */
    private static void assertSame(List<String> written, String expression,
            Function<String, String> library) throws SQLException {
        List<String> values = List.copyOf(new LinkedHashSet<>(written));
        try (Statement statement = connection.createStatement()) {
            statement.execute("CREATE OR REPLACE TEMP TABLE input (i INTEGER, raw VARCHAR)");
        }
        try (PreparedStatement insert = connection.prepareStatement("INSERT INTO input VALUES (?, ?)")) {
            for (int i = 0; i < values.size(); i++) {
                insert.setInt(1, i);
                insert.setString(2, values.get(i));
                insert.addBatch();
            }
            insert.executeBatch();
        }
        Map<String, String> sql = new LinkedHashMap<>();
        Map<String, String> java = new LinkedHashMap<>();
        try (Statement statement = connection.createStatement();
                ResultSet result = statement.executeQuery("SELECT raw, (" + expression
                        + ")::VARCHAR FROM input ORDER BY i")) {
            while (result.next()) {
                sql.put(result.getString(1), result.getString(2));
                java.put(result.getString(1), library.apply(result.getString(1)));
            }
        }
        assertThat(sql).as("%s for each value, against customer360", expression)
                .hasSize(values.size()).containsExactlyEntriesOf(java);
    }

    private static String value(Standardised<?> standardised) {
        return standardised.isValid() ? String.valueOf(standardised.value()) : null;
    }
}
