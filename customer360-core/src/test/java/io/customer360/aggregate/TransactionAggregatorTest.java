package io.customer360.aggregate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.customer360.model.Transaction;
import io.customer360.model.TransactionStatus;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

class TransactionAggregatorTest {
    private final TransactionAggregator aggregator = new TransactionAggregator();

    private static Transaction tx(String id, long cents, TransactionStatus status, String when) {
        return new Transaction(id, "u", cents, status, when == null ? null : Instant.parse(when),
                null, 2);
    }

    private Object value(Object state, String column) {
        List<Object> output = aggregator.output(state);
        for (int i = 0; i < aggregator.columns().size(); i++) {
            if (aggregator.columns().get(i).name().equals(column)) {
                return output.get(i);
            }
        }
        throw new IllegalArgumentException(column);
    }

    @Test
    void countsAndSumsPerStatus() {
        Object state = aggregator.create();
        state = aggregator.add(state,
                tx("b", 1050, TransactionStatus.COMPLETED, "2024-02-01T00:00:00Z"));
        state = aggregator.add(state, tx("a", 250, TransactionStatus.COMPLETED, null));
        state = aggregator.add(state,
                tx("c", 99, TransactionStatus.REFUNDED, "2024-01-01T00:00:00Z"));

        assertThat(value(state, "transaction_count")).isEqualTo(3L);
        assertThat(value(state, "completed_count")).isEqualTo(2L);
        assertThat(value(state, "completed_amount")).isEqualTo(1300L);
        assertThat(value(state, "refunded_amount")).isEqualTo(99L);
        assertThat(value(state, "pending_amount")).isEqualTo(0L);
        assertThat(value(state, "first_transaction_at"))
                .isEqualTo(Instant.parse("2024-01-01T00:00:00Z"));
        assertThat(value(state, "last_transaction_at"))
                .isEqualTo(Instant.parse("2024-02-01T00:00:00Z"));
        assertThat(value(state, "transaction_ids")).isEqualTo(List.of("a", "b", "c"));
    }

    @Test
    void givesZerosAndNullTimesWithoutTransactions() {
        Object state = aggregator.create();

        assertThat(value(state, "transaction_count")).isEqualTo(0L);
        assertThat(value(state, "cancelled_amount")).isEqualTo(0L);
        assertThat(value(state, "first_transaction_at")).isNull();
        assertThat(value(state, "last_transaction_at")).isNull();
        assertThat(value(state, "transaction_ids")).isEqualTo(List.of());
    }

    @Test
    void mergesStatesLikeOneState() {
        Object left = aggregator.add(aggregator.create(),
                tx("x", 100, TransactionStatus.PENDING, "2024-03-01T00:00:00Z"));
        Object right = aggregator.add(aggregator.create(),
                tx("w", 300, TransactionStatus.PENDING, "2024-01-01T00:00:00Z"));

        Object merged = aggregator.merge(left, right);

        assertThat(value(merged, "pending_count")).isEqualTo(2L);
        assertThat(value(merged, "pending_amount")).isEqualTo(400L);
        assertThat(value(merged, "first_transaction_at"))
                .isEqualTo(Instant.parse("2024-01-01T00:00:00Z"));
        assertThat(value(merged, "transaction_ids")).isEqualTo(List.of("w", "x"));
    }

    @Test
    void failsWhenAnAmountSumLeavesDecimal18() {
        Object state = aggregator.add(aggregator.create(),
                tx("a", 999_999_999_999_999_999L, TransactionStatus.FAILED, null));

        assertThatThrownBy(() -> aggregator.add(state, tx("b", 1, TransactionStatus.FAILED, null)))
                .isInstanceOf(ArithmeticException.class)
                .hasMessageContaining("failed_amount exceeds DECIMAL(18,2)");
    }

    @Test
    void mergingNamesTheStatusColumnWhoseSumLeavesDecimal18() {
        Object left = aggregator.add(aggregator.create(),
                tx("a", 999_999_999_999_999_999L, TransactionStatus.REFUNDED, null));
        Object right = aggregator.add(aggregator.create(),
                tx("b", 1, TransactionStatus.REFUNDED, null));

        assertThatThrownBy(() -> aggregator.merge(left, right))
                .isInstanceOf(ArithmeticException.class)
                .hasMessageContaining("refunded_amount exceeds DECIMAL(18,2)");
    }
}
