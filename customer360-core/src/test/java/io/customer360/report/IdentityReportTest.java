package io.customer360.report;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class IdentityReportTest {
    @Test
    void bucketsDoubleInWidthAfterOneAndTwo() {
        assertThat(List.of(1L, 2L, 3L, 4L, 5L, 8L, 9L, 16L, 17L)).extracting(
                IdentityReport::bucketOf).containsExactly(0, 1, 2, 2, 3, 3, 4, 4, 5);
        assertThat(IdentityReport.bucketOf(Long.MAX_VALUE)).isEqualTo(63);
    }

    @Test
    void aCustomerWithoutIdentifiersHasNoBucket() {
        assertThatThrownBy(() -> IdentityReport.bucketOf(0))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("but had 0");
    }

    @Test
    void eachBucketIsLabelledWithTheRangeItCounts() {
        assertThat(List.of(0, 1, 2, 3, 4, 10)).extracting(IdentityReport::bucketLabel)
                .containsExactly("1", "2", "3-4", "5-8", "9-16", "513-1024");
        assertThat(IdentityReport.bucketLabel(63))
                .isEqualTo("4611686018427387905-9223372036854775808");
        assertThatThrownBy(() -> IdentityReport.bucketLabel(-1))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> IdentityReport.bucketLabel(64))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void eachLabelNamesTheIdentifierCountsOfItsBucket() {
        for (long identifiers = 1; identifiers <= 1100; identifiers++) {
            String[] range = IdentityReport.bucketLabel(IdentityReport.bucketOf(identifiers))
                    .split("-");
            long low = Long.parseLong(range[0]);
            long high = Long.parseLong(range[range.length - 1]);
            assertThat(identifiers).as("%s identifiers", identifiers).isBetween(low, high);
        }
    }

    @Test
    void theHistogramDropsTrailingEmptyBucketsOnly() {
        assertThat(IdentityReport.histogram(new long[] {3, 0, 2, 0, 0}))
                .containsExactly(3L, 0L, 2L);
        assertThat(IdentityReport.histogram(new long[] {0, 0})).isEmpty();
        assertThat(IdentityReport.histogram(new long[0])).isEmpty();
    }

    @Test
    void theReportRefusesAHistogramEndingWithAnEmptyBucket() {
        assertThatThrownBy(() -> new IdentityReport(3, 3, 0, 0, 0, 0, 0, 0, 0, 0,
                List.of(3L, 0L))).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("empty bucket");
        assertThat(new IdentityReport(3, 3, 0, 0, 0, 0, 0, 0, 0, 0, List.of(0L, 3L))
                .identifiersPerCustomer()).containsExactly(0L, 3L);
    }

    @Test
    void theReportKeepsItsOwnCopyOfTheHistogram() {
        List<Long> buckets = new ArrayList<>(List.of(1L, 2L));
        IdentityReport report = new IdentityReport(3, 3, 0, 0, 0, 0, 0, 0, 0, 0, buckets);
        buckets.add(5L);

        assertThat(report.identifiersPerCustomer()).containsExactly(1L, 2L);
        assertThatThrownBy(() -> report.identifiersPerCustomer().add(1L))
                .isInstanceOf(UnsupportedOperationException.class);
    }

    @Test
    void theShortConstructorMeansNoGuardAppliedAndNoHistogram() {
        IdentityReport report = new IdentityReport(9, 7, 6, 4, 2, 1);

        assertThat(report).isEqualTo(new IdentityReport(9, 7, 6, 4, 2, 1, 0, 0, 0, 0,
                List.of()));
    }
}
