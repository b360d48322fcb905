package io.customer360.engine;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import org.junit.jupiter.api.Test;

class Utf8DictionaryTest {

    @Test
    void givesDenseCodesInInsertionOrderAndRecognisesRepeats() {
        Utf8Dictionary dictionary = new Utf8Dictionary();

        assertThat(dictionary.add("TX-1")).isEqualTo(0);
        assertThat(dictionary.add("TX-2")).isEqualTo(1);
        assertThat(dictionary.add("TX-1")).isEqualTo(-1);
        assertThat(dictionary.find("TX-2")).isEqualTo(1);
        assertThat(dictionary.find("TX-3")).isEqualTo(-1);
        assertThat(dictionary.get(1)).isEqualTo("TX-2");
        assertThat(dictionary.size()).isEqualTo(2);
    }

    @Test
    void keepsManyValuesAcrossChunksAndRehashes() {
        Utf8Dictionary dictionary = new Utf8Dictionary();
        SplittableRandom random = new SplittableRandom(7);
        List<String> values = new ArrayList<>();
        for (int i = 0; i < 300_000; i++) {
            String value = "id-" + i + "-" + Long.toHexString(random.nextLong())
                    + "x".repeat(random.nextInt(60));
            values.add(value);
            assertThat(dictionary.add(value)).isEqualTo(i);
        }
        for (int i = 0; i < values.size(); i += 997) {
            assertThat(dictionary.get(i)).isEqualTo(values.get(i));
            assertThat(dictionary.add(values.get(i))).isEqualTo(-(i + 1));
        }
    }

    @Test
    void storesLongValuesBeyondTheFirstChunk() {
        Utf8Dictionary dictionary = new Utf8Dictionary();
        String big = "é".repeat(50_000);
        dictionary.add("small");
        int code = dictionary.add(big);

        assertThat(dictionary.get(code)).isEqualTo(big);
        assertThat(dictionary.get(0)).isEqualTo("small");
    }

    @Test
    void refusesLookupsOnceTheIndexWasDropped() {
        Utf8Dictionary dictionary = new Utf8Dictionary();
        dictionary.add("a");
        dictionary.dropIndex();

        assertThat(dictionary.get(0)).isEqualTo("a");
        assertThatThrownBy(() -> dictionary.add("b")).isInstanceOf(IllegalStateException.class);
    }

    @Test
    void tellsApartValuesThatEndInTheSameNumber() {
        Utf8Dictionary dictionary = new Utf8Dictionary();
        List<String> values = List.of("TX-7", "TX-007", "TY-7", "7", "07", "TX-7a", "TX-",
                "TX-9223372036854775807", "TX-99999999999999999999", "TX-0", "TX-00");
        for (int i = 0; i < values.size(); i++) {
            assertThat(dictionary.add(values.get(i))).as(values.get(i)).isEqualTo(i);
        }
        for (int i = 0; i < values.size(); i++) {
            assertThat(dictionary.find(values.get(i))).as(values.get(i)).isEqualTo(i);
        }
    }

    @Test
    void findsSequentialIdsOfSeveralPrefixesAddedInterleaved() {
        // Numbered ids share hash bits run by run; several numberings at once must still find
        // every id and every repeat, through rehashes and runs that collide.
        Utf8Dictionary dictionary = new Utf8Dictionary();
        String[] prefixes = {"TX-", "TX-0", "ORD", "", "a/"};
        int perPrefix = 60_000;
        for (int n = 0; n < perPrefix; n++) {
            for (int p = 0; p < prefixes.length; p++) {
                assertThat(dictionary.add(prefixes[p] + n)).isEqualTo(n * prefixes.length + p);
            }
        }
        SplittableRandom random = new SplittableRandom(11);
        for (int i = 0; i < 20_000; i++) {
            int n = random.nextInt(perPrefix);
            int p = random.nextInt(prefixes.length);
            assertThat(dictionary.add(prefixes[p] + n)).isEqualTo(-(n * prefixes.length + p + 1));
        }
        assertThat(dictionary.find("TX-" + perPrefix)).isEqualTo(-1);
    }

    @Property
    void actsAsASetOfNumberedIds(@ForAll List<@net.jqwik.api.constraints.IntRange(max = 300) Integer> numbers,
            @ForAll boolean padded) {
        Utf8Dictionary dictionary = new Utf8Dictionary();
        java.util.Map<String, Integer> model = new java.util.HashMap<>();
        for (int number : numbers) {
            String value = "TX-" + (padded ? String.format("%05d", number) : number);
            Integer known = model.get(value);
            int code = dictionary.add(value);
            if (known == null) {
                assertThat(code).isEqualTo(model.size());
                model.put(value, code);
            } else {
                assertThat(code).isEqualTo(-(known + 1));
            }
        }
        assertThat(dictionary.size()).isEqualTo(model.size());
    }

    @Property
    void roundTripsAnyString(@ForAll String value) {
        Utf8Dictionary dictionary = new Utf8Dictionary();
        dictionary.add("other");
        int code = dictionary.add(value);
        if (value.equals("other")) {
            assertThat(code).isEqualTo(-1);
            return;
        }
        String expected = new String(value.getBytes(java.nio.charset.StandardCharsets.UTF_8),
                java.nio.charset.StandardCharsets.UTF_8);
        assertThat(dictionary.get(code)).isEqualTo(expected);
    }

    @Test
    void readsAheadTheEntryAddressAndValueThatAnAddOfAPresentValueReads() {
        Utf8Dictionary dictionary = new Utf8Dictionary();
        for (int i = 0; i < 20_000; i++) {
            dictionary.add("person" + i + "@example.com");
        }

        for (int i = 0; i < 20_000; i++) {
            byte[] value = ("person" + i + "@example.com").getBytes(StandardCharsets.UTF_8);
            int hash = Utf8Dictionary.hash(value, 0, value.length);
            assertThat(dictionary.touchHome(hash)).isNotZero();
            // The value's first stored byte is its length (one byte below 128).
            assertThat(dictionary.touchValue(dictionary.addressOfMatch(hash)))
                    .isEqualTo(value.length);
        }
        byte[] nobody = "nobody@example.com".getBytes(StandardCharsets.UTF_8);
        int absent = Utf8Dictionary.hash(nobody, 0, nobody.length);
        assertThat(dictionary.addressOfMatch(absent)).isEqualTo(-1);
        assertThat(dictionary.touchValue(-1)).isZero();
    }
}
