package io.customer360.standardise;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatNullPointerException;

import io.customer360.read.DateOrder;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.ObjectInputStream;
import java.io.ObjectOutputStream;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.NullSource;
import org.junit.jupiter.params.provider.ValueSource;

class TimestampParserTest {
    private static final TimestampParser UTC = TimestampParser.defaults();
    private static final TimestampParser DAY_FIRST = new TimestampParser(ZoneOffset.UTC, DateOrder.DAY_FIRST);
    private static final TimestampParser PARIS = new TimestampParser(ZoneId.of("Europe/Paris"), DateOrder.MONTH_FIRST);

    private static Standardised<Instant> valid(String instant) {
        return Standardised.valid(Instant.parse(instant));
    }

    @Test
    void readsIsoDateAsMidnightInTheZone() {
        assertThat(UTC.parse("2024-03-05")).isEqualTo(valid("2024-03-05T00:00:00Z"));
        assertThat(PARIS.parse("2024-03-05")).isEqualTo(valid("2024-03-04T23:00:00Z"));
    }

    @ParameterizedTest
    @CsvSource({
        "2024-03-05T10:15, 2024-03-05T10:15:00Z",
        "2024-03-05 10:15, 2024-03-05T10:15:00Z",
        "2024-03-05t10:15, 2024-03-05T10:15:00Z",
        "2024-03-05T10:15:30, 2024-03-05T10:15:30Z",
        "2024-03-05 10:15:30, 2024-03-05T10:15:30Z",
        "2024-03-05T10:15:30.1, 2024-03-05T10:15:30.100Z",
        "2024-03-05T10:15:30.12, 2024-03-05T10:15:30.120Z",
        "2024-03-05T10:15:30.123, 2024-03-05T10:15:30.123Z",
        "2024-03-05T10:15:30.123456789, 2024-03-05T10:15:30.123Z",
        "2024-03-05T10:15:30.999999999, 2024-03-05T10:15:30.999Z",
        "2024-03-05T00:00:00, 2024-03-05T00:00:00Z",
        "2024-03-05T23:59:59, 2024-03-05T23:59:59Z",
    })
    void readsIsoDateTimeWithMinutesSecondsAndFraction(String raw, String expected) {
        assertThat(UTC.parse(raw)).isEqualTo(valid(expected));
    }

    @ParameterizedTest
    @CsvSource({
        "2024-03-05T10:15:30Z, 2024-03-05T10:15:30Z",
        "2024-03-05T10:15:30z, 2024-03-05T10:15:30Z",
        "2024-03-05T10:15Z, 2024-03-05T10:15:00Z",
        "2024-03-05T10:15:30+02:00, 2024-03-05T08:15:30Z",
        "2024-03-05T10:15:30+0200, 2024-03-05T08:15:30Z",
        "2024-03-05T10:15:30+02, 2024-03-05T08:15:30Z",
        "2024-03-05T10:15:30-05:30, 2024-03-05T15:45:30Z",
        "2024-03-05T10:15:30-0530, 2024-03-05T15:45:30Z",
        "2024-03-05 10:15+01:00, 2024-03-05T09:15:00Z",
        "2024-03-05T10:15:30.5+18:00, 2024-03-04T16:15:30.500Z",
        "2024-03-05T10:15:30-18:00, 2024-03-06T04:15:30Z",
        "2024-03-05T10:15:30-00:00, 2024-03-05T10:15:30Z",
    })
    void readsZOrOffsetWithColonWithoutColonOrHoursOnly(String raw, String expected) {
        assertThat(UTC.parse(raw)).isEqualTo(valid(expected));
    }

    @Test
    void readsTheSpecOffsetExampleWithoutColon() {
        assertThat(UTC.parse("2024-03-05T12:00:00+0200")).isEqualTo(valid("2024-03-05T10:00:00Z"));
    }

