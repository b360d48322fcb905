package io.customer360.standardise;

import io.customer360.read.DateOrder;

/**
 * The fields of one textual date-time, as written; see {@link TimestampParser} for the forms.
 * An instance is made by {@link #scan} and is not shared.
 */
final class DateTimeText {
    private static final int MAX_FRACTION_DIGITS = 9;
    private static final int MAX_OFFSET_HOURS = 18;

    private final String text;
    private int position;

    private int year;
    private int month;
    private int day;
    private int hour;
    private int minute;
    private int second;
    private int nano;
    private boolean hasOffset;
    private int offsetSeconds;

    private DateTimeText(String text) {
        this.text = text;
    }

    /** The fields of {@code text}, or null when it is not one of the accepted textual forms or names no real date and time. */
    static DateTimeText scan(String text, DateOrder dateOrder) {
        DateTimeText fields = new DateTimeText(text);
        return fields.date(dateOrder) && fields.optionalTime() && fields.isRealDateTime() ? fields : null;
    }

    int year() {
        return year;
    }

    int month() {
        return month;
    }

    int day() {
        return day;
    }

    int hour() {
        return hour;
    }

    int minute() {
        return minute;
    }

    int second() {
        return second;
    }

    int nano() {
        return nano;
    }

    boolean hasOffset() {
        return hasOffset;
    }

    int offsetSeconds() {
        return offsetSeconds;
    }

    private boolean date(DateOrder dateOrder) {
        int leadingDigits = digitRun();
        if (leadingDigits == 4) {
            year = digits(4);
            if (accept('-')) {
                month = digits(2);
                day = accept('-') ? digits(2) : -1;
            } else if (accept('/')) {
                month = oneOrTwoDigits();
                day = accept('/') ? oneOrTwoDigits() : -1;
            } else {
                return false;
            }
            return day >= 0 && month >= 0;
        }
        if (leadingDigits == 1 || leadingDigits == 2) {
            int first = digits(leadingDigits);
            int middle = accept('/') ? oneOrTwoDigits() : -1;
            year = middle >= 0 && accept('/') && digitRun() == 4 ? digits(4) : -1;
            month = dateOrder == DateOrder.DAY_FIRST ? middle : first;
            day = dateOrder == DateOrder.DAY_FIRST ? first : middle;
            return year >= 0;
        }
        return false;
    }

    private boolean optionalTime() {
        if (atEnd()) {
            return true;
        }
        if (!accept('T') && !accept('t') && !accept(' ')) {
            return false;
        }
        hour = digits(2);
        minute = accept(':') ? digits(2) : -1;
        if (hour < 0 || minute < 0) {
            return false;
        }
        if (accept(':')) {
            second = digits(2);
            if (second < 0 || accept('.') && !fraction()) {
                return false;
            }
        }
        return optionalOffset() && atEnd();
    }

    private boolean fraction() {
        int length = digitRun();
        if (length < 1 || length > MAX_FRACTION_DIGITS) {
            return false;
        }
        nano = digits(length);
        for (int i = length; i < MAX_FRACTION_DIGITS; i++) {
            nano *= 10;
        }
        return true;
    }

    private boolean optionalOffset() {
        if (accept('Z') || accept('z')) {
            hasOffset = true;
            return true;
        }
        int sign = accept('+') ? 1 : accept('-') ? -1 : 0;
        if (sign == 0) {
            return true;
        }
        int hours = digits(2);
        int minutes = 0;
        if (accept(':') || digitRun() > 0) {
            minutes = digits(2);
        }
        if (hours < 0 || hours > MAX_OFFSET_HOURS || minutes < 0 || minutes > 59
                || hours == MAX_OFFSET_HOURS && minutes > 0) {
            return false;
        }
        hasOffset = true;
        offsetSeconds = sign * (hours * 3600 + minutes * 60);
        return true;
    }

    private boolean isRealDateTime() {
        return month >= 1 && month <= 12 && day >= 1 && day <= daysInMonth(year, month)
                && hour <= 23 && minute <= 59 && second <= 59;
    }

    private static int daysInMonth(int year, int month) {
        if (month == 2) {
            boolean leap = year % 4 == 0 && (year % 100 != 0 || year % 400 == 0);
            return leap ? 29 : 28;
        }
        return month == 4 || month == 6 || month == 9 || month == 11 ? 30 : 31;
    }

    private boolean atEnd() {
        return position == text.length();
    }

    private boolean accept(char expected) {
        if (position < text.length() && text.charAt(position) == expected) {
            position++;
            return true;
        }
        return false;
    }

    /** How many ASCII digits follow the current position. */
    private int digitRun() {
        int end = position;
        while (end < text.length() && isDigit(text.charAt(end))) {
            end++;
        }
        return end - position;
    }

    private int oneOrTwoDigits() {
        int run = digitRun();
        return run == 1 || run == 2 ? digits(run) : -1;
    }

    /** The value of exactly {@code count} digits at the current position, consumed; -1 if there are fewer. */
    private int digits(int count) {
        if (position + count > text.length()) {
            return -1;
        }
        int value = 0;
        for (int i = 0; i < count; i++) {
            char c = text.charAt(position + i);
            if (!isDigit(c)) {
                return -1;
            }
            value = value * 10 + c - '0';
        }
        position += count;
        return value;
    }

    private static boolean isDigit(char c) {
        return c >= '0' && c <= '9';
    }
}
