package io.customer360.engine;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.customer360.Customer360;
import io.customer360.aggregate.Slot;
import io.customer360.aggregate.SlotAggregator;
import io.customer360.aggregate.SlotValues;
import io.customer360.aggregate.Slots;
import io.customer360.aggregate.StateAggregator;
import io.customer360.model.IdentityLink;
import io.customer360.model.Lead;
import io.customer360.model.Source;
import io.customer360.model.Transaction;
import io.customer360.model.TransactionStatus;
import io.customer360.model.WebEvent;
import io.customer360.output.ColumnType;
import io.customer360.output.CustomerRow;
import io.customer360.output.OutputColumn;
import io.customer360.read.RawRecord;
import io.customer360.read.SourceSchema;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.ObjectInputStream;
import java.io.ObjectOutputStream;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import java.util.Random;
import java.util.TreeSet;
import java.util.function.BiConsumer;
import org.junit.jupiter.api.Test;

/**
 * The rules a distributed engine ships: parts of a customer gathered apart and merged in any
 * order give the row of the parts gathered together; the duplicate and identity rules; the
 * rules survive Java serialisation.
 */
class DistributedRulesTest {
    private static final Instant MAY = Instant.parse("2024-05-01T10:00:00Z");
    private final DistributedRules rules = DistributedRules.of(BuilderSettings.of(
            Customer360.builder().addAggregator(new TransactionMix())
                    .addAggregator(new SessionNames())));

    /** Slots of several kinds over transactions. */
    private static final class TransactionMix implements SlotAggregator<Transaction> {
        private static final long serialVersionUID = 1L;

        @Override
        public Class<Transaction> recordType() {
            return Transaction.class;
        }

        @Override
        public List<OutputColumn> columns() {
            return List.of(OutputColumn.required("statuses", ColumnType.INT64),
                    OutputColumn.optional("largest", ColumnType.DOUBLE),
                    OutputColumn.required("dated", ColumnType.INT64));
        }

        @Override
        public List<Slot> slots() {
            return List.of(Slot.distinctCount("statuses"), Slot.doubleMax("largest"),
                    Slot.count("dated"));
        }

        @Override
        public void add(Transaction transaction, Slots slots) {
            slots.accumulate(0, transaction.status().code());
            slots.accumulate(1, transaction.amountCents() / 100.0);
            slots.accumulate(2, transaction.transactionDate() == null ? 0L : 1L);
        }

        @Override
        public List<Object> output(SlotValues values) {
            double largest = values.getDouble(1);
            return Arrays.asList(values.get(0),
                    largest == Double.NEGATIVE_INFINITY ? null : (Object) largest, values.get(2));
        }
    }

    /** A state aggregator over web events: the sorted session ids. */
    private static final class SessionNames implements StateAggregator<WebEvent, TreeSet<String>> {
        private static final long serialVersionUID = 1L;

        @Override
        public Class<WebEvent> recordType() {
            return WebEvent.class;
        }

        @Override
        public List<OutputColumn> columns() {
            return List.of(OutputColumn.required("session_names", ColumnType.STRING_LIST));
        }

        @Override
        public TreeSet<String> create() {
            return new TreeSet<>();
        }

        @Override
        public TreeSet<String> add(TreeSet<String> state, WebEvent event) {
            if (event.sessionId() != null) {
                state.add(event.sessionId());
            }
            return state;
        }

        @Override
        public TreeSet<String> merge(TreeSet<String> left, TreeSet<String> right) {
            left.addAll(right);
            return left;
        }

        @Override
        public List<Object> output(TreeSet<String> state) {
            return List.of(new ArrayList<>(state));
        }
    }

