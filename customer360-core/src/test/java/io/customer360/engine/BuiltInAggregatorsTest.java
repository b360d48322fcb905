package io.customer360.engine;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.customer360.model.Source;
import io.customer360.model.Transaction;
import io.customer360.model.TransactionStatus;
import io.customer360.model.WebEvent;
import io.customer360.read.StatusVocabulary;
import java.io.IOException;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The built-in transaction and web aggregators, run by the engine's own slot pages: records are
 * added per UUID, the UUIDs merged into one customer, distinct values counted by their spill.
 */
class BuiltInAggregatorsTest {
    @TempDir
    Path work;

    private final AggregationPlan plan = new AggregationPlan(List.of(),
            StatusVocabulary.defaults());
    private final UuidAggregates uuids = new UuidAggregates(plan);

    private static Transaction tx(String id, long cents, TransactionStatus status, String when) {
        return new Transaction(id, "u", cents, status, when == null ? null : Instant.parse(when),
                null, 2);
    }

    private static WebEvent event(String session, long views, String when) {
        return new WebEvent("u", session, views, when == null ? null : Instant.parse(when), null,
                1);
    }

    private void add(int uuid, Object record) throws IOException {
        boolean transaction = record instanceof Transaction;
        ParsedBatch batch = new ParsedBatch(transaction ? Source.TRANSACTIONS
                : Source.WEB_ACTIVITY);
        uuids.add(uuid, transaction ? plan.ofTransactions : plan.ofWebEvents, record, batch, 2);
        for (int k = 0; k < batch.distinctSize; k++) {
            spill.add(batch.distinctUuid[k], batch.distinctValue[k]);
        }
    }

    private DistinctSpill spill;

    /** The customer of UUIDs 0 to {@code count - 1}: the aggregator's output. */
    private List<Object> customerOf(int count, int aggregator) throws IOException {
        RowAggregates row = new RowAggregates(plan);
        row.reset();
        for (int uuid = 0; uuid < count; uuid++) {
            uuids.mergeInto(uuid, row);
        }
        int[] rowOfSlot = new int[count];
        row.distinctCounts(new long[][] {spill.countPerRow(rowOfSlot, 1, 1)}, 0);
        return row.output(aggregator);
    }

    private Object transactionColumn(List<Object> values, String column) {
        return values.get(plan.columns(AggregationPlan.TRANSACTIONS).stream()
                .map(c -> c.name()).toList().indexOf(column));
    }

    @Test
    void countsAndSumsPerStatusOverTheCustomersUuids() throws IOException {
        try (DistinctSpill sessions = new DistinctSpill(work, 0, "session_count")) {
            spill = sessions;
            add(0, tx("b", 1050, TransactionStatus.COMPLETED, "2024-02-01T00:00:00Z"));
            add(1, tx("a", 250, TransactionStatus.COMPLETED, null));
            add(1, tx("c", 99, TransactionStatus.REFUNDED, "2024-01-01T00:00:00Z"));

            List<Object> values = customerOf(2, AggregationPlan.TRANSACTIONS);

            assertThat(transactionColumn(values, "transaction_count")).isEqualTo(3L);
            assertThat(transactionColumn(values, "completed_count")).isEqualTo(2L);
            assertThat(transactionColumn(values, "completed_amount")).isEqualTo(1300L);
            assertThat(transactionColumn(values, "refunded_amount")).isEqualTo(99L);
            assertThat(transactionColumn(values, "pending_amount")).isEqualTo(0L);
            assertThat(transactionColumn(values, "first_transaction_at"))
                    .isEqualTo(Instant.parse("2024-01-01T00:00:00Z"));
            assertThat(transactionColumn(values, "last_transaction_at"))
                    .isEqualTo(Instant.parse("2024-02-01T00:00:00Z"));
        }
    }

    @Test
    void givesZerosAndNullTimesWithoutRecords() throws IOException {
        try (DistinctSpill sessions = new DistinctSpill(work, 0, "session_count")) {
            spill = sessions;
            List<Object> transactions = customerOf(0, AggregationPlan.TRANSACTIONS);

            assertThat(transactionColumn(transactions, "transaction_count")).isEqualTo(0L);
            assertThat(transactionColumn(transactions, "cancelled_amount")).isEqualTo(0L);
            assertThat(transactionColumn(transactions, "first_transaction_at")).isNull();
            assertThat(transactionColumn(transactions, "last_transaction_at")).isNull();
        }
        try (DistinctSpill sessions = new DistinctSpill(work, 1, "session_count")) {
            spill = sessions;
            assertThat(customerOf(0, AggregationPlan.WEB_ACTIVITY))
                    .containsExactly(0L, 0L, 0L, null, null);
        }
    }

    @Test
    void countsEventsViewsAndDistinctSessionsOverTheCustomersUuids() throws IOException {
        try (DistinctSpill sessions = new DistinctSpill(work, 0, "session_count")) {
            spill = sessions;
            add(0, event("s1", 3, "2024-01-02T00:00:00Z"));
            add(0, event("s1", 0, "2024-01-01T00:00:00Z"));
            add(0, event(null, 2, null));
            add(1, event("s2", 1, "2024-02-01T00:00:00Z"));
            add(1, event("s1", 1, null));

            assertThat(customerOf(2, AggregationPlan.WEB_ACTIVITY)).containsExactly(5L, 7L, 2L,
                    Instant.parse("2024-01-01T00:00:00Z"), Instant.parse("2024-02-01T00:00:00Z"));
        }
    }

    @Test
    void failsWhenAnAmountSumOfOneUuidLeavesDecimal18() throws IOException {
        try (DistinctSpill sessions = new DistinctSpill(work, 0, "session_count")) {
            spill = sessions;
            add(0, tx("a", 999_999_999_999_999_999L, TransactionStatus.FAILED, null));

            assertThatThrownBy(() -> add(0, tx("b", 1, TransactionStatus.FAILED, null)))
                    .isInstanceOf(ArithmeticException.class)
                    .hasMessageContaining("failed_amount exceeds DECIMAL(18,2)");
        }
    }

    @Test
    void mergingNamesTheStatusColumnWhoseSumLeavesDecimal18() throws IOException {
        try (DistinctSpill sessions = new DistinctSpill(work, 0, "session_count")) {
            spill = sessions;
            add(0, tx("a", 999_999_999_999_999_999L, TransactionStatus.REFUNDED, null));
            add(1, tx("b", 1, TransactionStatus.REFUNDED, null));

            assertThatThrownBy(() -> customerOf(2, AggregationPlan.TRANSACTIONS))
                    .isInstanceOf(ArithmeticException.class)
                    .hasMessageContaining("refunded_amount exceeds DECIMAL(18,2)");
        }
    }

    @Test
    void failsWhenPageViewsLeaveInt64() throws IOException {
        try (DistinctSpill sessions = new DistinctSpill(work, 0, "session_count")) {
            spill = sessions;
            add(0, event(null, Long.MAX_VALUE, null));

            assertThatThrownBy(() -> add(0, event(null, 1, null)))
                    .isInstanceOf(ArithmeticException.class)
                    .hasMessageContaining("total_page_views");
        }
    }
}
