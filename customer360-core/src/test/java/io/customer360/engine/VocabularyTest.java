package io.customer360.engine;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.customer360.Customer360;
import io.customer360.error.ConfigurationException;
import io.customer360.model.Source;
import io.customer360.output.CustomerRow;
import io.customer360.output.OutputColumn;
import io.customer360.output.Rejection;
import io.customer360.read.StatusVocabulary;
import java.nio.file.Path;
import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.UnaryOperator;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A run's vocabulary: status values and added statuses, time zones and patterns per source. */
class VocabularyTest {
    private static final String U1 = "11111111-1111-4111-8111-111111111111";
    private static final String U2 = "22222222-2222-4222-8222-222222222222";
    private static final String U3 = "33333333-3333-4333-8333-333333333333";
    private static final List<String> DEFAULT_TRANSACTION_COLUMNS = List.of("transaction_count",
            "completed_count", "pending_count", "refunded_count", "failed_count",
            "cancelled_count", "completed_amount", "pending_amount", "refunded_amount",
            "failed_amount", "cancelled_amount", "first_transaction_at", "last_transaction_at");

    @TempDir
    Path out;

    /** Transactions whose statuses {@code word} spells; the chargebacks only where given. */
    private static FakeInput transactions(UnaryOperator<String> word, boolean chargebacks) {
        FakeInput input = new FakeInput("tx");
        String[][] rows = {
            {"T1", U1, "10.00", "completed"}, {"T2", U1, "2.50", " Completed "},
            {"T3", U2, "7.00", "refunded"}, {"T4", U2, "1.00", "pending"},
            {"T5", U3, "3.00", "canceled"}, {"T6", U3, "4.00", "failed"},
            {"T7", U1, "9.99", "bogus"}, {"T8", U2, "0", "completed"},
        };
        for (String[] row : rows) {
            input.row("transaction_id=" + row[0], "user_uuid=" + row[1], "amount=" + row[2],
                    "status=" + word.apply(row[3]), "transaction_date=2024-01-0" + row[0]
                            .charAt(1) + "T00:00:00Z");
        }
        if (chargebacks) {
            input.row("transaction_id=C1", "user_uuid=" + U1, "amount=5.00",
                    "status=Chargeback", "transaction_date=2024-02-01T00:00:00Z");
            input.row("transaction_id=C2", "user_uuid=" + U1, "amount=1.25",
                    "status=chargeback", "transaction_date=2024-02-02T00:00:00Z");
            input.row("transaction_id=C3", "user_uuid=" + U3, "amount=8.00",
                    "status=chargeback", "transaction_date=2024-02-03T00:00:00Z");
        }
        return input;
    }

    private static String vocabularyWord(String canonical) {
        switch (canonical) {
            case "completed":
                return "paid";
            case " Completed ":
                return " Settled ";
            case "refunded":
                return "RETURNED";
            default:
                return canonical;
        }
    }

    private CapturingFormats run(Path dir, FakeInput transactions,
            UnaryOperator<Customer360.Builder> settings) {
        CapturingFormats formats = new CapturingFormats();
        settings.apply(Customer360.builder().outputDirectory(dir).tableFormat(formats.table())
                .rejectsFormat(formats.rejects()).transactions(transactions)).build().run();
        return formats;
    }

    private static Map<Object, CustomerRow> byUuids(List<CustomerRow> rows) {
        return rows.stream().collect(Collectors.toMap(row -> row.get("user_uuids"), row -> row));
    }

