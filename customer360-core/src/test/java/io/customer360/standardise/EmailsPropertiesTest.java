package io.customer360.standardise;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Locale;
import java.util.regex.Pattern;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

class EmailsPropertiesTest {
    private static final String LOCAL_CHARS =
            "abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789!#$%&'*+/=?^_`{|}~-";

    /** The SPEC §2 rule written as a regular expression; fine as a test oracle on short inputs. */
    private static final Pattern SPEC_RULE = Pattern.compile(
            "(?=[^@]{1,64}@)[A-Za-z0-9!#$%&'*+/=?^_`{|}~-]+(\\.[A-Za-z0-9!#$%&'*+/=?^_`{|}~-]+)*"
            + "@([A-Za-z0-9]([A-Za-z0-9-]*[A-Za-z0-9])?\\.)+[A-Za-z]{2,}");

    @Property
    void aGeneratedValidAddressIsValidLowerCasedAndIdempotent(@ForAll("validAddresses") String address) {
        Standardised<String> once = Emails.standardise(address);

        assertThat(once).isEqualTo(Standardised.valid(address.toLowerCase(Locale.ROOT)));
        assertThat(Emails.standardise(once.value())).isEqualTo(once);
    }

    @Property(tries = 3000)
    void agreesWithTheSpecRuleOnStringsOfTrickyCharacters(@ForAll("trickyStrings") String raw) {
        String stripped = raw.strip();
        boolean expected = stripped.length() <= 254 && SPEC_RULE.matcher(stripped).matches();

        assertThat(Emails.standardise(raw).isValid()).as(raw).isEqualTo(expected);
    }

    @Provide
    Arbitrary<String> validAddresses() {
        Arbitrary<String> atom = Arbitraries.strings().withChars(LOCAL_CHARS).ofMinLength(1).ofMaxLength(10);
        Arbitrary<String> local = atom.list().ofMinSize(1).ofMaxSize(4).map(atoms -> String.join(".", atoms))
                .filter(text -> text.length() <= 64);
        Arbitrary<String> label = Combinators.combine(
                Arbitraries.strings().alpha().numeric().ofLength(1),
                Arbitraries.strings().alpha().numeric().withChars('-').ofMaxLength(10),
                Arbitraries.strings().alpha().numeric().ofLength(1))
                .as((first, middle, last) -> first + middle + last);
        Arbitrary<String> labels = label.list().ofMinSize(1).ofMaxSize(3).map(parts -> String.join(".", parts));
        Arbitrary<String> top = Arbitraries.strings().alpha().ofMinLength(2).ofMaxLength(8);
        return Combinators.combine(local, labels, top).as((l, d, t) -> l + "@" + d + "." + t);
    }

    @Provide
    Arbitrary<String> trickyStrings() {
        return Arbitraries.strings().withChars("aZ9.-@_`'\" \u00e4\u212A").ofMinLength(0).ofMaxLength(14);
    }
}
