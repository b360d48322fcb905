package io.customer360.engine;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.customer360.Customer360;
import io.customer360.error.ExtensionException;
import io.customer360.error.OutputException;
import io.customer360.output.OutputNames;
import io.customer360.report.RunReport;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * SPEC §7: one run per output folder, spool files readable by their owner only and removed on
 * every exit path, leftovers of killed runs removed by the next run.
 */
class RunFoldersTest {
    @TempDir
    Path root;

    private final CapturingFormats formats = new CapturingFormats();

    private Customer360.Builder builder(Path out, Path work) {
        FakeInput leads = new FakeInput("leads").row("email=a@x.io", "creation_date=2024-01-01")
                .row("email=bad", "creation_date=2024-01-01");
        return Customer360.builder().outputDirectory(out).workDirectory(work)
                .tableFormat(formats.table()).rejectsFormat(formats.rejects()).leads(leads);
    }

    @Test
    void spoolFilesAreOwnerOnlyInAPrivateWorkFolderThatIsGoneAfterTheRun() throws Exception {
        Path out = root.resolve("out");
        Path work = root.resolve("work");
        List<String> seen = new ArrayList<>();
        RunReport report = builder(out, work).addLeadValidator(lead -> {
            seen.addAll(permissionsUnder(work));
            return Optional.empty();
        }).build().run();

        assertThat(seen).isNotEmpty();
        assertThat(seen).filteredOn(entry -> entry.endsWith(".work/ rwx------")).hasSize(1);
        assertThat(seen).filteredOn(entry -> !entry.endsWith(".work/ rwx------"))
                .allMatch(entry -> entry.endsWith(" rw-------"))
                .anyMatch(entry -> entry.contains("leads.rejects"));
        assertThat(listing(work)).isEmpty();
        assertThat(listing(out)).containsExactly(OutputNames.CUSTOMER_TABLE,
                OutputNames.REJECTS);
        assertThat(report.recovery().staleFilesRemoved()).isZero();
    }

    @Test
    void theWorkFolderIsEmptiedWhenTheRunFails() throws IOException {
        Path out = root.resolve("out");
        Path work = root.resolve("work");

        assertThatThrownBy(() -> builder(out, work).addLeadValidator(lead -> {
            throw new IllegalStateException("boom");
        }).build().run()).isInstanceOf(ExtensionException.class);

        assertThat(listing(work)).isEmpty();
        assertThat(listing(out)).isEmpty();
    }

    @Test
    void theWorkFolderIsEmptiedWhenTheRunIsInterrupted() throws Exception {
        Path out = root.resolve("out");
        Path work = root.resolve("work");
        CountDownLatch blocked = new CountDownLatch(1);
        ExecutorService runner = Executors.newSingleThreadExecutor();
        try {
            Future<RunReport> run = runner.submit(() -> builder(out, work)
                    .addLeadValidator(lead -> {
                        blocked.countDown();
                        try {
                            new CountDownLatch(1).await();
                        } catch (InterruptedException interrupted) {
                            Thread.currentThread().interrupt();
                            throw new IllegalStateException("interrupted", interrupted);
                        }
                        return Optional.empty();
                    }).build().run());
            assertThat(blocked.await(30, TimeUnit.SECONDS)).isTrue();
            assertThat(listing(work)).hasSize(1);

            run.cancel(true);
            runner.shutdown();
            assertThat(runner.awaitTermination(30, TimeUnit.SECONDS)).isTrue();
        } finally {
            runner.shutdownNow();
        }
        assertThat(listing(work)).isEmpty();
        assertThat(listing(out)).isEmpty();
    }

