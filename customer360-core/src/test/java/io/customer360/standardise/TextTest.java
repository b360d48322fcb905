package io.customer360.standardise;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class TextTest {

    @Test
    void readsNullAsMissing() {
        assertThat(Text.clean(null)).isNull();
    }

    @ParameterizedTest
    @ValueSource(strings = {"", " ", "\t\r\n", "\u2003", "null", "NULL", "Null", "none", "NONE", "n/a", "N/A",
        "na", "NA", "nan", "NaN", "NAN", "#n/a", "#N/A", "  null  ", "\tN/A\n"})
    void readsEmptyValuesAndMissingTokensInAnyCaseAsMissing(String raw) {
        assertThat(Text.clean(raw)).isNull();
    }

    @Test
    void stripsLeadingAndTrailingWhiteSpaceOnly() {
        assertThat(Text.clean("  Anne  Marie \t")).isEqualTo("Anne  Marie");
    }

    @Test
    void stripsUnicodeWhiteSpaceAsStringStripDoes() {
        assertThat(Text.clean("\u2003value\u3000")).isEqualTo("value");
    }

    @Test
    void keepsNoBreakSpaceBecauseStripDoesNotTreatItAsWhiteSpace() {
        assertThat(Text.clean("\u00A0value")).isEqualTo("\u00A0value");
    }

    @ParameterizedTest
    @ValueSource(strings = {"nullable", "nana", "n/a/b", "nan nan", "n a", "#na", "-", "0", "none!", "nul"})
    void keepsValuesThatOnlyResembleMissingTokens(String raw) {
        assertThat(Text.clean(raw)).isEqualTo(raw);
    }

    @Test
    void returnsTheSameStringWhenNothingIsStripped() {
        String raw = "value";
        assertThat(Text.clean(raw)).isSameAs(raw);
    }
}
