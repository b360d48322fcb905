package io.customer360.engine;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import io.customer360.Customer360;
import io.customer360.model.Source;
import io.customer360.output.CustomerLinks;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

/**
 * The customer limit over one connected set of links (taken in evidence order, refusing a link
 * that would make a group too large) and the explanations of the groups it makes (each
 * identifier's parent on the tree path to the anchor, with the tree link's evidence).
 */
class ComponentSplitTest {
    private static final String E1 = DistributedRules.emailKey("a@x.io");
    private static final String E2 = DistributedRules.emailKey("b@x.io");
    private static final String U1 = DistributedRules.uuidKey("11111111-0000-0000-0000-000000000000");
    private static final String U2 = DistributedRules.uuidKey("22222222-0000-0000-0000-000000000000");
    private static final String U3 = DistributedRules.uuidKey("33333333-0000-0000-0000-000000000000");

    /** A chain e1-u1, e1-u2, e2-u2, e2-u3 over identity-map lines 2 to 5, then a cycle. */
    private static List<EvidenceLink> chain() {
        return List.of(
                new EvidenceLink(U1, E1, Source.IDENTITY_MAP, 0, 2),
                new EvidenceLink(U2, E1, Source.IDENTITY_MAP, 0, 3),
                new EvidenceLink(U2, E2, Source.IDENTITY_MAP, 0, 4),
                new EvidenceLink(U3, E2, Source.TRANSACTIONS, 0, 7),
                new EvidenceLink(U3, E1, Source.WEB_ACTIVITY, 2, 1));
    }

    @Test
    void aLinkThatWouldMakeAGroupTooLargeIsRefusedAndMarksBothEnds() {
        ComponentSplit split = ComponentSplit.of(chain(), 3);

        // e2-u2 would join {e1, u1, u2} and {e2}; u3-e1 would join {e1, u1, u2} and {e2, u3}
        assertThat(split.linksOverLimit()).isEqualTo(2);
        assertThat(split.groups()).extracting(LinkedGroup::members).containsExactly(
                List.of(E1, U1, U2), List.of(E2, U3));
        String limited = CustomerLinks.GUARD_CUSTOMER_LIMIT;
        assertThat(split.groups().get(0).explanations())
                .extracting(ExplainedIdentifier::identifierKey, ExplainedIdentifier::linkedToKey,
                        ExplainedIdentifier::guard)
                .containsExactly(tuple(U1, E1, null), tuple(U2, E1, limited),
                        tuple(E1, null, limited));
        assertThat(split.groups().get(1).explanations())
                .extracting(ExplainedIdentifier::identifierKey, ExplainedIdentifier::linkedToKey,
                        ExplainedIdentifier::guard)
                .containsExactly(tuple(U3, E2, limited), tuple(E2, null, limited));
        assertThat(ComponentSplit.of(chain(), 4).groups()).extracting(LinkedGroup::members)
                .containsExactly(List.of(E1, E2, U1, U2), List.of(U3));
    }

    @Test
    void theOrderTheLinksAreGivenInDoesNotMatter() {
        List<EvidenceLink> shuffled = new ArrayList<>(chain());
        Collections.shuffle(shuffled, new Random(5));
        for (int limit : new int[] {0, 2, 3, 4}) {
            assertThat(explained(ComponentSplit.of(shuffled, limit)))
                    .as("limit " + limit).isEqualTo(explained(ComponentSplit.of(chain(), limit)));
        }
    }

    @Test
    void withoutALimitTheComponentIsOneGroupWhoseTreeSkipsTheCycle() {
        ComponentSplit split = ComponentSplit.of(chain(), 0);

        assertThat(split.linksOverLimit()).isZero();
        assertThat(ComponentSplit.of(chain(), 5).linksOverLimit()).as("the cycle's last link")
                .isZero();
        assertThat(split.groups()).singleElement().satisfies(group -> {
            assertThat(group.members()).containsExactly(E1, E2, U1, U2, U3);
            assertThat(group.treeLinks()).extracting(EvidenceLink::line)
                    .containsExactlyInAnyOrder(2L, 3L, 4L, 7L);
            assertThat(group.customerId()).isEqualTo(DistributedRules.customerId("a@x.io",
                    null));
        });
        String customer = DistributedRules.customerId("a@x.io", null);
        List<Object[]> rows = split.groups().get(0).rows((source, number) -> source.reportName()
                + "-" + number + ".csv");
        assertThat(rows).extracting(row -> (String) row[1]).isSorted().hasSize(5);
        assertThat(rows).extracting(Arrays::asList).contains(
                Arrays.asList(customer, "a@x.io", CustomerLinks.EMAIL, null, null, null, null,
                        null, null),
                Arrays.asList(customer, "b@x.io", CustomerLinks.EMAIL,
                        CustomerLinks.BY_IDENTITY_MAP, "22222222-0000-0000-0000-000000000000",
                        "identity_map", "identity_map-0.csv", 4L, null),
                Arrays.asList(customer, "33333333-0000-0000-0000-000000000000",
                        CustomerLinks.USER_UUID, CustomerLinks.BY_TRANSACTION_EMAIL, "b@x.io",
                        "transactions", "transactions-0.csv", 7L, null));
    }

    @Test
    void theFirstEvidenceOfALinkIsItsEarliestRecord() {
        EvidenceLink map = new EvidenceLink(U1, E1, Source.IDENTITY_MAP, 2, 9);
        EvidenceLink web = new EvidenceLink(U1, E1, Source.WEB_ACTIVITY, 1, 1);
        EvidenceLink laterFile = new EvidenceLink(U1, E1, Source.IDENTITY_MAP, 3, 1);

        assertThat(EvidenceLink.first(web, map)).isSameAs(map);
        assertThat(EvidenceLink.first(laterFile, map)).isSameAs(map);
        assertThat(EvidenceLink.first(map, new EvidenceLink(U1, E1, Source.IDENTITY_MAP, 2, 3)))
                .extracting(EvidenceLink::line).isEqualTo(3L);
    }

    @Test
    void anIdentifierAloneNamesTheGuardThatKeptItsLinks() {
        DistributedRules rules = DistributedRules.of(BuilderSettings.of(Customer360.builder()
                .maxLinksPerIdentifier(2)));

        assertThat(rules.alone(DistributedRules.emailKey("test@test.com"), 0).explanations())
                .extracting(ExplainedIdentifier::guard)
                .containsExactly(CustomerLinks.GUARD_BLOCKLIST);
        assertThat(rules.alone(E1, 3).explanations()).extracting(ExplainedIdentifier::guard)
                .containsExactly(CustomerLinks.GUARD_LINK_LIMIT);
        assertThat(rules.alone(E1, 2).explanations()).extracting(ExplainedIdentifier::guard)
                .containsOnlyNulls();
        assertThat(rules.alone(U1, 0).explanations().get(0).columns("f"))
                .containsExactly(DistributedRules.customerId(null,
                        "11111111-0000-0000-0000-000000000000"),
                        "11111111-0000-0000-0000-000000000000", CustomerLinks.USER_UUID, null,
                        null, null, null, null, null);
    }

    private static List<List<Object>> explained(ComponentSplit split) {
        List<List<Object>> rows = new ArrayList<>();
        for (LinkedGroup group : split.groups()) {
            for (ExplainedIdentifier row : group.explanations()) {
                rows.add(List.of(Arrays.asList(row.columns("f")).toString()));
            }
        }
        rows.add(List.of(split.linksOverLimit()));
        return rows;
    }
}