    @Test
    void partsMergedInAnyOrderGiveTheRowOfPartsGatheredTogether() {
        Random random = new Random(7);
        for (int round = 0; round < 50; round++) {
            List<BiConsumer<DistributedRules, CustomerParts>> additions = additions(random);
            CustomerParts whole = rules.newParts();
            additions.forEach(addition -> addition.accept(rules, whole));
            Collections.shuffle(additions, random);
            List<CustomerParts> pieces = new ArrayList<>();
            for (int p = 0; p < 4; p++) {
                pieces.add(rules.newParts());
            }
            for (BiConsumer<DistributedRules, CustomerParts> addition : additions) {
                addition.accept(rules, pieces.get(random.nextInt(pieces.size())));
            }
            Collections.shuffle(pieces, random);
            CustomerParts merged = rules.merge(rules.merge(pieces.get(0), pieces.get(1)),
                    rules.merge(pieces.get(2), pieces.get(3)));
            assertThat(rules.row(merged)).isEqualTo(rules.row(whole));
        }
    }

    private static List<BiConsumer<DistributedRules, CustomerParts>> additions(Random random) {
        List<BiConsumer<DistributedRules, CustomerParts>> additions = new ArrayList<>();
        additions.add((r, parts) -> r.addIdentifier(parts, DistributedRules.emailKey("a@x.io")));
        for (int i = 0; i < 1 + random.nextInt(5); i++) {
            String uuid = "00000000-0000-4000-8000-00000000000" + i;
            additions.add((r, parts) -> r.addIdentifier(parts, DistributedRules.uuidKey(uuid)));
        }
        for (int i = 0; i < random.nextInt(30); i++) {
            Transaction transaction = new Transaction("TX-" + i, "u", 1 + random.nextInt(9000),
                    TransactionStatus.builtIn().get(random.nextInt(5)),
                    random.nextBoolean() ? null : MAY.plusSeconds(random.nextInt(99_999)),
                    null, i + 2);
            additions.add((r, parts) -> r.addTransaction(parts, transaction));
        }
        for (int i = 0; i < random.nextInt(30); i++) {
            WebEvent event = new WebEvent("u", random.nextBoolean() ? null
                    : "s-" + random.nextInt(4), random.nextInt(9),
                    MAY.minusSeconds(random.nextInt(99_999)), null, i + 1);
            additions.add((r, parts) -> r.addWebEvent(parts, event));
        }
        for (int i = 0; i < random.nextInt(3); i++) {
            Lead lead = new Lead("L-" + i, "Ann", "a" + i + "@x.io", null, "ads",
                    random.nextBoolean() ? null : MAY.plusSeconds(random.nextInt(3)), null, i + 2);
            long order = i + 2;
            additions.add((r, parts) -> r.addLead(parts, lead, order));
        }
        return additions;
    }

    @Test
    void theNewestLeadWinsAMissingDateLosesAndATieGoesToTheLaterRecord() {
        Lead dated = lead(MAY);
        Lead later = lead(MAY.plusSeconds(1));
        Lead undated = lead(null);
        assertThat(DistributedRules.isNewer(later, 2, dated, 9)).isTrue();
        assertThat(DistributedRules.isNewer(dated, 9, later, 2)).isFalse();
        assertThat(DistributedRules.isNewer(undated, 9, dated, 2)).isFalse();
        assertThat(DistributedRules.isNewer(dated, 2, undated, 9)).isTrue();
        assertThat(DistributedRules.isNewer(dated, 3, lead(MAY), 2)).isTrue();
        assertThat(DistributedRules.isNewer(dated, 2, lead(MAY), 3)).isFalse();
        assertThat(DistributedRules.order(2, 5)).isGreaterThan(DistributedRules.order(1, 900));
    }

    private static Lead lead(Instant created) {
        return new Lead(null, null, "a@x.io", null, null, created, null, 2);
    }

