package io.customer360.standardise;

import static org.assertj.core.api.Assertions.assertThat;

import io.customer360.model.TransactionStatus;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.params.provider.NullSource;
import org.junit.jupiter.params.provider.ValueSource;

class StatusesTest {

    @ParameterizedTest
    @EnumSource(TransactionStatus.class)
    void readsEachAllowedStatusByItsCode(TransactionStatus status) {
        assertThat(Statuses.standardise(status.code())).isEqualTo(Standardised.valid(status));
    }

    @ParameterizedTest
    @CsvSource({
        "Completed, COMPLETED",
        "PENDING, PENDING",
        "ReFuNdEd, REFUNDED",
        "'  failed  ', FAILED",
        "CANCELLED, CANCELLED",
    })
    void readsStatusesInAnyCaseAndWithSurroundingWhiteSpace(String raw, TransactionStatus expected) {
        assertThat(Statuses.standardise(raw)).isEqualTo(Standardised.valid(expected));
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
