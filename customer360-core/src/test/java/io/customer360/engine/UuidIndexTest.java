package io.customer360.engine;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;
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

    @Test
    void readsAheadTheEntryAndUuidThatALookupOfAPresentUuidReads() {
        UuidIndex index = new UuidIndex();
        Map<Integer, Set<Long>> highsByHash = new HashMap<>();
        for (int i = 1; i <= 50_000; i++) {
            long high = i * 0x9E3779B97F4A7C15L;
            index.add(high, i);
            highsByHash.computeIfAbsent(UuidIndex.hash(high, i), h -> new HashSet<>()).add(high);
        }

        for (int i = 1; i <= 50_000; i++) {
            long high = i * 0x9E3779B97F4A7C15L;
            int hash = UuidIndex.hash(high, i);
            assertThat(index.touchHome(hash)).isNotZero();
            // The UUID itself, or another one whose 32-bit hash is the same.
            assertThat(index.touchMatch(hash)).isIn(highsByHash.get(hash));
        }
        int absent = UuidIndex.hash(0, 0);
        assertThat(highsByHash).doesNotContainKey(absent);
        assertThat(index.touchMatch(absent)).isZero();
        assertThat(new UuidIndex().touchHome(absent)).isZero();
    }
}
