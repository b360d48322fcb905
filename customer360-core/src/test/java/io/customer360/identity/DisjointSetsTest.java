package io.customer360.identity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class DisjointSetsTest {

    @Test
    void joinsSetsTransitivelyAndKeepsOthersApart() {
        DisjointSets sets = new DisjointSets();
        sets.union(1, 5);
        sets.union(5, 200);
        sets.add(7);

        assertThat(sets.find(200)).isEqualTo(sets.find(1));
        assertThat(sets.find(7)).isNotEqualTo(sets.find(1));
        assertThat(sets.find(3)).isEqualTo(3);
    }

    @Test
    void refusesNegativeElements() {
        assertThatThrownBy(() -> new DisjointSets().add(-1))
                .isInstanceOf(IllegalArgumentException.class);
    }
}