    @ParameterizedTest
    @CsvSource({
        "2024/03/05, 2024-03-05T00:00:00Z",
        "2024/3/5, 2024-03-05T00:00:00Z",
        "2024/03/05 10:15, 2024-03-05T10:15:00Z",
        "2024/3/5T10:15:30.25Z, 2024-03-05T10:15:30.250Z",
        "2024/12/31 23:59:59+01:00, 2024-12-31T22:59:59Z",
    })
    void readsYearFirstSlashDateWithOptionalTime(String raw, String expected) {
        assertThat(UTC.parse(raw)).isEqualTo(valid(expected));
    }

    @ParameterizedTest
    @CsvSource({
        "03/05/2024, 2024-03-05T00:00:00Z",
        "3/5/2024, 2024-03-05T00:00:00Z",
        "12/31/2024 23:59:59.999, 2024-12-31T23:59:59.999Z",
        "3/5/2024 10:15, 2024-03-05T10:15:00Z",
        "03/05/2024T10:15:30+0200, 2024-03-05T08:15:30Z",
    })
    void readsYearLastSlashDateMonthFirstByDefault(String raw, String expected) {
        assertThat(UTC.parse(raw)).isEqualTo(valid(expected));
    }

    @ParameterizedTest
    @CsvSource({
        "03/05/2024, 2024-05-03T00:00:00Z",
        "3/5/2024, 2024-05-03T00:00:00Z",
        "31/12/2024 23:59, 2024-12-31T23:59:00Z",
    })
    void readsYearLastSlashDateDayFirstWhenConfigured(String raw, String expected) {
        assertThat(DAY_FIRST.parse(raw)).isEqualTo(valid(expected));
    }

    @Test
    void keepsYearFirstFormsUnaffectedByDateOrder() {
        assertThat(DAY_FIRST.parse("2024/03/05")).isEqualTo(valid("2024-03-05T00:00:00Z"));
        assertThat(DAY_FIRST.parse("2024-03-05")).isEqualTo(valid("2024-03-05T00:00:00Z"));
    }

    @Test
    void rejectsDayOverTwelveInMonthFirstOrder() {
        assertThat(UTC.parse("31/12/2024").isInvalid()).isTrue();
        assertThat(DAY_FIRST.parse("12/31/2024").isInvalid()).isTrue();
    }

    @ParameterizedTest
    @CsvSource({
        "1709633730, 2024-03-05T10:15:30Z",
        "1709633730123, 2024-03-05T10:15:30.123Z",
        "100000000, 1973-03-03T09:46:40Z",
        "099999999, 1973-03-03T09:46:39Z",
        "000000001, 1970-01-01T00:00:01Z",
        "4133980799, 2100-12-31T23:59:59Z",
        "100000000000, 1973-03-03T09:46:40Z",
        "4133980799999, 2100-12-31T23:59:59.999Z",
        "00000000000001, 1970-01-01T00:00:00.001Z",
    })
    void readsNineToElevenDigitsAsEpochSecondsAndTwelveToFourteenAsEpochMillis(String raw, String expected) {
        assertThat(UTC.parse(raw)).isEqualTo(valid(expected));
    }

    @Test
    void readsEpochValuesIndependentlyOfTheZone() {
        assertThat(PARIS.parse("1709633730")).isEqualTo(valid("2024-03-05T10:15:30Z"));
    }

    @ParameterizedTest
    @ValueSource(strings = {"0", "12345678", "20240305", "123456789012345", "99999999999999999999",
        "4133980800", "99999999999", "4133980800000", "99999999999999", "00004133980799999"})
    void rejectsOtherDigitCountsAndEpochValuesAfter2100(String raw) {
        assertThat(UTC.parse(raw).isInvalid()).isTrue();
    }

    @ParameterizedTest
    @ValueSource(strings = {"-1709633730", "+1709633730", "1709633730.5", "1709633730x", "1 709 633 730"})
    void rejectsEpochValuesWithSignFractionOrOtherCharacters(String raw) {
        assertThat(UTC.parse(raw).isInvalid()).isTrue();
    }

