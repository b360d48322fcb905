package io.customer360.standardise;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatNullPointerException;

import io.customer360.read.ValueKind;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.params.provider.ValueSource;

class PageViewsTest {

    @ParameterizedTest
    @EnumSource(ValueKind.class)
    void readsNullAsMissingWhateverItsKind(ValueKind kind) {
        assertThat(PageViews.standardise(null, kind).isMissing()).isTrue();
    }

    @ParameterizedTest
    @CsvSource({
        "3, 3",
        "0, 0",
        "3.0, 3",
        "3e0, 3",
        "30e-1, 3",
        "3E2, 300",
        "3.00e+1, 30",
        "-0, 0",
        "-0.0, 0",
        "9223372036854775807, 9223372036854775807",
        "9.223372036854775807e18, 9223372036854775807",
        "0e999999999, 0",
    })
    void readsIntegralJsonNumbers(String raw, long expected) {
        assertThat(PageViews.standardise(raw, ValueKind.NUMBER)).isEqualTo(Standardised.valid(expected));
    }

    @ParameterizedTest
    @ValueSource(strings = {"3.5", "0.5", "1e-1", "3.0000000001", "1e-999999999"})
    void rejectsNonIntegralJsonNumber(String raw) {
        assertThat(PageViews.standardise(raw, ValueKind.NUMBER).isInvalid()).isTrue();
    }

    @ParameterizedTest
    @ValueSource(strings = {"-1", "-1.0", "-3e2", "-9223372036854775808"})
    void rejectsNegativeJsonNumber(String raw) {
        assertThat(PageViews.standardise(raw, ValueKind.NUMBER).isInvalid()).isTrue();
    }

    @ParameterizedTest
    @ValueSource(strings = {"9223372036854775808", "9223372036854775807.5", "1e19", "18446744073709551616",
        "1e999999999"})
    void rejectsJsonNumberAboveLongMaxValue(String raw) {
        assertThat(PageViews.standardise(raw, ValueKind.NUMBER).isInvalid()).isTrue();
    }

    @ParameterizedTest
    @ValueSource(strings = {"NaN", "Infinity", "", "0x10", "abc"})
    void rejectsNumberTextThatIsNotADecimal(String raw) {
        assertThat(PageViews.standardise(raw, ValueKind.NUMBER).isInvalid()).isTrue();
    }

    @ParameterizedTest
    @CsvSource({
        "3, 3",
        "0, 0",
        "007, 7",
        "' 12 ', 12",
        "9223372036854775807, 9223372036854775807",
    })
    void readsStringOfDigits(String raw, long expected) {
        assertThat(PageViews.standardise(raw, ValueKind.TEXT)).isEqualTo(Standardised.valid(expected));
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "  ", "null", "None", "N/A", "nan"})
    void readsMissingTokenStringAsMissing(String raw) {
        assertThat(PageViews.standardise(raw, ValueKind.TEXT).isMissing()).isTrue();
    }

    @ParameterizedTest
    @ValueSource(strings = {"3.0", "-1", "+3", "abc", "1e3", "3 4", "3,000", "\u0663", "\uff13",
        "9223372036854775808", "99999999999999999999"})
    void rejectsStringThatIsNotOnlyDigitsOrOverflows(String raw) {
        assertThat(PageViews.standardise(raw, ValueKind.TEXT).isInvalid()).isTrue();
    }

    @ParameterizedTest
    @ValueSource(strings = {"true", "false", "{}", "{\"n\":3}", "[3]", "3"})
    void rejectsBooleansObjectsAndArrays(String raw) {
        assertThat(PageViews.standardise(raw, ValueKind.OTHER).isInvalid()).isTrue();
    }

    @Test
    @Timeout(5)
    void readsLongDigitStringsInLinearTime() {
        String zeros = "0".repeat(2_000_000);
        assertThat(PageViews.standardise(zeros + "5", ValueKind.TEXT)).isEqualTo(Standardised.valid(5L));
        assertThat(PageViews.standardise(zeros + "5.0" + zeros, ValueKind.NUMBER)).isEqualTo(Standardised.valid(5L));
    }

    @Test
    void requiresAKind() {
        assertThatNullPointerException().isThrownBy(() -> PageViews.standardise("3", null));
    }
}
