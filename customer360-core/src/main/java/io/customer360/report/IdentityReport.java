package io.customer360.report;

/**
 * What identity resolution found (SPEC §6).
 *
 * @param customers     output rows
 * @param withLead      rows with a lead
 * @param withActivity  rows with a transaction or web event
 * @param linked        rows with both a lead and activity
 * @param anonymous     rows without a lead
 * @param groupsDropped groups known only from the identity map, not written
 */
public record IdentityReport(long customers, long withLead, long withActivity, long linked,
        long anonymous, long groupsDropped) {
}
