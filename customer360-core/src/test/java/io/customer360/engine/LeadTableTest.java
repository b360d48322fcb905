package io.customer360.engine;

import static org.assertj.core.api.Assertions.assertThat;

import io.customer360.model.Lead;
import java.time.Instant;
import org.junit.jupiter.api.Test;

class LeadTableTest {
    private static final Instant MAY = Instant.parse("2024-05-01T00:00:00Z");

    @Test
    void givesBackEachKeptLeadWithItsUserUuidWhateverFieldsAreMissing() {
        LeadTable leads = new LeadTable();
        Lead full = new Lead("L-1", "Zoë Ängström", "z@x.io", "+1 555", "ads", MAY,
                "0e2d8873-903b-a99f-0000-000000000001", 2);
        Lead sparse = new Lead(null, null, "s@x.io", null, null, null,
                "0e2d8873-903b-a99f-0000-000000000002", 3);
        Lead noUuid = new Lead("L-3", "Al", "n@x.io", "", "web", MAY, null, 4);

        leads.offer(0, full, full.line(), 10);
        leads.offer(1, sparse, sparse.line(), 20);
        leads.offer(2, noUuid, noUuid.line(), 30);

        assertThat(leads.userUuid(0)).isEqualTo(full.userUuid());
        assertThat(leads.userUuid(1)).isEqualTo(sparse.userUuid());
        assertThat(leads.userUuid(2)).isNull();
        assertThat(leads.lead(0, "z@x.io")).isEqualTo(full);
        assertThat(leads.lead(1, "s@x.io")).isEqualTo(sparse);
        assertThat(leads.lead(2, "n@x.io")).isEqualTo(noUuid);
    }

    @Test
    void keepsTheNewestLeadOfAnEmailAndTheLaterRowOnATie() {
        LeadTable leads = new LeadTable();
        Lead old = new Lead("L-1", null, "a@x.io", null, null, MAY.minusSeconds(60), "u-old", 2);
        Lead newer = new Lead("L-2", null, "a@x.io", null, null, MAY, "u-new", 3);
        Lead tie = new Lead("L-3", null, "a@x.io", null, null, MAY, "u-tie", 4);
        Lead undated = new Lead("L-4", null, "a@x.io", null, null, null, "u-undated", 5);

        assertThat(leads.offer(0, old, old.line(), 0)).isEqualTo(LeadTable.FIRST);
        assertThat(leads.offer(0, newer, newer.line(), 1)).isEqualTo(LeadTable.DISPLACED);
        assertThat(leads.offer(0, tie, tie.line(), 2)).isEqualTo(LeadTable.DISPLACED);
        assertThat(leads.offer(0, undated, undated.line(), 3)).isEqualTo(LeadTable.LOST);

        assertThat(leads.userUuid(0)).isEqualTo("u-tie");
        assertThat(leads.displacedInOrder()).isEqualTo(new long[][] {{2, 0}, {3, 1}});
    }
}
