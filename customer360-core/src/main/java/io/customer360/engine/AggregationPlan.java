package io.customer360.engine;

import io.customer360.aggregate.Aggregator;
import io.customer360.aggregate.Slot;
import io.customer360.aggregate.SlotAggregator;
import io.customer360.aggregate.SlotValues;
import io.customer360.aggregate.Slots;
import io.customer360.aggregate.StateAggregator;
import io.customer360.aggregate.TransactionAggregator;
import io.customer360.aggregate.WebActivityAggregator;
import io.customer360.error.ExtensionException;
import io.customer360.model.Lead;
import io.customer360.model.Source;
import io.customer360.model.Transaction;
import io.customer360.model.WebEvent;
import io.customer360.output.OutputColumn;
import io.customer360.read.StatusVocabulary;
import java.util.ArrayList;
import java.util.List;

/**
 * Where every aggregator of a run keeps its state: the built-in ones first, then the custom ones
 * in the order added. The slots of transaction and web aggregators lie side by side in one
 * stride per user UUID ({@link UuidAggregates}); lead aggregators' slots follow them in a
 * customer's row only ({@link RowAggregates}), since leads are added per customer. Each
 * DISTINCT_COUNT slot of a UUID has a spill of its own ({@link DistinctSpill}).
 */
final class AggregationPlan {
    static final byte SUM = 0;
    static final byte DECIMAL_SUM = 1;
    static final byte MIN = 2;
    static final byte MAX = 3;
    static final byte DOUBLE_SUM = 4;
    static final byte DOUBLE_MIN = 5;
    static final byte DOUBLE_MAX = 6;
    static final byte DISTINCT_COUNT = 7;
    static final byte COUNT = 8;

    /** The index of the built-in transaction aggregator in {@link #aggregators}. */
    static final int TRANSACTIONS = 0;
    /** The index of the built-in web activity aggregator in {@link #aggregators}. */
    static final int WEB_ACTIVITY = 1;
    private static final int BUILT_IN = 2;

    final List<Aggregator<?>> aggregators;
    /** Per aggregator: where its slots start in a row, or -1 for a state aggregator. */
    final int[] base;
    /** Per aggregator: its number of slots, 0 for a state aggregator (asked once, here). */
    private final int[] slotCounts;
    /** Per aggregator: its output columns (asked once, here). */
    private final List<List<OutputColumn>> columns;
    /** Per aggregator: its state's index in a row's states, or -1 for a slot aggregator. */
    final int[] stateIndex;
    /** Per aggregator: its name in error messages. */
    final String[] names;
    /** The slots of transaction and web aggregators: the first {@code uuidStride} of a row. */
    final int uuidStride;
    /** The number of slots of a row: the UUID slots, then the lead aggregators' slots. */
    final int rowStride;
    /** Per row slot: its kind, one of the constants above. */
    final byte[] kinds;
    /** Per row slot: its name, for overflow errors. */
    final String[] slotNames;
    /** Per row slot: the index of its distinct spill, or -1 (UUID DISTINCT_COUNT slots only). */
    final int[] distinctIndex;
    /**
     * Per UUID slot (the first {@link #uuidStride} row slots): where a UUID keeps it, in its
     * {@code int} page for COUNT slots and in its {@code long} page for the others; -1 for
     * DISTINCT_COUNT slots, which are spilled instead.
     */
    final int[] pageIndex;
    /** The {@code long} and {@code int} values each UUID keeps. */
    final int longStride;
    final int intStride;
    /** Per distinct spill: its row slot. */
    final int[] distinctSlot;
    /** The number of state aggregators. */
    final int states;
    /** Per state aggregator index: whether it is kept per UUID (not a lead aggregator). */
    final boolean[] stateOfUuid;
    /** Per state aggregator index: its aggregator's index. */
    final int[] aggregatorOfState;
    /** Per record source: the indexes of its aggregators, slot and state ones, in order. */
    final int[] ofTransactions;
    final int[] ofWebEvents;
    final int[] ofLeads;

