package io.customer360.engine;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.customer360.Customer360;
import io.customer360.aggregate.Slot;
import io.customer360.aggregate.SlotAggregator;
import io.customer360.aggregate.SlotValues;
import io.customer360.aggregate.Slots;
import io.customer360.aggregate.StateAggregator;
import io.customer360.error.Customer360Exception;
import io.customer360.error.ExtensionException;
import io.customer360.identity.IdentityResolver;
import io.customer360.model.Source;
import io.customer360.model.Transaction;
import io.customer360.output.ColumnType;
import io.customer360.output.OutputColumn;
import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A failing extension fails the run as an ExtensionException, wherever it is called. */
class ExtensionFailuresTest {
    private static final String U1 = "11111111-1111-4111-8111-111111111111";

    @TempDir
    Path out;

    private final CapturingFormats formats = new CapturingFormats();

    private Customer360.Builder builder() {
        return Customer360.builder().outputDirectory(out).tableFormat(formats.table())
                .withoutRejectsOutput()
                .transactions(new FakeInput("tx").row("transaction_id=T1", "user_uuid=" + U1,
                        "amount=10", "status=completed", "email=a@x.io"));
    }

    @Test
    void anIdentityResolverThatThrowsIsAnExtensionFailureNamingIt() throws IOException {
        for (String failingMethod : List.of("add", "link", "group")) {
            IdentityResolver resolver = new IdentityResolver() {
                @Override
                public void add(int identifier) {
                    failIf("add");
                }

                @Override
                public void link(int left, int right, Source evidence) {
                    failIf("link");
                }

                @Override
                public int group(int identifier) {
                    failIf("group");
                    return 0;
                }

                private void failIf(String method) {
                    if (method.equals(failingMethod)) {
                        throw new IllegalStateException("resolver down");
                    }
                }
            };

            assertThatThrownBy(() -> builder().identityResolver(identifiers -> resolver).build().run())
                    .isInstanceOf(ExtensionException.class)
                    .hasMessageContaining("failed in " + failingMethod)
                    .hasMessageContaining("resolver down");
            assertThat(RunFoldersTest.listing(out)).isEmpty();
        }
    }

    @Test
    void anAggregatorWhoseCreateThrowsIsAnExtensionFailure() {
        StateAggregator<Transaction, Long> broken = new StateAggregator<>() {
            @Override
            public Class<Transaction> recordType() {
                return Transaction.class;
            }

            @Override
            public List<OutputColumn> columns() {
                return List.of(OutputColumn.required("broken_total", ColumnType.INT64));
            }

            @Override
            public Long create() {
                throw new IllegalStateException("no state today");
            }

            @Override
            public Long add(Long state, Transaction record) {
                return state + 1;
            }

            @Override
            public Long merge(Long left, Long right) {
                return left + right;
            }

            @Override
            public List<Object> output(Long state) {
                return List.of(state);
            }
        };

        assertThatThrownBy(() -> builder().addAggregator(broken).build().run())
                .isInstanceOf(ExtensionException.class)
                .hasMessageContaining("failed to create a state")
                .hasMessageContaining("no state today");
    }

    @Test
    void aSumLeavingItsColumnWhenAGroupIsMergedIsAClearErrorNotAnInternalOne() {
        FakeInput transactions = new FakeInput("tx")
                .row("transaction_id=T1", "user_uuid=" + U1, "amount=9999999999999999",
                        "status=completed", "email=a@x.io")
                .row("transaction_id=T2", "user_uuid=22222222-2222-4222-8222-222222222222",
                        "amount=9999999999999999", "status=completed", "email=a@x.io");

        assertThatThrownBy(() -> builder().transactions(transactions).build().run())
                .isExactlyInstanceOf(Customer360Exception.class)
                .hasMessageContaining("DECIMAL(18,2)")
                .hasMessageNotContaining("internal error");
    }

    /** A slot aggregator of one INT64 column whose add and output are given. */
    private static SlotAggregator<Transaction> slotAggregator(List<Slot> slots,
            java.util.function.BiConsumer<Transaction, Slots> add,
            java.util.function.Function<SlotValues, List<Object>> output) {
        return new SlotAggregator<>() {
            private static final long serialVersionUID = 1L;

            @Override
            public Class<Transaction> recordType() {
                return Transaction.class;
            }

            @Override
            public List<OutputColumn> columns() {
                return List.of(OutputColumn.optional("custom_total", ColumnType.INT64));
            }

            @Override
            public List<Slot> slots() {
                return slots;
            }

            @Override
            public void add(Transaction record, Slots into) {
                add.accept(record, into);
            }

            @Override
            public List<Object> output(SlotValues values) {
                return output.apply(values);
            }
        };
    }

