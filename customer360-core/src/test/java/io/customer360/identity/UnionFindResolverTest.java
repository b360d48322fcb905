package io.customer360.identity;

import static org.assertj.core.api.Assertions.assertThat;

import io.customer360.model.Source;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class UnionFindResolverTest {

    @Test
    void linksTransitivelyIntoOneGroup() {
        UnionFindResolver resolver = new UnionFindResolver();
        resolver.link("email:a@x.io", "uuid:1", Source.IDENTITY_MAP);
        resolver.link("uuid:1", "email:b@x.io", Source.TRANSACTIONS);
        resolver.link("email:b@x.io", "uuid:2", Source.LEADS);
        resolver.add("uuid:3");

        List<List<String>> groups = sorted(resolver);

        assertThat(groups).containsExactlyInAnyOrder(
                List.of("email:a@x.io", "email:b@x.io", "uuid:1", "uuid:2"), List.of("uuid:3"));
    }

    @Test
    void keepsUnlinkedIdentifiersApart() {
        UnionFindResolver resolver = new UnionFindResolver();
        for (int i = 0; i < 100; i++) {
            resolver.add("uuid:" + i);
        }
        resolver.add("uuid:7");

        assertThat(resolver.groups()).hasSize(100).allSatisfy(group -> assertThat(group).hasSize(1));
    }

    @Test
    void groupsManyLinksInAChain() {
        UnionFindResolver resolver = new UnionFindResolver();
        for (int i = 0; i < 1000; i++) {
            resolver.link("uuid:" + i, "uuid:" + (i + 1), Source.IDENTITY_MAP);
        }
        assertThat(resolver.groups()).singleElement().satisfies(g -> assertThat(g).hasSize(1001));
    }

    @Test
    void customerIdIsTheNameUuidOfTheAnchor() {
        assertThat(Identifiers.customerId("email:a@x.io")).isEqualTo(java.util.UUID
                .nameUUIDFromBytes("customer360:email:a@x.io".getBytes(
                        java.nio.charset.StandardCharsets.UTF_8)).toString());
        assertThat(Identifiers.customerId("email:a@x.io")).matches("[0-9a-f-]{36}")
                .isNotEqualTo(Identifiers.customerId("email:b@x.io"));
    }

    private static List<List<String>> sorted(UnionFindResolver resolver) {
        List<List<String>> groups = new ArrayList<>();
        for (List<String> group : resolver.groups()) {
            List<String> copy = new ArrayList<>(group);
            copy.sort(null);
            groups.add(copy);
        }
        return groups;
    }
}