    /**
     * Lays out the built-in aggregators, with the columns of every status of {@code statuses},
     * followed by {@code custom}.
     */
    AggregationPlan(List<Aggregator<?>> custom, StatusVocabulary statuses) {
        List<Aggregator<?>> all = new ArrayList<>();
        all.add(new TransactionAggregator(statuses));
        all.add(new WebActivityAggregator());
        all.addAll(custom);
        this.aggregators = List.copyOf(all);
        int count = aggregators.size();
        base = new int[count];
        slotCounts = new int[count];
        List<List<OutputColumn>> columnLists = new ArrayList<>();
        for (Aggregator<?> aggregator : aggregators) {
            columnLists.add(List.copyOf(aggregator.columns()));
        }
        columns = List.copyOf(columnLists);
        stateIndex = new int[count];
        names = new String[count];
        List<Slot> rowSlots = new ArrayList<>();
        int stateCount = 0;
        int uuidSlots = 0;
        for (int pass = 0; pass < 2; pass++) {
            // UUID slots first (transactions, web events), then lead slots.
            for (int a = 0; a < count; a++) {
                Aggregator<?> aggregator = aggregators.get(a);
                boolean lead = aggregator.recordType() == Lead.class;
                if (lead != (pass == 1)) {
                    continue;
                }
                names[a] = (a < BUILT_IN ? "built-in aggregator " : "aggregator ")
                        + aggregator.getClass().getName();
                if (aggregator instanceof SlotAggregator<?> slotAggregator) {
                    base[a] = rowSlots.size();
                    stateIndex[a] = -1;
                    List<Slot> slots = slotsOf(slotAggregator, names[a]);
                    slotCounts[a] = slots.size();
                    rowSlots.addAll(slots);
                } else {
                    base[a] = -1;
                    stateIndex[a] = stateCount++;
                }
            }
            if (pass == 0) {
                uuidSlots = rowSlots.size();
            }
        }
        uuidStride = uuidSlots;
        rowStride = rowSlots.size();
        states = stateCount;
        stateOfUuid = new boolean[stateCount];
        aggregatorOfState = new int[stateCount];
        for (int a = 0; a < count; a++) {
            if (stateIndex[a] >= 0) {
                aggregatorOfState[stateIndex[a]] = a;
                stateOfUuid[stateIndex[a]] = aggregators.get(a).recordType() != Lead.class;
            }
        }
        kinds = new byte[rowStride];
        slotNames = new String[rowStride];
        distinctIndex = new int[rowStride];
        List<Integer> distinct = new ArrayList<>();
        for (int s = 0; s < rowStride; s++) {
            Slot slot = rowSlots.get(s);
            kinds[s] = (byte) slot.kind().ordinal();
            slotNames[s] = slot.name();
            distinctIndex[s] = -1;
            if (kinds[s] == DISTINCT_COUNT && s < uuidStride) {
                distinctIndex[s] = distinct.size();
                distinct.add(s);
            }
        }
        distinctSlot = distinct.stream().mapToInt(Integer::intValue).toArray();
        pageIndex = new int[uuidStride];
        int longs = 0;
        int ints = 0;
        for (int p = 0; p < uuidStride; p++) {
            pageIndex[p] = kinds[p] == DISTINCT_COUNT ? -1 : kinds[p] == COUNT ? ints++ : longs++;
        }
        longStride = longs;
        intStride = ints;
        ofTransactions = indexesOf(Transaction.class);
        ofWebEvents = indexesOf(WebEvent.class);
        ofLeads = indexesOf(Lead.class);
    }

    private static List<Slot> slotsOf(SlotAggregator<?> aggregator, String name) {
        List<Slot> slots = aggregator.slots();
        if (slots == null || slots.isEmpty()) {
            throw new ExtensionException(name + " declares no slots", null);
        }
        return slots;
    }

    private int[] indexesOf(Class<?> type) {
        return java.util.stream.IntStream.range(0, aggregators.size())
                .filter(a -> aggregators.get(a).recordType() == type).toArray();
    }

    /** Whether aggregator {@code a} is one of the library's own. */
    static boolean isBuiltIn(int a) {
        return a < BUILT_IN;
    }

    /** The number of slots of slot aggregator {@code a}. */
    int slotCount(int a) {
        return slotCounts[a];
    }

    /** The output columns of every aggregator, in order. */
    List<OutputColumn> columns(int a) {
        return columns.get(a);
    }

