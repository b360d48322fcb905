package io.customer360.engine;


import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.customer360.Customer360;
import io.customer360.Runs;
import io.customer360.error.Customer360Exception;
import io.customer360.error.InputException;
import io.customer360.error.OutputException;
import io.customer360.error.SchemaException;
import io.customer360.model.Source;
import io.customer360.output.OutputNames;
import io.customer360.read.RawRecord;
import io.customer360.read.ReadOptions;
import io.customer360.read.RecordReader;
import io.customer360.read.SourceInput;
import io.customer360.read.SourceSchema;
import io.customer360.report.RecoveryReport.InterruptedCommit;
import io.customer360.report.RunReport;
import java.io.FileOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** SPEC §7: outputs replaced as one set or not at all, under injected faults. */
class RunFaultsTest {
    private static final String U1 = "11111111-1111-4111-8111-111111111111";

    @TempDir
    Path out;

    private final CapturingFormats formats = new CapturingFormats();
    private final Map<String, String> earlier = new LinkedHashMap<>();

    @BeforeEach
    void earlierRunsOutputs() throws IOException {
        for (String name : OutputNames.ALL) {
            earlier.put(name, "earlier " + name);
            Files.writeString(out.resolve(name), earlier.get(name));
        }
    }

    private Customer360.Builder builder() {
        FakeInput leads = new FakeInput("leads").row("email=a@x.io", "creation_date=2024-01-01")
                .row("email=not-an-email", "creation_date=2024-01-01");
        FakeInput transactions = new FakeInput("tx").row("transaction_id=T1", "user_uuid=" + U1,
                "amount=10", "status=completed", "email=a@x.io");
        return Customer360.builder().outputDirectory(out).tableFormat(formats.table())
                .rejectsFormat(formats.rejects())
                .rejectedTransactionsFormat(formats.rejectedTransactions())
                .reportFormat((report, file) -> Files.writeString(file, "report of this run"))
                .leads(leads).transactions(transactions);
    }

    @Test
    void aFinalNameThatCannotBeReplacedLeavesEveryEarlierOutputAsItWas() throws IOException {
        assertThatThrownBy(() -> Runs.withMoves(builder(),
                FaultyMoves.cannotReplace(OutputNames.REPORT)))
                .isInstanceOf(OutputException.class)
                .hasMessageContaining(out.toString())
                .hasMessageContaining("Operation not permitted")
                .hasMessageContaining("earlier outputs were put back");

        assertThat(contents(out)).isEqualTo(earlier);
    }

    @Test
    void aKillBetweenTwoMovesIsRolledBackByTheNextRunIntoTheFolder() throws IOException {
        assertThatThrownBy(() -> Runs.withMoves(builder(), FaultyMoves.killedAtMove(2)))
                .isInstanceOf(OutputException.class)
                .hasMessageContaining("the next run into this folder restores them");
        // As a kill leaves it: the table replaced, the rest not, and the journal in place.
        assertThat(Files.readString(out.resolve(OutputNames.CUSTOMER_TABLE)))
                .isNotEqualTo(earlier.get(OutputNames.CUSTOMER_TABLE));
        assertThat(out.resolve(CommitJournal.FILE_NAME)).exists();

        InterruptedCommit recovered = CommitJournal.recover(out, FileMoves.SYSTEM);

        assertThat(recovered).isEqualTo(InterruptedCommit.ROLLED_BACK);
        assertThat(contents(out)).isEqualTo(earlier);
        assertThat(hiddenFiles(out)).isEmpty();
    }

    @Test
    void aKillAfterEveryMoveIsCompletedByTheNextRunIntoTheFolder() throws IOException {
        assertThatThrownBy(() -> Runs.withMoves(builder(),
                FaultyMoves.killedBeforeTheJournalIsDeleted()))
                .isInstanceOf(OutputException.class);
        Map<String, String> replaced = contents(out);
        assertThat(replaced.get(OutputNames.REPORT)).isEqualTo("report of this run");

        InterruptedCommit recovered = CommitJournal.recover(out, FileMoves.SYSTEM);

        assertThat(recovered).isEqualTo(InterruptedCommit.COMPLETED);
        assertThat(contents(out)).isEqualTo(replaced);
        assertThat(hiddenFiles(out)).isEmpty();
    }