    @ParameterizedTest
    @ValueSource(strings = {"2024-02-30", "2023-02-29", "2100-02-29", "2024-13-01", "2024-00-10", "2024-01-00",
        "2024-04-31", "2024-01-32", "2024/02/30", "02/30/2024", "13/01/2024", "0/1/2024", "1/0/2024"})
    void rejectsDatesThatDoNotExist(String raw) {
        assertThat(UTC.parse(raw).isInvalid()).isTrue();
    }

    @Test
    void acceptsLeapDays() {
        assertThat(UTC.parse("2024-02-29")).isEqualTo(valid("2024-02-29T00:00:00Z"));
        assertThat(UTC.parse("2000-02-29")).isEqualTo(valid("2000-02-29T00:00:00Z"));
    }

    @ParameterizedTest
    @ValueSource(strings = {"2024-3-5", "2024-03-5", "2024-3-05", "24-03-05", "02024-03-05", "2024-003-05",
        "2024-03-005", "03/05/24", "2024/003/05", "123/05/2024", "03/005/2024", "3/5/02024", "2024.03.05",
        "2024-03/05", "2024/03-05", "20240305T101530", "2024-03-05T10:15:30.", "2024-03-05T10:15.5"})
    void rejectsWrongDigitCountsAndSeparators(String raw) {
        assertThat(UTC.parse(raw).isInvalid()).isTrue();
    }

    @ParameterizedTest
    @ValueSource(strings = {"2024-03-05T", "2024-03-05T10", "2024-03-05T1015", "2024-03-05T10:1", "2024-03-05T9:30",
        "3/5/2024 9:30", "2024-03-05T10:15:3", "2024-03-05T10:15:30.1234567890", "2024-03-05T24:00",
        "2024-03-05T23:60", "2024-03-05T23:59:60", "2024-03-05  10:15", "2024-03-05_10:15",
        "2024-03-05T10:15:30,5", "3/5/2024 10:15 PM", "2024-03-05T10:15:30Z10"})
    void rejectsBadTimes(String raw) {
        assertThat(UTC.parse(raw).isInvalid()).isTrue();
    }

    @ParameterizedTest
    @ValueSource(strings = {"2024-03-05Z", "2024-03-05+02:00", "2024-03-05T10:15 Z", "2024-03-05T10:15:30 +02:00",
        "2024-03-05T10:15:30+2", "2024-03-05T10:15:30+020", "2024-03-05T10:15:30+02:0", "2024-03-05T10:15:30+02:",
        "2024-03-05T10:15:30+19:00", "2024-03-05T10:15:30+18:01", "2024-03-05T10:15:30+02:60",
        "2024-03-05T10:15:30+020000", "2024-03-05T10:15:30UTC", "2024-03-05T10:15:30 UTC",
        "2024-03-05T10:15:30[Europe/Paris]", "2024-03-05T10:15:30+02:00[Europe/Paris]", "2024-03-05T10:15:30ZZ"})
    void rejectsBadOffsetsAndZoneNames(String raw) {
        assertThat(UTC.parse(raw).isInvalid()).isTrue();
    }

    @ParameterizedTest
    @ValueSource(strings = {"abc", "March 5, 2024", "5 Mar 2024", "Tue, 05 Mar 2024 10:15:30 GMT", "-",
        "\u0662\u0660\u0662\u0664-03-05", "\uff12\uff10\uff12\uff14-03-05"})
    void rejectsOtherText(String raw) {
        assertThat(UTC.parse(raw).isInvalid()).isTrue();
    }

    @ParameterizedTest
    @NullSource
    @ValueSource(strings = {"", "   ", "null", "NULL", "none", "N/A", "na", "NaN", "#N/A"})
    void readsMissingTokensAsMissing(String raw) {
        assertThat(UTC.parse(raw).isMissing()).isTrue();
    }

    @Test
    void stripsSurroundingWhiteSpace() {
        assertThat(UTC.parse("  2024-03-05T10:15:30Z\t")).isEqualTo(valid("2024-03-05T10:15:30Z"));
    }

