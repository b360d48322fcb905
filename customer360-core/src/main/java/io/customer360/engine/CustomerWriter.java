package io.customer360.engine;

import io.customer360.error.Customer360Exception;
import io.customer360.model.Lead;
import io.customer360.output.CustomerRow;
import io.customer360.output.RecordWriter;
import io.customer360.report.IdentityReport;
import java.io.IOException;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.Deque;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Future;

/**
 * Turns identity groups into customer rows (SPEC §4): drops groups without a lead or activity,
 * picks the primary lead and email, merges the activity of the group's UUIDs, and writes the
 * rows in {@code customer_id} order. Batches of rows are built on a thread per core while the
 * calling thread writes the finished batches in order.
 */
final class CustomerWriter {
    private static final int ROW_BATCH = 512;
    /** Batches queued or being built per builder thread. */
    private static final int BATCHES_IN_FLIGHT = 3;

    private final CustomerTable table;
    private final RecordConsumer state;
    private final Groups groups;
    private final int threads;
    private int[] kept = new int[0];
    private int[] primaryLead = new int[0];
    private long[] idHigh = new long[0];
    private long[] idLow = new long[0];
    private int keptCount;
    /** Per DISTINCT_COUNT spill, the count of each row. */
    private long[][] distinctCounts;
    /** Row {@code r}'s group members are {@code memberNodes[memberStart[r]..memberStart[r + 1])}. */
    private int[] memberStart;
    private int[] memberNodes;
    /** What {@link #warm} read, kept so that its reads are not optimised away. */
    private volatile long warmed;

    /** @param threads how many threads count distinct values and build rows at most */
    CustomerWriter(CustomerTable table, RecordConsumer state, Groups groups, int threads) {
        this.threads = threads;
        this.table = table;
        this.state = state;
        this.groups = groups;
    }

    /** Decides which groups become rows and in which order; returns the identity figures. */
    IdentityReport plan() {
        int count = groups.count();
        kept = new int[count];
        primaryLead = new int[count];
        idHigh = new long[count];
        idLow = new long[count];
        long withLead = 0;
        long withActivity = 0;
        long linked = 0;
        long dropped = 0;
        long[] histogram = new long[64];
        for (int group = 0; group < count; group++) {
            int primary = -1;
            boolean hasActivity = false;
            String smallestEmail = null;
            String smallestUuid = null;
            for (int i = 0; i < groups.size(group); i++) {
                int node = groups.member(group, i);
                int index = Groups.index(node);
                if (Groups.isEmail(node)) {
                    if (state.leads.has(index)
                            && (primary < 0 || state.leads.newer(index, primary))) {
                        primary = index;
                    }
                    smallestEmail = smaller(smallestEmail, state.emails.get(index));
                } else {
                    hasActivity |= state.aggregates.hasActivity(index);
                    smallestUuid = smaller(smallestUuid, state.uuids.get(index));
                }
            }
            if (primary < 0 && !hasActivity) {
                dropped++;
                continue;
            }
            histogram[IdentityReport.bucketOf(groups.size(group))]++;
            withLead += primary >= 0 ? 1 : 0;
            withActivity += hasActivity ? 1 : 0;
            linked += primary >= 0 && hasActivity ? 1 : 0;
            UUID id = DistributedRules.customerUuid(smallestEmail, smallestUuid);
            kept[keptCount] = group;
            primaryLead[keptCount] = primary;
            idHigh[keptCount] = id.getMostSignificantBits();
            idLow[keptCount] = id.getLeastSignificantBits();
            keptCount++;
        }
        return new IdentityReport(keptCount, withLead, withActivity, linked,
                keptCount - withLead, dropped, state.linksBlocked,
                state.links.anomalousIdentifiers(), state.links.linksOverLinkLimit(),
                state.links.linksOverCustomerLimit(), IdentityReport.histogram(histogram));
    }

    /** Counts the distinct values of every planned row in each DISTINCT_COUNT spill. */
    void countDistinct(DistinctSpill[] spills) throws IOException {
        int[] rowOfSlot = new int[state.uuids.size()];
        java.util.Arrays.fill(rowOfSlot, -1);
        for (int row = 0; row < keptCount; row++) {
            int group = kept[row];
            for (int i = 0; i < groups.size(group); i++) {
                int node = groups.member(group, i);
                if (!Groups.isEmail(node)) {
                    rowOfSlot[Groups.index(node)] = row;
                }
            }
        }
        distinctCounts = new long[spills.length][];
        for (int d = 0; d < spills.length; d++) {
            distinctCounts[d] = spills[d].countPerRow(rowOfSlot, keptCount, threads);
        }
    }

    /** Writes every row in {@code customer_id} order; returns the number written. */
    long write(RecordWriter<CustomerRow> writer) throws IOException {
        putInOutputOrder();
        ExecutorService builders = Workers.daemonPool(threads, "customer360-rows");
        Deque<Future<CustomerRow[]>> pending = new ArrayDeque<>();
        try {
            int next = 0;
            while (next < keptCount || !pending.isEmpty()) {
                while (next < keptCount && pending.size() < BATCHES_IN_FLIGHT * threads) {
                    int from = next;
                    int to = Math.min(keptCount, from + ROW_BATCH);
                    pending.add(builders.submit(() -> buildRows(from, to)));
                    next = to;
                }
                for (CustomerRow row : pending.remove().get()) {
                    writer.write(row);
                }
            }
        } catch (InterruptedException interrupted) {
            Thread.currentThread().interrupt();
            throw new Customer360Exception("writing customers was interrupted", interrupted);
        } catch (ExecutionException failed) {
            throw Workers.rethrowable(failed, "building customer rows failed");
        } finally {
            builders.shutdownNow();
        }
        return keptCount;
    }

