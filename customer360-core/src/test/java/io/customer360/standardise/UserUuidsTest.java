package io.customer360.standardise;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.NullSource;
import org.junit.jupiter.params.provider.ValueSource;

class UserUuidsTest {
    private static final String UUID = "3f2504e0-4f89-11d3-9a0c-0305e82c3301";

    @ParameterizedTest
    @ValueSource(strings = {
        "3f2504e0-4f89-11d3-9a0c-0305e82c3301",
        "3F2504E0-4F89-11D3-9A0C-0305E82C3301",
        "3f2504E0-4f89-11D3-9a0C-0305e82C3301",
        "{3f2504e0-4f89-11d3-9a0c-0305e82c3301}",
        "{3F2504E0-4F89-11D3-9A0C-0305E82C3301}",
        "  {3f2504e0-4f89-11d3-9a0c-0305e82c3301}\t",
        "  3F2504E0-4F89-11D3-9A0C-0305E82C3301  "})
    void normalisesToLowerCaseWithoutBraces(String raw) {
        assertThat(UserUuids.standardise(raw)).isEqualTo(Standardised.valid(UUID));
    }

    @ParameterizedTest
    @CsvSource({
        "FFFFFFFF-FFFF-FFFF-FFFF-FFFFFFFFFFFF, ffffffff-ffff-ffff-ffff-ffffffffffff",
        "00000000-0000-0000-0000-000000000001, 00000000-0000-0000-0000-000000000001",
        "12345678-1234-1234-1234-123456789abc, 12345678-1234-1234-1234-123456789abc",
        "12345678-1234-1234-1234-123456789abC, 12345678-1234-1234-1234-123456789abc",
        "A2345678-1234-1234-1234-123456789abc, a2345678-1234-1234-1234-123456789abc",
    })
    void acceptsAnyHexValueButTheNilUuidWithoutCheckingVersionOrVariant(String raw, String expected) {
        assertThat(UserUuids.standardise(raw)).isEqualTo(Standardised.valid(expected));
    }

    @ParameterizedTest
    @ValueSource(strings = {"00000000-0000-0000-0000-000000000000", "{00000000-0000-0000-0000-000000000000}"})
    void rejectsNilUuid(String raw) {
        assertThat(UserUuids.standardise(raw).isInvalid()).isTrue();
    }

    @ParameterizedTest
    @NullSource
    @ValueSource(strings = {"", "  ", "null", "None", "N/A", "nan"})
    void readsMissingTokensAsMissing(String raw) {
        assertThat(UserUuids.standardise(raw).isMissing()).isTrue();
    }

    @ParameterizedTest
    @ValueSource(strings = {
        "{3f2504e0-4f89-11d3-9a0c-0305e82c3301",
        "3f2504e0-4f89-11d3-9a0c-0305e82c3301}",
        "{{3f2504e0-4f89-11d3-9a0c-0305e82c3301}}",
        "{ 3f2504e0-4f89-11d3-9a0c-0305e82c3301 }",
        "(3f2504e0-4f89-11d3-9a0c-0305e82c3301)",
        "3f2504e04f8911d39a0c0305e82c3301",
        "3f2504e0-4f89-11d3-9a0c-0305e82c330",
        "3f2504e0-4f89-11d3-9a0c-0305e82c33011",
        "3f2504e04-f89-11d3-9a0c-0305e82c3301",
        "3f2504e0-4f8911d3-9a0c-0305e82c33-01",
        "3f2504e0-4f89-11d3-9a0c+0305e82c3301",
        "3f2504e0-4f89-11d3-9a0c-0305e82c330g",
        "3f2504e0-4f89-11d3-9a0c-0305e82c330\uff11",
        "3f2504e0 4f89 11d3 9a0c 0305e82c3301",
        "urn:uuid:3f2504e0-4f89-11d3-9a0c-0305e82c3301",
        "{}", "{", "}", "12345"})
    void rejectsValuesThatAreNotEightFourFourFourTwelveHex(String raw) {
        assertThat(UserUuids.standardise(raw).isInvalid()).isTrue();
    }
}
