package io.customer360.standardise;

import static org.assertj.core.api.Assertions.assertThat;

import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.junit.jupiter.api.Test;

class NamesPropertiesTest {

    @Property(tries = 3000)
    void standardiseIsIdempotent(@ForAll String raw) {
        assertIdempotent(raw);
    }

    @Property(tries = 3000)
    void standardiseIsIdempotentOnNameLikeText(@ForAll("nameLike") String raw) {
        assertIdempotent(raw);
    }

    @Property
    void aPresentNameIsNeverInvalidAndKeepsItsLetters(@ForAll("nameLike") String raw) {
        Standardised<String> result = Names.standardise(raw);

        assertThat(result.isInvalid()).isFalse();
        if (result.isValid()) {
            assertThat(result.value()).isEqualToIgnoringCase(raw.strip().replaceAll("\\s+", " "));
        }
    }

    /** Every code point, alone and in the positions the rules treat differently. */
    @Test
    void standardiseIsIdempotentForEveryCodePoint() {
        for (int codePoint = 0; codePoint <= Character.MAX_CODE_POINT; codePoint++) {
            String c = new String(Character.toChars(codePoint));
            assertIdempotent(c);
            assertIdempotent("a" + c + "b");
            assertIdempotent("o'" + c + "b");
            assertIdempotent(c + "'b");
            assertIdempotent("x-" + c + c);
        }
    }

    private static void assertIdempotent(String raw) {
        Standardised<String> once = Names.standardise(raw);
        if (once.isValid()) {
            assertThat(Names.standardise(once.value())).as(raw).isEqualTo(once);
        }
    }

    @Provide
    Arbitrary<String> nameLike() {
        return Arbitraries.strings().withChars("aBzZ '-\t\u2019\u00e9\u00c9\u0130\u0131\u00df").ofMaxLength(16);
    }
}
