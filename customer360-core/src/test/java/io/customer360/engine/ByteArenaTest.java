package io.customer360.engine;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

class ByteArenaTest {

    private static byte[] read(ByteArena arena, long address, int length) {
        int at = ByteArena.offset(address);
        return Arrays.copyOfRange(arena.chunk(address), at, at + length);
    }

    @Test
    void returnsEveryValueAsAppendedAcrossGrowthAndChunks() {
        ByteArena arena = new ByteArena();
        SplittableRandom random = new SplittableRandom(7);
        List<byte[]> values = new ArrayList<>();
        List<Long> addresses = new ArrayList<>();
        long total = 0;
        while (total < 40L << 20) {
            byte[] value = new byte[random.nextInt(1, 3000)];
            random.nextBytes(value);
            values.add(value);
            addresses.add(arena.append(value, 0, value.length));
            total += value.length;
        }

        for (int i = 0; i < values.size(); i++) {
            byte[] expected = values.get(i);
            assertThat(read(arena, addresses.get(i), expected.length)).isEqualTo(expected);
        }
        assertThat(addresses).doesNotHaveDuplicates();
    }

    @Test
    void keepsAValueLargerThanAChunkWhole() {
        ByteArena arena = new ByteArena();
        byte[] small = {1, 2, 3};
        byte[] huge = new byte[(1 << 24) + 10];
        Arrays.fill(huge, (byte) 9);
        huge[huge.length - 1] = 4;

        long first = arena.append(small, 0, small.length);
        long second = arena.append(huge, 0, huge.length);
        long third = arena.append(small, 1, 2);

        assertThat(read(arena, first, 3)).containsExactly(1, 2, 3);
        assertThat(read(arena, second, huge.length)).isEqualTo(huge);
        assertThat(read(arena, third, 2)).containsExactly(2, 3);
    }
}
