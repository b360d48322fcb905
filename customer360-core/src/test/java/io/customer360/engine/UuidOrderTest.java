package io.customer360.engine;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
import java.util.Random;
import java.util.UUID;
import org.junit.jupiter.api.Test;

class UuidOrderTest {

    private static void assertSortsLikeText(long[] high, long[] low) {
        int[] order = UuidOrder.of(high, low, high.length);

        String[] expected = new String[high.length];
        for (int i = 0; i < high.length; i++) {
            expected[i] = new UUID(high[i], low[i]).toString();
        }
        Arrays.sort(expected);
        String[] actual = new String[order.length];
        for (int i = 0; i < order.length; i++) {
            actual[i] = new UUID(high[order[i]], low[order[i]]).toString();
        }
        assertThat(actual).containsExactly(expected);
        assertThat(Arrays.stream(order).sorted().toArray())
                .isEqualTo(java.util.stream.IntStream.range(0, high.length).toArray());
    }

    @Test
    void ordersRandomUuidsLikeTheirText() {
        Random random = new Random(11);
        long[] high = new long[20_000];
        long[] low = new long[high.length];
        for (int i = 0; i < high.length; i++) {
            high[i] = random.nextLong();
            low[i] = random.nextLong();
        }
        assertSortsLikeText(high, low);
    }

    /** UUIDs with {@code prefixes} distinct first 32 bits, some sharing the whole high half. */
    private static void assertSortsRunsLikeText(int prefixes) {
        Random random = new Random(12);
        long[] high = new long[300];
        long[] low = new long[high.length];
        for (int i = 0; i < high.length; i++) {
            long prefix = (0x8000_0001L + 0x3FFF_FFFFL * (i % prefixes)) & 0xFFFF_FFFFL;
            high[i] = prefix << 32 | (i % 5 == 0 ? 7 : random.nextInt() & 0xFFFF_FFFFL);
            low[i] = random.nextLong();
        }
        assertSortsLikeText(high, low);
    }

    @Test
    void ordersShortRunsSharingTheirFirstBitsByTheRest() {
        assertSortsRunsLikeText(20);
    }

    @Test
    void ordersLongRunsSharingTheirFirstBitsByTheRest() {
        assertSortsRunsLikeText(3);
    }

    @Test
    void handlesNoneAndOne() {
        assertThat(UuidOrder.of(new long[0], new long[0], 0)).isEmpty();
        assertThat(UuidOrder.of(new long[] {5}, new long[] {6}, 1)).containsExactly(0);
    }
}
