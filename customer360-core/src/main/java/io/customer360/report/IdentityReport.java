package io.customer360.report;

import java.util.ArrayList;
import java.util.List;

/**
 * What identity resolution found, and what the over-merge guards kept from linking.
 *
 * @param customers                output rows
 * @param withLead                 rows with a lead
 * @param withActivity             rows with a transaction or web event
 * @param linked                   rows with both a lead and activity
 * @param anonymous                rows without a lead
 * @param groupsDropped            groups known only from the identity map (or, once a guard
 *                                 kept an identifier's links from being used, only from that
 *                                 identifier), not written
 * @param linksBlocked             links of accepted records not used because one of their
 *                                 identifiers is on the blocklist
 *                                 ({@link io.customer360.identity.IdentifierBlocklist})
 * @param anomalousIdentifiers     identifiers linked to more distinct other identifiers than the
 *                                 link limit allows; none of their links is used
 * @param linksOverLinkLimit       distinct pairs of linked identifiers not used because one of
 *                                 them is anomalous
 * @param linksOverCustomerLimit   distinct pairs of linked identifiers not used because they
 *                                 would have made a customer hold more identifiers than allowed
 * @param identifiersPerCustomer   a histogram of the identifiers (e-mails and user UUIDs) of
 *                                 each output row: element {@code b} counts the rows whose
 *                                 number of identifiers falls in {@link #bucketLabel bucket b};
 *                                 no trailing zeros; its sum is {@code customers}
 */
public record IdentityReport(long customers, long withLead, long withActivity, long linked,
        long anonymous, long groupsDropped, long linksBlocked, long anomalousIdentifiers,
        long linksOverLinkLimit, long linksOverCustomerLimit, List<Long> identifiersPerCustomer) {

    /**
     * Checks the parts and copies the histogram.
     *
     * @param customers              output rows
     * @param withLead               rows with a lead
     * @param withActivity           rows with a transaction or web event
     * @param linked                 rows with both a lead and activity
     * @param anonymous              rows without a lead
     * @param groupsDropped          groups without a lead or activity, not written
     * @param linksBlocked           links not used because of the blocklist
     * @param anomalousIdentifiers   identifiers over the link limit
     * @param linksOverLinkLimit     distinct links not used because of the link limit
     * @param linksOverCustomerLimit distinct links not used because of the customer limit
     * @param identifiersPerCustomer rows per bucket of identifiers per row
     */
    public IdentityReport {
        identifiersPerCustomer = List.copyOf(identifiersPerCustomer);
        int size = identifiersPerCustomer.size();
        if (size > 0 && identifiersPerCustomer.get(size - 1) == 0) {
            throw new IllegalArgumentException("the histogram of identifiers per customer ends"
                    + " with an empty bucket");
        }
    }

    /**
     * The figures of a run in which no guard applied and no histogram was kept.
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
        this(customers, withLead, withActivity, linked, anonymous, groupsDropped, 0, 0, 0, 0,
                List.of());
    }

    /**
     * The histogram bucket of a row with {@code identifiers} identifiers: 0 for 1, 1 for 2, and
     * bucket {@code b} for {@code 2^(b-1) + 1} to {@code 2^b}.
     *
     * @param identifiers the row's identifiers, 1 or more
     * @return its bucket
     */
    public static int bucketOf(long identifiers) {
        if (identifiers < 1) {
            throw new IllegalArgumentException("a customer has 1 identifier or more but had "
                    + identifiers);
        }
        return 64 - Long.numberOfLeadingZeros(identifiers - 1);
    }

    /**
     * The label of a histogram bucket: {@code "1"}, {@code "2"}, {@code "3-4"}, {@code "5-8"}, ...
     *
     * @param bucket a bucket, 0 or more
     * @return the range of identifiers it counts
     */
    public static String bucketLabel(int bucket) {
        if (bucket < 0 || bucket > 63) {
            throw new IllegalArgumentException("no bucket " + bucket);
        }
        if (bucket <= 1) {
            return Long.toString(bucket + 1L);
        }
        // bucket 63 ends at 2^63, past Long.MAX_VALUE: written unsigned
        return ((1L << (bucket - 1)) + 1) + "-" + Long.toUnsignedString(1L << bucket);
    }

    /**
     * A histogram from per-bucket counts, without its trailing empty buckets.
     *
     * @param counts rows per bucket
     * @return the counts as {@link #identifiersPerCustomer} holds them
     */
    public static List<Long> histogram(long[] counts) {
        int size = counts.length;
        while (size > 0 && counts[size - 1] == 0) {
            size--;
        }
        List<Long> histogram = new ArrayList<>(size);
        for (int b = 0; b < size; b++) {
            histogram.add(counts[b]);
        }
        return histogram;
    }
}
