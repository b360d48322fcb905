package io.customer360.standardise;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.params.provider.Arguments.arguments;

import java.util.Locale;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.NullSource;
import org.junit.jupiter.params.provider.ValueSource;

class NamesTest {

    @ParameterizedTest
    @CsvSource({
        "o'brien, O'Brien",
        "anne-marie, Anne-Marie",
        "VAN DER BERG, Van Der Berg",
        "d'arcy, D'Arcy",
    })
    void titleCasesTheSpecExamples(String raw, String expected) {
        assertThat(Names.standardise(raw)).isEqualTo(Standardised.valid(expected));
    }

    @ParameterizedTest
    @CsvSource({
        "john smith, John Smith",
        "JOHN SMITH, John Smith",
        "jOhN sMiTh, John Smith",
        "mcdonald, Mcdonald",
        "McDONALD, Mcdonald",
        "jean-paul sartre, Jean-Paul Sartre",
        "JEAN - PAUL, Jean - Paul",
        "anne--marie, Anne--Marie",
        "-anne, -Anne",
        "x, X",
    })
    void upperCasesTheFirstCharacterOfEachPartAndLowerCasesTheRest(String raw, String expected) {
        assertThat(Names.standardise(raw)).isEqualTo(Standardised.valid(expected));
    }

    @ParameterizedTest
    @MethodSource("apostropheCases")
    void upperCasesTheLetterAfterAnApostropheOnlyAfterAOneLetterStart(String raw, String expected) {
        assertThat(Names.standardise(raw)).isEqualTo(Standardised.valid(expected));
    }

    @ParameterizedTest
    @MethodSource("whiteSpaceCases")
    void collapsesRunsOfWhiteSpaceIntoOneSpace(String raw, String expected) {
        assertThat(Names.standardise(raw)).isEqualTo(Standardised.valid(expected));
    }

    static Stream<Arguments> apostropheCases() {
        return Stream.of(
                arguments("O'NEIL-O'HARA", "O'Neil-O'Hara"),
                arguments("mary o'connor", "Mary O'Connor"),
                arguments("o\u2019brien", "O\u2019Brien"),
                arguments("jo'anne", "Jo'anne"),
                arguments("'t hooft", "'t Hooft"),
                arguments("o'", "O'"),
                arguments("1'st", "1'st"),
                arguments("o''brien", "O''brien"));
    }

    static Stream<Arguments> whiteSpaceCases() {
        return Stream.of(
                arguments("john    smith", "John Smith"),
                arguments("john \t\n smith", "John Smith"),
                arguments("john\u2003smith", "John Smith"),
                arguments("  john smith  ", "John Smith"),
                arguments("anne - \t marie", "Anne - Marie"));
    }

    @ParameterizedTest
    @CsvSource({
        "\u00c9LODIE \u00d6ZIL, \u00c9lodie \u00d6zil",
        "\u0142ukasz, \u0141ukasz",
        "\u00dfmith, \u00dfmith",
        "\u0399\u03a9\u0391\u039d\u039d\u0397\u03a3, \u0399\u03c9\u03b1\u03bd\u03bd\u03b7\u03c3",
    })
    void changesCaseOneCodePointAtATime(String raw, String expected) {
        assertThat(Names.standardise(raw)).isEqualTo(Standardised.valid(expected));
    }

    @Test
    void keepsSupplementaryCharactersIntact() {
        String raw = "\uD801\uDC28abc";
        assertThat(Names.standardise(raw)).isEqualTo(Standardised.valid("\uD801\uDC00abc"));
    }

    @Test
    void doesNotDependOnTheDefaultLocale() {
        Locale saved = Locale.getDefault();
        try {
            Locale.setDefault(Locale.forLanguageTag("tr-TR"));
            assertThat(Names.standardise("ISAAC IBRAHIM")).isEqualTo(Standardised.valid("Isaac Ibrahim"));
            assertThat(Names.standardise("isaac")).isEqualTo(Standardised.valid("Isaac"));
        } finally {
            Locale.setDefault(saved);
        }
    }

    @ParameterizedTest
    @NullSource
    @ValueSource(strings = {"", "   ", "null", "NONE", "n/a", "NaN"})
    void readsMissingTokensAsMissing(String raw) {
        assertThat(Names.standardise(raw).isMissing()).isTrue();
    }

    @ParameterizedTest
    @ValueSource(strings = {"123", "!!!", "-", "'", "\u00A0", "a\u0000b"})
    void neverRejectsAPresentName(String raw) {
        assertThat(Names.standardise(raw).isValid()).isTrue();
    }
}
