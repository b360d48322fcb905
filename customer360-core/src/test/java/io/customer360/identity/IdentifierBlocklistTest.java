package io.customer360.identity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.ObjectInputStream;
import java.io.ObjectOutputStream;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Which identifiers a blocklist blocks: exact entries, prefixes and patterns. */
class IdentifierBlocklistTest {

    @Test
    void theDefaultsBlockPlaceholdersButNoOrdinaryAddressOrDomain() {
        IdentifierBlocklist defaults = IdentifierBlocklist.defaults();
        assertThat(defaults.blocks("test@test.com")).isTrue();
        assertThat(defaults.blocks("TEST@example.com")).isTrue();
        assertThat(defaults.blocks("noreply@shop.example.org")).isTrue();
        assertThat(defaults.blocks("donotreply@bank.example")).isTrue();
        assertThat(defaults.blocks("ann.lee@example.com")).isFalse();
        assertThat(defaults.blocks("test@test.co")).isFalse();
        assertThat(defaults.blocks("reply@shop.example.org")).isFalse();
        assertThat(defaults.blocks("0330fcaa-8a5c-8140-574d-d01bc0d04a58")).isFalse();
        assertThat(defaults.mayBlockUuids()).isFalse();
        assertThat(IdentifierBlocklist.NONE.blocks("test@test.com")).isFalse();
    }

    @Test
    void entriesMayHoldStarsAnywhereAndNameUuids() {
        IdentifierBlocklist list = IdentifierBlocklist.of(List.of("*@mailinator.com",
                "info@*.example", "0330FCAA-8a5c-8140-574d-d01bc0d04a58"));
        assertThat(list.blocks("anyone@mailinator.com")).isTrue();
        assertThat(list.blocks("anyone@mailinator.com.au")).isFalse();
        assertThat(list.blocks("info@shop.example")).isTrue();
        assertThat(list.blocks("info@shop.example.org")).isFalse();
        assertThat(list.blocks("0330fcaa-8a5c-8140-574d-d01bc0d04a58")).isTrue();
        assertThat(list.mayBlockUuids()).isTrue();
        assertThat(list.entries()).containsExactly("*@mailinator.com", "info@*.example",
                "0330fcaa-8a5c-8140-574d-d01bc0d04a58");
    }

    @Test
    void blankOrStarOnlyEntriesAreRefused() {
        assertThatThrownBy(() -> IdentifierBlocklist.of(List.of(" ")))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> IdentifierBlocklist.of(List.of("**")))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("must name an identifier");
    }

    @Test
    void aListSurvivesJavaSerialisation() throws Exception {
        IdentifierBlocklist list = IdentifierBlocklist.of(List.of("*@mailinator.com"));
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (ObjectOutputStream out = new ObjectOutputStream(bytes)) {
            out.writeObject(list);
        }
        try (ObjectInputStream in = new ObjectInputStream(
                new ByteArrayInputStream(bytes.toByteArray()))) {
            IdentifierBlocklist copy = (IdentifierBlocklist) in.readObject();
            assertThat(copy).isEqualTo(list);
            assertThat(copy.blocks("x@mailinator.com")).isTrue();
        }
    }
}
