package io.customer360.engine;

import static org.assertj.core.api.Assertions.assertThat;

import io.customer360.Customer360;
import io.customer360.output.CustomerRow;
import io.customer360.output.Rejection;
import io.customer360.read.ValuesInput;
import java.math.BigDecimal;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A source of typed values goes through the same standardisation, validation and duplicate
 * checks as the same records written as text: same customers, same rejects (source, reason,
 * field, value), the rejects numbered by record instead of by line.
 */
class ValuesInputTest {
    private static final String U1 = "11111111-1111-4111-8111-111111111111";
    private static final String U2 = "22222222-2222-4222-8222-222222222222";

    @TempDir
    Path out;

    /** A transaction row as a typed Java record, as a service might read it from a database. */
    record TransactionRow(String transactionId, UUID userUuid, BigDecimal amount, String status,
            OffsetDateTime transactionDate, String email) {
    }

    private static List<String[]> leadRows() {
        return List.of(
                new String[] {"lead_id=L1", "full_name=ada LOVELACE", "email=Ada@Example.com",
                        "creation_date=2024-01-02", "user_uuid=" + U1},
                new String[] {"lead_id=L2", "email=not-an-email", "creation_date=2024-01-03"},
                new String[] {"lead_id=L3", "email=bob@example.com", "creation_date=tomorrow"},
                new String[] {"lead_id=L4", "email=ada@example.com", "creation_date=2024-02-01"});
    }

    @Test
    void typedValuesGiveTheSameCustomersAndRejectsAsTheSameRecordsAsText() {
        FakeInput leadText = new FakeInput("leads");
        List<Map<String, ?>> leadMaps = new ArrayList<>();
        for (String[] row : leadRows()) {
            leadText.row(row);
            Map<String, Object> map = new HashMap<>();
            for (String pair : row) {
                String name = pair.substring(0, pair.indexOf('='));
                String value = pair.substring(pair.indexOf('=') + 1);
                map.put(name.toUpperCase(java.util.Locale.ROOT), name.equals("creation_date")
                        && value.matches("\\d{4}-\\d\\d-\\d\\d") ? LocalDate.parse(value) : value);
            }
            leadMaps.add(map);
        }
        FakeInput transactionText = new FakeInput("tx")
                .row("transaction_id=T1", "user_uuid=" + U1, "amount=10.5", "status=completed",
                        "transaction_date=2024-03-01T10:00:00Z")
                .row("transaction_id=T2", "user_uuid=" + U2, "amount=-1", "status=completed",
                        "transaction_date=2024-03-02T10:00:00Z")
                .row("transaction_id=T1", "user_uuid=" + U2, "amount=3", "status=pending",
                        "transaction_date=2024-03-03T10:00:00Z")
                .row("transaction_id=T3", "user_uuid=" + U2, "amount=7.25", "status=refunded",
                        "transaction_date=2024-03-04T10:00:00Z", "email=ada@example.com");
        List<TransactionRow> transactionRecords = List.of(
                new TransactionRow("T1", UUID.fromString(U1), new BigDecimal("10.50"),
                        "completed", at("2024-03-01T10:00:00Z"), null),
                new TransactionRow("T2", UUID.fromString(U2), new BigDecimal("-1"), "completed",
                        at("2024-03-02T10:00:00Z"), null),
                new TransactionRow("T1", UUID.fromString(U2), new BigDecimal("3"), "pending",
                        at("2024-03-03T10:00:00Z"), null),
                new TransactionRow("T3", UUID.fromString(U2), new BigDecimal("7.25"), "refunded",
                        at("2024-03-04T10:00:00Z"), "ada@example.com"));

        CapturingFormats text = run(leadText, transactionText, "text");
        CapturingFormats typed = run(ValuesInput.ofMaps("crm.leads", leadMaps),
                ValuesInput.ofRecords("billing.transactions", transactionRecords), "typed");

        assertThat(typed.rows).hasSize(text.rows.size()).isNotEmpty();
        for (int i = 0; i < text.rows.size(); i++) {
            CustomerRow expected = text.rows.get(i);
            CustomerRow actual = typed.rows.get(i);
            for (int c = 0; c < expected.schema().size(); c++) {
                assertThat(actual.get(c)).as(expected.schema().columns().get(c).name())
                        .isEqualTo(expected.get(c));
            }
        }
        assertThat(summary(typed.rejects)).isEqualTo(summary(text.rejects))
                .hasSize(5);
        assertThat(typed.rejects).allSatisfy(reject -> {
            assertThat(reject.isRecordNumbered()).isTrue();
            assertThat(reject.record().text()).contains("=");
        });
        assertThat(text.rejects).noneMatch(Rejection::isRecordNumbered);
        assertThat(typed.rejects.stream().map(Rejection::line).toList())
                .isEqualTo(text.rejects.stream().map(reject -> reject.line() - 1).toList());
    }

    private static OffsetDateTime at(String instant) {
        return Instant.parse(instant).atOffset(ZoneOffset.ofHours(2));
    }

    private static List<String> summary(List<Rejection> rejects) {
        return rejects.stream().map(reject -> reject.source() + " "
                + reject.violation().code().code() + " " + reject.violation().field() + " "
                + Arrays.asList(reject.violation().value())).toList();
    }

    private CapturingFormats run(io.customer360.read.SourceInput leads,
            io.customer360.read.SourceInput transactions, String name) {
        CapturingFormats formats = new CapturingFormats();
        Customer360.builder().leads(leads).transactions(transactions)
                .outputDirectory(out.resolve(name)).tableFormat(formats.table())
                .rejectsFormat(formats.rejects()).build().run();
        return formats;
    }
}