    @Test
    void theNextRunReportsTheInterruptedCommitItRolledBack() throws IOException {
        assertThatThrownBy(() -> Runs.withMoves(builder(), FaultyMoves.killedAtMove(3)))
                .isInstanceOf(OutputException.class);

        RunReport report = builder().build().run();

        assertThat(report.recovery().interruptedCommit()).isEqualTo(InterruptedCommit.ROLLED_BACK);
        assertThat(Files.readString(out.resolve(OutputNames.REPORT)))
                .isEqualTo("report of this run");
        assertThat(hiddenFiles(out)).isEmpty();
    }

    @Test
    void aFolderUnderAFinalNameFailsTheRunBeforeAnythingIsReplaced() throws IOException {
        Files.delete(out.resolve(OutputNames.REPORT));
        Files.createDirectory(out.resolve(OutputNames.REPORT));
        earlier.remove(OutputNames.REPORT);

        assertThatThrownBy(() -> builder().build().run())
                .isInstanceOf(OutputException.class)
                .hasMessageContaining(out.resolve(OutputNames.REPORT).toString())
                .hasMessageContaining("is a directory");

        assertThat(contents(out)).isEqualTo(earlier);
        assertThat(out.resolve(OutputNames.REPORT)).isEmptyDirectory();
        assertThat(hiddenFiles(out)).isEmpty();
    }

    @Test
    void aFullDiskNamesTheOutputAndTheSystemsReasonAndChangesNothing() throws IOException {
        Path deviceFull = Path.of("/dev/full");
        org.junit.jupiter.api.Assumptions.assumeTrue(Files.isWritable(deviceFull),
                "needs /dev/full");

        assertThatThrownBy(() -> builder().tableFormat((file, schema) -> {
            Files.writeString(file, "begun");
            try (OutputStream full = new FileOutputStream(deviceFull.toFile())) {
                full.write(new byte[1 << 16]);
                full.flush();
            }
            throw new AssertionError("/dev/full accepted the write");
        }).build().run())
                .isInstanceOf(OutputException.class)
                .hasMessageContaining(out.resolve(OutputNames.CUSTOMER_TABLE).toString())
                .hasMessageContaining("No space left on device");

        assertThat(contents(out)).isEqualTo(earlier);
        assertThat(hiddenFiles(out)).isEmpty();
    }

    @Test
    void anOutputPathThatIsAFileFailsNamingIt() throws IOException {
        Path file = Files.writeString(out.resolve("plain-file"), "x");

        assertThatThrownBy(() -> builder().outputDirectory(file).build().run())
                .isInstanceOf(OutputException.class)
                .hasMessageContaining(file.toString())
                .hasMessageContaining("is not a folder");
    }

    @Test
    void outputsThisRunDoesNotWriteAreRemovedSoTheFolderHoldsOneRunsSet() throws IOException {
        RunReport report = builder().build().run();
        assertThat(out.resolve(OutputNames.REJECTS)).exists();

        Customer360.builder().outputDirectory(out).tableFormat(formats.table())
                .leads(new FakeInput("leads").row("email=a@x.io", "creation_date=2024-01-01"))
                .withoutRejectsOutput().build().run();

        assertThat(contents(out)).containsOnlyKeys(OutputNames.CUSTOMER_TABLE);
        assertThat(report.outputs()).containsKeys(OutputNames.REJECTS);
    }

    @Test
    void theReportListsEachCommittedOutputsSizeAndSha256() throws Exception {
        RunReport report = builder().build().run();

        assertThat(report.outputs()).containsOnlyKeys(OutputNames.CUSTOMER_TABLE,
                OutputNames.REJECTS, OutputNames.REJECTED_TRANSACTIONS);
        for (Map.Entry<String, io.customer360.report.OutputReport> output
                : report.outputs().entrySet()) {
            byte[] bytes = Files.readAllBytes(out.resolve(output.getKey()));
            assertThat(output.getValue().bytes()).isEqualTo(bytes.length);
            assertThat(output.getValue().sha256()).isEqualTo(HexFormat.of().formatHex(
                    MessageDigest.getInstance("SHA-256").digest(bytes)));
        }
        assertThat(report.outputs().get(OutputNames.REJECTS).rows()).isEqualTo(1);
    }

