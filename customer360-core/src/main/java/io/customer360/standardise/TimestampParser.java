package io.customer360.standardise;

import io.customer360.read.DateOrder;
import java.io.Serializable;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeFormatterBuilder;
import java.time.format.DateTimeParseException;
import java.time.format.ResolverStyle;
import java.time.temporal.ChronoField;
import java.time.temporal.TemporalAccessor;
import java.time.zone.ZoneRules;
import java.util.List;
import java.util.Locale;
import java.util.Objects;

/**
 * Reads the timestamp forms of SPEC §2 into instants truncated to milliseconds.
 *
 * <p>After {@link Text#clean} (a missing token is missing), exactly these forms are read:
 * <ul>
 *   <li>an ISO date {@code yyyy-MM-dd}, e.g. {@code 2024-03-05}, meaning midnight;</li>
 *   <li>a year-first slash date {@code yyyy/M/d}, e.g. {@code 2024/03/05} or
 *       {@code 2024/3/5};</li>
 *   <li>a year-last slash date {@code M/d/yyyy}, e.g. {@code 03/05/2024} or
 *       {@code 3/5/2024}: 5 March with {@link DateOrder#MONTH_FIRST}, 3 May with
 *       {@link DateOrder#DAY_FIRST};</li>
 *   <li>any of these dates followed by {@code T}, {@code t} or one space and a time
 *       {@code HH:mm}, {@code HH:mm:ss} or {@code HH:mm:ss.f} with 1 to 9 fraction digits,
 *       then optionally {@code Z}, {@code z} or an offset {@code ±HH:mm}, {@code ±HHmm} or
 *       {@code ±HH} of at most 18 hours, with nothing in between;</li>
 *   <li>9 to 11 ASCII digits: seconds since 1970-01-01T00:00Z; 12 to 14 ASCII digits:
 *       milliseconds since then.</li>
 * </ul>
 * The year has exactly four digits; in ISO dates month and day have exactly two, in slash
 * dates one or two. Hours, minutes and seconds have two digits: hour 00–23, minute and
 * second 00–59 (no {@code 24:00}, no leap second). Everything else is invalid, for example
 * other digit counts, two-digit years, a day that does not exist ({@code 2024-02-30}),
 * month 13, an offset after a date without a time, a space before the offset, a zone name,
 * a comma as fraction separator and AM/PM.
 *
 * <p>A value without an offset is in the parser's zone; where a clock change makes a local
 * time ambiguous the earlier offset is used, and a local time inside a gap is moved later
 * by the length of the gap (as {@link ZonedDateTime#of(LocalDateTime, ZoneId)}).
 *
 * <p>The year must be from 1900 to 2100: for the textual forms the year as written (before
 * any offset or zone is applied), for epoch values the year in UTC. Fraction digits beyond
 * milliseconds are dropped.
 *
 * <p>A value none of these forms reads is then tried with the parser's extra
 * {@linkplain #patterns() patterns}, in order: {@link DateTimeFormatter} patterns, matched
 * case-insensitively with English names ({@link Locale#ENGLISH}) and strictly (a day that does
 * not exist is invalid; {@code yyyy} needs no era). A pattern must read at least a date; without a
 * time the value means midnight, without an offset or zone it is in the parser's zone. The year
 * range applies as above, to the year as written.
 *
 * <p>Instances are immutable and thread-safe; the built-in forms are parsed without exceptions
 * and without a formatter.
 */
public final class TimestampParser implements Serializable {
    private static final long serialVersionUID = 1L;

    private static final int MIN_YEAR = 1900;
    private static final int MAX_YEAR = 2100;
    private static final long END_OF_MAX_YEAR_SECONDS =
            LocalDate.of(MAX_YEAR + 1, 1, 1).toEpochSecond(LocalTime.MIDNIGHT, ZoneOffset.UTC);
    private static final long END_OF_MAX_YEAR_MILLIS = END_OF_MAX_YEAR_SECONDS * 1000;
    private static final int MILLIS_PER_SECOND = 1000;
    private static final long SECONDS_PER_DAY = 86_400;
    private static final int NANOS_PER_MILLI = 1_000_000;

