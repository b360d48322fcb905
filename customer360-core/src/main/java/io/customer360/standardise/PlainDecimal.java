package io.customer360.standardise;

/**
 * A plain decimal number read from text without allocating or building a {@code BigDecimal}:
 * {@code [+-]? digits ( . digits )? ( [eE] [+-]? digits )?}, ASCII digits only.
 *
 * <p>Any length of digits and any exponent are read in time linear in the text and constant
 * memory; an exponent so large that the value cannot fit a {@code long} at any scale is
 * clamped without changing the outcome.
 */
final class PlainDecimal {
    /** Returned by {@link #unscaledMagnitude} when the magnitude does not fit a {@code long}. */
    static final long TOO_LARGE = -1;

    /**
     * Exponents beyond this are clamped. Digit positions in a {@code String} are below 2^31, so
     * a clamped exponent still puts every digit far outside the range of a {@code long}.
     */
    private static final long EXPONENT_CLAMP = 1L << 40;
    private static final int MAX_LONG_DIGITS = 19;

    private final String text;
    private final boolean negative;
    private final int integerStart;
    private final int integerEnd;
    private final int fractionStart;
    private final int fractionEnd;
    private final long exponent;

    private PlainDecimal(String text, boolean negative, int integerStart, int integerEnd,
            int fractionStart, int fractionEnd, long exponent) {
        this.text = text;
        this.negative = negative;
        this.integerStart = integerStart;
        this.integerEnd = integerEnd;
        this.fractionStart = fractionStart;
        this.fractionEnd = fractionEnd;
        this.exponent = exponent;
    }

    /**
     * The number written in {@code text}, or null when {@code text} is not exactly a plain
     * decimal: a digit is required before the point and after it ({@code .5} and {@code 5.}
     * are not read), and nothing else (white space, grouping, currency) is allowed.
     */
    static PlainDecimal parse(String text) {
        int length = text.length();
        int i = 0;
        boolean negative = false;
        if (i < length && (text.charAt(i) == '+' || text.charAt(i) == '-')) {
            negative = text.charAt(i) == '-';
            i++;
        }
        int integerStart = i;
        i = skipDigits(text, i);
        int integerEnd = i;
        if (integerEnd == integerStart) {
            return null;
        }
        int fractionStart = i;
        int fractionEnd = i;
        if (i < length && text.charAt(i) == '.') {
            fractionStart = i + 1;
            fractionEnd = skipDigits(text, fractionStart);
            if (fractionEnd == fractionStart) {
                return null;
            }
            i = fractionEnd;
        }
        long exponent = 0;
        if (i < length && (text.charAt(i) == 'e' || text.charAt(i) == 'E')) {
            i++;
            boolean negativeExponent = false;
            if (i < length && (text.charAt(i) == '+' || text.charAt(i) == '-')) {
                negativeExponent = text.charAt(i) == '-';
                i++;
            }
            int exponentStart = i;
            i = skipDigits(text, i);
            if (i == exponentStart) {
                return null;
            }
            exponent = clampedValue(text, exponentStart, i);
            exponent = negativeExponent ? -exponent : exponent;
        }
        if (i != length) {
            return null;
        }
        return new PlainDecimal(text, negative, integerStart, integerEnd, fractionStart, fractionEnd, exponent);
    }

    /** Whether a {@code -} sign was written (also for a zero). */
    boolean isNegative() {
        return negative;
    }

    /**
     * The absolute value times 10^{@code scale}, rounded half-even to an integer, or
     * {@link #TOO_LARGE} when that does not fit a {@code long}.
     */
    long unscaledMagnitude(int scale) {
        long first = firstNonZeroDigit();
        if (first < 0) {
            return 0;
        }
        // Digit k has weight 10^(integerDigits - 1 - k + exponent + scale) in the result.
        long lastKept = integerDigits() + exponent + scale - 1;
        if (lastKept - first + 1 > MAX_LONG_DIGITS) {
            return TOO_LARGE;
        }
        long result = 0;
        for (long k = first; k <= lastKept; k++) {
            int digit = digitAt(k);
            if (result > (Long.MAX_VALUE - digit) / 10) {
                return TOO_LARGE;
            }
            result = result * 10 + digit;
        }
        if (roundsUp(lastKept + 1, (result & 1) == 1)) {
            if (result == Long.MAX_VALUE) {
                return TOO_LARGE;
            }
            result++;
        }
        return result;
    }

    /** Whether any non-zero digit has a weight below 10^-{@code scale}. */
    boolean hasDigitsBelow(int scale) {
        long firstDropped = Math.max(integerDigits() + exponent + scale, 0);
        return hasNonZeroFrom(firstDropped);
    }

    private boolean roundsUp(long roundingDigit, boolean odd) {
        int digit = digitAt(roundingDigit);
        if (digit != 5) {
            return digit > 5;
        }
        return odd || hasNonZeroFrom(roundingDigit + 1);
    }

    private boolean hasNonZeroFrom(long k) {
        for (long i = Math.max(k, 0); i < totalDigits(); i++) {
            if (digitAt(i) != 0) {
                return true;
            }
        }
        return false;
    }

    private long firstNonZeroDigit() {
        for (long k = 0; k < totalDigits(); k++) {
            if (digitAt(k) != 0) {
                return k;
            }
        }
        return -1;
    }

    /** The k-th written digit (integer digits, then fraction digits), 0 outside them. */
    private int digitAt(long k) {
        if (k < 0 || k >= totalDigits()) {
            return 0;
        }
        int index = k < integerDigits()
                ? integerStart + (int) k
                : fractionStart + (int) (k - integerDigits());
        return text.charAt(index) - '0';
    }

    private int integerDigits() {
        return integerEnd - integerStart;
    }

    private int totalDigits() {
        return integerDigits() + fractionEnd - fractionStart;
    }

    private static int skipDigits(String text, int from) {
        int i = from;
        while (i < text.length() && text.charAt(i) >= '0' && text.charAt(i) <= '9') {
            i++;
        }
        return i;
    }

    private static long clampedValue(String digits, int start, int end) {
        long value = 0;
        for (int i = start; i < end; i++) {
            value = value * 10 + digits.charAt(i) - '0';
            if (value > EXPONENT_CLAMP) {
                return EXPONENT_CLAMP;
            }
        }
        return value;
    }
}
