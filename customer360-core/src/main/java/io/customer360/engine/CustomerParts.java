package io.customer360.engine;

import io.customer360.model.Lead;
import java.io.Serializable;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;

/**
 * What a distributed engine has gathered of one customer so far: identifiers, the newest lead,
 * aggregator slots and states, distinct values and transaction ids. Parts gathered on different
 * machines are combined with {@link DistributedRules#merge}; {@link DistributedRules#row} makes
 * the customer's row from the whole. Mutable; owned by one task at a time.
 */
public final class CustomerParts implements Serializable {
    private static final long serialVersionUID = 1L;

    /** The group's emails, unsorted, possibly repeated. */
    final List<String> emails = new ArrayList<>();
    /** The group's user UUIDs, unsorted, possibly repeated. */
    final List<String> uuids = new ArrayList<>();
    /** The accepted transaction ids, unsorted. */
    final List<String> transactionIds = new ArrayList<>();
    /** The row's slots, as {@link AggregationPlan#kinds} lays them out. */
    final long[] values;
    /** The state of each state aggregator, by state index. */
    final Object[] states;
    /** Per row slot of kind DISTINCT_COUNT, its values; null for other slots. */
    final HashSet<String>[] distinct;
    /** The newest lead so far, or null. */
    Lead primaryLead;
    /** The order key of {@link #primaryLead}'s record. */
    long primaryOrder;
    /** Whether any accepted transaction or web event was added. */
    boolean hasActivity;

    @SuppressWarnings({"unchecked", "rawtypes"})
    CustomerParts(int slots, int states) {
        this.values = new long[slots];
        this.states = new Object[states];
        this.distinct = new HashSet[slots];
    }

    /**
     * Whether the customer has an accepted lead.
     *
     * @return true when a lead was added
     */
    public boolean hasLead() {
        return primaryLead != null;
    }

    /**
     * Whether the customer has an accepted transaction or web event.
     *
     * @return true when activity was added
     */
    public boolean hasActivity() {
        return hasActivity;
    }

    /**
     * Whether the customer becomes a row of the table: it has a lead or activity; a group known
     * only from the identity map is dropped.
     *
     * @return true for a customer of the table
     */
    public boolean isKept() {
        return hasLead() || hasActivity;
    }

    /**
     * The customer's identifiers: its distinct e-mails and user UUIDs.
     *
     * @return how many there are
     */
    public int identifierCount() {
        return new HashSet<>(emails).size() + new HashSet<>(uuids).size();
    }

    @Override
    public String toString() {
        return "customer parts: " + emails.size() + " emails, " + uuids.size() + " uuids";
    }
}