    /** The zone of values written without an offset. */
    private final ZoneId zone;
    /** How a year-last slash date is read. */
    private final DateOrder dateOrder;
    /** The patterns tried after the built-in forms, in order. */
    private final List<String> patterns;
    /** The zone's fixed offset, or null when its offset changes over time. */
    private final transient ZoneOffset fixedOffset;
    /** The formatters of {@link #patterns}. */
    private final transient List<DateTimeFormatter> formatters;

    /**
     * A parser reading values without offset in {@code zone} and slash dates in {@code dateOrder}.
     *
     * @param zone the zone of values written without an offset
     * @param dateOrder how to read a year-last slash date such as {@code 03/05/2024}
     */
    public TimestampParser(ZoneId zone, DateOrder dateOrder) {
        this(zone, dateOrder, List.of());
    }

    /**
     * A parser reading values without offset in {@code zone}, slash dates in {@code dateOrder},
     * and values that no built-in form reads with {@code patterns}.
     *
     * @param zone      the zone of values written without an offset
     * @param dateOrder how to read a year-last slash date such as {@code 03/05/2024}
     * @param patterns  {@link DateTimeFormatter} patterns tried in order after the built-in forms
     * @throws IllegalArgumentException when a pattern is invalid
     */
    public TimestampParser(ZoneId zone, DateOrder dateOrder, List<String> patterns) {
        this.zone = Objects.requireNonNull(zone, "zone");
        this.dateOrder = Objects.requireNonNull(dateOrder, "dateOrder");
        this.patterns = List.copyOf(patterns);
        ZoneRules rules = zone.getRules();
        this.fixedOffset = rules.isFixedOffset() ? rules.getOffset(Instant.EPOCH) : null;
        this.formatters = this.patterns.stream().map(TimestampParser::formatter).toList();
    }

    /**
     * The formatter of one extra pattern: case-insensitive, English names, strict, and era
     * defaulted so that {@code yyyy} reads a year.
     *
     * @param pattern a {@link DateTimeFormatter} pattern
     * @return its formatter
     * @throws IllegalArgumentException when the pattern is invalid
     */
    public static DateTimeFormatter formatter(String pattern) {
        return new DateTimeFormatterBuilder().parseCaseInsensitive().appendPattern(pattern)
                .parseDefaulting(ChronoField.ERA, 1).toFormatter(Locale.ENGLISH)
                .withResolverStyle(ResolverStyle.STRICT);
    }

    /**
     * UTC, month first.
     *
     * @return the default parser
     */
    public static TimestampParser defaults() {
        return new TimestampParser(ZoneId.of("UTC"), DateOrder.MONTH_FIRST);
    }

    /**
     * The zone of values written without an offset.
     *
     * @return the zone
     */
    public ZoneId zone() {
        return zone;
    }

    /**
     * How a year-last slash date is read.
     *
     * @return the date order
     */
    public DateOrder dateOrder() {
        return dateOrder;
    }

    /**
     * The patterns tried after the built-in forms.
     *
     * @return the patterns, in order; empty by default
     */
    public List<String> patterns() {
        return patterns;
    }

    /**
     * The instant written in {@code raw}, truncated to milliseconds.
     *
     * @param raw the value as read, may be null
     * @return missing for a missing value, the instant, or invalid when {@code raw} is not one
     *     of the accepted forms or its year is outside 1900–2100
     */
    public Standardised<Instant> parse(String raw) {
        String text = Text.clean(raw);
        if (text == null) {
            return Standardised.missing();
        }
        Standardised<Instant> builtIn = parseBuiltIn(text);
        return builtIn.isInvalid() && !formatters.isEmpty() ? parsePatterns(text) : builtIn;
    }