    @ParameterizedTest
    @CsvSource({
        "1900-01-01, 1900-01-01T00:00:00Z",
        "2100-12-31T23:59:59.999, 2100-12-31T23:59:59.999Z",
        "2100-12-31T23:00:00-05:00, 2101-01-01T04:00:00Z",
        "1900-01-01T00:30:00+01:00, 1899-12-31T23:30:00Z",
        "01/01/1900, 1900-01-01T00:00:00Z",
    })
    void checksTheYearAsWrittenBeforeApplyingTheOffset(String raw, String expected) {
        assertThat(UTC.parse(raw)).isEqualTo(valid(expected));
    }

    @ParameterizedTest
    @ValueSource(strings = {"1899-12-31", "1899-12-31T23:59:59Z", "2101-01-01", "2101-01-01T00:00:00+14:00",
        "0001-01-01", "9999-12-31", "12/31/1899", "2101/01/01"})
    void rejectsYearsOutside1900To2100(String raw) {
        assertThat(UTC.parse(raw).isInvalid()).isTrue();
    }

    @Test
    void readsValuesWithoutOffsetInTheConfiguredZone() {
        assertThat(PARIS.parse("2024-03-05T10:15")).isEqualTo(valid("2024-03-05T09:15:00Z"));
        assertThat(PARIS.parse("2024-07-01 10:00:00")).isEqualTo(valid("2024-07-01T08:00:00Z"));
        assertThat(new TimestampParser(ZoneOffset.ofHours(5), DateOrder.MONTH_FIRST).parse("03/05/2024 10:00"))
                .isEqualTo(valid("2024-03-05T05:00:00Z"));
    }

    @Test
    void letsAnExplicitOffsetOverrideTheConfiguredZone() {
        assertThat(PARIS.parse("2024-03-05T10:15:00Z")).isEqualTo(valid("2024-03-05T10:15:00Z"));
        assertThat(PARIS.parse("2024-03-05T10:15:00-01:00")).isEqualTo(valid("2024-03-05T11:15:00Z"));
    }

    @Test
    void movesALocalTimeInADaylightSavingGapLaterByTheGap() {
        assertThat(PARIS.parse("2024-03-31T02:30")).isEqualTo(valid("2024-03-31T01:30:00Z"));
    }

    @Test
    void readsAnAmbiguousLocalTimeWithTheEarlierOffset() {
        assertThat(PARIS.parse("2024-10-27T02:30")).isEqualTo(valid("2024-10-27T00:30:00Z"));
    }

    @Test
    void truncatesBeforeTheEpochTowardsThePast() {
        assertThat(UTC.parse("1969-12-31T23:59:59.9999")).isEqualTo(valid("1969-12-31T23:59:59.999Z"));
        assertThat(UTC.parse("1950-06-15T12:00:00.0005")).isEqualTo(valid("1950-06-15T12:00:00Z"));
    }

    @Test
    void defaultsToUtcAndMonthFirst() {
        TimestampParser defaults = TimestampParser.defaults();

        assertThat(defaults.zone().getRules().getOffset(Instant.EPOCH)).isEqualTo(ZoneOffset.UTC);
        assertThat(defaults.dateOrder()).isEqualTo(DateOrder.MONTH_FIRST);
    }

    @Test
    void requiresZoneAndDateOrder() {
        assertThatNullPointerException().isThrownBy(() -> new TimestampParser(null, DateOrder.MONTH_FIRST));
        assertThatNullPointerException().isThrownBy(() -> new TimestampParser(ZoneOffset.UTC, null));
    }

    @Test
    void survivesSerialisationWithItsSettings() throws IOException, ClassNotFoundException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (ObjectOutputStream out = new ObjectOutputStream(bytes)) {
            out.writeObject(PARIS);
        }
        Object copy;
        try (ObjectInputStream in = new ObjectInputStream(new ByteArrayInputStream(bytes.toByteArray()))) {
            copy = in.readObject();
        }

        assertThat(copy).isEqualTo(PARIS).hasSameHashCodeAs(PARIS);
        assertThat(((TimestampParser) copy).parse("03/05/2024 10:00")).isEqualTo(valid("2024-03-05T09:00:00Z"));
    }
}
