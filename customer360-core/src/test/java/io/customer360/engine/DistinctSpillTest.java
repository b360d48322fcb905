package io.customer360.engine;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class DistinctSpillTest {
    @TempDir
    Path directory;

    @Test
    void countsDistinctSessionsPerRowAcrossTheSlotsOfARow() throws IOException {
        try (DistinctSpill spill = new DistinctSpill(directory, 0, "session_count")) {
            spill.add(0, "s-1");
            spill.add(0, "s-1");
            spill.add(1, "s-1");
            spill.add(1, "s-2");
            spill.add(2, "s-1");
            spill.add(3, "s-9");

            // Slots 0 and 1 are row 0, slot 2 is row 1, slot 3 belongs to no row.
            long[] counts = spill.countPerRow(new int[] {0, 0, 1, -1}, 2, 2);

            assertThat(counts).containsExactly(2, 1);
        }
    }

    @Test
    void matchesAnInMemoryCountOnManySessionsIncludingOnesLongerThanItsBuffers()
            throws IOException {
        Random random = new Random(7);
        int slots = 500;
        int[] rowOfSlot = new int[slots];
        for (int slot = 0; slot < slots; slot++) {
            rowOfSlot[slot] = slot % 7 == 0 ? -1 : slot / 3;
        }
        int rows = slots / 3 + 1;
        Map<Integer, Set<String>> expected = new HashMap<>();
        try (DistinctSpill spill = new DistinctSpill(directory, 0, "session_count")) {
            for (int i = 0; i < 200_000; i++) {
                int slot = random.nextInt(slots);
                // 40,000 and 100,000 bytes outgrow the write buffer.
                String session = i % 50_000 == 0
                        ? "long-" + "x".repeat(i % 100_000 == 0 ? 100_000 : 40_000) + i
                        : "s-" + random.nextInt(20_000);
                spill.add(slot, session);
                if (rowOfSlot[slot] >= 0) {
                    expected.computeIfAbsent(rowOfSlot[slot], row -> new HashSet<>())
                            .add(session);
                }
            }
            long[] counts = spill.countPerRow(rowOfSlot, rows, 3);

            for (int row = 0; row < rows; row++) {
                assertThat(counts[row]).as("row %d", row)
                        .isEqualTo(expected.getOrDefault(row, Set.of()).size());
            }
        }
        try (Stream<Path> left = Files.list(directory)) {
            assertThat(left).isEmpty();
        }
    }
}
