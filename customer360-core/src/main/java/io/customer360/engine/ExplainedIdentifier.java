package io.customer360.engine;

import io.customer360.output.CustomerLinks;
import java.io.Serializable;

/**
 * One row of the merge explanations ({@link CustomerLinks}) before its file is named: an
 * identifier of a customer, the identifier it is linked to on the way to the anchor and the
 * first evidence of that link (both null for the anchor), and the guard that marks it.
 *
 * @serial exclude
 * @param customerId    the customer's id
 * @param identifierKey the identifier's key ({@link DistributedRules#emailKey} or
 *                      {@link DistributedRules#uuidKey})
 * @param linkedToKey   the key of its parent on the tree path to the anchor, or null
 * @param evidence      the first evidence of the tree link to the parent, or null
 * @param guard         {@link CustomerLinks#GUARD_BLOCKLIST}, {@link CustomerLinks#GUARD_LINK_LIMIT},
 *                      {@link CustomerLinks#GUARD_CUSTOMER_LIMIT}, or null
 */
record ExplainedIdentifier(String customerId, String identifierKey, String linkedToKey,
        EvidenceLink evidence, String guard) implements Serializable {

    /**
     * The identifier as the explanations name it.
     *
     * @return the normalised e-mail or user UUID
     */
    String identifier() {
        return DistributedRules.valueOf(identifierKey);
    }

    /**
     * The values of the row, in the order of {@link CustomerLinks#SCHEMA}: strings, and the
     * line as a {@code Long}.
     *
     * @param file the path of the evidence's file, as the engine names it; ignored when the row
     *             has no evidence
     * @return the row's values; null where a column is empty
     */
    Object[] columns(String file) {
        boolean linked = evidence != null;
        return new Object[] {
            customerId,
            identifier(),
            DistributedRules.isEmailKey(identifierKey) ? CustomerLinks.EMAIL
                    : CustomerLinks.USER_UUID,
            linked ? CustomerLinks.evidenceOf(evidence.source()) : null,
            linked ? DistributedRules.valueOf(linkedToKey) : null,
            linked ? evidence.source().reportName() : null,
            linked ? file : null,
            linked ? Long.valueOf(evidence.line()) : null,
            guard
        };
    }
}
