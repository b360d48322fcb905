package io.customer360.report;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.customer360.error.QualityGateException;
import io.customer360.model.Source;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class QualityGatesTest {
    private static final IdentityReport NO_CUSTOMERS = new IdentityReport(0, 0, 0, 0, 0, 0);

    private static SourceReport counts(long accepted, long rejected) {
        return new SourceReport("in", accepted + rejected, accepted, rejected,
                rejected == 0 ? Map.of() : Map.of("INVALID_EMAIL", rejected));
    }

    @Test
    void noGatesGiveNoResults() {
        assertThat(QualityGates.NONE.isEmpty()).isTrue();
        assertThat(QualityGates.NONE.evaluate(Map.of(Source.LEADS, counts(0, 5)),
                NO_CUSTOMERS)).isEmpty();
    }

    @Test
    void rejectRateIsRejectedOverReadAndPassesAtItsLimit() {
        QualityGates gates = QualityGates.NONE.withMaxRejectRate(Source.TRANSACTIONS, 0.25);

        assertThat(gates.evaluate(Map.of(Source.TRANSACTIONS, counts(3, 1)), NO_CUSTOMERS))
                .containsExactly(new GateResult(QualityGate.MAX_REJECT_RATE,
                        Source.TRANSACTIONS, 0.25, 0.25, true));
        assertThat(gates.evaluate(Map.of(Source.TRANSACTIONS, counts(2, 1)), NO_CUSTOMERS))
                .singleElement().satisfies(result -> {
                    assertThat(result.passed()).isFalse();
                    assertThat(result.measured()).isEqualTo(1.0 / 3);
                });
    }

    @Test
    void aSourceWithNothingReadPassesItsRejectRateButHasNothingAccepted() {
        QualityGates gates = QualityGates.NONE.withMaxRejectRate(Source.LEADS, 0)
                .withMinAccepted(Source.LEADS, 1).withMaxRejectRate(Source.WEB_ACTIVITY, 0);

        assertThat(gates.evaluate(Map.of(Source.LEADS, counts(0, 0)), NO_CUSTOMERS))
                .extracting(GateResult::name, GateResult::measured, GateResult::passed)
                .containsExactly(
                        org.assertj.core.groups.Tuple.tuple("leads.max_reject_rate", 0.0, true),
                        org.assertj.core.groups.Tuple.tuple("leads.min_accepted", 0.0, false),
                        org.assertj.core.groups.Tuple.tuple("web_activity.max_reject_rate", 0.0,
                                true));
    }

    @Test
    void anonymousShareIsCustomersWithoutALeadOverCustomersAndPassesWithNoCustomer() {
        QualityGates gates = QualityGates.NONE.withMaxAnonymousShare(0.5);

        assertThat(gates.evaluate(Map.of(), NO_CUSTOMERS)).singleElement()
                .satisfies(result -> assertThat(result.passed()).isTrue());
        assertThat(gates.evaluate(Map.of(), new IdentityReport(4, 1, 4, 1, 3, 0)))
                .containsExactly(new GateResult(QualityGate.MAX_ANONYMOUS_SHARE, null, 0.5, 0.75,
                        false));
        assertThat(gates.evaluate(Map.of(), new IdentityReport(4, 2, 4, 2, 2, 0)))
                .singleElement().satisfies(result -> assertThat(result.passed()).isTrue());
    }

    @Test
    void aLaterThresholdReplacesAnEarlierOneAndImpossibleOnesAreRefused() {
        QualityGates gates = QualityGates.NONE.withMinAccepted(Source.LEADS, 5)
                .withMinAccepted(Source.LEADS, 1);
        assertThat(gates.evaluate(Map.of(Source.LEADS, counts(1, 0)), NO_CUSTOMERS))
                .singleElement().satisfies(result -> assertThat(result.passed()).isTrue());

        assertThatThrownBy(() -> QualityGates.NONE.withMaxRejectRate(Source.LEADS, 1.5))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> QualityGates.NONE.withMaxAnonymousShare(Double.NaN))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> QualityGates.NONE.withMinAccepted(Source.LEADS, -1))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void theExceptionNamesOnlyTheFailedGatesAndCarriesTheReport() {
        List<GateResult> gates = QualityGates.NONE.withMaxRejectRate(Source.LEADS, 0.1)
                .withMinAccepted(Source.TRANSACTIONS, 10).withMaxAnonymousShare(1)
                .evaluate(Map.of(Source.LEADS, counts(1, 1), Source.TRANSACTIONS, counts(10, 0)),
                        new IdentityReport(3, 0, 3, 0, 3, 0));
        RunReport report = new RunReport("0", Instant.EPOCH, Instant.EPOCH, 0, Map.of(),
                NO_CUSTOMERS, Map.of(), RecoveryReport.NOTHING, gates, Map.of());

        QualityGateException failed = new QualityGateException(report);

        assertThat(failed).hasMessage("a quality gate failed: leads.max_reject_rate: measured"
                + " 0.5, threshold 0.1 (above the maximum); the customer table was not replaced");
        assertThat(failed.report()).isSameAs(report);
        assertThat(failed.failedGates()).extracting(GateResult::name)
                .containsExactly("leads.max_reject_rate");
        assertThatThrownBy(() -> new QualityGateException(new RunReport("0", Instant.EPOCH,
                Instant.EPOCH, 0, Map.of(), NO_CUSTOMERS, Map.of(), RecoveryReport.NOTHING)))
                .isInstanceOf(IllegalArgumentException.class);
    }
}
