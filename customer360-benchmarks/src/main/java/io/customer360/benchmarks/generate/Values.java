package io.customer360.benchmarks.generate;

import java.util.SplittableRandom;

/**
 * Appends generated values to a line without {@code String.format}: UUIDs, timestamps in the
 * forms SPEC §2 accepts (and some it rejects), amounts and small numbers.
 */
final class Values {
    /** 2020-01-01T00:00:00Z. */
    static final long FIRST_SECOND = 1_577_836_800L;
    /** Six years of seconds after {@link #FIRST_SECOND}. */
    static final long SECONDS_RANGE = 6L * 365 * 86_400;

    private static final char[] HEX_LOWER = "0123456789abcdef".toCharArray();
    private static final char[] HEX_UPPER = "0123456789ABCDEF".toCharArray();
    private static final String[] INVALID_TIMESTAMPS = {
        "2024-13-45 10:00:00", "yesterday", "1899-12-31", "31.12.2023", "2024-02-30",
        "12/31/23", "2024-03-05T10:15:30 +02:00", "2101-01-01T00:00:00Z", "10:15 AM"};
    private static final int[] OFFSET_MINUTES = {-300, 60, 120, 330, -480, 0};

    private Values() {
    }

    /** How a UUID is written; all three are valid (SPEC §2 removes braces and lower-cases). */
    enum UuidStyle { LOWER, UPPER, BRACES }

    static void appendUuid(StringBuilder sb, long hi, long lo, UuidStyle style) {
        char[] hex = style == UuidStyle.UPPER ? HEX_UPPER : HEX_LOWER;
        if (style == UuidStyle.BRACES) {
            sb.append('{');
        }
        appendHex(sb, hi >>> 32, 8, hex);
        sb.append('-');
        appendHex(sb, hi >>> 16, 4, hex);
        sb.append('-');
        appendHex(sb, hi, 4, hex);
        sb.append('-');
        appendHex(sb, lo >>> 48, 4, hex);
        sb.append('-');
        appendHex(sb, lo, 12, hex);
        if (style == UuidStyle.BRACES) {
            sb.append('}');
        }
    }

    static void appendHex(StringBuilder sb, long value, int digits, char[] hex) {
        for (int shift = (digits - 1) * 4; shift >= 0; shift -= 4) {
            sb.append(hex[(int) (value >>> shift) & 0xF]);
        }
    }

    static void appendHex(StringBuilder sb, long value, int digits) {
        appendHex(sb, value, digits, HEX_LOWER);
    }

    /** A random valid UUID style: mostly lower case, some upper case, some in braces. */
    static UuidStyle uuidStyle(SplittableRandom random) {
        int r = random.nextInt(100);
        return r < 90 ? UuidStyle.LOWER : r < 95 ? UuidStyle.UPPER : UuidStyle.BRACES;
    }

    /** A random instant in 2020–2025, in seconds. */
    static long randomSecond(SplittableRandom random) {
        return FIRST_SECOND + random.nextLong(SECONDS_RANGE);
    }

    /**
     * Appends {@code epochSecond} in one of the valid forms of SPEC §2, chosen at random: ISO
     * with {@code Z}, fraction or offset, space separator, date only, {@code yyyy/MM/dd},
     * {@code MM/dd/yyyy}, epoch seconds and epoch milliseconds.
     */
    static void appendTimestamp(StringBuilder sb, long epochSecond, SplittableRandom random) {
        int form = random.nextInt(100);
        if (form < 30) {
            appendDateTime(sb, epochSecond, '-', 'T');
            sb.append('Z');
        } else if (form < 38) {
            appendDateTime(sb, epochSecond, '-', 'T');
            sb.append('.');
            appendPadded(sb, random.nextInt(1000), 3);
            sb.append('Z');
        } else if (form < 48) {
            int offset = OFFSET_MINUTES[random.nextInt(OFFSET_MINUTES.length)];
            appendDateTime(sb, epochSecond + offset * 60L, '-', 'T');
            appendOffset(sb, offset, random.nextBoolean());
        } else if (form < 63) {
            appendDateTime(sb, epochSecond, '-', ' ');
        } else if (form < 68) {
            appendDate(sb, epochSecond / 86_400, '-');
        } else if (form < 76) {
            appendDate(sb, epochSecond / 86_400, '/');
            sb.append(' ');
            appendTime(sb, epochSecond, false);
        } else if (form < 84) {
            appendMonthFirst(sb, epochSecond, random.nextBoolean());
        } else if (form < 93) {
            sb.append(epochSecond);
        } else {
            sb.append(epochSecond * 1000 + random.nextInt(1000));
        }
    }