    /** Whether any aggregator reads leads. */
    boolean readsLeads() {
        return ofLeads.length > 0;
    }

    /** A new state of state aggregator {@code a}; its failure is the extension's. */
    Object createState(int a) {
        try {
            return ((StateAggregator<?, ?>) aggregators.get(a)).create();
        } catch (RuntimeException failure) {
            throw failed(a, "failed to create a state", failure);
        }
    }

    /**
     * Computes every aggregator's output for a customer without records, so that an aggregator
     * giving the wrong number of values or a value of the wrong type fails the run before any
     * input is read.
     */
    void checkEmptyOutputs() {
        RowAggregates empty = new RowAggregates(this);
        empty.reset();
        for (int a = 0; a < aggregators.size(); a++) {
            empty.output(a);
        }
    }

    /** Lets slot aggregator {@code a} add a record of {@code source} at {@code line}. */
    @SuppressWarnings({"unchecked", "rawtypes"})
    void add(int a, Object record, Slots slots, Source source, long line) {
        try {
            ((SlotAggregator) aggregators.get(a)).add(record, slots);
        } catch (SlotRules.SlotOverflowException overflow) {
            throw overflow;
        } catch (RuntimeException failure) {
            throw failed(a, source, line, failure);
        }
    }

    /** Lets state aggregator {@code a} add a record of {@code source} at {@code line}. */
    @SuppressWarnings({"unchecked", "rawtypes"})
    Object add(int a, Object state, Object record, Source source, long line) {
        try {
            return ((StateAggregator) aggregators.get(a)).add(state, record);
        } catch (RuntimeException failure) {
            throw failed(a, source, line, failure);
        }
    }

    /** Lets state aggregator {@code a} merge two of its states. */
    @SuppressWarnings({"unchecked", "rawtypes"})
    Object merge(int a, Object left, Object right) {
        try {
            return ((StateAggregator) aggregators.get(a)).merge(left, right);
        } catch (RuntimeException failure) {
            throw failed(a, "failed to merge two states", failure);
        }
    }

    /**
     * The column values of aggregator {@code a} for its merged slots or state, checked: one
     * value per column, each of its column's Java type or a null where the column allows it.
     */
    @SuppressWarnings({"unchecked", "rawtypes"})
    List<Object> output(int a, SlotValues values, Object state) {
        Aggregator<?> aggregator = aggregators.get(a);
        List<Object> output;
        try {
            output = aggregator instanceof SlotAggregator slotAggregator
                    ? slotAggregator.output(values)
                    : ((StateAggregator) aggregator).output(state);
        } catch (ArithmeticException outOfRange) {
            if (isBuiltIn(a)) {
                throw outOfRange;
            }
            throw failed(a, "failed to write its columns", outOfRange);
        } catch (RuntimeException failure) {
            throw failed(a, "failed to write its columns", failure);
        }
        List<OutputColumn> columns = columns(a);
        if (output == null || output.size() != columns.size()) {
            throw new ExtensionException(names[a] + " gave "
                    + (output == null ? "no list" : output.size() + " values") + " for "
                    + columns.size() + " columns", null);
        }
        for (int c = 0; c < columns.size(); c++) {
            OutputColumn column = columns.get(c);
            Object value = output.get(c);
            if (value == null ? column.required()
                    : !column.type().javaType().isInstance(value)) {
                throw new ExtensionException(names[a] + " gave column '" + column.name() + "' "
                        + (value == null ? "null" : "a " + value.getClass().getName())
                        + " but the column is " + (column.required() ? "a required " : "")
                        + column.type() + " of " + column.type().javaType().getName(), null);
            }
        }
        return output;
    }

    private RuntimeException failed(int a, Source source, long line, RuntimeException failure) {
        if (isBuiltIn(a)) {
            return failure;
        }
        return new ExtensionException(source, line, names[a] + " failed on "
                + source.reportName() + " line " + line + ": " + failure.getMessage(), failure);
    }

    private RuntimeException failed(int a, String what, RuntimeException failure) {
        if (isBuiltIn(a)) {
            return failure;
        }
        return new ExtensionException(names[a] + " " + what + ": " + failure.getMessage(),
                failure);
    }
}