    private Standardised<Instant> parseBuiltIn(String text) {
        if (isAllDigits(text)) {
            return parseEpoch(text);
        }
        DateTimeText fields = DateTimeText.scan(text, dateOrder);
        if (fields == null || fields.year() < MIN_YEAR || fields.year() > MAX_YEAR) {
            return Standardised.invalid();
        }
        return Standardised.valid(toInstant(fields));
    }

    /** The first of the extra patterns that reads {@code text}, or invalid. */
    private Standardised<Instant> parsePatterns(String text) {
        for (DateTimeFormatter formatter : formatters) {
            ZonedDateTime time;
            try {
                TemporalAccessor parsed = formatter.parseBest(text, ZonedDateTime::from,
                        LocalDateTime::from, LocalDate::from);
                time = parsed instanceof ZonedDateTime zoned ? zoned
                        : parsed instanceof LocalDateTime local ? ZonedDateTime.of(local, zone)
                        : ((LocalDate) parsed).atStartOfDay(zone);
            } catch (DateTimeParseException notThisPattern) {
                continue;
            }
            if (time.getYear() < MIN_YEAR || time.getYear() > MAX_YEAR) {
                return Standardised.invalid();
            }
            return Standardised.valid(Instant.ofEpochMilli(time.toInstant().toEpochMilli()));
        }
        return Standardised.invalid();
    }

    private Instant toInstant(DateTimeText fields) {
        long epochSecond;
        if (fields.hasOffset() || fixedOffset != null) {
            // A fixed offset needs no zone rules: the local date-time counted as if in UTC,
            // minus the offset.
            long localSecond = LocalDate.of(fields.year(), fields.month(), fields.day())
                    .toEpochDay() * SECONDS_PER_DAY + fields.hour() * 3600L
                    + fields.minute() * 60L + fields.second();
            epochSecond = localSecond - (fields.hasOffset() ? fields.offsetSeconds()
                    : fixedOffset.getTotalSeconds());
        } else {
            LocalDateTime local = LocalDateTime.of(fields.year(), fields.month(), fields.day(),
                    fields.hour(), fields.minute(), fields.second());
            epochSecond = ZonedDateTime.of(local, zone).toEpochSecond();
        }
        return Instant.ofEpochMilli(epochSecond * MILLIS_PER_SECOND + fields.nano() / NANOS_PER_MILLI);
    }

    private static Standardised<Instant> parseEpoch(String digits) {
        int length = digits.length();
        if (length >= 9 && length <= 11) {
            long seconds = Long.parseLong(digits);
            return seconds < END_OF_MAX_YEAR_SECONDS
                    ? Standardised.valid(Instant.ofEpochSecond(seconds)) : Standardised.invalid();
        }
        if (length >= 12 && length <= 14) {
            long millis = Long.parseLong(digits);
            return millis < END_OF_MAX_YEAR_MILLIS
                    ? Standardised.valid(Instant.ofEpochMilli(millis)) : Standardised.invalid();
        }
        return Standardised.invalid();
    }

    private static boolean isAllDigits(String text) {
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c < '0' || c > '9') {
                return false;
            }
        }
        return true;
    }

    /**
     * Rebuilds the derived zone data after deserialisation.
     *
     * @return a parser equal to this one, with its derived data
     */
    private Object readResolve() {
        return new TimestampParser(zone, dateOrder, patterns == null ? List.of() : patterns);
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof TimestampParser && ((TimestampParser) other).zone.equals(zone)
                && ((TimestampParser) other).dateOrder == dateOrder
                && ((TimestampParser) other).patterns.equals(patterns);
    }

    @Override
    public int hashCode() {
        return Objects.hash(zone, dateOrder, patterns);
    }

    @Override
    public String toString() {
        return "TimestampParser[zone=" + zone + ", dateOrder=" + dateOrder
                + (patterns.isEmpty() ? "" : ", patterns=" + patterns) + "]";
    }
}
