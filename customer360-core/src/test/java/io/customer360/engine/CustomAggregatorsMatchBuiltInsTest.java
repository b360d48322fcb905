package io.customer360.engine;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import io.customer360.Customer360;
import io.customer360.aggregate.Slot;
import io.customer360.aggregate.SlotAggregator;
import io.customer360.aggregate.SlotValues;
import io.customer360.aggregate.Slots;
import io.customer360.aggregate.StateAggregator;
import io.customer360.aggregate.TransactionAggregator;
import io.customer360.aggregate.WebActivityAggregator;
import io.customer360.model.Lead;
import io.customer360.model.Transaction;
import io.customer360.model.TransactionStatus;
import io.customer360.model.WebEvent;
import io.customer360.output.ColumnType;
import io.customer360.output.CustomerRow;
import io.customer360.output.OutputColumn;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.SplittableRandom;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Custom aggregators run by the same engine path as the built-in columns: a custom slot
 * aggregator computing a built-in column gives the built-in's value on every customer, and so
 * does a state aggregator computing it its own way; lead aggregators see the customer's leads;
 * a DOUBLE column carries a per-customer average.
 */
class CustomAggregatorsMatchBuiltInsTest {
    @TempDir
    Path out;

    /** A built-in aggregator under other column names, added as a custom one. */
    private static final class Copy<R> implements SlotAggregator<R> {
        private static final long serialVersionUID = 1L;
        private final SlotAggregator<R> original;

        Copy(SlotAggregator<R> original) {
            this.original = original;
        }

        @Override
        public Class<R> recordType() {
            return original.recordType();
        }

        @Override
        public List<OutputColumn> columns() {
            return original.columns().stream().map(c -> new OutputColumn("copy_" + c.name(),
                    c.type(), c.required())).toList();
        }

        @Override
        public List<Slot> slots() {
            return original.slots();
        }

        @Override
        public void add(R record, Slots slots) {
            original.add(record, slots);
        }

        @Override
        public List<Object> output(SlotValues values) {
            return original.output(values);
        }
    }

    /** transaction_count and completed_amount from an object state. */
    private static final class TransactionTotals
            implements StateAggregator<Transaction, long[]> {
        private static final long serialVersionUID = 1L;

        @Override
        public Class<Transaction> recordType() {
            return Transaction.class;
        }

        @Override
        public List<OutputColumn> columns() {
            return List.of(OutputColumn.required("state_transaction_count", ColumnType.INT64),
                    OutputColumn.required("state_completed_amount", ColumnType.DECIMAL_18_2));
        }

        @Override
        public long[] create() {
            return new long[2];
        }

        @Override
        public long[] add(long[] state, Transaction transaction) {
            state[0]++;
            if (transaction.status() == TransactionStatus.COMPLETED) {
                state[1] += transaction.amountCents();
            }
            return state;
        }

        @Override
        public long[] merge(long[] left, long[] right) {
            return new long[] {left[0] + right[0], left[1] + right[1]};
        }

        @Override
        public List<Object> output(long[] state) {
            return List.of(state[0], state[1]);
        }
    }

    /** The distinct sessions as a set, counted at the end. */
    private static final class Sessions implements StateAggregator<WebEvent, Set<String>> {
        private static final long serialVersionUID = 1L;

        @Override
        public Class<WebEvent> recordType() {
            return WebEvent.class;
        }

        @Override
        public List<OutputColumn> columns() {
            return List.of(OutputColumn.required("state_session_count", ColumnType.INT64));
        }

        @Override
        public Set<String> create() {
            return new HashSet<>();
        }

        @Override
        public Set<String> add(Set<String> state, WebEvent event) {
            if (event.sessionId() != null) {
                state.add(event.sessionId());
            }
            return state;
        }

        @Override
        public Set<String> merge(Set<String> left, Set<String> right) {
            left.addAll(right);
            return left;
        }

        @Override
        public List<Object> output(Set<String> state) {
            return List.of((long) state.size());
        }
    }

