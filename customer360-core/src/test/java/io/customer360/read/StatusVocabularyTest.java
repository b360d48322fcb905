package io.customer360.read;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.customer360.aggregate.TransactionAggregator;
import io.customer360.error.ConfigurationException;
import io.customer360.model.TransactionStatus;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.ObjectInputStream;
import java.io.ObjectOutputStream;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class StatusVocabularyTest {

    @Test
    void theDefaultsAreTheFiveBuiltInStatusesEachReadFromItsCodeAndCanceled() {
        StatusVocabulary defaults = StatusVocabulary.defaults();

        assertThat(defaults.statuses()).containsExactly(TransactionStatus.COMPLETED,
                TransactionStatus.PENDING, TransactionStatus.REFUNDED, TransactionStatus.FAILED,
                TransactionStatus.CANCELLED);
        for (TransactionStatus status : defaults.statuses()) {
            assertThat(defaults.status(status.code())).containsSame(status);
        }
        assertThat(defaults.status(" Canceled ")).contains(TransactionStatus.CANCELLED);
        assertThat(defaults.status("paid")).isEmpty();
        assertThat(StatusVocabulary.builder().build()).isEqualTo(defaults);
    }

    @Test
    void givenValuesReplaceABuiltInStatusesValuesAndAddedStatusesFollowInOrder() {
        StatusVocabulary vocabulary = StatusVocabulary.builder()
                .status("completed", "Paid", " settled ")
                .status("chargeback", "chargeback")
                .status("disputed", "dispute", "DISPUTED")
                .status("refunded", "returned")
                .build();

        assertThat(vocabulary.statuses()).extracting(TransactionStatus::code).containsExactly(
                "completed", "pending", "refunded", "failed", "cancelled", "chargeback",
                "disputed");
        assertThat(vocabulary.status("PAID")).contains(TransactionStatus.COMPLETED);
        assertThat(vocabulary.status("settled")).contains(TransactionStatus.COMPLETED);
        assertThat(vocabulary.status("completed")).isEmpty();
        assertThat(vocabulary.status("refunded")).isEmpty();
        assertThat(vocabulary.status("Returned")).contains(TransactionStatus.REFUNDED);
        assertThat(vocabulary.status("pending")).contains(TransactionStatus.PENDING);
        assertThat(vocabulary.status("Chargeback")).contains(TransactionStatus.of("chargeback"));
        assertThat(vocabulary.rawValues(TransactionStatus.COMPLETED))
                .containsExactly("paid", "settled");
        assertThat(vocabulary.rawValues(TransactionStatus.of("disputed")))
                .containsExactly("dispute", "disputed");
    }

    @Test
    void givingAStatusAgainReplacesItsValuesAndKeepsItsPlace() {
        StatusVocabulary vocabulary = StatusVocabulary.builder()
                .status("chargeback", "cb").status("disputed", "dispute")
                .status("chargeback", "chargeback").build();

        assertThat(vocabulary.statuses()).extracting(TransactionStatus::code)
                .endsWith("chargeback", "disputed");
        assertThat(vocabulary.status("cb")).isEmpty();
        assertThat(vocabulary.status("chargeback")).isPresent();
    }

    @Test
    void refusesCodesThatCannotNameColumnsMissingOrBlankValuesAndValuesOfTwoStatuses() {
        assertThatThrownBy(() -> StatusVocabulary.builder().status("Charge-back", "cb"))
                .isInstanceOf(ConfigurationException.class)
                .hasMessageContaining("'Charge-back'").hasMessageContaining("snake case");
        assertThatThrownBy(() -> StatusVocabulary.builder().status("chargeback"))
                .isInstanceOf(ConfigurationException.class).hasMessageContaining("no raw values");
        assertThatThrownBy(() -> StatusVocabulary.builder().status("chargeback", "cb", " "))
                .isInstanceOf(ConfigurationException.class).hasMessageContaining("blank");
        assertThatThrownBy(() -> StatusVocabulary.builder().status("completed", "pending")
                .build())
                .isInstanceOf(ConfigurationException.class)
                .hasMessageContaining("'pending' is read as two statuses, completed and pending");
        assertThatThrownBy(() -> StatusVocabulary.builder().status("chargeback", "X")
                .status("disputed", "x").build())
                .isInstanceOf(ConfigurationException.class)
                .hasMessageContaining("'x' is read as two statuses, chargeback and disputed");
    }

    @Test
    void survivesSerialisationWithBuiltInStatusesStillTheConstants() throws Exception {
        StatusVocabulary vocabulary = StatusVocabulary.builder()
                .status("chargeback", "chargeback").build();

        StatusVocabulary copy = roundTrip(vocabulary);

        assertThat(copy).isEqualTo(vocabulary);
        assertThat(copy.status("completed")).containsSame(TransactionStatus.COMPLETED);
        assertThat(copy.statuses().get(0)).isSameAs(TransactionStatus.COMPLETED);
        assertThat(copy.status("chargeback")).isEqualTo(Optional.of(
                TransactionStatus.of("chargeback")));
    }

    @Test
    void theTransactionAggregatorOfAVocabularySurvivesSerialisation() throws Exception {
        TransactionAggregator aggregator = new TransactionAggregator(StatusVocabulary.builder()
                .status("chargeback", "chargeback").build());

        TransactionAggregator copy = roundTrip(aggregator);

        assertThat(copy.columns()).isEqualTo(aggregator.columns()).hasSize(15);
        assertThat(copy.slots()).isEqualTo(aggregator.slots());
    }

    @Test
    void builtInCodesGiveTheConstantsAndOtherCodesNewEqualStatuses() {
        assertThat(TransactionStatus.of("refunded")).isSameAs(TransactionStatus.REFUNDED);
        assertThat(TransactionStatus.of("chargeback")).isEqualTo(TransactionStatus.of("chargeback"))
                .isNotEqualTo(TransactionStatus.REFUNDED);
        assertThat(TransactionStatus.of("chargeback").isBuiltIn()).isFalse();
        assertThat(TransactionStatus.builtIn()).allMatch(TransactionStatus::isBuiltIn);
        assertThat(TransactionStatus.builtIn()).extracting(TransactionStatus::code).isEqualTo(
                List.of("completed", "pending", "refunded", "failed", "cancelled"));
    }

    @SuppressWarnings("unchecked")
    private static <T> T roundTrip(T value) throws IOException, ClassNotFoundException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (ObjectOutputStream out = new ObjectOutputStream(bytes)) {
            out.writeObject(value);
        }
        try (ObjectInputStream in = new ObjectInputStream(
                new ByteArrayInputStream(bytes.toByteArray()))) {
            return (T) in.readObject();
        }
    }
}
