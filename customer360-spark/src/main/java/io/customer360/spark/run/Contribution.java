package io.customer360.spark.run;

import io.customer360.engine.CustomerParts;
import io.customer360.engine.DistributedRules;
import io.customer360.model.Lead;
import io.customer360.model.Transaction;
import io.customer360.model.WebEvent;
import java.io.Serializable;

/**
 * One thing a customer is made of, on its way to the customer's {@link CustomerParts}: an
 * identifier of its group, a lead that won its email, a transaction that won its id, or a web
 * event.
 */
final class Contribution implements Serializable {
    private static final long serialVersionUID = 1L;

    private enum Kind { IDENTIFIER, LEAD, TRANSACTION, WEB_EVENT }

    /** What {@link #value} is. */
    private final Kind kind;
    /** The identifier key or the record. */
    private final Serializable value;
    /** A lead's order key; 0 otherwise. */
    private final long order;

    private Contribution(Kind kind, Serializable value, long order) {
        this.kind = kind;
        this.value = value;
        this.order = order;
    }

    static Contribution identifier(String key) {
        return new Contribution(Kind.IDENTIFIER, key, 0);
    }

    static Contribution lead(Lead lead, long order) {
        return new Contribution(Kind.LEAD, lead, order);
    }

    static Contribution transaction(Transaction transaction) {
        return new Contribution(Kind.TRANSACTION, transaction, 0);
    }

    static Contribution webEvent(WebEvent event) {
        return new Contribution(Kind.WEB_EVENT, event, 0);
    }

    /** Adds this to a customer's parts by the rules; returns the parts. */
    CustomerParts addTo(CustomerParts parts, DistributedRules rules) {
        switch (kind) {
            case IDENTIFIER:
                rules.addIdentifier(parts, (String) value);
                break;
            case LEAD:
                rules.addLead(parts, (Lead) value, order);
                break;
            case TRANSACTION:
                rules.addTransaction(parts, (Transaction) value);
                break;
            case WEB_EVENT:
                rules.addWebEvent(parts, (WebEvent) value);
                break;
            default:
                throw new IllegalStateException("unknown contribution " + kind);
        }
        return parts;
    }

    @Override
    public String toString() {
        return "contribution: " + kind;
    }
}
