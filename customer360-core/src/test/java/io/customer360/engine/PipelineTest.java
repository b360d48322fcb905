package io.customer360.engine;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.customer360.Customer360;
import io.customer360.error.ConfigurationException;
import io.customer360.error.Customer360Exception;
import io.customer360.error.ExtensionException;
import io.customer360.model.ReasonCode;
import io.customer360.model.Source;
import io.customer360.output.CustomerRow;
import io.customer360.output.OutputNames;
import io.customer360.output.RecordWriter;
import io.customer360.output.Rejection;
import io.customer360.read.RawRecord;
import io.customer360.read.ReadOptions;
import io.customer360.read.RecordReader;
import io.customer360.read.SourceInput;
import io.customer360.read.SourceSchema;
import io.customer360.report.RunReport;
import io.customer360.report.SourceReport;
import io.customer360.validate.Violation;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.atomic.AtomicLong;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class PipelineTest {
    private static final String U1 = "11111111-1111-4111-8111-111111111111";
    private static final String U2 = "22222222-2222-4222-8222-222222222222";
    private static final String U3 = "33333333-3333-4333-8333-333333333333";

    @TempDir
    Path out;

    private final CapturingFormats formats = new CapturingFormats();

    private Customer360.Builder builder() {
        return Customer360.builder().outputDirectory(out).tableFormat(formats.table())
                .rejectsFormat(formats.rejects())
                .rejectedTransactionsFormat(formats.rejectedTransactions());
    }

    @Test
    void keepsTheNewestLeadPerEmailAndRejectsTheOthersInFileOrder() {
        FakeInput leads = new FakeInput("leads")
                .row("email=a@x.io", "lead_id=old", "creation_date=2024-01-01")
                .row("email=A@x.io", "lead_id=newest", "creation_date=2024-03-01")
                .row("email=a@x.io", "lead_id=undated", "creation_date=")
                .row("email=b@x.io", "lead_id=b1", "creation_date=2024-01-01")
                .row("email=b@x.io", "lead_id=b2", "creation_date=2024-01-01");

        RunReport report = builder().leads(leads).build().run();

        assertThat(column("lead_id")).containsExactlyInAnyOrder("newest", "b2");
        assertThat(formats.rejects).extracting(Rejection::line).containsExactly(2L, 4L, 5L);
        assertThat(formats.rejects).extracting(Rejection::reasonCode)
                .containsOnly(ReasonCode.DUPLICATE_LEAD);
        assertThat(report.sources().get(Source.LEADS).rejectedByReason())
                .containsEntry("DUPLICATE_LEAD", 3L);
    }

    @Test
    void keepsTheFirstAcceptedTransactionIdAfterCustomValidators() {
        FakeInput transactions = new FakeInput("tx")
                .row("transaction_id=TX-1", "user_uuid=" + U1, "amount=2000", "status=completed")
                .row("transaction_id=TX-1", "user_uuid=" + U1, "amount=10", "status=completed")
                .row("transaction_id=TX-1", "user_uuid=" + U1, "amount=20", "status=completed");

        builder().transactions(transactions)
                .addTransactionValidator(tx -> tx.amountCents() > 100_000
                        ? Optional.of(Violation.of(ReasonCode.of("AMOUNT_ABOVE_LIMIT"), "Too big"))
                        : Optional.empty())
                .build().run();

        assertThat(formats.rejectedTransactions).extracting(Rejection::reasonCode)
                .containsExactly(ReasonCode.of("AMOUNT_ABOVE_LIMIT"),
                        ReasonCode.DUPLICATE_TRANSACTION_ID);
        assertThat(formats.rows).singleElement()
                .satisfies(row -> assertThat(row.get("completed_amount")).isEqualTo(1000L));
    }

    @Test
    void runsCustomValidatorsInTheOrderAdded() {
        FakeInput leads = new FakeInput("leads").row("email=a@x.io", "creation_date=2024-01-01");

        builder().leads(leads)
                .addLeadValidator(lead -> Optional.of(Violation.of(ReasonCode.of("FIRST"), "1")))
                .addLeadValidator(lead -> Optional.of(Violation.of(ReasonCode.of("SECOND"), "2")))
                .build().run();

        assertThat(formats.rejects).extracting(Rejection::reasonCode)
                .containsExactly(ReasonCode.of("FIRST"));
    }

    @Test
    void linksRecordsOnlyByEvidence() {
        FakeInput map = new FakeInput("map")
                .row("email=mapped@x.io", "user_uuid=" + U1)
                .row("email=ghost@x.io", "user_uuid=" + U3);
        FakeInput leads = new FakeInput("leads")
                .row("email=mapped@x.io", "lead_id=L1", "creation_date=2024-01-01")
                .row("email=lonely@x.io", "lead_id=L2", "creation_date=2024-01-01");
        FakeInput transactions = new FakeInput("tx")
                .row("transaction_id=T1", "user_uuid=" + U1, "amount=5", "status=completed",
                        "transaction_date=2024-02-01")
                .row("transaction_id=T2", "user_uuid=" + U2, "amount=7", "status=pending",
                        "transaction_date=2024-02-02");
        FakeInput web = new FakeInput("web")
                .row("user_uuid=" + U1, "timestamp=2024-05-01T00:00:00Z", "#page_views=4");

        RunReport report = builder().identityMap(map).leads(leads).transactions(transactions)
                .webActivity(web).build().run();

        assertThat(formats.rows).hasSize(3);
        CustomerRow linked = rowWithLead("L1");
        assertThat(linked.get("emails")).isEqualTo(List.of("mapped@x.io"));
        assertThat(linked.get("user_uuids")).isEqualTo(List.of(U1));
        assertThat(linked.get("transaction_ids")).isEqualTo(List.of("T1"));
        assertThat(linked.get("total_page_views")).isEqualTo(4L);
        assertThat(linked.get("last_activity_at")).isEqualTo(Instant.parse("2024-05-01T00:00:00Z"));
        assertThat(linked.get("has_lead")).isEqualTo(true);
        assertThat(linked.get("has_web_activity")).isEqualTo(true);
        assertThat(linked.get("customer_id"))
                .isEqualTo(customerId("email:mapped@x.io"));

        CustomerRow lonely = rowWithLead("L2");
        assertThat(lonely.get("has_transactions")).isEqualTo(false);
        assertThat(lonely.get("transaction_count")).isEqualTo(0L);
        assertThat(lonely.get("completed_amount")).isEqualTo(0L);
        assertThat(lonely.get("last_activity_at")).isNull();
        assertThat(lonely.get("transaction_ids")).isEqualTo(List.of());

        CustomerRow anonymous = formats.rows.stream()
                .filter(row -> row.get("lead_id") == null).findFirst().orElseThrow();
        assertThat(anonymous.get("primary_email")).isNull();
        assertThat(anonymous.get("pending_amount")).isEqualTo(700L);
        assertThat(anonymous.get("customer_id")).isEqualTo(customerId("uuid:" + U2));

        assertThat(report.identity().customers()).isEqualTo(3);
        assertThat(report.identity().withLead()).isEqualTo(2);
        assertThat(report.identity().withActivity()).isEqualTo(2);
        assertThat(report.identity().linked()).isEqualTo(1);
        assertThat(report.identity().anonymous()).isEqualTo(1);
        assertThat(report.identity().groupsDropped()).isEqualTo(1);
    }

    @Test
    void linksAnonymousActivityToALeadThroughATransactionEmail() {
        FakeInput leads = new FakeInput("leads")
                .row("email=a@x.io", "lead_id=L1", "creation_date=2024-01-01");
        FakeInput transactions = new FakeInput("tx")
                .row("transaction_id=T1", "user_uuid=" + U1, "amount=5", "status=completed",
                        "email=A@X.IO");

        builder().leads(leads).transactions(transactions).build().run();

        assertThat(formats.rows).singleElement().satisfies(row -> {
            assertThat(row.get("lead_id")).isEqualTo("L1");
            assertThat(row.get("transaction_count")).isEqualTo(1L);
            assertThat(row.get("customer_id")).isEqualTo(customerId("email:a@x.io"));
        });
    }

    @Test
    void picksTheNewestLeadOfTheGroupAsPrimary() {
        FakeInput leads = new FakeInput("leads")
                .row("email=b@x.io", "lead_id=newer", "creation_date=2024-06-01",
                        "user_uuid=" + U1)
                .row("email=a@x.io", "lead_id=older", "creation_date=2024-01-01",
                        "user_uuid=" + U1);

        builder().leads(leads).build().run();

        assertThat(formats.rows).singleElement().satisfies(row -> {
            assertThat(row.get("lead_id")).isEqualTo("newer");
            assertThat(row.get("primary_email")).isEqualTo("b@x.io");
            assertThat(row.get("emails")).isEqualTo(List.of("a@x.io", "b@x.io"));
        });
    }

    @Test
    void sortsRowsByCustomerId() {
        FakeInput leads = new FakeInput("leads");
        for (int i = 0; i < 50; i++) {
            leads.row("email=p" + i + "@x.io", "creation_date=2024-01-01");
        }

        builder().leads(leads).build().run();

        List<String> ids = column("customer_id");
        assertThat(ids).hasSize(50).isSorted();
    }

    @Test
    void reportsReadEqualsAcceptedPlusRejectedPerSource() {
        FakeInput transactions = new FakeInput("tx")
                .row("transaction_id=T1", "user_uuid=" + U1, "amount=5", "status=completed")
                .row("transaction_id=", "user_uuid=" + U1, "amount=5", "status=completed")
                .row("transaction_id=T3", "user_uuid=" + U1, "amount=-5", "status=completed");

        RunReport report = builder().transactions(transactions).build().run();

        SourceReport tx = report.sources().get(Source.TRANSACTIONS);
        assertThat(tx.read()).isEqualTo(3);
        assertThat(tx.accepted()).isEqualTo(1);
        assertThat(tx.rejected()).isEqualTo(2);
        assertThat(tx.rejectedByReason()).containsEntry("MISSING_TRANSACTION_ID", 1L)
                .containsEntry("NON_POSITIVE_AMOUNT", 1L);
        assertThat(report.sources()).containsOnlyKeys(Source.TRANSACTIONS);
        assertThat(report.outputs().get(OutputNames.CUSTOMER_TABLE).rows()).isEqualTo(1);
        assertThat(report.outputs().get(OutputNames.REJECTED_TRANSACTIONS).rows())
                .isEqualTo(2);
    }

    @Test
    void failsTheRunWhenACustomValidatorThrowsAndWritesNothing() throws IOException {
        FakeInput leads = new FakeInput("leads").row("email=a@x.io", "creation_date=2024-01-01");

        assertThatThrownBy(() -> builder().leads(leads)
                .addLeadValidator(lead -> {
                    throw new IllegalStateException("boom");
                })
                .build().run())
                .isInstanceOfSatisfying(ExtensionException.class, failure -> {
                    assertThat(failure.source()).contains(Source.LEADS);
                    assertThat(failure.line()).hasValue(2);
                    assertThat(failure.path()).isEmpty();
                })
                .hasMessageContaining("custom validator #1 of leads failed on line 2");
        assertThat(filesIn(out)).isEmpty();
    }

    @Test
    void anErrorOnAReaderThreadFailsTheRunInsteadOfLeavingItWaiting() throws IOException {
        FakeInput leads = new FakeInput("leads").row("email=a@x.io", "creation_date=2024-01-01");
        Customer360 pipeline = builder().leads(leads)
                .addLeadValidator(lead -> {
                    throw new AssertionError("an Error, not an Exception");
                })
                .build();

        assertThatThrownBy(() -> org.junit.jupiter.api.Assertions.assertTimeoutPreemptively(
                java.time.Duration.ofSeconds(30), () -> pipeline.run()))
                .isInstanceOf(AssertionError.class)
                .hasMessage("an Error, not an Exception");
        assertThat(filesIn(out)).isEmpty();
    }

    @Test
    void aFailingSourceStopsTheOthersInsteadOfWaitingForThemToBeRead() throws IOException {
        AtomicLong leadsRead = new AtomicLong();
        // A lead source that stalls after 1000 records, like a slow or huge file, until its
        // thread is interrupted.
        SourceInput stallingLeads = new SourceInput() {
            @Override
            public String location() {
                return "stalling leads";
            }

            @Override
            public RecordReader open(SourceSchema schema, ReadOptions options) {
                return new RecordReader() {
                    @Override
                    public RawRecord read() throws IOException {
                        long n = leadsRead.incrementAndGet();
                        if (n > 1000) {
                            try {
                                new CountDownLatch(1).await();
                            } catch (InterruptedException interrupted) {
                                Thread.currentThread().interrupt();
                                throw new java.io.InterruptedIOException("stopped");
                            }
                        }
                        return Records.raw(schema, n + 1, "email=u" + n + "@x.io",
                                "creation_date=2024-01-01");
                    }

                    @Override
                    public void close() {
                    }
                };
            }
        };
        FakeInput web = new FakeInput("web").row("user_uuid=" + U1, "email=a@x.io");

        Customer360 pipeline = builder().leads(stallingLeads).webActivity(web)
                .addWebEventValidator(event -> {
                    throw new IllegalStateException("boom");
                })
                .build();

        assertThatThrownBy(() -> org.junit.jupiter.api.Assertions.assertTimeoutPreemptively(
                java.time.Duration.ofSeconds(20), () -> pipeline.run()))
                .isInstanceOf(Customer360Exception.class)
                .hasMessageContaining("custom validator #1 of web_activity failed on line 2");
        assertThat(filesIn(out)).isEmpty();
    }

    @Test
    void failsRatherThanWrapsWhenAPerCustomerSumLeavesDecimal18() throws IOException {
        FakeInput transactions = new FakeInput("tx")
                .row("transaction_id=T1", "user_uuid=" + U1, "amount=9999999999999999",
                        "status=completed")
                .row("transaction_id=T2", "user_uuid=" + U1, "amount=9999999999999999",
                        "status=completed");

        assertThatThrownBy(() -> builder().transactions(transactions).build().run())
                .isInstanceOf(Customer360Exception.class)
                .hasMessageContaining("completed_amount exceeds DECIMAL(18,2)");
        assertThat(filesIn(out)).isEmpty();
    }

    @Test
    void leavesEarlierOutputsWhenWritingFails() throws IOException {
        Files.writeString(out.resolve(OutputNames.CUSTOMER_TABLE), "earlier");
        FakeInput leads = new FakeInput("leads").row("email=a@x.io", "creation_date=2024-01-01");

        assertThatThrownBy(() -> builder().leads(leads)
                .rejectsFormat(file -> {
                    Files.writeString(file, "partial");
                    throw new IOException("disk full");
                })
                .build().run())
                .isInstanceOf(Customer360Exception.class).hasMessageContaining("disk full");
        assertThat(filesIn(out)).containsExactly(OutputNames.CUSTOMER_TABLE);
        assertThat(Files.readString(out.resolve(OutputNames.CUSTOMER_TABLE)))
                .isEqualTo("earlier");
    }

    @Test
    void removesTheRejectsBeingWrittenWhenTheCustomerTableFails() throws IOException {
        Files.writeString(out.resolve(OutputNames.REJECTS), "earlier");
        FakeInput leads = new FakeInput("leads").row("email=a@x.io", "creation_date=2024-01-01")
                .row("email=not-an-email", "creation_date=2024-01-01");
        CountDownLatch rejectsStarted = new CountDownLatch(1);

        assertThatThrownBy(() -> builder().leads(leads)
                .rejectsFormat(file -> {
                    RecordWriter<Rejection> writer = formats.rejects().open(file);
                    rejectsStarted.countDown();
                    return writer;
                })
                .tableFormat((file, schema) -> {
                    try {
                        rejectsStarted.await();
                    } catch (InterruptedException interrupted) {
                        Thread.currentThread().interrupt();
                    }
                    throw new IOException("table disk full");
                })
                .build().run())
                .isInstanceOf(Customer360Exception.class).hasMessageContaining("table disk full");
        assertThat(filesIn(out)).containsExactly(OutputNames.REJECTS);
        assertThat(Files.readString(out.resolve(OutputNames.REJECTS))).isEqualTo("earlier");
    }

    @Test
    void failsWhenTheOutputDirectoryCannotBeCreated() throws IOException {
        Path notADirectory = Files.writeString(out.resolve("plain-file"), "x");
        FakeInput leads = new FakeInput("leads").row("email=a@x.io", "creation_date=2024-01-01");

        assertThatThrownBy(() -> Customer360.builder().leads(leads)
                .outputDirectory(notADirectory.resolve("sub")).tableFormat(formats.table())
                .withoutRejectsOutput().build().run())
                .isInstanceOf(Customer360Exception.class).hasMessageContaining("plain-file");
        assertThat(filesIn(out)).containsExactly("plain-file");
    }

    @Test
    void usesTheConfiguredIdentityResolver() {
        FakeInput leads = new FakeInput("leads").row("email=a@x.io", "creation_date=2024-01-01");
        FakeInput web = new FakeInput("web").row("user_uuid=" + U1, "email=a@x.io");

        builder().leads(leads).webActivity(web)
                .identityResolver(identifiers -> new io.customer360.identity.IdentityResolver() {
                    private final io.customer360.identity.IdentityResolver links =
                            io.customer360.identity.IdentityResolver.connectedComponents();

                    @Override
                    public void add(int identifier) {
                        links.add(identifier);
                    }

                    @Override
                    public void link(int left, int right, Source evidence) {
                        assertThat(identifiers.isEmail(left)).isNotEqualTo(
                                identifiers.isEmail(right));
                        assertThat(identifiers.value(identifiers.isEmail(left) ? left : right))
                                .isEqualTo("a@x.io");
                        if (evidence != Source.WEB_ACTIVITY) {
                            links.link(left, right, evidence);
                        }
                    }

                    @Override
                    public int group(int identifier) {
                        return links.group(identifier) * 1000 - 7;
                    }
                })
                .build().run();

        assertThat(formats.rows).hasSize(2);
        assertThat(column("has_lead")).containsExactlyInAnyOrder(true, false);
    }

    @Test
    void buildRequiresASourceAndTheOutputs() throws IOException {
        assertThatThrownBy(() -> Customer360.builder().outputDirectory(out)
                .tableFormat(formats.table()).build())
                .isInstanceOf(ConfigurationException.class).hasMessageContaining("no source");
        assertThatThrownBy(() -> Customer360.builder().leads(new FakeInput("l"))
                .tableFormat(formats.table()).build())
                .isInstanceOf(ConfigurationException.class)
                .hasMessageContaining("outputDirectory");
        assertThatThrownBy(() -> Customer360.builder().leads(new FakeInput("l"))
                .outputDirectory(out).build())
                .isInstanceOf(ConfigurationException.class).hasMessageContaining("tableFormat");
        assertThat(filesIn(out)).isEmpty();
    }

    @SuppressWarnings("unchecked")
    private <T> List<T> column(String name) {
        return formats.rows.stream().map(row -> (T) row.get(name)).collect(Collectors.toList());
    }

    private CustomerRow rowWithLead(String leadId) {
        return formats.rows.stream().filter(row -> leadId.equals(row.get("lead_id")))
                .findFirst().orElseThrow();
    }

    /** The directory's entries, but for the empty lock file that a finished run leaves. */
    private static List<String> filesIn(Path directory) throws IOException {
        return RunFoldersTest.listing(directory);
    }

    /** The customer id the behaviour reference gives a group whose smallest key is {@code anchor}. */
    private static String customerId(String anchor) {
        return java.util.UUID.nameUUIDFromBytes(("customer360:" + anchor)
                .getBytes(java.nio.charset.StandardCharsets.UTF_8)).toString();
    }
}
