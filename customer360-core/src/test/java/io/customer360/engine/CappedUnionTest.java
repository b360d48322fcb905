package io.customer360.engine;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class CappedUnionTest {

    @Test
    void linksJoinGroupsUntilTheLimitThenAreRefused() {
        CappedUnion union = new CappedUnion(6, 3);

        assertThat(union.link(0, 1)).isEqualTo(CappedUnion.JOINED);
        assertThat(union.link(1, 2)).isEqualTo(CappedUnion.JOINED);
        assertThat(union.link(0, 2)).isEqualTo(CappedUnion.SAME_GROUP);
        assertThat(union.link(2, 3)).isEqualTo(CappedUnion.REFUSED);
        assertThat(union.link(3, 4)).isEqualTo(CappedUnion.JOINED);
        assertThat(union.link(4, 0)).isEqualTo(CappedUnion.REFUSED);

        assertThat(union.groupSize(0)).isEqualTo(3);
        assertThat(union.group(1)).isEqualTo(union.group(2)).isNotEqualTo(union.group(3));
        assertThat(union.groupSize(4)).isEqualTo(2);
        assertThat(union.groupSize(5)).isEqualTo(1);
    }

    @Test
    void withoutALimitEveryLinkJoins() {
        CappedUnion union = new CappedUnion(1000, 0);
        for (int i = 1; i < 1000; i++) {
            assertThat(union.link(i - 1, i)).isEqualTo(CappedUnion.JOINED);
        }
        assertThat(union.groupSize(500)).isEqualTo(1000);
    }

    @Test
    void aNegativeLimitIsRefused() {
        assertThatThrownBy(() -> new CappedUnion(1, -1))
                .isInstanceOf(IllegalArgumentException.class);
    }
}
