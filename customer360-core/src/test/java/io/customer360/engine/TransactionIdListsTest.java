package io.customer360.engine;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

class TransactionIdListsTest {

    @Test
    void givesEachSlotItsIdsInCodeOrder() {
        SplittableRandom random = new SplittableRandom(11);
        Utf8Dictionary ids = new Utf8Dictionary();
        int slotCount = 500;
        List<List<String>> expected = new ArrayList<>();
        for (int slot = 0; slot < slotCount; slot++) {
            expected.add(new ArrayList<>());
        }
        int[] slotOfCode = new int[20_000];
        for (int code = 0; code < slotOfCode.length; code++) {
            // Mostly short ids, some long enough for a two-byte length prefix, some non-ASCII.
            String id = "TX-" + code + (code % 97 == 0 ? "-" + "é".repeat(90) : "");
            assertThat(ids.add(id)).isEqualTo(code);
            int slot = random.nextInt(10) == 0 ? 7 : random.nextInt(slotCount);
            slotOfCode[code] = slot;
            expected.get(slot).add(id);
        }

        IntPages slots = new IntPages();
        for (int code = 0; code < slotOfCode.length; code++) {
            slots.set(code, slotOfCode[code]);
        }
        TransactionIdLists lists = TransactionIdLists.layOut(ids, slots, slotCount + 3);

        for (int slot = 0; slot < slotCount + 3; slot++) {
            List<String> want = slot < slotCount ? expected.get(slot) : List.of();
            String[] got = new String[lists.count(slot) + 1];
            got[0] = "before";
            assertThat(lists.decode(slot, got, 1)).isEqualTo(want.size() + 1);
            assertThat(got[0]).isEqualTo("before");
            assertThat(List.of(got).subList(1, got.length)).isEqualTo(want);
        }
        assertThat(lists.count(slotCount + 100)).isZero();
    }
}
