package io.customer360.standardise;

/** Amount parsing to hundredths (SPEC §2). */
public final class Amounts {
    /** 10^16 in hundredths: the smallest magnitude that does not fit DECIMAL(18,2). */
    private static final long LIMIT_HUNDREDTHS = 1_000_000_000_000_000_000L;
    private static final int SCALE = 2;

    private Amounts() {
    }

    /**
     * The amount in {@code raw} in hundredths, the unscaled value of a DECIMAL(18,2).
     *
     * <p>After {@link Text#clean}, the value must be a plain decimal: an optional {@code +} or
     * {@code -}, one or more ASCII digits, optionally a {@code .} and one or more digits, and
     * optionally {@code e} or {@code E}, an optional sign and one or more digits. So
     * {@code 12}, {@code 12.5}, {@code -10.0}, {@code +7}, {@code 1e3} and {@code 1.5E-1} are
     * read, while {@code .5}, {@code 5.}, {@code $5}, {@code 1,200}, {@code 1 200},
     * {@code NaN}, {@code Infinity} and {@code 0x10} are invalid.
     *
     * <p>The value is rounded half-even to two decimals; a magnitude of 10^16 or more after
     * rounding is invalid. Zero and negative amounts are returned as they are (a negative
     * amount that rounds to zero is 0); rejecting them is a validator's job. Any number of
     * digits and any exponent are read in linear time without building a {@code BigDecimal}.
     *
     * @param raw the value as read, may be null
     * @return missing for a missing value, the amount in hundredths, or invalid
     */
    public static Standardised<Long> standardise(String raw) {
        String text = Text.clean(raw);
        if (text == null) {
            return Standardised.missing();
        }
        PlainDecimal number = PlainDecimal.parse(text);
        if (number == null) {
            return Standardised.invalid();
        }
        long magnitude = number.unscaledMagnitude(SCALE);
        if (magnitude == PlainDecimal.TOO_LARGE || magnitude >= LIMIT_HUNDREDTHS) {
            return Standardised.invalid();
        }
        return Standardised.valid(number.isNegative() ? -magnitude : magnitude);
    }
}
