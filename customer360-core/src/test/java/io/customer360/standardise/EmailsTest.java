package io.customer360.standardise;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.NullSource;
import org.junit.jupiter.params.provider.ValueSource;

class EmailsTest {

    @ParameterizedTest
    @CsvSource({
        "John.Doe@Example.COM, john.doe@example.com",
        "'  a@b.co  ', a@b.co",
        "USER+Tag@Mail.Example.ORG, user+tag@mail.example.org",
        "x@1-2.example.com, x@1-2.example.com",
        "a@123.com, a@123.com",
        "first.middle.last@x.museum, first.middle.last@x.museum",
    })
    void lowerCasesAndStripsValidAddresses(String raw, String expected) {
        assertThat(Emails.standardise(raw)).isEqualTo(Standardised.valid(expected));
    }

    @ParameterizedTest
    @NullSource
    @ValueSource(strings = {"", "   ", "null", "NONE", "n/a", "#N/A"})
    void readsMissingTokensAsMissing(String raw) {
        assertThat(Emails.standardise(raw).isMissing()).isTrue();
    }

    @Test
    void acceptsEverySpecialCharacterAllowedInTheLocalPart() {
        String local = "!#$%&'*+/=?^_`{|}~.-";
        assertThat(Emails.standardise("a" + local + "z@example.com"))
                .isEqualTo(Standardised.valid("a" + local + "z@example.com"));
    }

    @ParameterizedTest
    @ValueSource(strings = {"-@example.com", "_@example.com", "'@example.com", "`@example.com", "{x}@example.com"})
    void acceptsLocalPartMadeOfSymbols(String raw) {
        assertThat(Emails.standardise(raw).isValid()).isTrue();
    }

    @ParameterizedTest
    @ValueSource(strings = {
        "plainaddress", "@example.com", "a@", "a@@example.com", "a@b@example.com", "a\"b@example.com",
        "\"a\"@example.com", "a b@example.com", "a,b@example.com", "a;b@example.com", "a(b)@example.com",
        "a<b>@example.com", "a[b]@example.com", "a\\b@example.com", "a:b@example.com"})
    void rejectsAddressWithoutExactlyOneAtOrWithForbiddenLocalCharacters(String raw) {
        assertThat(Emails.standardise(raw).isInvalid()).isTrue();
    }

    @ParameterizedTest
    @ValueSource(strings = {".a@example.com", "a.@example.com", "a..b@example.com", ".@example.com"})
    void rejectsLocalPartWithLeadingTrailingOrDoubleDot(String raw) {
        assertThat(Emails.standardise(raw).isInvalid()).isTrue();
    }

    @ParameterizedTest
    @ValueSource(strings = {"a@example", "a@.example.com", "a@example..com", "a@example.com.", "a@-example.com",
        "a@example-.com", "a@sub.-x.com", "a@exa_mple.com", "a@exa mple.com", "a@[192.168.0.1]",
        "a@192.168.0.1", "a@example.c", "a@example.c0m", "a@example.123", "a@example.co-uk", "a@example.-com"})
    void rejectsBadDomains(String raw) {
        assertThat(Emails.standardise(raw).isInvalid()).isTrue();
    }

    @ParameterizedTest
    @ValueSource(strings = {"\u00e4@example.com", "a@b\u00fccher.de", "a@example.\u0441om", "\u212Aate@example.com",
        "a\u00A0b@example.com", "a@example.com\u0000"})
    void rejectsNonAsciiCharactersEvenWhenTheyLowerCaseToAscii(String raw) {
        assertThat(Emails.standardise(raw).isInvalid()).isTrue();
    }

    @Test
    void acceptsLocalPartOfSixtyFourCharacters() {
        String address = "a".repeat(64) + "@example.com";
        assertThat(Emails.standardise(address)).isEqualTo(Standardised.valid(address));
    }

    @Test
    void rejectsLocalPartOfSixtyFiveCharacters() {
        assertThat(Emails.standardise("a".repeat(65) + "@example.com").isInvalid()).isTrue();
    }

    @Test
    void acceptsAddressOfTwoHundredFiftyFourCharacters() {
        String address = "a@" + "b".repeat(248) + ".com";
        assertThat(address).hasSize(254);
        assertThat(Emails.standardise(address)).isEqualTo(Standardised.valid(address));
    }

    @Test
    void rejectsAddressOfTwoHundredFiftyFiveCharacters() {
        String address = "a@" + "b".repeat(249) + ".com";
        assertThat(address).hasSize(255);
        assertThat(Emails.standardise(address).isInvalid()).isTrue();
    }

    @Test
    void checksTheLengthAfterStrippingWhiteSpace() {
        String address = "a@" + "b".repeat(248) + ".com";
        assertThat(Emails.standardise("   " + address + "   ")).isEqualTo(Standardised.valid(address));
    }

    @Test
    void acceptsTwoLetterTopLevelLabel() {
        assertThat(Emails.standardise("a@b.io")).isEqualTo(Standardised.valid("a@b.io"));
    }

    @Test
    void rejectsHugeInputQuickly() {
        String huge = "a".repeat(1 << 20) + "@example.com";
        assertThat(Emails.standardise(huge).isInvalid()).isTrue();
    }
}
