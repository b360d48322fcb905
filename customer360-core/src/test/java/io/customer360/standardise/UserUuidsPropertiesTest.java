package io.customer360.standardise;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Locale;
import java.util.UUID;
import net.jqwik.api.Assume;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;

class UserUuidsPropertiesTest {

    @Property
    void anyUuidInRandomCasingAndBracesNormalisesToItsLowerCaseForm(
            @ForAll long high, @ForAll long low, @ForAll long caseMask, @ForAll boolean braces) {
        Assume.that(high != 0 || low != 0);
        String canonical = new UUID(high, low).toString();
        String written = braces ? "{" + mixCase(canonical, caseMask) + "}" : mixCase(canonical, caseMask);

        Standardised<String> once = UserUuids.standardise(written);

        assertThat(once).isEqualTo(Standardised.valid(canonical));
        assertThat(UserUuids.standardise(once.value())).isEqualTo(once);
    }

    @Property
    void neverAcceptsAValueThatJavaCannotReadAsTheSameUuid(@ForAll String raw) {
        Standardised<String> result = UserUuids.standardise(raw);

        if (result.isValid()) {
            assertThat(UUID.fromString(result.value()).toString()).isEqualTo(result.value());
        }
        assertThat(result.isMissing()).isEqualTo(Text.clean(raw) == null);
    }

    private static String mixCase(String text, long mask) {
        StringBuilder mixed = new StringBuilder(text.length());
        for (int i = 0; i < text.length(); i++) {
            String c = text.substring(i, i + 1);
            mixed.append((mask >>> (i % 64) & 1) == 1 ? c.toUpperCase(Locale.ROOT) : c);
        }
        return mixed.toString();
    }
}