    /** Appends a timestamp that SPEC §2 rejects. */
    static void appendInvalidTimestamp(StringBuilder sb, SplittableRandom random) {
        sb.append(INVALID_TIMESTAMPS[random.nextInt(INVALID_TIMESTAMPS.length)]);
    }

    private static void appendOffset(StringBuilder sb, int minutes, boolean colon) {
        if (minutes == 0) {
            sb.append('Z');
            return;
        }
        sb.append(minutes < 0 ? '-' : '+');
        int abs = Math.abs(minutes);
        appendPadded(sb, abs / 60, 2);
        if (colon) {
            sb.append(':');
        }
        appendPadded(sb, abs % 60, 2);
    }

    private static void appendDateTime(StringBuilder sb, long epochSecond, char dateSeparator,
            char timeSeparator) {
        appendDate(sb, Math.floorDiv(epochSecond, 86_400), dateSeparator);
        sb.append(timeSeparator);
        appendTime(sb, epochSecond, true);
    }

    private static void appendTime(StringBuilder sb, long epochSecond, boolean seconds) {
        int secondOfDay = Math.floorMod(epochSecond, 86_400);
        appendPadded(sb, secondOfDay / 3600, 2);
        sb.append(':');
        appendPadded(sb, secondOfDay / 60 % 60, 2);
        if (seconds) {
            sb.append(':');
            appendPadded(sb, secondOfDay % 60, 2);
        }
    }

    private static void appendMonthFirst(StringBuilder sb, long epochSecond, boolean withTime) {
        long civil = civil(Math.floorDiv(epochSecond, 86_400));
        appendPadded(sb, (int) (civil / 100 % 100), 2);
        sb.append('/');
        appendPadded(sb, (int) (civil % 100), 2);
        sb.append('/');
        sb.append(civil / 10_000);
        if (withTime) {
            sb.append(' ');
            appendTime(sb, epochSecond, true);
        }
    }

    private static void appendDate(StringBuilder sb, long epochDay, char separator) {
        long civil = civil(epochDay);
        sb.append(civil / 10_000);
        sb.append(separator);
        appendPadded(sb, (int) (civil / 100 % 100), 2);
        sb.append(separator);
        appendPadded(sb, (int) (civil % 100), 2);
    }

    /**
     * The proleptic Gregorian date of an epoch day as {@code yyyyMMdd} (H. Hinnant's
     * days-to-civil algorithm; no allocation).
     */
    static long civil(long epochDay) {
        long z = epochDay + 719_468;
        long era = Math.floorDiv(z, 146_097);
        long dayOfEra = z - era * 146_097;
        long yearOfEra = (dayOfEra - dayOfEra / 1460 + dayOfEra / 36_524 - dayOfEra / 146_096) / 365;
        long dayOfYear = dayOfEra - (365 * yearOfEra + yearOfEra / 4 - yearOfEra / 100);
        long mp = (5 * dayOfYear + 2) / 153;
        long day = dayOfYear - (153 * mp + 2) / 5 + 1;
        long month = mp < 10 ? mp + 3 : mp - 9;
        long year = yearOfEra + era * 400 + (month <= 2 ? 1 : 0);
        return year * 10_000 + month * 100 + day;
    }

    static void appendPadded(StringBuilder sb, int value, int digits) {
        int limit = 1;
        for (int i = 1; i < digits; i++) {
            limit *= 10;
            if (value < limit) {
                sb.append('0');
            }
        }
        sb.append(value);
    }

    /**
     * Appends a valid positive amount of {@code cents} in a random plain-decimal form:
     * {@code 129.99}, {@code 129.9} when it fits, {@code 12999e-2}, {@code +129.99}, and whole
     * numbers.
     */
    static void appendAmount(StringBuilder sb, long cents, SplittableRandom random) {
        int form = random.nextInt(100);
        if (form < 8) {
            sb.append(cents / 100);
        } else if (form < 12) {
            sb.append(cents).append("e-2");
        } else {
            if (form < 16) {
                sb.append('+');
            }
            sb.append(cents / 100).append('.');
            appendPadded(sb, (int) (cents % 100), 2);
        }
    }
}
