package io.customer360.spark.run;

import io.customer360.aggregate.Slot;
import io.customer360.aggregate.SlotAggregator;
import io.customer360.aggregate.SlotValues;
import io.customer360.aggregate.Slots;
import io.customer360.aggregate.StateAggregator;
import io.customer360.model.Lead;
import io.customer360.model.ReasonCode;
import io.customer360.model.Transaction;
import io.customer360.output.ColumnType;
import io.customer360.output.OutputColumn;
import io.customer360.validate.Validator;
import io.customer360.validate.Violation;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.TreeSet;

/** Custom extensions both engines run in the equivalence test. */
final class TestExtensions {
    static final ReasonCode OVER_LIMIT = ReasonCode.of("AMOUNT_OVER_LIMIT");

    private TestExtensions() {
    }

    /** Rejects transactions of 400.00 or more. */
    static final class AmountLimit implements Validator<Transaction> {
        private static final long serialVersionUID = 1L;

        @Override
        public Optional<Violation> validate(Transaction transaction) {
            return transaction.amountCents() >= 40_000
                    ? Optional.of(Violation.of(OVER_LIMIT, "Amount over the limit ("
                            + transaction.amount() + ")"))
                    : Optional.empty();
        }
    }

    /**
     * Slots over transactions of four kinds: the largest (MAX) and smallest (MIN) amount, the
     * number of distinct statuses (DISTINCT_COUNT) and of transactions with an email (COUNT).
     */
    static final class TransactionShape implements SlotAggregator<Transaction> {
        private static final long serialVersionUID = 1L;

        @Override
        public Class<Transaction> recordType() {
            return Transaction.class;
        }

        @Override
        public List<OutputColumn> columns() {
            return List.of(OutputColumn.optional("largest_amount", ColumnType.DECIMAL_18_2),
                    OutputColumn.optional("smallest_amount", ColumnType.DECIMAL_18_2),
                    OutputColumn.required("distinct_statuses", ColumnType.INT64),
                    OutputColumn.required("with_email", ColumnType.INT64));
        }

        @Override
        public List<Slot> slots() {
            return List.of(Slot.max("largest"), Slot.min("smallest"),
                    Slot.distinctCount("statuses"), Slot.count("with_email"));
        }

        @Override
        public void add(Transaction transaction, Slots slots) {
            slots.accumulate(0, transaction.amountCents());
            slots.accumulate(1, transaction.amountCents());
            slots.accumulate(2, transaction.status().code());
            slots.accumulate(3, transaction.email() == null ? 0L : 1L);
        }

        @Override
        public List<Object> output(SlotValues values) {
            long largest = values.get(0);
            long smallest = values.get(1);
            return Arrays.asList(largest == Long.MIN_VALUE ? null : (Object) largest,
                    smallest == Long.MAX_VALUE ? null : (Object) smallest, values.get(2),
                    values.get(3));
        }
    }

    /** A state aggregator over leads: the sorted lead sources of a customer's leads. */
    static final class LeadSources implements StateAggregator<Lead, TreeSet<String>> {
        private static final long serialVersionUID = 1L;

        @Override
        public Class<Lead> recordType() {
            return Lead.class;
        }

        @Override
        public List<OutputColumn> columns() {
            return List.of(OutputColumn.required("lead_sources", ColumnType.STRING_LIST));
        }

        @Override
        public TreeSet<String> create() {
            return new TreeSet<>();
        }

        @Override
        public TreeSet<String> add(TreeSet<String> state, Lead lead) {
            if (lead.leadSource() != null) {
                state.add(lead.leadSource());
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
}
