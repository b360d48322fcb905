package io.customer360.standardise;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.NullSource;
import org.junit.jupiter.params.provider.ValueSource;

class AmountsTest {

    @ParameterizedTest
    @CsvSource({
        "12, 1200",
        "12.5, 1250",
        "-10.0, -1000",
        "1e3, 100000",
    })
    void readsTheSpecExamplesInHundredths(String raw, long expected) {
        assertThat(Amounts.standardise(raw)).isEqualTo(Standardised.valid(expected));
    }

    @ParameterizedTest
    @CsvSource({
        "+7, 700",
        "0012.30, 1230",
        "1E3, 100000",
        "1.5e-1, 15",
        "2.5E+2, 25000",
        "125e-2, 125",
        "'  42.01  ', 4201",
        "0.01, 1",
        "-0.01, -1",
    })
    void readsSignsLeadingZerosExponentsAndSurroundingWhiteSpace(String raw, long expected) {
        assertThat(Amounts.standardise(raw)).isEqualTo(Standardised.valid(expected));
    }

    @ParameterizedTest
    @CsvSource({
        "0.125, 12",
        "0.135, 14",
        "0.1251, 13",
        "-0.125, -12",
        "-0.135, -14",
        "2.675, 268",
        "2.665, 266",
        "0.005, 0",
        "0.015, 2",
        "0.0050000001, 1",
        "1.005, 100",
        "1.00500000000000000000001, 101",
        "0.0049999999, 0",
        "125e-3, 12",
        "135e-3, 14",
    })
    void roundsHalfEvenToTwoDecimals(String raw, long expected) {
        assertThat(Amounts.standardise(raw)).isEqualTo(Standardised.valid(expected));
    }

    @ParameterizedTest
    @CsvSource({
        "0, 0",
        "-0, 0",
        "0.00, 0",
        "-0.001, 0",
        "-5, -500",
    })
    void returnsZeroAndNegativeAmountsForTheValidatorToJudge(String raw, long expected) {
        assertThat(Amounts.standardise(raw)).isEqualTo(Standardised.valid(expected));
    }

    @ParameterizedTest
    @NullSource
    @ValueSource(strings = {"", "  ", "null", "N/A", "nan", "NaN", "none"})
    void readsMissingTokensAsMissing(String raw) {
        assertThat(Amounts.standardise(raw).isMissing()).isTrue();
    }

    @ParameterizedTest
    @ValueSource(strings = {"$5", "\u20ac5", "5\u20ac", "5 USD", "USD5"})
    void rejectsAmountWithCurrencySymbol(String raw) {
        assertThat(Amounts.standardise(raw).isInvalid()).isTrue();
    }

    @ParameterizedTest
    @ValueSource(strings = {"1,200", "1 200", "1_200", "1'200", "1.200,50", "12,5"})
    void rejectsAmountWithGroupingOrDecimalComma(String raw) {
        assertThat(Amounts.standardise(raw).isInvalid()).isTrue();
    }

    @ParameterizedTest
    @ValueSource(strings = {"Infinity", "-Infinity", "+Infinity", "inf", "NaN0", "-NaN"})
    void rejectsNonFiniteWords(String raw) {
        assertThat(Amounts.standardise(raw).isInvalid()).isTrue();
    }

    @ParameterizedTest
    @ValueSource(strings = {".5", "-.5"})
    void rejectsFractionWithoutIntegerDigits(String raw) {
        assertThat(Amounts.standardise(raw).isInvalid()).isTrue();
    }

    @ParameterizedTest
    @ValueSource(strings = {"5.", "-5.", "5.e3"})
    void rejectsPointWithoutFractionDigits(String raw) {
        assertThat(Amounts.standardise(raw).isInvalid()).isTrue();
    }

    @ParameterizedTest
    @ValueSource(strings = {"+", "-", ".", "e3", "1e", "1e+", "1e-", "1.2.3", "--1", "+-1", "1-", "0x10", "1d", "1f",
        "1L", "12abc", "1e3.5", "1e 3", "1 e3", "- 1", "\uff15", "\u0665", "1ee3", "(5)"})
    void rejectsAnythingThatIsNotAPlainDecimal(String raw) {
        assertThat(Amounts.standardise(raw).isInvalid()).isTrue();
    }

    @ParameterizedTest
    @CsvSource({
        "9999999999999999.99, 999999999999999999",
        "-9999999999999999.99, -999999999999999999",
        "9999999999999999.994, 999999999999999999",
        "1e15, 100000000000000000",
        "0.000000000000000000000000000000000000000000001e60, 100000000000000000",
    })
    void acceptsMagnitudesBelowTenToTheSixteenth(String raw, long expected) {
        assertThat(Amounts.standardise(raw)).isEqualTo(Standardised.valid(expected));
    }

    @ParameterizedTest
    @ValueSource(strings = {"10000000000000000", "-10000000000000000", "9999999999999999.995",
        "-9999999999999999.995", "1e16", "100000000000000000000000000000", "92233720368547758.07"})
    void rejectsMagnitudesOfTenToTheSixteenthOrMoreAfterRounding(String raw) {
        assertThat(Amounts.standardise(raw).isInvalid()).isTrue();
    }

    @Test
    @Timeout(5)
    void rejectsHugePositiveExponentWithoutBuildingTheNumber() {
        assertThat(Amounts.standardise("1e999999999").isInvalid()).isTrue();
        assertThat(Amounts.standardise("-1E+99999999999999999999999999999").isInvalid()).isTrue();
    }

    @Test
    @Timeout(5)
    void readsHugeNegativeExponentAsZero() {
        assertThat(Amounts.standardise("1e-999999999")).isEqualTo(Standardised.valid(0L));
        assertThat(Amounts.standardise("-7e-99999999999999999999999999999")).isEqualTo(Standardised.valid(0L));
    }

    @Test
    @Timeout(5)
    void readsZeroWithHugeExponentAsZero() {
        assertThat(Amounts.standardise("0e999999999")).isEqualTo(Standardised.valid(0L));
    }

    @Test
    @Timeout(5)
    void readsMillionsOfDigitsInLinearTime() {
        String zeros = "0".repeat(2_000_000);
        Duration limit = Duration.ofSeconds(2);
        long start = System.nanoTime();

        assertThat(Amounts.standardise(zeros + "1.5")).isEqualTo(Standardised.valid(150L));
        assertThat(Amounts.standardise("0." + zeros + "1")).isEqualTo(Standardised.valid(0L));
        assertThat(Amounts.standardise("1." + zeros + "1")).isEqualTo(Standardised.valid(100L));
        assertThat(Amounts.standardise("0.005" + zeros + "1")).isEqualTo(Standardised.valid(1L));
        assertThat(Amounts.standardise("1" + zeros).isInvalid()).isTrue();
        assertThat(Amounts.standardise("1" + zeros + "e-2000000")).isEqualTo(Standardised.valid(100L));

        assertThat(Duration.ofNanos(System.nanoTime() - start)).isLessThan(limit);
    }
}