    @Test
    void mappedValuesAndAnAddedStatusGiveTheDefaultRowsPlusTheAddedColumns() {
        StatusVocabulary vocabulary = StatusVocabulary.builder()
                .status("completed", "paid", "settled")
                .status("refunded", "returned")
                .status("chargeback", "chargeback")
                .build();
        CapturingFormats canonical = run(out.resolve("default"),
                transactions(UnaryOperator.identity(), false), builder -> builder);
        CapturingFormats configured = run(out.resolve("vocabulary"),
                transactions(VocabularyTest::vocabularyWord, true),
                builder -> builder.statuses(vocabulary));

        List<String> columns = configured.rows.get(0).schema().columns().stream()
                .map(OutputColumn::name).toList();
        assertThat(columns).containsSubsequence("transaction_count", "completed_count",
                "pending_count", "refunded_count", "failed_count", "cancelled_count",
                "chargeback_count", "completed_amount", "pending_amount", "refunded_amount",
                "failed_amount", "cancelled_amount", "chargeback_amount",
                "first_transaction_at", "last_transaction_at");
        assertThat(columns.indexOf("chargeback_count") + 1)
                .isEqualTo(columns.indexOf("completed_amount"));
        Map<Object, CustomerRow> expected = byUuids(canonical.rows);
        Map<Object, CustomerRow> actual = byUuids(configured.rows);
        assertThat(actual.keySet()).isEqualTo(expected.keySet());
        for (Object uuids : expected.keySet()) {
            CustomerRow want = expected.get(uuids);
            CustomerRow got = actual.get(uuids);
            for (OutputColumn column : want.schema().columns()) {
                String name = column.name();
                if (name.equals("transaction_count") || name.endsWith("_transaction_at")
                        || name.equals("transaction_ids") || name.equals("last_activity_at")) {
                    continue; // the chargebacks add to these; checked below
                }
                assertThat(got.get(name)).as(uuids + " " + name).isEqualTo(want.get(name));
            }
        }
        CustomerRow u1 = actual.get(List.of(U1));
        assertThat(u1.get("chargeback_count")).isEqualTo(2L);
        assertThat(u1.get("chargeback_amount")).isEqualTo(625L);
        assertThat(u1.get("transaction_count"))
                .isEqualTo((Long) expected.get(List.of(U1)).get("transaction_count") + 2);
        assertThat(u1.get("last_transaction_at"))
                .isEqualTo(Instant.parse("2024-02-02T00:00:00Z"));
        assertThat(actual.get(List.of(U2)).get("chargeback_count")).isEqualTo(0L);
        assertThat(actual.get(List.of(U2)).get("chargeback_amount"))
                .isEqualTo(0L);
        assertThat(actual.get(List.of(U3)).get("chargeback_count")).isEqualTo(1L);
        assertThat(actual.get(List.of(U3)).get("chargeback_amount"))
                .isEqualTo(800L);
        assertThat(reasons(configured.rejects)).isEqualTo(reasons(canonical.rejects))
                .containsExactly("8:UNKNOWN_STATUS:status", "9:NON_POSITIVE_AMOUNT:amount");
    }

    @Test
    void aCanonicalWordWhoseStatusIsGivenOtherValuesIsAnUnknownStatus() {
        StatusVocabulary vocabulary = StatusVocabulary.builder()
                .status("completed", "paid").build();

        CapturingFormats formats = run(out, transactions(UnaryOperator.identity(), true),
                builder -> builder.statuses(vocabulary));

        assertThat(reasons(formats.rejects)).containsExactly("2:UNKNOWN_STATUS:status",
                "3:UNKNOWN_STATUS:status", "8:UNKNOWN_STATUS:status",
                "9:NON_POSITIVE_AMOUNT:amount", "10:UNKNOWN_STATUS:status",
                "11:UNKNOWN_STATUS:status", "12:UNKNOWN_STATUS:status");
    }

    private static List<String> reasons(List<Rejection> rejects) {
        List<String> reasons = new ArrayList<>();
        for (Rejection reject : rejects) {
            reasons.add(reject.line() + ":" + reject.reasonCode() + ":"
                    + reject.violation().field());
        }
        return reasons;
    }

    @Test
    void anAddedStatusWhoseColumnsClashWithBuiltInColumnsIsRefusedByBuild() {
        StatusVocabulary clashing = StatusVocabulary.builder().status("transaction", "tx").build();

        assertThatThrownBy(() -> Customer360.builder().outputDirectory(out)
                .tableFormat(new CapturingFormats().table()).withoutRejectsOutput()
                .transactions(new FakeInput("tx")).statuses(clashing).build())
                .isInstanceOf(ConfigurationException.class)
                .hasMessageContaining("status columns clash with built-in columns")
                .hasMessageContaining("transaction_count");
    }