    @Test
    void anOutputOfTheWrongTypeFailsBeforeAnyInputIsRead() {
        RecordingInput input = new RecordingInput();
        SlotAggregator<Transaction> wrongType = slotAggregator(List.of(Slot.sum("total")),
                (record, slots) -> slots.accumulate(0, 1L),
                values -> List.of((int) values.get(0)));

        assertThatThrownBy(() -> builder().transactions(input).addAggregator(wrongType).build()
                .run())
                .isInstanceOf(ExtensionException.class)
                .hasMessageContaining("column 'custom_total'")
                .hasMessageContaining("java.lang.Integer")
                .hasMessageContaining(wrongType.getClass().getName());
        assertThat(input.opened).as("input opened").isFalse();
    }

    @Test
    void anOutputOfTheWrongTypeOnlyWithDataFailsAtTheFirstRowNamingAggregatorAndColumn() {
        SlotAggregator<Transaction> wrongType = slotAggregator(List.of(Slot.sum("total")),
                (record, slots) -> slots.accumulate(0, 1L),
                values -> java.util.Arrays.asList(values.get(0) == 0 ? null : "many"));

        assertThatThrownBy(() -> builder().addAggregator(wrongType).build().run())
                .isInstanceOf(ExtensionException.class)
                .hasMessageContaining("column 'custom_total'")
                .hasMessageContaining("java.lang.String")
                .hasMessageContaining(wrongType.getClass().getName());
    }

    @Test
    void aSlotGivenAValueOfAnotherKindOrOutOfRangeIsAnExtensionFailureNamingTheLine() {
        SlotAggregator<Transaction> doubleIntoLong = slotAggregator(List.of(Slot.sum("total")),
                (record, slots) -> slots.accumulate(0, 1.5),
                values -> java.util.Arrays.asList((Object) null));
        SlotAggregator<Transaction> outOfRange = slotAggregator(List.of(Slot.sum("total")),
                (record, slots) -> slots.accumulate(1, 1L),
                values -> java.util.Arrays.asList((Object) null));

        assertThatThrownBy(() -> builder().addAggregator(doubleIntoLong).build().run())
                .isInstanceOf(ExtensionException.class)
                .hasMessageContaining("transactions line 2")
                .hasMessageContaining("slot 0 ('total') is SUM but was given a double")
                .satisfies(failure -> {
                    assertThat(((Customer360Exception) failure).line()).hasValue(2);
                    assertThat(((Customer360Exception) failure).source())
                            .hasValue(Source.TRANSACTIONS);
                });
        assertThatThrownBy(() -> builder().addAggregator(outOfRange).build().run())
                .isInstanceOf(ExtensionException.class)
                .hasMessageContaining("transactions line 2")
                .hasMessageContaining("slot 1 of 1 slots");
    }

    @Test
    void aCustomSumLeavingInt64FailsTheRunNamingItsSlotAndLine() {
        SlotAggregator<Transaction> huge = slotAggregator(List.of(Slot.sum("huge_total")),
                (record, slots) -> slots.accumulate(0, Long.MAX_VALUE),
                values -> List.of(values.get(0)));
        FakeInput two = new FakeInput("tx")
                .row("transaction_id=T1", "user_uuid=" + U1, "amount=1", "status=completed")
                .row("transaction_id=T2", "user_uuid=" + U1, "amount=1", "status=completed");

        assertThatThrownBy(() -> builder().transactions(two).addAggregator(huge).build().run())
                .isExactlyInstanceOf(Customer360Exception.class)
                .hasMessageContaining("transactions line 3")
                .hasMessageContaining("huge_total exceeds the INT64 range");
    }

    @Test
    void aCountOfOneUuidOverTwoToTheThirtyFirstFailsTheRunAndANegativeCountIsAMisuse() {
        SlotAggregator<Transaction> big = slotAggregator(List.of(Slot.count("big_count")),
                (record, slots) -> slots.accumulate(0, (long) Integer.MAX_VALUE),
                values -> List.of(values.get(0)));
        SlotAggregator<Transaction> negative = slotAggregator(List.of(Slot.count("minus")),
                (record, slots) -> slots.accumulate(0, -1L),
                values -> List.of(values.get(0)));
        FakeInput two = new FakeInput("tx")
                .row("transaction_id=T1", "user_uuid=" + U1, "amount=1", "status=completed")
                .row("transaction_id=T2", "user_uuid=" + U1, "amount=1", "status=completed");

        assertThatThrownBy(() -> builder().transactions(two).addAggregator(big).build().run())
                .isExactlyInstanceOf(Customer360Exception.class)
                .hasMessageContaining("transactions line 3")
                .hasMessageContaining("big_count of one user UUID exceeds 2^31 - 1");
        assertThatThrownBy(() -> builder().addAggregator(negative).build().run())
                .isInstanceOf(ExtensionException.class)
                .hasMessageContaining("the count minus was given -1");
    }

    /** A source that records whether it was opened. */
    private static final class RecordingInput implements io.customer360.read.SourceInput {
        volatile boolean opened;

        @Override
        public String location() {
            return "recording";
        }

        @Override
        public io.customer360.read.RecordReader open(io.customer360.read.SourceSchema schema,
                io.customer360.read.ReadOptions options) {
            opened = true;
            return new FakeInput("recording").open(schema, options);
        }
    }
}
