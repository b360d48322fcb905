package io.customer360.standardise;

import static org.assertj.core.api.Assertions.assertThat;

import io.customer360.model.TransactionStatus;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.NullSource;
import org.junit.jupiter.params.provider.ValueSource;

class StatusesTest {

    static java.util.List<TransactionStatus> builtInStatuses() {
        return TransactionStatus.builtIn();
    }

    @ParameterizedTest
    @MethodSource("builtInStatuses")
    void readsEachAllowedStatusByItsCode(TransactionStatus status) {
        assertThat(Statuses.standardise(status.code())).isEqualTo(Standardised.valid(status));
    }

    @ParameterizedTest
    @CsvSource({
        "Completed, completed",
        "PENDING, pending",
        "ReFuNdEd, refunded",
        "'  failed  ', failed",
        "CANCELLED, cancelled",
    })
    void readsStatusesInAnyCaseAndWithSurroundingWhiteSpace(String raw, String expected) {
        assertThat(Statuses.standardise(raw))
                .isEqualTo(Standardised.valid(TransactionStatus.of(expected)));
    }

    @ParameterizedTest
    @ValueSource(strings = {"canceled", "Canceled", "CANCELED", " canceled "})
    void readsCanceledAsCancelled(String raw) {
        assertThat(Statuses.standardise(raw)).isEqualTo(Standardised.valid(TransactionStatus.CANCELLED));
    }

    @ParameterizedTest
    @NullSource
    @ValueSource(strings = {"", "  ", "null", "N/A", "none"})
    void readsMissingTokensAsMissing(String raw) {
        assertThat(Statuses.standardise(raw).isMissing()).isTrue();
    }

    @ParameterizedTest
    @ValueSource(strings = {"complete", "done", "refund", "fail", "cancel", "cancel led", "completed.",
        "in_progress", "COMPLETED_", "c0mpleted", "pending pending"})
    void rejectsUnknownStatus(String raw) {
        assertThat(Statuses.standardise(raw).isInvalid()).isTrue();
    }
}
