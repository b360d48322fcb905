package io.customer360.report;

/**
 * What identity resolution found.
 *
 * @param customers     output rows
 * @param withLead      rows with a lead
 * @param withActivity  rows with a transaction or web event
 * @param linked        rows with both a lead and activity
 * @param anonymous     rows without a lead
 * @param groupsDropped groups known only from the identity map (or, once a blocked
 *                      identifier's links are not used, only from a blocked identifier), not
 *                      written
 * @param linksBlocked  links of accepted records not used because one of their identifiers is on
 *                      the blocklist ({@link io.customer360.identity.IdentifierBlocklist})
 */
public record IdentityReport(long customers, long withLead, long withActivity, long linked,
        long anonymous, long groupsDropped, long linksBlocked) {

    /**
     * The figures of a run in which no link was blocked.
     *
     * @param customers     output rows
     * @param withLead      rows with a lead
     * @param withActivity  rows with a transaction or web event
     * @param linked        rows with both a lead and activity
     * @param anonymous     rows without a lead
     * @param groupsDropped groups without a lead or activity, not written
     */
    public IdentityReport(long customers, long withLead, long withActivity, long linked,
            long anonymous, long groupsDropped) {
        this(customers, withLead, withActivity, linked, anonymous, groupsDropped, 0);
    }
}
