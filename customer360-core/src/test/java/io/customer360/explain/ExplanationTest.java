package io.customer360.explain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

/**
 * One customer's chain across identity-map, lead, transaction and web evidence: the tree, the
 * chains through the lowest common identifier, guards, and rows that do not form one tree.
 */
class ExplanationTest {
    static final String CUSTOMER = "0b9c2d4e-5f60-3a7b-8c9d-0e1f2a3b4c5d";
    static final String U1 = "11111111-1111-4111-8111-111111111111";
    static final String U2 = "22222222-2222-4222-8222-222222222222";
    static final String A = "a@x.com";
    static final String B = "b@x.com";
    static final String C = "c@x.com";

    /** a@x.com is the anchor; u1 by a's lead; b by the identity map; u2 by a web event; c by a transaction. */
    static final CustomerLink ANCHOR = row(A, "email", null, null, null, null, null, null);
    static final CustomerLink BY_LEAD = row(U1, "user_uuid", "lead_user_uuid", A, "leads",
            "in/crm_leads.csv", 7L, null);
    static final CustomerLink BY_MAP = row(B, "email", "identity_map", U1, "identity_map",
            "in/identity_map.csv", 3L, null);
    static final CustomerLink BY_WEB = row(U2, "user_uuid", "web_email", B, "web_activity",
            "in/web_activity.json", 12L, "customer_limit");
    static final CustomerLink BY_TRANSACTION = row(C, "email", "transaction_email", U1,
            "transactions", "in/transactions.txt", 5L, null);
    static final List<CustomerLink> ROWS = List.of(ANCHOR, BY_LEAD, BY_MAP, BY_WEB,
            BY_TRANSACTION);

    static CustomerLink row(String identifier, String type, String evidence, String linkedTo,
            String source, String file, Long line, String guard) {
        return new CustomerLink(CUSTOMER, identifier, type, evidence, linkedTo, source, file,
                line, guard);
    }

    private final Explanation explanation = Explanation.of(ROWS);

    @Test
    void theChainFromAWebUuidToALeadUuidPassesThroughTheMappedEmail() {
        List<ChainStep> chain = explanation.chain(U2, U1).orElseThrow();

        assertThat(chain).extracting(step -> step.from().identifier(),
                step -> step.to().identifier(), step -> step.evidence().evidence())
                .containsExactly(
                        org.assertj.core.groups.Tuple.tuple(U2, B, "web_email"),
                        org.assertj.core.groups.Tuple.tuple(B, U1, "identity_map"));
    }

    @Test
    void aChainBetweenTwoBranchesTurnsAtTheirLowestCommonIdentifierNotAtTheAnchor() {
        List<ChainStep> chain = explanation.chain(C, U2).orElseThrow();

        assertThat(chain).extracting(step -> step.from().identifier() + ">"
                + step.to().identifier() + " by " + step.evidence().evidence())
                .containsExactly(C + ">" + U1 + " by transaction_email",
                        U1 + ">" + B + " by identity_map",
                        B + ">" + U2 + " by web_email");
    }

    @Test
    void theCustomerIdStandsForTheAnchorAndTypedTextIsNormalised() {
        List<ChainStep> chain = explanation.chain(" " + U2.toUpperCase() + " ",
                CUSTOMER.toUpperCase()).orElseThrow();

        assertThat(chain).extracting(step -> step.to().identifier()).containsExactly(B, U1, A);
        assertThat(explanation.find(" B@X.COM")).hasValue(BY_MAP);
        assertThat(explanation.find("d@x.com")).isEmpty();
        assertThat(explanation.chain(B, "b@x.com ")).hasValue(List.of());
    }

    @Test
    void anIdentifierTheCustomerDoesNotHoldIsRefused() {
        assertThatThrownBy(() -> explanation.chain(U1, "d@x.com"))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("not an identifier of customer " + CUSTOMER);
    }

