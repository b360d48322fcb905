package io.customer360.standardise;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.regex.Pattern;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.LongRange;

class AmountsPropertiesTest {
    private static final long LIMIT = 1_000_000_000_000_000_000L;
    private static final BigDecimal LIMIT_AMOUNT = new BigDecimal("1e16");
    private static final Pattern PLAIN_DECIMAL = Pattern.compile("[+-]?[0-9]+(\\.[0-9]+)?([eE][+-]?[0-9]+)?");

    @Property
    void formattingHundredthsAsADecimalAndParsingGivesThemBack(
            @ForAll @LongRange(min = -LIMIT + 1, max = LIMIT - 1) long hundredths) {
        String plain = BigDecimal.valueOf(hundredths, 2).toPlainString();

        assertThat(Amounts.standardise(plain)).isEqualTo(Standardised.valid(hundredths));
        assertThat(Amounts.standardise(hundredths + "e-2")).isEqualTo(Standardised.valid(hundredths));
    }

    @Property(tries = 5000)
    void agreesWithBigDecimalRoundedHalfEven(@ForAll("decimals") String raw) {
        assertThat(Amounts.standardise(raw)).as(raw).isEqualTo(bigDecimalOracle(raw));
    }

    @Property(tries = 5000)
    void readsExactlyThePlainDecimalGrammar(@ForAll("decimalCharacters") String raw) {
        Standardised<Long> expected = raw.isEmpty() ? Standardised.missing()
                : PLAIN_DECIMAL.matcher(raw).matches() ? bigDecimalOracle(raw) : Standardised.invalid();

        assertThat(Amounts.standardise(raw)).as(raw).isEqualTo(expected);
    }

    private static Standardised<Long> bigDecimalOracle(String raw) {
        BigDecimal rounded = new BigDecimal(raw).setScale(2, RoundingMode.HALF_EVEN);
        return rounded.abs().compareTo(LIMIT_AMOUNT) >= 0
                ? Standardised.invalid()
                : Standardised.valid(rounded.unscaledValue().longValueExact());
    }

    @Provide
    Arbitrary<String> decimals() {
        Arbitrary<String> sign = Arbitraries.of("", "+", "-");
        Arbitrary<String> integer = Arbitraries.strings().numeric().ofMinLength(1).ofMaxLength(22);
        Arbitrary<String> fraction = Arbitraries.strings().numeric().ofMinLength(1).ofMaxLength(22)
                .map(digits -> "." + digits).injectNull(0.3).map(text -> text == null ? "" : text);
        Arbitrary<String> exponent = Combinators.combine(Arbitraries.of("e", "E", "e+", "e-", "E-"),
                Arbitraries.integers().between(0, 40)).as((marker, value) -> marker + value)
                .injectNull(0.4).map(text -> text == null ? "" : text);
        return Combinators.combine(sign, integer, fraction, exponent).as((s, i, f, e) -> s + i + f + e);
    }

    @Provide
    Arbitrary<String> decimalCharacters() {
        return Arbitraries.strings().withChars("0159.eE+-").ofMaxLength(8);
    }
}