    @Test
    void aSecondRunIntoTheSameFolderFailsAtOnceNamingTheHolder() throws Exception {
        Path out = root.resolve("out");
        CountDownLatch blocked = new CountDownLatch(1);
        CountDownLatch release = new CountDownLatch(1);
        ExecutorService runner = Executors.newSingleThreadExecutor();
        try {
            Future<RunReport> first = runner.submit(() -> builder(out, out)
                    .addLeadValidator(lead -> {
                        blocked.countDown();
                        try {
                            release.await();
                        } catch (InterruptedException interrupted) {
                            Thread.currentThread().interrupt();
                        }
                        return Optional.empty();
                    }).build().run());
            assertThat(blocked.await(30, TimeUnit.SECONDS)).isTrue();

            long start = System.nanoTime();
            assertThatThrownBy(() -> builder(out, out).build().run())
                    .isInstanceOf(OutputException.class)
                    .hasMessageContaining(out.toString())
                    .hasMessageContaining("another customer360 run is writing to this folder")
                    .hasMessageContaining("pid " + ProcessHandle.current().pid());
            assertThat(Duration.ofNanos(System.nanoTime() - start)).isLessThan(
                    Duration.ofSeconds(5));

            release.countDown();
            assertThat(first.get(30, TimeUnit.SECONDS).identity().customers()).isEqualTo(1);
        } finally {
            release.countDown();
            runner.shutdownNow();
        }
        assertThat(listing(out)).containsExactly(OutputNames.CUSTOMER_TABLE,
                OutputNames.REJECTS);
        assertThat(builder(out, out).build().run().identity().customers()).isEqualTo(1);
    }

    @Test
    void leftoversOfDeadRunsAreRemovedAndCountedAndThoseOfLiveRunsKept() throws Exception {
        Path out = Files.createDirectories(root.resolve("out"));
        Path work = Files.createDirectories(root.resolve("work"));
        long dead = deadPid();
        Path deadWork = Files.createDirectories(work.resolve(
                ".customer360-" + dead + "-1700000000000-1.work"));
        Files.writeString(deadWork.resolve("leads.rejects"), "raw records");
        Files.writeString(deadWork.resolve("distinct-0-0.spill"), "session ids");
        Path deadStaging = Files.createDirectories(out.resolve(
                ".customer360-" + dead + "-1700000000000-2.staging"));
        Files.writeString(deadStaging.resolve("rejects.jsonl"), "rejects");
        // The names of versions before work folders.
        Files.writeString(out.resolve(".customer360-" + dead + "-98765-leads.rejects"), "raw");
        Files.writeString(out.resolve(".rejects.jsonl." + dead + "-98765.tmp"), "rejects");
        RunTag live = RunTag.next();
        Path liveWork = Files.createDirectories(work.resolve(".customer360-" + live + ".work"));
        Files.writeString(liveWork.resolve("leads.rejects"), "another run's spool");

        RunReport report = builder(out, work).build().run();

        assertThat(report.recovery().staleFilesRemoved()).isEqualTo(5);
        assertThat(listing(work)).containsExactly(liveWork.getFileName().toString());
        assertThat(listing(out)).containsExactly(OutputNames.CUSTOMER_TABLE,
                OutputNames.REJECTS);
    }

    @Test
    void aTagNamesItsProcessAndIsReadBackFromAFileName() {
        RunTag tag = RunTag.next();

        Optional<RunTag> read = RunTag.fromFileName(".customer360-" + tag + ".work");

        assertThat(read).isPresent();
        assertThat(read.get().pid()).isEqualTo(ProcessHandle.current().pid());
        assertThat(read.get().processMayBeAlive()).isTrue();
        assertThat(RunTag.fromFileName(".customer360-" + deadPidQuietly() + "-1-1.work")
                .orElseThrow().processMayBeAlive()).isFalse();
        assertThat(RunTag.fromFileName(".customer360-commit.journal")).isEmpty();
        assertThat(RunTag.fromFileName(FolderLock.FILE_NAME)).isEmpty();
    }

    @Test
    void aTagOfThisPidWithAnotherStartTimeIsOfADeadProcess() {
        long pid = ProcessHandle.current().pid();

        assertThat(RunTag.fromFileName(".customer360-" + pid + "-1000-1.work").orElseThrow()
                .processMayBeAlive()).isFalse();
    }

    @Test
    void aRunKilledWithSigtermLeavesNoFileBehind() throws Exception {
        Path out = root.resolve("out");
        Path work = root.resolve("work");
        Process child = startBlockedRun(out, work);
        try {
            assertThat(hidden(work)).hasSize(1);
            assertThat(hidden(out)).contains(FolderLock.FILE_NAME);

            child.destroy();
            assertThat(child.waitFor(60, TimeUnit.SECONDS)).isTrue();
        } finally {
            child.destroyForcibly();
        }
        assertThat(listing(work)).isEmpty();
        assertThat(listing(out)).isEmpty();
    }