    /** The number of leads and of distinct lead sources, by slots. */
    private static final class LeadCounts implements SlotAggregator<Lead> {
        private static final long serialVersionUID = 1L;

        @Override
        public Class<Lead> recordType() {
            return Lead.class;
        }

        @Override
        public List<OutputColumn> columns() {
            return List.of(OutputColumn.required("lead_count", ColumnType.INT64),
                    OutputColumn.required("lead_source_count", ColumnType.INT64));
        }

        @Override
        public List<Slot> slots() {
            return List.of(Slot.sum("lead_count"), Slot.distinctCount("lead_source_count"));
        }

        @Override
        public void add(Lead lead, Slots slots) {
            slots.accumulate(0, 1L);
            if (lead.leadSource() != null) {
                slots.accumulate(1, lead.leadSource());
            }
        }

        @Override
        public List<Object> output(SlotValues values) {
            return List.of(values.get(0), values.get(1));
        }
    }

    /** The emails of the customer's leads, sorted, by an object state. */
    private static final class LeadEmails implements StateAggregator<Lead, List<String>> {
        private static final long serialVersionUID = 1L;

        @Override
        public Class<Lead> recordType() {
            return Lead.class;
        }

        @Override
        public List<OutputColumn> columns() {
            return List.of(OutputColumn.required("lead_emails", ColumnType.STRING_LIST));
        }

        @Override
        public List<String> create() {
            return new ArrayList<>();
        }

        @Override
        public List<String> add(List<String> state, Lead lead) {
            state.add(lead.email());
            return state;
        }

        @Override
        public List<String> merge(List<String> left, List<String> right) {
            left.addAll(right);
            return left;
        }

        @Override
        public List<Object> output(List<String> state) {
            return List.of(state.stream().sorted().toList());
        }
    }

    /** The average amount of completed transactions, a DOUBLE, null without any. */
    private static final class AverageCompleted implements SlotAggregator<Transaction> {
        private static final long serialVersionUID = 1L;

        @Override
        public Class<Transaction> recordType() {
            return Transaction.class;
        }

        @Override
        public List<OutputColumn> columns() {
            return List.of(OutputColumn.optional("average_completed", ColumnType.DOUBLE));
        }

        @Override
        public List<Slot> slots() {
            return List.of(Slot.doubleSum("completed_units"), Slot.sum("completed"));
        }

        @Override
        public void add(Transaction transaction, Slots slots) {
            if (transaction.status() == TransactionStatus.COMPLETED) {
                slots.accumulate(0, transaction.amountCents() / 100.0);
                slots.accumulate(1, 1L);
            }
        }

        @Override
        public List<Object> output(SlotValues values) {
            long count = values.get(1);
            return java.util.Arrays.asList(count == 0 ? null : values.getDouble(0) / count);
        }
    }