    @Test
    void theTreeIsDepthFirstWithChildrenInIdentifierOrderWhateverTheRowOrder() {
        List<CustomerLink> shuffled = new ArrayList<>(ROWS);
        Collections.shuffle(shuffled, new Random(16));

        Explanation fromShuffled = Explanation.of(shuffled);

        assertThat(fromShuffled.tree()).containsExactly(new TreeEntry(0, ANCHOR),
                new TreeEntry(1, BY_LEAD), new TreeEntry(2, BY_MAP), new TreeEntry(3, BY_WEB),
                new TreeEntry(2, BY_TRANSACTION));
        assertThat(fromShuffled.anchor()).hasValue(ANCHOR);
        assertThat(fromShuffled.problems()).isEmpty();
        assertThat(fromShuffled.links()).extracting(CustomerLink::identifier)
                .containsExactly(U1, U2, A, B, C);
    }

    @Test
    void theTextShowsEachLinkWithItsSourceFileLineAndGuard() {
        assertThat(ExplanationText.tree(explanation)).containsExactly(
                "customer " + CUSTOMER + ": 5 identifiers",
                A + " (email, anchor)",
                "  " + U1 + " (user_uuid) -[lead_user_uuid from leads in/crm_leads.csv:7]-> " + A,
                "    " + B + " (email) -[identity_map from identity_map in/identity_map.csv:3]-> "
                        + U1,
                "      " + U2 + " (user_uuid, guard: customer_limit) -[web_email from web_activity"
                        + " in/web_activity.json:12]-> " + B,
                "    " + C + " (email) -[transaction_email from transactions"
                        + " in/transactions.txt:5]-> " + U1);

        assertThat(ExplanationText.chain(explanation, U2, U1,
                explanation.chain(U2, U1).orElseThrow())).containsExactly(
                "customer " + CUSTOMER + ": 2 links from " + U2 + " to " + U1,
                U2 + " (user_uuid, guard: customer_limit) -[web_email from web_activity"
                        + " in/web_activity.json:12]-> " + B + " (email)",
                B + " (email) -[identity_map from identity_map in/identity_map.csv:3]-> " + U1
                        + " (user_uuid)");
    }

    @Test
    void aCustomerOfOneIdentifierIsItsAnchorAlone() {
        Explanation alone = Explanation.of(List.of(ANCHOR));

        assertThat(alone.problems()).isEmpty();
        assertThat(ExplanationText.tree(alone)).containsExactly(
                "customer " + CUSTOMER + ": 1 identifier", A + " (email, anchor)");
    }

    @Test
    void rowsThatDoNotFormOneTreeAreArrangedAsFarAsTheyGoAndSaySo() {
        CustomerLink secondRoot = row(C, "email", null, null, null, null, null, null);
        CustomerLink dangling = row("d@x.com", "email", "web_email", "e@x.com", null, null, null,
                null);
        CustomerLink cycleOne = row("f@x.com", "email", "identity_map", "g@x.com", null, null,
                null, null);
        CustomerLink cycleTwo = row("g@x.com", "email", "identity_map", "f@x.com", null, null,
                null, null);
        Explanation broken = Explanation.of(List.of(ANCHOR, BY_LEAD, secondRoot, dangling,
                cycleOne, cycleTwo, BY_LEAD));

        assertThat(broken.anchor()).isEmpty();
        assertThat(broken.problems()).containsExactly(
                "2 identifiers have no linked_to, where only the anchor should have none",
                "1 identifier is linked to an identifier the customer does not hold",
                "2 identifiers are on or below a cycle of links that never reaches the anchor",
                "1 row repeats an identifier of an earlier row; the earlier row is used");
        assertThat(broken.tree()).extracting(entry -> entry.depth() + " "
                + entry.link().identifier()).containsExactly("0 " + A, "1 " + U1, "0 " + C,
                "0 d@x.com", "0 f@x.com", "1 g@x.com");
        assertThat(broken.chain(U1, C)).isEmpty();
        assertThat(broken.chain("g@x.com", "f@x.com")).hasValueSatisfying(steps ->
                assertThat(steps).hasSize(1));
    }

    @Test
    void rowsOfTwoCustomersOrOfNoneAreRefused() {
        CustomerLink other = new CustomerLink("another", C, "email", null, null, null, null,
                null, null);

        assertThatThrownBy(() -> Explanation.of(List.of(ANCHOR, other)))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("the rows name more than one customer");
        assertThatThrownBy(() -> Explanation.of(List.of()))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void noIdentifierAppearsInTheTextOfAValue() {
        assertThat(BY_MAP.toString()).doesNotContain(B, U1);
        assertThat(explanation.toString()).doesNotContain(A, B, C, U1, U2);
    }
}
