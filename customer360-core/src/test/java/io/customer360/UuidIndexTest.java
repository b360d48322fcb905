package io.customer360;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.UUID;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import org.junit.jupiter.api.Test;

class UuidIndexTest {

    @Property
    void roundTripsAnyNormalisedUuid(@ForAll long high, @ForAll long low) {
        String uuid = new UUID(high, low).toString();
        UuidIndex index = new UuidIndex();
        index.add("00000000-0000-0000-0000-000000000001");

        int slot = index.add(uuid);

        assertThat(index.get(slot)).isEqualTo(uuid);
        assertThat(index.find(uuid)).isEqualTo(slot);
        assertThat(index.add(uuid)).isEqualTo(slot);
    }

    @Test
    void givesDenseSlotsForManyUuids() {
        UuidIndex index = new UuidIndex();
        for (int i = 0; i < 100_000; i++) {
            assertThat(index.add(new UUID(i * 31L, i).toString())).isEqualTo(i);
        }
        assertThat(index.size()).isEqualTo(100_000);
        assertThat(index.find(new UUID(31L * 4242, 4242).toString())).isEqualTo(4242);
        assertThat(index.find(new UUID(1, 1).toString())).isEqualTo(-1);
    }

    @Test
    void refusesATextThatIsNotANormalisedUuid() {
        UuidIndex index = new UuidIndex();

        assertThatThrownBy(() -> index.add("0F8FAD5B-D9CB-469F-A165-70867728950E"))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> index.add("nope")).isInstanceOf(IllegalArgumentException.class);
    }
}
