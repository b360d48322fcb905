package io.customer360;

import io.customer360.aggregate.Aggregator;
import io.customer360.identity.Identifiers;
import io.customer360.model.Lead;
import io.customer360.output.CustomerRow;
import io.customer360.output.RecordWriter;
import io.customer360.report.IdentityReport;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.atomic.AtomicReference;

/**
 * Turns identity groups into customer rows (SPEC §4): drops groups without a lead or activity,
 * picks the primary lead and email, merges the activity of the group's UUIDs, and writes the
 * rows in {@code customer_id} order. Rows are built on a second thread while the calling thread
 * writes them, a batch at a time.
 */
final class CustomerWriter {
    private static final int ROW_BATCH = 256;

    private final CustomerTable table;
    private final RecordConsumer state;
    private final Groups groups;
    private int[] kept = new int[0];
    private int[] primaryLead = new int[0];
    private long[] idHigh = new long[0];
    private long[] idLow = new long[0];
    private int keptCount;
    private long[] sessionCounts;

    CustomerWriter(CustomerTable table, RecordConsumer state, Groups groups) {
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
                    hasActivity |= state.activity.hasActivity(index);
                    smallestUuid = smaller(smallestUuid, state.uuids.get(index));
                }
            }
            if (primary < 0 && !hasActivity) {
                dropped++;
                continue;
            }
            withLead += primary >= 0 ? 1 : 0;
            withActivity += hasActivity ? 1 : 0;
            linked += primary >= 0 && hasActivity ? 1 : 0;
            String anchor = smallestEmail != null ? Identifiers.email(smallestEmail)
                    : Identifiers.uuid(smallestUuid);
            UUID id = UUID.nameUUIDFromBytes(
                    ("customer360:" + anchor).getBytes(StandardCharsets.UTF_8));
            kept[keptCount] = group;
            primaryLead[keptCount] = primary;
            idHigh[keptCount] = id.getMostSignificantBits();
            idLow[keptCount] = id.getLeastSignificantBits();
            keptCount++;
        }
        return new IdentityReport(keptCount, withLead, withActivity, linked,
                keptCount - withLead, dropped);
    }

    /** Counts the distinct sessions of every planned row. */
    void countSessions(SessionSpill sessions) throws IOException {
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
        sessionCounts = sessions.countPerRow(state.uuids, rowOfSlot, keptCount);
    }

    /** Writes every row in {@code customer_id} order; returns the number written. */
    long write(RecordWriter<CustomerRow> writer) throws IOException {
        Integer[] order = new Integer[keptCount];
        for (int i = 0; i < keptCount; i++) {
            order[i] = i;
        }
        // The text form of a UUID sorts like its two halves compared as unsigned numbers.
        Arrays.sort(order, (a, b) -> {
            int high = Long.compareUnsigned(idHigh[a], idHigh[b]);
            return high != 0 ? high : Long.compareUnsigned(idLow[a], idLow[b]);
        });
        BlockingQueue<CustomerRow[]> queue = new ArrayBlockingQueue<>(8);
        AtomicReference<RuntimeException> failure = new AtomicReference<>();
        Thread builder = new Thread(() -> buildRows(order, queue, failure), "customer360-rows");
        builder.setDaemon(true);
        builder.start();
        try {
            while (true) {
                CustomerRow[] batch = queue.take();
                if (batch.length == 0) {
                    break;
                }
                for (CustomerRow row : batch) {
                    writer.write(row);
                }
            }
        } catch (InterruptedException interrupted) {
            Thread.currentThread().interrupt();
            throw new Customer360Exception("writing customers was interrupted", interrupted);
        } finally {
            builder.interrupt();
        }
        if (failure.get() != null) {
            throw failure.get();
        }
        return keptCount;
    }

    /** Builds the rows in order on the calling thread; an empty batch ends the stream. */
    private void buildRows(Integer[] order, BlockingQueue<CustomerRow[]> queue,
            AtomicReference<RuntimeException> failure) {
        try {
            CustomerActivity activity = new CustomerActivity();
            CustomerRow[] batch = new CustomerRow[Math.min(ROW_BATCH, order.length)];
            int filled = 0;
            for (Integer row : order) {
                batch[filled++] = row(row, activity);
                if (filled == batch.length) {
                    queue.put(batch);
                    batch = new CustomerRow[Math.min(ROW_BATCH, order.length)];
                    filled = 0;
                }
            }
            if (filled > 0) {
                queue.put(Arrays.copyOf(batch, filled));
            }
        } catch (InterruptedException stopped) {
            Thread.currentThread().interrupt();
            return;
        } catch (RuntimeException rowFailure) {
            failure.set(rowFailure);
        }
        try {
            queue.put(new CustomerRow[0]);
        } catch (InterruptedException stopped) {
            Thread.currentThread().interrupt();
        }
    }

    @SuppressWarnings({"unchecked", "rawtypes"})
    private CustomerRow row(int row, CustomerActivity activity) {
        int group = kept[row];
        List<String> emails = new ArrayList<>();
        List<String> uuids = new ArrayList<>();
        activity.reset();
        List<Aggregator<?, ?>> custom = state.customAggregators;
        Object[] customStates = new Object[custom.size()];
        for (int i = 0; i < customStates.length; i++) {
            customStates[i] = custom.get(i).create();
        }
        for (int i = 0; i < groups.size(group); i++) {
            int node = groups.member(group, i);
            int index = Groups.index(node);
            if (Groups.isEmail(node)) {
                emails.add(state.emails.get(index));
                continue;
            }
            uuids.add(state.uuids.get(index));
            state.activity.mergeInto(index, activity);
            Object[] states = state.existingCustomStates(index);
            for (int a = 0; states != null && a < custom.size(); a++) {
                customStates[a] = ((Aggregator) custom.get(a)).merge(customStates[a], states[a]);
            }
        }
        activity.sessions(sessionCounts == null ? 0 : sessionCounts[row]);
        emails.sort(null);
        uuids.sort(null);
        int primary = primaryLead[row];
        Lead lead = primary < 0 ? null : state.leads.lead(primary, state.emails.get(primary));
        String primaryEmail = lead != null ? lead.email() : emails.isEmpty() ? null : emails.get(0);
        String customerId = new UUID(idHigh[row], idLow[row]).toString();
        return table.row(customerId, primaryEmail, emails, uuids, lead, activity,
                state.transactionIds, customStates);
    }

    private static String smaller(String current, String candidate) {
        return current == null || candidate.compareTo(current) < 0 ? candidate : current;
    }
}
