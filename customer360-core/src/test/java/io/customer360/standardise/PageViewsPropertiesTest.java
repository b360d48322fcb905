package io.customer360.standardise;

import static org.assertj.core.api.Assertions.assertThat;

import io.customer360.read.ValueKind;
import java.math.BigDecimal;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.constraints.LongRange;

class PageViewsPropertiesTest {

    @Property
    void readsAnyNonNegativeLongWrittenAsTextOrNumber(@ForAll @LongRange(min = 0) long count) {
        Standardised<Long> expected = Standardised.valid(count);

        assertThat(PageViews.standardise(Long.toString(count), ValueKind.TEXT)).isEqualTo(expected);
        assertThat(PageViews.standardise(Long.toString(count), ValueKind.NUMBER)).isEqualTo(expected);
        assertThat(PageViews.standardise(count + ".0", ValueKind.NUMBER)).isEqualTo(expected);
    }

    @Property
    void readsAnIntegralNumberInScientificNotation(
            @ForAll @LongRange(min = 0) long count, @ForAll @IntRange(min = 0, max = 30) int shift) {
        String scientific = BigDecimal.valueOf(count).movePointLeft(shift).toPlainString() + "e" + shift;

        assertThat(PageViews.standardise(scientific, ValueKind.NUMBER)).as(scientific)
                .isEqualTo(Standardised.valid(count));
    }

    @Property
    void rejectsEveryNegativeCount(@ForAll @LongRange(min = Long.MIN_VALUE, max = -1) long count) {
        assertThat(PageViews.standardise(Long.toString(count), ValueKind.TEXT).isInvalid()).isTrue();
        assertThat(PageViews.standardise(Long.toString(count), ValueKind.NUMBER).isInvalid()).isTrue();
    }
}
