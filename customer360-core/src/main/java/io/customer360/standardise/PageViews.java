package io.customer360.standardise;

import io.customer360.read.ValueKind;
import java.util.Objects;

/** Page view count parsing (SPEC §2). */
public final class PageViews {
    private PageViews() {
    }

    /**
     * The page view count in {@code raw}, which must be a whole number from 0 to
     * {@link Long#MAX_VALUE}.
     *
     * <ul>
     *   <li>A null {@code raw} is missing, whatever its kind; the caller decides what a
     *       missing count means (SPEC: an absent {@code page_views} is 1).</li>
     *   <li>{@link ValueKind#NUMBER}: the JSON number's source text, read as a plain decimal
     *       (see {@link Amounts#standardise}) that must be integral: {@code 3}, {@code 3.0},
     *       {@code 3e0} and {@code 30e-1} are 3, {@code -0} is 0; {@code 3.5} and any
     *       negative value are invalid.</li>
     *   <li>{@link ValueKind#TEXT}: after {@link Text#clean} (a missing token is missing),
     *       one or more ASCII digits only, leading zeros allowed. A sign, a point, an exponent
     *       or any other character is invalid, so {@code "3.0"}, {@code "+3"} and
     *       {@code "-1"} as strings are invalid.</li>
     *   <li>{@link ValueKind#OTHER} (a boolean, object or array) is invalid.</li>
     * </ul>
     * A count above {@link Long#MAX_VALUE} is invalid.
     *
     * @param raw the value as read, may be null
     * @param kind how the value was written in its source
     * @return missing, the count, or invalid
     */
    public static Standardised<Long> standardise(String raw, ValueKind kind) {
        Objects.requireNonNull(kind, "kind");
        if (raw == null) {
            return Standardised.missing();
        }
        switch (kind) {
            case NUMBER:
                return fromNumber(raw);
            case TEXT:
                return fromText(raw);
            default:
                return Standardised.invalid();
        }
    }

    private static Standardised<Long> fromNumber(String raw) {
        PlainDecimal number = PlainDecimal.parse(raw);
        if (number == null || number.hasDigitsBelow(0)) {
            return Standardised.invalid();
        }
        long count = number.unscaledMagnitude(0);
        if (count == PlainDecimal.TOO_LARGE || count != 0 && number.isNegative()) {
            return Standardised.invalid();
        }
        return Standardised.valid(count);
    }

    private static Standardised<Long> fromText(String raw) {
        String text = Text.clean(raw);
        if (text == null) {
            return Standardised.missing();
        }
        long count = 0;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c < '0' || c > '9') {
                return Standardised.invalid();
            }
            int digit = c - '0';
            if (count > (Long.MAX_VALUE - digit) / 10) {
                return Standardised.invalid();
            }
            count = count * 10 + digit;
        }
        return Standardised.valid(count);
    }
}
