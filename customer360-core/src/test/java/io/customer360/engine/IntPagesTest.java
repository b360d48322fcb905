package io.customer360.engine;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

class IntPagesTest {

    @Test
    void keepsValuesAcrossPagesAndReadsUnsetOnesAsZero() {
        IntPages pages = new IntPages();
        SplittableRandom random = new SplittableRandom(3);
        int[] expected = new int[300_000];
        for (int i = 0; i < expected.length; i += 1 + random.nextInt(3)) {
            expected[i] = random.nextInt();
            pages.set(i, expected[i]);
        }

        for (int i = 0; i < expected.length; i++) {
            assertThat(pages.getOrZero(i)).isEqualTo(expected[i]);
        }
        assertThat(pages.getOrZero(10_000_000)).isZero();
    }

    @Test
    void setsFarAheadWithoutSettingEverythingBefore() {
        IntPages pages = new IntPages();

        pages.set(5_000_000, 42);

        assertThat(pages.get(5_000_000)).isEqualTo(42);
        assertThat(pages.get(0)).isZero();
    }
}
