package io.customer360.spark.run;

import io.customer360.engine.DistributedRules;
import io.customer360.model.Lead;
import io.customer360.model.Transaction;
import java.io.Serializable;
import java.util.ArrayList;
import java.util.List;

/**
 * The accepted records sharing one duplicate key (a transaction id, or a lead's email), as Spark
 * combines them: the record that is kept so far and those it displaced. Transactions keep the
 * first in file order; leads keep the newest ({@link DistributedRules#isNewer}).
 */
final class DuplicateGroup implements Serializable {
    private static final long serialVersionUID = 1L;

    /** Whether the newest lead is kept rather than the first record. */
    private final boolean newestLead;
    /** The record kept so far. */
    Checked kept;
    /** The records that lost to another, in no order. */
    final List<Checked> displaced = new ArrayList<>(0);

    private DuplicateGroup(boolean newestLead, Checked first) {
        this.newestLead = newestLead;
        this.kept = first;
    }

    /** A group of transactions with one id, starting with {@code first}. */
    static DuplicateGroup firstTransaction(Checked first) {
        return new DuplicateGroup(false, first);
    }

    /** A group of leads with one email, starting with {@code first}. */
    static DuplicateGroup newestLead(Checked first) {
        return new DuplicateGroup(true, first);
    }

    DuplicateGroup add(Checked record) {
        if (wins(record, kept)) {
            displaced.add(kept);
            kept = record;
        } else {
            displaced.add(record);
        }
        return this;
    }

    DuplicateGroup merge(DuplicateGroup other) {
        displaced.addAll(other.displaced);
        return add(other.kept);
    }

    /**
     * Each record of the group once: the kept one accepted, without its row (its text is never
     * needed again), the others rejected as duplicates. A rejected record passing through stays
     * as it is.
     */
    List<Checked> outcomes() {
        List<Checked> outcomes = new ArrayList<>(1 + displaced.size());
        if (!kept.isAccepted()) {
            outcomes.add(kept);
            return outcomes;
        }
        outcomes.add(new Checked(kept.source, kept.fileNumber, kept.line, null, kept.record,
                null));
        for (Checked loser : displaced) {
            outcomes.add(loser.rejected(newestLead ? DistributedRules.DUPLICATE_LEAD
                    : DistributedRules.duplicateTransaction(
                            ((Transaction) loser.record).transactionId())));
        }
        return outcomes;
    }

    private boolean wins(Checked record, Checked held) {
        if (newestLead) {
            return DistributedRules.isNewer((Lead) record.record, record.order(),
                    (Lead) held.record, held.order());
        }
        return record.order() < held.order();
    }
}