    @Test
    void customAggregatorsGiveTheBuiltInValuesOnGeneratedData() {
        SplittableRandom random = new SplittableRandom(7);
        String[] uuids = new String[60];
        for (int i = 0; i < uuids.length; i++) {
            uuids[i] = new UUID(random.nextLong(), random.nextLong()).toString();
        }
        String[] emails = new String[25];
        for (int i = 0; i < emails.length; i++) {
            emails[i] = "p" + i + "@example.com";
        }
        FakeInput leads = new FakeInput("leads");
        Set<String> withLead = new HashSet<>();
        for (int i = 0; i < 15; i++) {
            String email = emails[random.nextInt(emails.length)];
            withLead.add(email);
            leads.row("lead_id=L" + i, "email=" + email, "lead_source=" + "src" + random.nextInt(3),
                    "creation_date=2024-01-" + (10 + random.nextInt(10)) + "T00:00:00Z",
                    "user_uuid=" + (random.nextInt(3) == 0 ? uuids[random.nextInt(uuids.length)]
                            : ""));
        }
        FakeInput transactions = new FakeInput("tx");
        TransactionStatus[] statuses = TransactionStatus.builtIn().toArray(new TransactionStatus[0]);
        for (int i = 0; i < 3000; i++) {
            long cents = 1 + random.nextInt(1_000_000);
            Instant when = random.nextInt(10) == 0 ? null
                    : Instant.ofEpochSecond(1_600_000_000L + random.nextInt(100_000_000));
            transactions.row("transaction_id=T" + i,
                    "user_uuid=" + uuids[random.nextInt(uuids.length)],
                    "amount=" + (cents / 100) + "." + String.format("%02d", cents % 100),
                    "status=" + statuses[random.nextInt(statuses.length)].code(),
                    "transaction_date=" + (when == null ? "" : when.toString()),
                    "email=" + (random.nextInt(250) == 0 ? emails[random.nextInt(emails.length)]
                            : ""));
        }
        FakeInput web = new FakeInput("web");
        for (int i = 0; i < 3000; i++) {
            String session = random.nextInt(5) == 0 ? null : "s" + random.nextInt(30);
            Instant when = random.nextInt(10) == 0 ? null
                    : Instant.ofEpochMilli(1_600_000_000_000L + random.nextInt(1_000_000_000));
            web.row("user_uuid=" + uuids[random.nextInt(uuids.length)],
                    "session_id=" + (session == null ? "" : session),
                    "#page_views=" + random.nextInt(7),
                    "timestamp=" + (when == null ? "" : when.toString()),
                    "email=" + (random.nextInt(250) == 0 ? emails[random.nextInt(emails.length)]
                            : ""));
        }
        CapturingFormats formats = new CapturingFormats();

        Customer360.builder().leads(leads).transactions(transactions).webActivity(web)
                .addAggregator(new Copy<>(new TransactionAggregator()))
                .addAggregator(new Copy<>(new WebActivityAggregator()))
                .addAggregator(new TransactionTotals())
                .addAggregator(new Sessions())
                .addAggregator(new LeadCounts())
                .addAggregator(new LeadEmails())
                .addAggregator(new AverageCompleted())
                .withoutRejectsOutput()
                .outputDirectory(out).tableFormat(formats.table()).build().run();

        assertThat(formats.rows).hasSizeGreaterThan(20);
        long merged = formats.rows.stream()
                .filter(row -> ((List<?>) row.get("user_uuids")).size() > 1).count();
        assertThat(merged).as("customers of several UUIDs").isGreaterThan(3);
        for (CustomerRow row : formats.rows) {
            for (OutputColumn column : new TransactionAggregator().columns()) {
                assertThat(row.get("copy_" + column.name())).as(column.name())
                        .isEqualTo(row.get(column.name()));
            }
            for (OutputColumn column : new WebActivityAggregator().columns()) {
                assertThat(row.get("copy_" + column.name())).as(column.name())
                        .isEqualTo(row.get(column.name()));
            }
            assertThat(row.get("state_transaction_count")).isEqualTo(row.get("transaction_count"));
            assertThat(row.get("state_completed_amount")).isEqualTo(row.get("completed_amount"));
            assertThat(row.get("state_session_count")).isEqualTo(row.get("session_count"));
            List<String> leadEmails = ((List<?>) row.get("emails")).stream()
                    .map(Object::toString).filter(withLead::contains).sorted().toList();
            assertThat(row.get("lead_emails")).isEqualTo(leadEmails);
            assertThat(row.get("lead_count")).isEqualTo((long) leadEmails.size());
            assertThat((Long) row.get("lead_source_count"))
                    .isBetween(leadEmails.isEmpty() ? 0L : 1L, Math.min(3L, leadEmails.size()));
            long completed = (Long) row.get("completed_count");
            if (completed == 0) {
                assertThat(row.get("average_completed")).isNull();
            } else {
                assertThat((Double) row.get("average_completed")).isCloseTo(
                        (Long) row.get("completed_amount") / 100.0 / completed, within(1e-6));
            }
        }
    }
}