    @Test
    void anInputThatFailsMidReadIsAnInputErrorNamingItAndItsReason() throws IOException {
        SourceInput failing = inputFailingWith("/data/in/transactions.txt",
                new IOException("Input/output error"));

        assertThatThrownBy(() -> builder().transactions(failing).build().run())
                .isInstanceOfSatisfying(InputException.class, failure -> {
                    assertThat(failure.source()).contains(Source.TRANSACTIONS);
                    assertThat(failure.path()).contains(Path.of("/data/in/transactions.txt"));
                })
                .hasMessage("/data/in/transactions.txt: cannot read the transactions input:"
                        + " Input/output error");
        assertThat(contents(out)).isEqualTo(earlier);
        assertThat(hiddenFiles(out)).isEmpty();
    }

    @Test
    void aLibraryFailureOfACustomInputThatNamesNoSourceGetsTheSourceOfTheRun() {
        Path leads = Path.of("/data/in/leads.csv");
        SourceInput noHeader = new SourceInput() {
            @Override
            public String location() {
                return leads.toString();
            }

            @Override
            public RecordReader open(SourceSchema schema, ReadOptions options) {
                throw new SchemaException(leads, "no header row");
            }
        };
        SourceInput vanished = inputFailingWith("/data/in/web.json",
                new InputException(Path.of("/data/in/web.json"), "gone", null));

        assertThatThrownBy(() -> builder().leads(noHeader).build().run())
                .isInstanceOfSatisfying(SchemaException.class, failure -> {
                    assertThat(failure.source()).contains(Source.LEADS);
                    assertThat(failure.file()).isEqualTo(leads);
                });
        assertThatThrownBy(() -> builder().webActivity(vanished).build().run())
                .isInstanceOfSatisfying(InputException.class,
                        failure -> assertThat(failure.source()).contains(Source.WEB_ACTIVITY));
    }

    @Test
    void anUnexpectedFailureInsideTheRunIsStillACustomer360Exception() {
        SourceInput broken = inputFailingWith("broken", new NullPointerException("a bug"));

        assertThatThrownBy(() -> builder().webActivity(broken).build().run())
                .isExactlyInstanceOf(Customer360Exception.class)
                .hasMessageContaining("internal error")
                .hasMessageContaining("a bug");
    }

    /** An input whose first read throws {@code failure}. */
    private static SourceInput inputFailingWith(String location, Exception failure) {
        return new SourceInput() {
            @Override
            public String location() {
                return location;
            }

            @Override
            public RecordReader open(SourceSchema schema, ReadOptions options) {
                return new RecordReader() {
                    @Override
                    public RawRecord read() throws IOException {
                        if (failure instanceof IOException) {
                            throw (IOException) failure;
                        }
                        throw (RuntimeException) failure;
                    }

                    @Override
                    public void close() {
                    }
                };
            }
        };
    }

    private static Map<String, String> contents(Path folder) throws IOException {
        Map<String, String> files = new LinkedHashMap<>();
        try (Stream<Path> entries = Files.list(folder)) {
            for (Path entry : entries.sorted().collect(Collectors.toList())) {
                String name = entry.getFileName().toString();
                if (!name.startsWith(".") && Files.isRegularFile(entry)) {
                    files.put(name, Files.readString(entry, StandardCharsets.UTF_8));
                }
            }
        }
        return sortedLike(files);
    }

    private static Map<String, String> sortedLike(Map<String, String> files) {
        Map<String, String> ordered = new LinkedHashMap<>();
        for (String name : OutputNames.ALL) {
            if (files.containsKey(name)) {
                ordered.put(name, files.get(name));
            }
        }
        files.keySet().stream().filter(name -> !ordered.containsKey(name))
                .forEach(name -> ordered.put(name, files.get(name)));
        return ordered;
    }

    static List<String> hiddenFiles(Path folder) throws IOException {
        try (Stream<Path> entries = Files.list(folder)) {
            return entries.filter(entry -> !RunFoldersTest.isReleasedLock(entry))
                    .map(entry -> entry.getFileName().toString())
                    .filter(name -> name.startsWith(".")).sorted()
                    .collect(Collectors.toList());
        }
    }
}