    @Test
    void aSourceTimeZoneAndPatternsApplyToThatSourceOnly() {
        CapturingFormats formats = new CapturingFormats();
        Customer360.builder().outputDirectory(out).tableFormat(formats.table())
                .rejectsFormat(formats.rejects())
                .timeZone(ZoneId.of("UTC"))
                .timeZone(Source.LEADS, ZoneId.of("Europe/Berlin"))
                .timestampPatterns(Source.LEADS, "dd.MM.yyyy HH:mm", "dd.MM.yyyy")
                .leads(new FakeInput("leads")
                        .row("email=a@x.io", "creation_date=05.03.2024 10:30",
                                "user_uuid=" + U1)
                        .row("email=b@x.io", "creation_date=06.03.2024", "user_uuid=" + U2)
                        .row("email=c@x.io", "creation_date=2024-03-07 10:00",
                                "user_uuid=" + U3)
                        .row("email=d@x.io", "creation_date=30.02.2024"))
                .transactions(new FakeInput("tx")
                        .row("transaction_id=T1", "user_uuid=" + U1, "amount=1",
                                "status=completed", "transaction_date=2024-03-05 10:30")
                        .row("transaction_id=T2", "user_uuid=" + U2, "amount=1",
                                "status=completed", "transaction_date=05.03.2024 10:30"))
                .build().run();

        Map<Object, CustomerRow> rows = byUuids(formats.rows);
        assertThat(rows.get(List.of(U1)).get("lead_created_at"))
                .isEqualTo(Instant.parse("2024-03-05T09:30:00Z"));
        assertThat(rows.get(List.of(U2)).get("lead_created_at"))
                .isEqualTo(Instant.parse("2024-03-05T23:00:00Z"));
        assertThat(rows.get(List.of(U3)).get("lead_created_at"))
                .isEqualTo(Instant.parse("2024-03-07T09:00:00Z"));
        assertThat(rows.get(List.of(U1)).get("first_transaction_at"))
                .isEqualTo(Instant.parse("2024-03-05T10:30:00Z"));
        assertThat(reasons(formats.rejects)).containsExactly("5:INVALID_TIMESTAMP:creation_date",
                "3:INVALID_TIMESTAMP:transaction_date");
    }

    @Test
    void settingsForTheWrongSourceOrFieldAreRefusedNamingWhatIsWrong() {
        Customer360.Builder builder = Customer360.builder();

        assertThatThrownBy(() -> builder.timestampPatterns(Source.LEADS, "dd.MM.yyyy",
                "yyyy-MM-dd{{"))
                .isInstanceOf(ConfigurationException.class)
                .hasMessageContaining("'yyyy-MM-dd{{'").hasMessageContaining("leads");
        assertThatThrownBy(() -> builder.timeZone(Source.IDENTITY_MAP, ZoneId.of("UTC")))
                .isInstanceOf(ConfigurationException.class)
                .hasMessageContaining("identity map has no timestamps");
        assertThatThrownBy(() -> builder.columnNames(Source.LEADS, "e-mail", "E-mail"))
                .isInstanceOf(ConfigurationException.class)
                .hasMessageContaining("'e-mail'")
                .hasMessageContaining("[lead_id, full_name, first_name, last_name, email, phone,"
                        + " lead_source, creation_date, user_uuid]");
        assertThatThrownBy(() -> builder.columnNames(Source.LEADS, "email", " "))
                .isInstanceOf(ConfigurationException.class).hasMessageContaining("blank");
    }

    @Test
    void twoFieldsGivenOneColumnNameAreRefusedByBuild() {
        Customer360.Builder builder = Customer360.builder().outputDirectory(out)
                .tableFormat(new CapturingFormats().table()).withoutRejectsOutput()
                .leads(new FakeInput("leads"))
                .columnNames(Source.LEADS, "creation_date", "Created")
                .columnNames(Source.LEADS, "lead_source", "created");

        assertThatThrownBy(builder::build).isInstanceOf(ConfigurationException.class)
                .hasMessageContaining("'Created' is given to two fields, 'lead_source' and"
                        + " 'creation_date'");
    }

    @Test
    void theDefaultVocabularyGivesTodaysColumns() {
        CapturingFormats formats = run(out, transactions(UnaryOperator.identity(), false),
                builder -> builder);

        List<String> columns = formats.rows.get(0).schema().columns().stream()
                .map(OutputColumn::name).toList();
        assertThat(columns).containsSubsequence(DEFAULT_TRANSACTION_COLUMNS);
        assertThat(columns.indexOf("last_transaction_at")
                - columns.indexOf("transaction_count")).isEqualTo(12);
        assertThat(reasons(formats.rejects)).containsExactly("8:UNKNOWN_STATUS:status",
                "9:NON_POSITIVE_AMOUNT:amount");
    }
}