    @Test
    void eachRecordGivesItsOwnerFirstThenTheIdentifierItLinks() {
        String uuid = "00000000-0000-4000-8000-000000000001";
        assertThat(DistributedRules.identifiers(Source.LEADS,
                new Lead(null, null, "a@x.io", null, null, null, uuid, 2)))
                .containsExactly("email:a@x.io", "uuid:" + uuid);
        assertThat(DistributedRules.identifiers(Source.LEADS, lead(null)))
                .containsExactly("email:a@x.io");
        assertThat(DistributedRules.identifiers(Source.TRANSACTIONS, new Transaction("T", uuid,
                5, TransactionStatus.COMPLETED, null, "a@x.io", 2)))
                .containsExactly("uuid:" + uuid, "email:a@x.io");
        assertThat(DistributedRules.identifiers(Source.WEB_ACTIVITY,
                new WebEvent(uuid, null, 1, null, null, 2))).containsExactly("uuid:" + uuid);
        assertThat(DistributedRules.identifiers(Source.IDENTITY_MAP,
                new IdentityLink("a@x.io", uuid, 2)))
                .containsExactly("email:a@x.io", "uuid:" + uuid);
    }

    @Test
    void aGroupWithoutLeadOrActivityHasNoRow() {
        CustomerParts parts = rules.newParts();
        rules.addIdentifier(parts, DistributedRules.emailKey("a@x.io"));
        assertThat(parts.isKept()).isFalse();
        assertThatThrownBy(() -> rules.row(parts)).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void theCustomerIdIsTheLocalEnginesAndTheRowSortsItsLists() {
        CustomerParts parts = rules.newParts();
        rules.addIdentifier(parts, DistributedRules.uuidKey("u2"));
        rules.addIdentifier(parts, DistributedRules.uuidKey("u1"));
        rules.addIdentifier(parts, DistributedRules.emailKey("b@x.io"));
        rules.addTransaction(parts, new Transaction("TX-9", "u1", 5,
                TransactionStatus.COMPLETED, MAY, null, 3));
        rules.addTransaction(parts, new Transaction("TX-10", "u2", 7,
                TransactionStatus.COMPLETED, MAY, null, 4));
        CustomerRow row = rules.row(parts);
        assertThat(row.get("customer_id"))
                .isEqualTo(DistributedRules.customerUuid("b@x.io", "u1").toString())
                .isEqualTo(java.util.UUID.nameUUIDFromBytes("customer360:email:b@x.io"
                        .getBytes(java.nio.charset.StandardCharsets.UTF_8)).toString());
        assertThat(row.get("user_uuids")).isEqualTo(List.of("u1", "u2"));
        assertThat(row.get("transaction_ids")).isEqualTo(List.of("TX-10", "TX-9"));
        assertThat(row.get("primary_email")).isEqualTo("b@x.io");
    }

    @Test
    void theRulesAndPartsSurviveJavaSerialisation() throws Exception {
        DistributedRules copy = copy(rules);
        RawRecord raw = RawRecord.of(SourceSchema.TRANSACTIONS, 2, "TX-1|...",
                new String[] {"TX-1", "00000000-0000-4000-8000-000000000001", "12.5", "paid",
                    null, null}, null);
        assertThat(copy.check(Source.TRANSACTIONS).check(raw).violation().code().code())
                .isEqualTo("UNKNOWN_STATUS");
        CustomerParts parts = copy.newParts();
        copy.addTransaction(parts, new Transaction("TX-1", "u1", 5, TransactionStatus.COMPLETED,
                MAY, null, 3));
        copy.addIdentifier(parts, DistributedRules.uuidKey("u1"));
        CustomerParts moved = copy(parts);
        assertThat(rules.row(moved)).isEqualTo(copy.row(parts));
    }

    @SuppressWarnings("unchecked")
    private static <T> T copy(T value) throws IOException, ClassNotFoundException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (ObjectOutputStream out = new ObjectOutputStream(bytes)) {
            out.writeObject(value);
        }
        try (ObjectInputStream in = new ObjectInputStream(
                new ByteArrayInputStream(bytes.toByteArray()))) {
            return (T) in.readObject();
        }
    }
}