    @Test
    void filesOfARunKilledWithSigkillAreRemovedByTheNextRun() throws Exception {
        Path out = root.resolve("out");
        Path work = root.resolve("work");
        Process child = startBlockedRun(out, work);
        List<String> spooled;
        try {
            // Meanwhile the folder is taken by the other process.
            assertThatThrownBy(() -> builder(out, work).build().run())
                    .isInstanceOf(OutputException.class)
                    .hasMessageContaining("pid " + child.pid());
            spooled = permissionsUnder(work);

            child.destroyForcibly();
            assertThat(child.waitFor(60, TimeUnit.SECONDS)).isTrue();
        } finally {
            child.destroyForcibly();
        }
        List<String> spoolFiles = spooled.stream().filter(entry -> entry.endsWith(" rw-------"))
                .collect(Collectors.toList());
        assertThat(spoolFiles).anyMatch(entry -> entry.contains("leads.rejects"))
                .anyMatch(entry -> entry.contains("distinct-0-"));
        assertThat(listing(work)).hasSize(1);

        RunReport report = builder(out, work).build().run();

        assertThat(report.recovery().staleFilesRemoved()).isEqualTo(spoolFiles.size());
        assertThat(listing(work)).isEmpty();
        assertThat(listing(out)).containsExactly(OutputNames.CUSTOMER_TABLE,
                OutputNames.REJECTS);
    }

    private Process startBlockedRun(Path out, Path work) throws Exception {
        Path marker = root.resolve("blocked");
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        Process child = new ProcessBuilder(java, "-cp", System.getProperty("java.class.path"),
                BlockedRun.class.getName(), out.toString(), work.toString(), marker.toString())
                .redirectErrorStream(true)
                .redirectOutput(root.resolve("child.log").toFile())
                .start();
        Instant deadline = Instant.now().plusSeconds(60);
        while (!Files.exists(marker)) {
            if (!child.isAlive() || Instant.now().isAfter(deadline)) {
                child.destroyForcibly();
                throw new AssertionError("the child run did not block: "
                        + Files.readString(root.resolve("child.log")));
            }
            Thread.sleep(20);
        }
        return child;
    }

    private static long deadPid() throws Exception {
        Process process = new ProcessBuilder("true").start();
        process.waitFor();
        return process.pid();
    }

    private static long deadPidQuietly() {
        try {
            return deadPid();
        } catch (Exception failure) {
            throw new IllegalStateException(failure);
        }
    }

    private static List<String> permissionsUnder(Path folder) {
        try (Stream<Path> entries = Files.walk(folder)) {
            return entries.filter(entry -> !entry.equals(folder)).map(entry -> {
                try {
                    return folder.relativize(entry)
                            + (Files.isDirectory(entry, LinkOption.NOFOLLOW_LINKS) ? "/ " : " ")
                            + PosixFilePermissions.toString(Files.getPosixFilePermissions(
                                    entry, LinkOption.NOFOLLOW_LINKS));
                } catch (IOException failure) {
                    throw new IllegalStateException(failure);
                }
            }).collect(Collectors.toList());
        } catch (IOException failure) {
            throw new IllegalStateException(failure);
        }
    }

    private static List<String> hidden(Path folder) throws IOException {
        return listing(folder).stream().filter(name -> name.startsWith("."))
                .collect(Collectors.toList());
    }

    /** The folder's entries, but for an empty (released) lock file. */
    static List<String> listing(Path folder) throws IOException {
        if (!Files.exists(folder)) {
            return List.of();
        }
        try (Stream<Path> entries = Files.list(folder)) {
            return entries.filter(entry -> !isReleasedLock(entry))
                    .map(entry -> entry.getFileName().toString()).sorted()
                    .collect(Collectors.toList());
        }
    }

    static boolean isReleasedLock(Path entry) {
        try {
            return entry.getFileName().toString().equals(FolderLock.FILE_NAME)
                    && Files.size(entry) == 0;
        } catch (IOException failure) {
            throw new IllegalStateException(failure);
        }
    }
}
