package io.customer360.standardise;

import static org.assertj.core.api.Assertions.assertThat;

import io.customer360.read.DateOrder;
import java.time.DateTimeException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.time.temporal.ChronoUnit;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.constraints.LongRange;

class TimestampParserPropertiesTest {
    private static final TimestampParser UTC = TimestampParser.defaults();
    private static final long FIRST_SECOND = LocalDate.of(1900, 1, 1).toEpochDay() * 86_400;
    private static final long END_SECOND = LocalDate.of(2101, 1, 1).toEpochDay() * 86_400;

    @Property(tries = 3000)
    void readsAnIsoDateTimeWithOffsetAsTheInstantItNames(
            @ForAll("localDateTimes") LocalDateTime local, @ForAll("offsets") ZoneOffset offset,
            @ForAll boolean space, @ForAll boolean colon) {
        String written = String.format("%04d-%02d-%02d%s%02d:%02d:%02d.%09d%s", local.getYear(), local.getMonthValue(),
                local.getDayOfMonth(), space ? " " : "T", local.getHour(), local.getMinute(), local.getSecond(),
                local.getNano(), offset.getTotalSeconds() == 0 ? "Z" : colon ? offset.getId() : offset.getId().replace(":", ""));

        assertThat(UTC.parse(written)).as(written)
                .isEqualTo(Standardised.valid(local.toInstant(offset).truncatedTo(ChronoUnit.MILLIS)));
    }

    @Property(tries = 2000)
    void readsAValueWithoutOffsetInTheParsersFixedOffsetZone(
            @ForAll("localDateTimes") LocalDateTime local, @ForAll("offsets") ZoneOffset zone) {
        String written = String.format("%04d-%02d-%02dT%02d:%02d:%02d", local.getYear(),
                local.getMonthValue(), local.getDayOfMonth(), local.getHour(), local.getMinute(),
                local.getSecond());

        assertThat(new TimestampParser(zone, DateOrder.MONTH_FIRST).parse(written)).as(written)
                .isEqualTo(Standardised.valid(local.withNano(0).toInstant(zone)));
    }

    @Property(tries = 3000)
    void readsAYearLastSlashDateInEitherOrderAsJavaTimeDoes(
            @ForAll("localDateTimes") LocalDateTime local, @ForAll boolean dayFirst, @ForAll boolean padded) {
        int first = dayFirst ? local.getDayOfMonth() : local.getMonthValue();
        int second = dayFirst ? local.getMonthValue() : local.getDayOfMonth();
        String pattern = padded ? "%02d/%02d/%04d %02d:%02d" : "%d/%d/%04d %02d:%02d";
        String written = String.format(pattern, first, second, local.getYear(), local.getHour(), local.getMinute());
        ZoneId zone = ZoneId.of("America/New_York");
        TimestampParser parser = new TimestampParser(zone, dayFirst ? DateOrder.DAY_FIRST : DateOrder.MONTH_FIRST);

        Instant expected = ZonedDateTime.of(local.truncatedTo(ChronoUnit.MINUTES), zone).toInstant();
        assertThat(parser.parse(written)).as(written).isEqualTo(Standardised.valid(expected));
    }

    @Property(tries = 5000)
    void acceptsExactlyTheDatesThatExist(
            @ForAll @IntRange(min = 1890, max = 2110) int year, @ForAll @IntRange(min = 0, max = 13) int month,
            @ForAll @IntRange(min = 0, max = 32) int day) {
        Standardised<Instant> expected;
        try {
            LocalDate date = LocalDate.of(year, month, day);
            expected = year >= 1900 && year <= 2100
                    ? Standardised.valid(date.atStartOfDay(ZoneOffset.UTC).toInstant()) : Standardised.invalid();
        } catch (DateTimeException noSuchDate) {
            expected = Standardised.invalid();
        }

        assertThat(UTC.parse(String.format("%04d-%02d-%02d", year, month, day))).isEqualTo(expected);
        assertThat(UTC.parse(String.format("%04d/%d/%d", year, month, day))).isEqualTo(expected);
        assertThat(UTC.parse(String.format("%d/%d/%04d", month, day, year))).isEqualTo(expected);
    }

    @Property
    void readsEpochSecondsAndMillisUpToTheEndOf2100(@ForAll @LongRange(min = 100_000_000L, max = 99_999_999_999L) long seconds) {
        Standardised<Instant> expected = seconds < END_SECOND
                ? Standardised.valid(Instant.ofEpochSecond(seconds)) : Standardised.invalid();

        assertThat(UTC.parse(Long.toString(seconds))).isEqualTo(expected);
        if (seconds * 1000 < 100_000_000_000_000L) {
            assertThat(UTC.parse(Long.toString(seconds * 1000 + 7)))
                    .isEqualTo(expected.isValid() ? Standardised.valid(expected.value().plusMillis(7)) : expected);
        }
    }

    @Provide
    Arbitrary<LocalDateTime> localDateTimes() {
        Arbitrary<Long> seconds = Arbitraries.longs().between(FIRST_SECOND, END_SECOND - 1);
        Arbitrary<Integer> nanos = Arbitraries.integers().between(0, 999_999_999);
        return Combinators.combine(seconds, nanos).as((s, n) -> LocalDateTime.ofEpochSecond(s, n, ZoneOffset.UTC));
    }

    @Provide
    Arbitrary<ZoneOffset> offsets() {
        return Arbitraries.integers().between(-18 * 4, 18 * 4).map(quarters -> ZoneOffset.ofTotalSeconds(quarters * 900));
    }
}