    /**
     * Writes the merge explanations of every row, in {@code customer_id} order, then
     * identifier order; returns the number written. Call after {@link #write}.
     */
    long writeLinks(RecordWriter<CustomerRow> writer) throws IOException {
        if (memberStart == null) {
            throw new IllegalStateException("the customer rows were not written");
        }
        return new CustomerLinkRows(state, memberStart, memberNodes, idHigh, idLow, keptCount)
                .write(writer);
    }

    /**
     * Renumbers the planned rows in {@code customer_id} order and copies each row's group
     * members next to those of the row before, so that rows are built from arrays read front
     * to back rather than at random.
     */
    private void putInOutputOrder() {
        int[] order = UuidOrder.of(idHigh, idLow, keptCount);
        kept = permute(kept, order);
        primaryLead = permute(primaryLead, order);
        idHigh = permute(idHigh, order);
        idLow = permute(idLow, order);
        for (int d = 0; distinctCounts != null && d < distinctCounts.length; d++) {
            distinctCounts[d] = permute(distinctCounts[d], order);
        }
        memberStart = new int[keptCount + 1];
        for (int row = 0; row < keptCount; row++) {
            memberStart[row + 1] = memberStart[row] + groups.size(kept[row]);
        }
        memberNodes = new int[memberStart[keptCount]];
        for (int row = 0; row < keptCount; row++) {
            int group = kept[row];
            for (int i = 0, at = memberStart[row]; at < memberStart[row + 1]; i++, at++) {
                memberNodes[at] = groups.member(group, i);
            }
        }
    }

    private static int[] permute(int[] values, int[] order) {
        int[] permuted = new int[order.length];
        for (int i = 0; i < order.length; i++) {
            permuted[i] = values[order[i]];
        }
        return permuted;
    }

    private static long[] permute(long[] values, int[] order) {
        long[] permuted = new long[order.length];
        for (int i = 0; i < order.length; i++) {
            permuted[i] = values[order[i]];
        }
        return permuted;
    }

    /** Builds the rows {@code [from, to)}; rows are independent, so batches run in parallel. */
    private CustomerRow[] buildRows(int from, int to) {
        warmed = warm(memberStart[from], memberStart[to]);
        RowAggregates aggregates = new RowAggregates(state.plan);
        CustomerRow[] rows = new CustomerRow[to - from];
        for (int row = from; row < to; row++) {
            rows[row - from] = row(row, aggregates);
        }
        return rows;
    }

    /**
     * Reads a word of the state of each member in {@code memberNodes[from..to)}. The reads do
     * not depend on each other, so the processor overlaps their cache misses; building the rows
     * then finds the state in cache instead of waiting for one miss after another.
     *
     * @return a sum of what was read, of no meaning
     */
    private long warm(int from, int to) {
        long sum = 0;
        for (int at = from; at < to; at++) {
            int node = memberNodes[at];
            int index = Groups.index(node);
            if (Groups.isEmail(node)) {
                sum += state.emails.encodedLength(index) + state.leads.touch(index);
            } else {
                sum += state.uuids.touch(index) + state.aggregates.touch(index)
                        + state.transactionIdLists.touch(index);
            }
        }
        return sum;
    }

    private CustomerRow row(int row, RowAggregates aggregates) {
        List<String> emails = new ArrayList<>();
        List<String> uuids = new ArrayList<>();
        aggregates.reset();
        TransactionIdLists idLists = state.transactionIdLists;
        int idCount = 0;
        boolean readsLeads = state.plan.readsLeads();
        for (int at = memberStart[row]; at < memberStart[row + 1]; at++) {
            int node = memberNodes[at];
            int index = Groups.index(node);
            if (Groups.isEmail(node)) {
                String email = state.emails.get(index);
                emails.add(email);
                if (readsLeads && state.leads.has(index)) {
                    aggregates.addLead(state.leads.lead(index, email));
                }
                continue;
            }
            uuids.add(state.uuids.get(index));
            state.aggregates.mergeInto(index, aggregates);
            idCount = Math.addExact(idCount, idLists.count(index));
        }
        if (distinctCounts != null) {
            aggregates.distinctCounts(distinctCounts, row);
        }
        String[] ids = new String[idCount];
        int decoded = 0;
        for (int at = memberStart[row]; at < memberStart[row + 1] && decoded < idCount; at++) {
            int node = memberNodes[at];
            if (!Groups.isEmail(node)) {
                decoded = idLists.decode(Groups.index(node), ids, decoded);
            }
        }
        Arrays.sort(ids);
        emails.sort(null);
        uuids.sort(null);
        int primary = primaryLead[row];
        Lead lead = primary < 0 ? null : state.leads.lead(primary, state.emails.get(primary));
        String primaryEmail = lead != null ? lead.email() : emails.isEmpty() ? null : emails.get(0);
        String customerId = new UUID(idHigh[row], idLow[row]).toString();
        return table.row(customerId, primaryEmail, emails, uuids, lead,
                Collections.unmodifiableList(Arrays.asList(ids)), aggregates);
    }

    private static String smaller(String current, String candidate) {
        return current == null || candidate.compareTo(current) < 0 ? candidate : current;
    }
}
