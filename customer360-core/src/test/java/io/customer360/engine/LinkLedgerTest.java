package io.customer360.engine;

import static org.assertj.core.api.Assertions.assertThat;

import io.customer360.model.Source;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

class LinkLedgerTest {

    @Test
    void aLinkIsKeptOnceWithItsEarliestEvidenceWhateverTheSourceThatMetItFirst() {
        LinkLedger ledger = new LinkLedger();
        ledger.add(1, 2, LinkLedger.position(Source.WEB_ACTIVITY, FileOrder.key(0, 5)));
        ledger.add(1, 2, LinkLedger.position(Source.WEB_ACTIVITY, FileOrder.key(0, 9)));
        ledger.add(1, 2, LinkLedger.position(Source.TRANSACTIONS, FileOrder.key(0, 7)));
        ledger.add(1, 2, LinkLedger.position(Source.TRANSACTIONS, FileOrder.key(0, 8)));

        assertThat(ledger.size()).isEqualTo(1);
        long first = ledger.first(0);
        assertThat(LinkLedger.sourceOf(first)).isEqualTo(Source.TRANSACTIONS);
        assertThat(FileOrder.lineOf(LinkLedger.orderOf(first))).isEqualTo(7);
        assertThat(ledger.inEvidenceOrder(Source.LEADS)).containsExactly(0);
    }

    @Test
    void linksComeInEvidenceOrderAcrossSourcesAndSortedWithinTheSortedSource() {
        LinkLedger ledger = new LinkLedger();
        ledger.add(0, 0, LinkLedger.position(Source.WEB_ACTIVITY, FileOrder.key(0, 2)));
        ledger.add(0, 1, LinkLedger.position(Source.TRANSACTIONS, FileOrder.key(0, 2)));
        ledger.add(0, 2, LinkLedger.position(Source.TRANSACTIONS, FileOrder.key(0, 3)));
        // leads come in any order; sorted by file, then line
        ledger.add(1, 3, LinkLedger.position(Source.LEADS, FileOrder.key(2, 1)));
        ledger.add(1, 4, LinkLedger.position(Source.LEADS, FileOrder.key(1, 9)));
        ledger.add(1, 5, LinkLedger.position(Source.LEADS, FileOrder.key(1, 3)));
        ledger.add(2, 6, LinkLedger.position(Source.IDENTITY_MAP, FileOrder.key(0, 4)));

        assertThat(ledger.inEvidenceOrder(Source.LEADS)).containsExactly(6, 5, 4, 3, 1, 2, 0);
    }

    @Test
    void manyLinksSurviveGrowthAndTheSortedSourceIsInPositionOrder() {
        LinkLedger ledger = new LinkLedger();
        List<Integer> lines = new ArrayList<>();
        for (int i = 1; i <= 50_000; i++) {
            lines.add(i);
        }
        Collections.shuffle(lines, new Random(7));
        for (int i = 0; i < lines.size(); i++) {
            ledger.add(i, i % 97, LinkLedger.position(Source.LEADS,
                    FileOrder.key(0, lines.get(i))));
        }
        for (int i = 0; i < lines.size(); i++) {
            ledger.add(i, i % 97, LinkLedger.position(Source.WEB_ACTIVITY, FileOrder.key(0, 1)));
        }

        assertThat(ledger.size()).isEqualTo(lines.size());
        int[] order = ledger.inEvidenceOrder(Source.LEADS);
        for (int i = 0; i < order.length; i++) {
            assertThat(FileOrder.lineOf(LinkLedger.orderOf(ledger.first(order[i]))))
                    .isEqualTo(i + 1L);
        }
    }
}
