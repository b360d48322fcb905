package io.customer360.engine;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.SplittableRandom;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import org.junit.jupiter.api.Test;

class RowDistinctValuesTest {

    /** Session ids laid end to end, as in a spill partition, with where each starts. */
    private static final class Laid {
        final ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        final List<int[]> spans = new ArrayList<>();

        int lay(String session) {
            byte[] utf8 = session.getBytes(StandardCharsets.UTF_8);
            spans.add(new int[] {bytes.size(), utf8.length});
            bytes.writeBytes(utf8);
            return spans.size() - 1;
        }
    }

    @Test
    void tellsPairsApartByRowAndBySessionId() {
        Laid laid = new Laid();
        String[] sessions = {"s-1", "s-1", "s-2", "s-1", "s-10", ""};
        int[] rows = {0, 0, 0, 1, 0, 0};
        for (String session : sessions) {
            laid.lay(session);
        }
        RowDistinctValues set = new RowDistinctValues(laid.bytes.toByteArray());
        boolean[] added = new boolean[sessions.length];
        for (int i = 0; i < sessions.length; i++) {
            added[i] = set.add(rows[i], laid.spans.get(i)[0], laid.spans.get(i)[1]);
        }

        assertThat(added).containsExactly(true, false, true, true, true, true);
        assertThat(set.size()).isEqualTo(5);
    }

    @Test
    void tellsApartSessionIdsWhoseHashesCollide() {
        // Two different ids with the same 32-bit hash, found by a seeded search.
        SplittableRandom random = new SplittableRandom(11);
        Map<Integer, String> byHash = new HashMap<>();
        String first = null;
        String second = null;
        while (first == null) {
            String candidate = "s-" + Long.toHexString(random.nextLong());
            byte[] bytes = candidate.getBytes(StandardCharsets.UTF_8);
            String earlier = byHash.putIfAbsent(Utf8Dictionary.hash(bytes, 0, bytes.length),
                    candidate);
            if (earlier != null && !earlier.equals(candidate)) {
                first = earlier;
                second = candidate;
            }
        }
        Laid laid = new Laid();
        int a = laid.lay(first);
        int b = laid.lay(second);
        int c = laid.lay(first);
        int d = laid.lay(second);
        RowDistinctValues set = new RowDistinctValues(laid.bytes.toByteArray());

        assertThat(set.add(7, laid.spans.get(a)[0], laid.spans.get(a)[1])).isTrue();
        assertThat(set.add(7, laid.spans.get(b)[0], laid.spans.get(b)[1])).isTrue();
        assertThat(set.add(7, laid.spans.get(c)[0], laid.spans.get(c)[1])).isFalse();
        assertThat(set.add(7, laid.spans.get(d)[0], laid.spans.get(d)[1])).isFalse();
        assertThat(set.size()).isEqualTo(2);
    }

    @Property(tries = 50)
    void actsAsASetOfRowAndSessionPairs(@ForAll @IntRange(min = 1, max = 5_000) int count,
            @ForAll long seed) {
        SplittableRandom random = new SplittableRandom(seed);
        Laid laid = new Laid();
        int[] rows = new int[count];
        String[] sessions = new String[count];
        for (int i = 0; i < count; i++) {
            rows[i] = random.nextInt(40);
            // Short ids from a small alphabet: many repeats, prefixes of each other and rehashes.
            StringBuilder session = new StringBuilder();
            for (int length = random.nextInt(4); length > 0; length--) {
                session.append("ab\u00e9".charAt(random.nextInt(3)));
            }
            sessions[i] = session.toString();
            laid.lay(sessions[i]);
        }
        RowDistinctValues set = new RowDistinctValues(laid.bytes.toByteArray());
        Set<String> model = new HashSet<>();

        for (int i = 0; i < count; i++) {
            boolean expected = model.add(rows[i] + "|" + sessions[i]);
            assertThat(set.add(rows[i], laid.spans.get(i)[0], laid.spans.get(i)[1]))
                    .as("pair %d", i).isEqualTo(expected);
        }
        assertThat(set.size()).isEqualTo(model.size());
    }
}
