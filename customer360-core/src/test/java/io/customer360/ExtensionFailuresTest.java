package io.customer360;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.customer360.aggregate.Aggregator;
import io.customer360.identity.IdentityResolver;
import io.customer360.model.Source;
import io.customer360.model.Transaction;
import io.customer360.output.ColumnType;
import io.customer360.output.OutputColumn;
import java.io.IOException;
import java.nio.file.Path;
import java.util.Collection;
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
        for (String failingMethod : List.of("add", "link", "groups")) {
            IdentityResolver resolver = new IdentityResolver() {
                @Override
                public void add(String identifier) {
                    failIf("add");
                }

                @Override
                public void link(String left, String right, Source evidence) {
                    failIf("link");
                }

                @Override
                public Collection<List<String>> groups() {
                    failIf("groups");
                    return List.of();
                }

                private void failIf(String method) {
                    if (method.equals(failingMethod)) {
                        throw new IllegalStateException("resolver down");
                    }
                }
            };

            assertThatThrownBy(() -> builder().identityResolver(() -> resolver).build().run())
                    .isInstanceOf(ExtensionException.class)
                    .hasMessageContaining("failed in " + failingMethod)
                    .hasMessageContaining("resolver down");
            assertThat(RunFoldersTest.listing(out)).isEmpty();
        }
    }

    @Test
    void anAggregatorWhoseCreateThrowsIsAnExtensionFailure() {
        Aggregator<Transaction, Long> broken = new Aggregator<>() {
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
}
